/**
 * The API page and Settings of `<gradio-app>` against real Gradio 5.14 and 6.25 apps: "Use via API" in the
 * footer opens `<gr-api-docs>` inside the embed (documented endpoints only, parameters, snippets); the
 * gradio-kit/client snippet it shows is run for real in Node against the server; the recorder turns a click in
 * the app into code; Escape closes and gives the focus back; Settings switches the embed to dark.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
let suite: EmbedSuite;

async function open(name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.api_page.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

/** Opens the API page from the footer and waits for its endpoints. */
async function openApiPage(app: Locator): Promise<Locator> {
  await app.locator('button.api-link').click();
  const docs = app.locator('gr-api-docs');
  await docs.locator('section.endpoint').first().waitFor({ timeout: limit(30_000) });
  return docs;
}

const code = async (section: Locator) => (await section.locator('pre code').first().textContent()) ?? '';

describe.each(gradioVersions)('API page and Settings (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['api_page'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('lists the documented endpoints with parameters and snippets; the gradio-kit snippet runs in Node', async () => {
    const { page, app, errors } = await open('api-page-docs');
    const docs = await openApiPage(app);
    expect(await docs.locator('section.endpoint').evaluateAll((els) => els.map((el) => el.getAttribute('data-endpoint')))).toEqual([
      '/greet',
      '/size',
    ]);
    const greet = docs.locator('section.endpoint[data-endpoint="/greet"]');
    const rows = await greet.locator('table').first().locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())),
    );
    // The gr.State input is not an API parameter; `times` has a default, so it is not required.
    expect(rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['name', 'Textbox', '—', 'Yes'],
      ['times', 'Number', '1', 'No'],
    ]);
    const snippet = await code(greet);
    expect(snippet).toContain('import { Client } from "gradio-kit/client";');
    expect(snippet).toContain(`Client.connect("${suite.servers.api_page.url}")`);
    expect(snippet).toContain('client.predict("/greet", {');
    const size = docs.locator('section.endpoint[data-endpoint="/size"]');
    expect(await code(size)).toContain('handle_file("https://');

    // The snippet, unchanged, in a module inside this package (so "gradio-kit/client" resolves to the build).
    const dir = join(repo, 'test-results', 'api-page');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `greet-snippet-${gradio}.mjs`);
    writeFileSync(file, snippet);
    const { stdout } = await run(process.execPath, [file], { timeout: limit(60_000) });
    expect(stdout).toContain('Hello, Hello!!!');

    // Language tabs with the keyboard: the Python snippet, then cURL.
    await docs.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => docs.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Python');
    expect(await code(greet)).toContain('api_name="/greet"');
    await page.keyboard.press('End');
    await expect.poll(() => code(greet)).toContain(`${suite.servers.api_page.url}/gradio_api/call/greet`);
    await screenshot(page, 'api-page-docs');
    expect(errors).toEqual([]);
  }, limit(120_000));

  it('records a click in the app as code; Escape closes the page and gives the focus back', async () => {
    const { page, app, errors } = await open('api-page-record');
    let docs = await openApiPage(app);
    await docs.locator('button.record').click();
    await expect.poll(() => docs.locator('button.record').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await docs.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.querySelector('gradio-app')?.shadowRoot?.activeElement?.className)).toBe('api-link');

    await app.locator('gr-textbox', { hasText: 'name' }).locator('textarea, input').first().fill('Ada');
    await app.locator('gr-button', { hasText: 'greet' }).locator('button').click();
    const out = app.locator('gr-textbox', { hasText: 'out' }).locator('textarea, input').first();
    await expect.poll(() => out.inputValue(), { timeout: limit(30_000) }).toBe('Hello, Ada!');

    docs = await openApiPage(app);
    const recorded = docs.locator('section.recorded');
    const snippet = await code(recorded);
    expect(snippet).toContain('client.predict("/greet", {\n  name: "Ada",\n  times: 1,\n});');
    // The recorded code works too.
    const file = join(repo, 'test-results', 'api-page', `recorded-${gradio}.mjs`);
    writeFileSync(file, snippet);
    const { stdout } = await run(process.execPath, [file], { timeout: limit(60_000) });
    expect(stdout).toContain('Hello, Ada!');
    await screenshot(page, 'api-page-recorded');
    expect(errors).toEqual([]);
  }, limit(120_000));

  it('Settings switches this embed to dark and sets its locale', async () => {
    const { page, app, errors } = await open('api-page-settings');
    const background = () =>
      page.evaluate(() => {
        const container = document.querySelector('gradio-app')?.shadowRoot?.querySelector('.gradio-container');
        const [r, g, b] = (getComputedStyle(container as Element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    expect(await background()).toBeGreaterThan(0.8);
    await app.locator('button.settings-link').click();
    const settings = app.locator('gr-app-settings');
    await settings.getByLabel('Dark').check();
    await expect.poll(background).toBeLessThan(0.3);
    await settings.getByLabel('Language').selectOption('fr');
    await expect.poll(() => app.getAttribute('locale')).toBe('fr');
    await screenshot(page, 'api-page-settings-dark');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, limit(120_000));
});
