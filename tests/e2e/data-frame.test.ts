/**
 * `<gr-dataframe>` inside `<gradio-app>` against a real Gradio server (examples/apps/data_frame.py): a pandas
 * Styler with every datatype, an editable frame whose value the server echoes back as JSON, a 5,000-row frame
 * with a date column (virtualized; `.select()` event data reaches the server), and NaN / infinities (which the
 * server sends as null). Each test leaves a screenshot in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

async function open(suite: EmbedSuite, name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(suite.site.page(`${name}-${suite.gradio}`, `<gradio-app src="${suite.servers.data_frame.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

/**
 * The page's failures, except one: the app's XSS probe `<img src=x onerror=...>` renders as a harmless
 * `<img src="x">` (handler removed), which the browser requests and the server answers 404.
 */
const failures = (errors: string[]) => errors.filter((error) => !/^http 404: .*\/x$/.test(error));

/** The dataframe labelled exactly `label`. */
const frame = (app: Locator, label: string) =>
  app.locator('gr-dataframe').filter({ has: app.page().locator('.block-title', { hasText: new RegExp(`^${label}$`) }) });
const field = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();
const bodyCells = (df: Locator, row: number) => df.locator(`.body .row[aria-rowindex="${row + 2}"] [role="gridcell"]`);

describe.each(gradioVersions)('gr-dataframe with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['data_frame'], { gradio });

  it('a Styler frame: display values, cell CSS, markdown and sanitized html, bool marks', async () => {
    const { page, app, errors } = await open(suite, 'data-frame-typed');
    const typed = frame(app, 'Typed');
    await expect.poll(() => bodyCells(typed, 1).allTextContents()).toEqual(['beta', '22.2', 'false', '2024-02-03', 'link', 'it']);
    const negative = bodyCells(typed, 2).nth(1);
    expect(await negative.textContent()).toBe('-3.0');
    expect(await negative.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(185, 28, 28)');
    expect(await bodyCells(typed, 0).nth(4).locator('strong').textContent()).toBe('bold');
    expect(await bodyCells(typed, 0).nth(2).textContent()).toBe('✓true');
    expect(await typed.locator('script, [onerror], a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted ?? false)).toBe(false);
    await screenshot(page, 'data-frame-typed');
    expect(failures(errors)).toEqual([]);
  });

  it('an edited frame reaches the server exactly: edit a cell, add a row, fill it', async () => {
    const { page, app, errors } = await open(suite, 'data-frame-edit');
    const editable = frame(app, 'Editable');
    await bodyCells(editable, 0).nth(0).dblclick();
    await editable.locator('.cell-editor').fill('pencil');
    await editable.locator('.cell-editor').press('Enter');
    await expect
      .poll(() => field(app, 'echo').inputValue(), { timeout: limit(20_000) })
      .toBe('{"headers": ["item", "count"], "data": [["pencil", 1], ["ink", 2]]}');
    // Add a row below the active one (row 2), then type into it with the keyboard.
    await bodyCells(editable, 1).nth(1).click();
    await editable.locator('.edit-bar button', { hasText: 'Add row' }).click();
    await bodyCells(editable, 2).nth(0).click();
    await page.keyboard.type('nib');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => field(app, 'echo').inputValue(), { timeout: limit(20_000) })
      .toBe('{"headers": ["item", "count"], "data": [["pencil", 1], ["ink", 2], ["nib", 7]]}');
    await screenshot(page, 'data-frame-edit');
    expect(failures(errors)).toEqual([]);
  });

  it('5,000 rows with dates: only rows in view are in the DOM; select event data reaches the server', async () => {
    const { page, app, errors } = await open(suite, 'data-frame-big');
    const big = frame(app, 'Big');
    const grid = big.locator('[role="grid"]');
    expect(await grid.getAttribute('aria-rowcount')).toBe('5001');
    await expect.poll(() => big.locator('.body .row').count()).toBeGreaterThan(5);
    expect(await big.locator('.body .row').count()).toBeLessThan(40);
    expect(await bodyCells(big, 0).nth(1).textContent()).toBe('2020-01-01 00:00:00');
    await grid.focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => bodyCells(big, 4999).nth(0).textContent()).toBe('4999');
    expect(await bodyCells(big, 4999).nth(1).textContent()).toBe('2020-07-27 07:00:00');
    expect(await big.locator('.body .row').count()).toBeLessThan(40);
    // Sort by date descending, then click the first cell: the server gets the original row index.
    await big.locator('[role="columnheader"]', { hasText: 'date' }).click();
    await big.locator('[role="columnheader"]', { hasText: 'date' }).click();
    await grid.evaluate((el) => {
      el.scrollTop = 0;
    });
    await expect.poll(() => bodyCells(big, 0).nth(0).textContent()).toBe('4999');
    await bodyCells(big, 0).nth(2).click();
    // (Keyboard moves select too: wait for the click's event.)
    const selectedData = async () => JSON.parse((await field(app, 'selected').inputValue()) || '{}');
    await expect.poll(async () => (await selectedData()).index, { timeout: limit(20_000) }).toEqual([4999, 2]);
    const selected = await selectedData();
    expect(selected.row_value.slice(0, 2)).toEqual([4999, '2020-07-27 07:00:00']);
    expect(selected.col_value_len).toBe(5000);
    await screenshot(page, 'data-frame-big');
    expect(failures(errors)).toEqual([]);
  });

  it('NaN and infinities (sent as null by the server) show as empty cells, in the config and in an output', async () => {
    const { page, app, errors } = await open(suite, 'data-frame-special');
    const special = frame(app, 'Special');
    await expect.poll(() => special.locator('.body .row [role="gridcell"]:first-child').allTextContents()).toEqual(['1', '', '', '']);
    await app.locator('gr-button', { hasText: 'Load special' }).locator('button').click();
    const out = frame(app, 'Special out');
    await expect.poll(() => out.locator('.body .row [role="gridcell"]:nth-child(2)').allTextContents(), { timeout: limit(20_000) }).toEqual([
      'one',
      'nan',
      'inf',
      '-inf',
    ]);
    expect(await out.locator('.body .row [role="gridcell"]:first-child').allTextContents()).toEqual(['1', '', '', '']);
    await screenshot(page, 'data-frame-special');
    expect(failures(errors)).toEqual([]);
  });
});
