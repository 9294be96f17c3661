/**
 * `<gr-native-plot>` and `<gr-plot>` inside `<gradio-app>` against a real Gradio server
 * (examples/apps/data_plots.py): LinePlot / ScatterPlot / BarPlot from pandas frames, a brush whose range
 * reaches the server's `.select()` handler, `.double_click()`, and every payload type gr.Plot sends.
 * Each test leaves a screenshot in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

async function open(suite: EmbedSuite, name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(suite.site.page(`${name}-${suite.gradio}`, `<gradio-app src="${suite.servers.data_plots.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}


const plot = (app: Locator, title: string) => app.locator('gr-native-plot', { has: app.page().locator('svg', { hasText: title }) });
const field = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

describe.each(gradioVersions)('native plots and gr.Plot with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['data_plots'], { gradio });

  it('line, scatter and bar plots render from the server frames (series, aggregation, binning)', async () => {
    const { page, app, errors } = await open(suite, 'data-plots-render');
    await expect.poll(() => app.locator('gr-native-plot .chart svg').count(), { timeout: limit(30_000) }).toBe(4);
    // Two servers, two lines.
    expect(await plot(app, 'Load by server').locator('.mark-line.role-mark path').count()).toBe(2);
    expect(await plot(app, 'Height and weight').locator('.mark-symbol.role-mark path').count()).toBe(60);
    // Fruit sold: sums per fruit and shop (apple a=3, b=6; pear a=6; fig b=7) as grouped bars.
    expect(await plot(app, 'Fruit sold').locator('.mark-rect path').count()).toBe(4);
    // 48 hours in 6-hour bins (no color: both servers' rows averaged per bin): 8 bars.
    expect(await plot(app, 'Mean load per 6h').locator('.mark-rect path').count()).toBe(8);
    await screenshot(page, 'data-plots-render');
    expect(errors).toEqual([]);
  });

  it('brushing the line plot sends the x range in seconds to .select(); double-click reaches .double_click()', async () => {
    const { page, app, errors } = await open(suite, 'data-plots-select');
    const line = plot(app, 'Load by server');
    await expect.poll(() => line.locator('.mark-line.role-mark path').count(), { timeout: limit(30_000) }).toBe(2);
    const box = await line.locator('.mark-line').first().boundingBox();
    if (!box) throw new Error('no line plot area');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.25, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 4 });
    await page.mouse.up();
    const start = Date.UTC(2024, 0, 1) / 1000;
    // The brush selects 250 ms after it rests, as the official frontend's does: a loaded machine that pauses longer
    // between two pointer moves sends a selection of the drag so far first, then the whole one. The whole one is
    // the last, and reaches past the middle (23.5 h).
    await expect
      .poll(
        async () => {
          const text = await field(app, 'selection').inputValue();
          return text ? (JSON.parse(text).value?.[1] ?? 0) : 0;
        },
        { timeout: limit(20_000) },
      )
      .toBeGreaterThan(start + 30 * 3600);
    const selection = JSON.parse(await field(app, 'selection').inputValue());
    expect(selection.selected).toBe(true);
    expect(selection.index).toEqual(selection.value);
    // A quarter to three quarters of 47 hours, in seconds since the epoch.
    expect(selection.value[0]).toBeGreaterThan(start + 8 * 3600);
    expect(selection.value[1]).toBeLessThan(start + 40 * 3600);
    expect(selection.value[1] - selection.value[0]).toBeGreaterThan(15 * 3600);
    await screenshot(page, 'data-plots-select');
    await page.mouse.dblclick(box.x + box.width * 0.1, y);
    await expect.poll(() => field(app, 'double click').inputValue(), { timeout: limit(20_000) }).toBe('double clicked');
    expect(errors).toEqual([]);
  });

  it('gr.Plot shows each payload the server sends: altair, matplotlib, plotly, and a message for bokeh', async () => {
    const { page, app, errors } = await open(suite, 'data-plots-plot');
    const made = app.locator('gr-plot', { hasText: 'Made plot' });
    const choose = async (kind: string) => {
      await app.locator('gr-radio label', { hasText: new RegExp(`^\\s*${kind}\\s*$`) }).click();
      await app.locator('gr-button', { hasText: 'Make plot' }).locator('button').click();
    };
    await choose('altair');
    await expect.poll(() => made.locator('.plot svg .mark-rect path').count(), { timeout: limit(30_000) }).toBe(3);
    expect(await made.locator('.plot svg').textContent()).toContain('Altair fruit');
    await screenshot(page, 'data-plots-altair');
    await choose('matplotlib');
    await expect.poll(() => made.locator('img.matplotlib').getAttribute('src'), { timeout: limit(20_000) }).toMatch(/^data:image\/png;base64,/);
    expect(await made.locator('img.matplotlib').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(120);
    await choose('plotly');
    await expect.poll(() => made.locator('.main-svg .bars path').count(), { timeout: limit(30_000) }).toBe(3);
    expect(await made.locator('.main-svg .gtitle').textContent()).toBe('Plotly fruit');
    await screenshot(page, 'data-plots-plotly');
    await choose('bokeh');
    await expect.poll(() => made.locator('.plot-error').textContent(), { timeout: limit(20_000) }).toMatch(/Bokeh plot: it needs BokehJS/);
    expect(errors).toEqual([]);
  });
});
