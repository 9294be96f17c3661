/**
 * `<gr-model3d>` inside `<gradio-app>` against a real Gradio server (`examples/apps/media_model3d.py`, which
 * writes a cube as OBJ, binary STL and GLB at start-up): each model the server sends is drawn (canvas pixels
 * that are not the background), an event's output model replaces the shown one, and a model uploaded here
 * reaches the server byte for byte (name, size and sha256 reported back); Clear runs the clear event.
 */
import { createHash } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';

let suite: EmbedSuite;

const viewer = (app: Locator, label: string) =>
  app.locator('gr-model3d').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

/** Pixels of the element's canvas that differ from its top-left pixel (the background). */
const drawnPixels = (model: Locator) =>
  model.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) + Math.abs(data[i + 3] - data[3]) > 24) count++;
    }
    return count;
  });
const status = (model: Locator) => model.getAttribute('data-status');

describe.each(gradioVersions)('<gr-model3d> in <gradio-app> with a real Gradio server (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['media_model3d'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it("draws the server's OBJ, STL and GLB models, and an event's output model", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`model3d-draw-${gradio}`, `<gradio-app src="${suite.servers.media_model3d.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    for (const label of ['obj cube', 'stl cube', 'glb cube']) {
      const model = viewer(app, label);
      await expect.poll(() => status(model), { timeout: 60_000 }).toBe('ready');
      await expect.poll(() => drawnPixels(model), { timeout: 20_000 }).toBeGreaterThan(2000);
    }
    // The OBJ viewer's clear_color fills its background: [0.9, 0.9, 0.8, 1].
    const corner = await viewer(app, 'obj cube')
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const copy = document.createElement('canvas');
        copy.width = copy.height = 1;
        const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1);
        return Array.from(ctx.getImageData(0, 0, 1, 1).data);
      });
    expect(corner.map((c, i) => Math.abs(c - [230, 230, 204, 255][i]) <= 2)).toEqual([true, true, true, true]);

    // The radio's change event sends the chosen model to the "shown" viewer.
    const shown = viewer(app, 'shown');
    await app.locator('gr-radio').getByText('stl', { exact: true }).click();
    await expect.poll(() => status(shown), { timeout: 30_000 }).toBe('ready');
    expect(await shown.locator('[part=viewer]').getAttribute('aria-label')).toBe('shown: cube.stl');
    await expect.poll(() => drawnPixels(shown), { timeout: 20_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'media-model3d');
    expect(errors).toEqual([]);
  });

  it('an uploaded model reaches the server byte for byte, is drawn, and Clear runs the clear event', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`model3d-upload-${gradio}`, `<gradio-app src="${suite.servers.media_model3d.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const input = viewer(app, 'model in');
    const obj = Buffer.from('o tri\nv -1 -1 0\nv 1 -1 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 2 4\nf 2 3 4\nf 3 1 4\n');
    await input.locator('input[type=file]').setInputFiles({ name: 'tetra.obj', mimeType: 'text/plain', buffer: obj });
    const sha = createHash('sha256').update(obj).digest('hex');
    await expect.poll(() => textbox(app, 'report').inputValue(), { timeout: 30_000 }).toBe(`tetra.obj: ${obj.length} bytes sha256=${sha}`);
    await expect.poll(() => status(input), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => drawnPixels(input), { timeout: 20_000 }).toBeGreaterThan(1000);
    await screenshot(page, 'media-model3d-upload');
    await input.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => textbox(app, 'events').inputValue(), { timeout: 30_000 }).toBe('clear');
    expect(await input.locator('.upload-zone').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
