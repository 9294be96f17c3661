/**
 * `<gr-file-explorer>` inside `<gradio-app>` against a real Gradio server (`examples/apps/file_explorer.py`,
 * a small temp tree): the tree is the server's listing (through the component's `ls` server function, with
 * `ignore_glob` and `glob` applied by the server), folders open and list their content, and the selection
 * reaches the server as paths under the root (multiple and single selection).
 */
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

const explorer = (app: Locator, label: string) =>
  app.locator('gr-file-explorer').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();
const names = (tree: Locator) => tree.locator('[role=treeitem] .name').allTextContents();
const item = (tree: Locator, name: string) => tree.getByRole('treeitem').filter({ has: tree.page().locator('.name', { hasText: new RegExp(`^${name}$`) }) });

describe.each(gradioVersions)('<gr-file-explorer> in <gradio-app> with a real Gradio server (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['file_explorer'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('lists, opens and selects the server files; the selection reaches the server', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`file-explorer-${gradio}`, `<gradio-app src="${suite.servers.file_explorer.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const files = explorer(app, 'server files');
    // Folders first, then files; skip.log is left out by ignore_glob="*.log".
    await expect.poll(() => names(files), { timeout: limit(30_000) }).toEqual(['docs', 'empty', 'notes.txt']);
    // Opening a folder asks the server for its content (keyboard: Right opens the focused folder).
    await item(files, 'docs').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => names(files), { timeout: limit(30_000) }).toEqual(['docs', 'deep', 'guide.md', 'empty', 'notes.txt']);
    await item(files, 'deep').locator('.arrow').click();
    await expect.poll(() => names(files), { timeout: limit(30_000) }).toContain('inner.txt');
    await item(files, 'guide.md').click();
    await item(files, 'notes.txt').locator('.check').click();
    await expect.poll(() => textbox(app, 'selected').inputValue(), { timeout: limit(30_000) }).toBe('docs/guide.md, notes.txt');
    expect(await item(files, 'notes.txt').getAttribute('aria-checked')).toBe('true');
    // Checking a folder selects it and what it holds.
    await item(files, 'deep').locator('.check').click();
    await expect.poll(() => textbox(app, 'selected').inputValue(), { timeout: limit(30_000) }).toBe('docs/deep, docs/deep/inner.txt, docs/guide.md, notes.txt');
    await screenshot(page, 'file-explorer');

    // file_count="single" with glob="**/*.txt": folders can be opened but not checked; a check replaces the last.
    const one = explorer(app, 'one text file');
    await expect.poll(() => names(one), { timeout: limit(30_000) }).toEqual(['docs', 'empty', 'notes.txt']);
    expect(await item(one, 'docs').getAttribute('aria-checked')).toBeNull();
    await item(one, 'notes.txt').click();
    await expect.poll(() => textbox(app, 'one').inputValue(), { timeout: limit(30_000) }).toBe('notes.txt');
    await item(one, 'docs').click();
    await expect.poll(() => names(one), { timeout: limit(30_000) }).toContain('deep');
    await item(one, 'deep').click();
    await expect.poll(() => names(one), { timeout: limit(30_000) }).toContain('inner.txt');
    await item(one, 'inner.txt').click();
    await expect.poll(() => textbox(app, 'one').inputValue(), { timeout: limit(30_000) }).toBe('docs/deep/inner.txt');
    expect(errors).toEqual([]);
  }, limit(120_000));
});
