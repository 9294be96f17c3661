/**
 * `@gr.render` in `<gradio-app>` against real Gradio 5.14 and 6.25 apps (examples/apps/render_app.py): a
 * layout that follows its input, listeners made inside a render (they call the server with the new
 * components' values), keyed components that keep what the user typed across re-renders, nested renders,
 * and the element's `render` event after each update.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

async function open(name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(
    suite.site.page(
      name,
      `<script>window.__renders = 0; addEventListener('render', () => window.__renders++, true);</script>
<gradio-app src="${suite.servers.render_app.url}/" eager></gradio-app>`,
    ),
  );
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

const field = (app: Locator, label: string) =>
  app.locator('gr-textbox, gr-number', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).locator('textarea, input').first();
const labels = (app: Locator, prefix: string) =>
  app.locator('gr-textbox').evaluateAll(
    (els, p) => els.map((el) => (el as HTMLElement & { label?: string }).label ?? '').filter((l) => l.startsWith(p)),
    prefix,
  );
const tab = (app: Locator, label: string) => app.locator('[role="tab"]', { hasText: label });
const renderCount = (page: Page) => page.evaluate(() => (window as unknown as { __renders: number }).__renders);

describe.each(gradioVersions)('<gradio-app> @gr.render (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['render_app'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('letters: the layout follows the input, and render fires after each update', async () => {
    const { page, app, errors } = await open('render-letters');
    await app.locator('#no-input').waitFor({ timeout: limit(30_000) });
    const before = await renderCount(page);
    await field(app, 'input').fill('abc');
    await expect.poll(() => labels(app, 'letter '), { timeout: limit(20_000) }).toEqual(['letter a', 'letter b', 'letter c']);
    expect(await app.locator('#no-input').count()).toBe(0);
    await expect.poll(() => renderCount(page), { timeout: limit(10_000) }).toBeGreaterThan(before);
    await field(app, 'input').fill('');
    await app.locator('#no-input').waitFor({ timeout: limit(20_000) });
    expect(await labels(app, 'letter ')).toEqual([]);
    await screenshot(page, 'render-letters');
    expect(errors).toEqual([]);
  });

  it('boxes: listeners made in a render call the server; keyed boxes keep what the user typed', async () => {
    const { page, app, errors } = await open('render-boxes');
    await tab(app, 'boxes').click();
    await expect.poll(() => labels(app, 'box '), { timeout: limit(30_000) }).toEqual(['box 0', 'box 1']);
    await field(app, 'box 0').fill('x');
    await field(app, 'box 1').fill('y');
    await app.locator('gr-button', { hasText: 'Merge' }).locator('button').click();
    await expect.poll(() => field(app, 'merged').inputValue(), { timeout: limit(20_000) }).toBe('x|y');

    await field(app, 'count').fill('3');
    await field(app, 'count').press('Enter');
    await expect.poll(() => labels(app, 'box '), { timeout: limit(20_000) }).toEqual(['box 0', 'box 1', 'box 2']);
    expect(await field(app, 'box 0').inputValue()).toBe('x');
    expect(await field(app, 'box 1').inputValue()).toBe('y');
    await field(app, 'box 2').fill('z');
    // The Merge listener of the new run (the old one was dropped) sends the three new boxes.
    await app.locator('gr-button', { hasText: 'Merge' }).locator('button').click();
    await expect.poll(() => field(app, 'merged').inputValue(), { timeout: limit(20_000) }).toBe('x|y|z');
    // One Merge button, not one per run.
    expect(await app.locator('gr-button', { hasText: 'Merge' }).count()).toBe(1);
    await screenshot(page, 'render-boxes');
    expect(errors).toEqual([]);
  });

  it('nested: an inner render inside an outer one follows its own input; the outer re-run replaces both', async () => {
    const { page, app, errors } = await open('render-nested');
    await tab(app, 'nested').click();
    if (gradio === 5) {
      // Gradio 5.14 refuses a render inside a render ("Reactive render must be inside a Blocks context"): the
      // failed run shows an error and the rest of the app goes on.
      await app.locator('[role="alert"]').first().waitFor({ timeout: limit(30_000) });
      await tab(app, 'letters').click();
      await field(app, 'input').fill('ok');
      await expect.poll(() => labels(app, 'letter '), { timeout: limit(20_000) }).toEqual(['letter o', 'letter k']);
      expect(errors).toEqual([]);
      return;
    }
    const lines = () => app.locator('.inner-line').allTextContents();
    await expect.poll(async () => (await lines()).map((t) => t.trim()), { timeout: limit(30_000) }).toEqual(['group 0 has 1 items']);
    await field(app, 'groups').fill('2');
    await field(app, 'groups').press('Enter');
    await expect
      .poll(async () => (await lines()).map((t) => t.trim()), { timeout: limit(20_000) })
      .toEqual(['group 0 has 1 items', 'group 1 has 1 items']);
    await field(app, 'size 1').fill('3');
    await field(app, 'size 1').press('Enter');
    await expect
      .poll(async () => (await lines()).map((t) => t.trim()), { timeout: limit(20_000) })
      .toEqual(['group 0 has 1 items', 'group 1 has 3 items']);
    await field(app, 'groups').fill('1');
    await field(app, 'groups').press('Enter');
    await expect.poll(async () => (await lines()).map((t) => t.trim()), { timeout: limit(20_000) }).toEqual(['group 0 has 1 items']);
    await screenshot(page, 'render-nested');
    expect(errors).toEqual([]);
  });
});
