/**
 * `<gr-model3d>` inside `<gradio-app>` against a real Gradio server (`examples/apps/media_model3d.py`, which
 * writes a cube as OBJ, binary STL and GLB, and Gaussian splats as `.splat` and as a splat PLY, at start-up):
 * each model the server sends is drawn (canvas pixels that are not the background; for splats, pixels of the
 * splats' own colours), an event's output model replaces the shown one (a mesh, then splats), and a model
 * uploaded here reaches the server byte for byte (name, size and sha256 reported back); Clear runs the clear
 * event.
 */
import { createHash } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

const viewer = (app: Locator, label: string) =>
  app.locator('gr-model3d').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

type Rgb = [number, number, number];

/**
 * Pixels of the element's canvas, in its upper or lower half or all of it, that differ from its top-left pixel
 * (the background), or, given `rgb`, that are near that colour (splats: the app's colours are known).
 */
const countPixels = (model: Locator, options: { rgb?: Rgb; half?: 'top' | 'bottom' } = {}) =>
  model.locator('canvas').evaluate((canvas: HTMLCanvasElement, { rgb, half }) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(canvas, 0, 0);
    const middle = copy.height >> 1;
    const [from, rows] = half === 'top' ? [0, middle] : half === 'bottom' ? [middle, copy.height - middle] : [0, copy.height];
    const { data } = ctx.getImageData(0, from, copy.width, rows);
    const corner = ctx.getImageData(0, 0, 1, 1).data;
    const target = rgb ? [...rgb, 255] : Array.from(corner);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.abs(data[i] - target[0]) + Math.abs(data[i + 1] - target[1]) + Math.abs(data[i + 2] - target[2]);
      if (rgb ? data[i + 3] > 100 && distance < 90 : distance + Math.abs(data[i + 3] - target[3]) > 24) count++;
    }
    return count;
  }, options);
const drawnPixels = (model: Locator) => countPixels(model);
const status = (model: Locator) => model.getAttribute('data-status');
const colourPixels = (model: Locator, rgb: Rgb, half: 'top' | 'bottom') => countPixels(model, { rgb, half });
const red: Rgb = [220, 30, 30];
const blue: Rgb = [30, 60, 220];
const green: Rgb = [30, 170, 60];

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
      await expect.poll(() => status(model), { timeout: limit(60_000) }).toBe('ready');
      await expect.poll(() => drawnPixels(model), { timeout: limit(20_000) }).toBeGreaterThan(2000);
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
    await expect.poll(() => status(shown), { timeout: limit(30_000) }).toBe('ready');
    expect(await shown.locator('[part=viewer]').getAttribute('aria-label')).toBe('shown: cube.stl');
    await expect.poll(() => drawnPixels(shown), { timeout: limit(20_000) }).toBeGreaterThan(2000);
    await screenshot(page, 'media-model3d');
    expect(errors).toEqual([]);
  });

  it("draws the server's Gaussian splats (.splat and splat PLY) with gsplat, and an event's output splats", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`model3d-splat-${gradio}`, `<gradio-app src="${suite.servers.media_model3d.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const cube = viewer(app, 'splat cube');
    await expect.poll(() => status(cube), { timeout: limit(60_000) }).toBe('ready');
    // Splats are drawn while on screen only.
    await cube.scrollIntoViewIfNeeded();
    // The red half (y < 0 in the file's y-down frame) is drawn above the blue half, as in Gradio's viewer.
    await expect.poll(() => colourPixels(cube, red, 'top'), { timeout: limit(30_000) }).toBeGreaterThan(2000);
    await expect.poll(() => colourPixels(cube, blue, 'bottom'), { timeout: limit(30_000) }).toBeGreaterThan(2000);
    expect(await colourPixels(cube, red, 'bottom')).toBeLessThan(200);
    const ring = viewer(app, 'ply splats');
    await expect.poll(() => status(ring), { timeout: limit(60_000) }).toBe('ready');
    await expect.poll(() => countPixels(ring, { rgb: green }), { timeout: limit(30_000) }).toBeGreaterThan(1000);
    // An event's output: the "shown" viewer goes from a mesh to splats.
    const shown = viewer(app, 'shown');
    await app.locator('gr-radio').getByText('stl', { exact: true }).click();
    await expect.poll(() => status(shown), { timeout: limit(30_000) }).toBe('ready');
    await expect.poll(() => drawnPixels(shown), { timeout: limit(20_000) }).toBeGreaterThan(2000);
    await app.locator('gr-radio').getByText('splat', { exact: true }).click();
    await shown.scrollIntoViewIfNeeded();
    await expect.poll(() => shown.locator('[part=viewer]').getAttribute('aria-label'), { timeout: limit(30_000) }).toBe('shown: cube.splat');
    await expect.poll(() => status(shown), { timeout: limit(30_000) }).toBe('ready');
    await expect.poll(() => colourPixels(shown, red, 'top'), { timeout: limit(30_000) }).toBeGreaterThan(1000);
    await screenshot(page, 'media-model3d-splat');
    expect(errors).toEqual([]);
  });

  it("under a Content-Security-Policy, splats need 'wasm-unsafe-eval' and blob: workers: without them the element says so", async () => {
    const cdn = suite.site.cdn.url;
    const policy = (script: string) => `<meta http-equiv="Content-Security-Policy" content="script-src ${script}">`;
    // The policy limits scripts only (workers fall back to script-src); the app's requests are not its concern.
    const strict = await openPage(suite.browser);
    await strict.page.goto(suite.site.page(`model3d-splat-csp-${gradio}`, `<gradio-app src="${suite.servers.media_model3d.url}/" eager></gradio-app>`, policy(cdn)));
    await waitForAppReady(strict.page);
    const refused = viewer(strict.page.locator('gradio-app'), 'splat cube');
    await expect.poll(() => status(refused), { timeout: limit(60_000) }).toBe('error');
    expect(await refused.locator('.model-message').textContent()).toBe(
      `"cube.splat" cannot be shown: drawing Gaussian splats needs WebAssembly, which this page does not allow (this page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src and blob: in worker-src).`,
    );
    // The meshes are unaffected, and the only errors are the browser's reports of the refused module.
    await expect.poll(() => status(viewer(strict.page.locator('gradio-app'), 'obj cube')), { timeout: limit(60_000) }).toBe('ready');
    expect(strict.errors.filter((e) => !e.includes('WebAssembly'))).toEqual([]);
    const allowed = await openPage(suite.browser);
    await allowed.page.goto(
      suite.site.page(`model3d-splat-csp-ok-${gradio}`, `<gradio-app src="${suite.servers.media_model3d.url}/" eager></gradio-app>`, policy(`${cdn} 'wasm-unsafe-eval'; worker-src blob:`)),
    );
    await waitForAppReady(allowed.page);
    const drawn = viewer(allowed.page.locator('gradio-app'), 'splat cube');
    await expect.poll(() => status(drawn), { timeout: limit(60_000) }).toBe('ready');
    await drawn.scrollIntoViewIfNeeded();
    await expect.poll(() => colourPixels(drawn, red, 'top'), { timeout: limit(30_000) }).toBeGreaterThan(2000);
    expect(allowed.errors).toEqual([]);
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
    await expect.poll(() => textbox(app, 'report').inputValue(), { timeout: limit(30_000) }).toBe(`tetra.obj: ${obj.length} bytes sha256=${sha}`);
    await expect.poll(() => status(input), { timeout: limit(30_000) }).toBe('ready');
    await expect.poll(() => drawnPixels(input), { timeout: limit(20_000) }).toBeGreaterThan(1000);
    await screenshot(page, 'media-model3d-upload');
    await input.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => textbox(app, 'events').inputValue(), { timeout: limit(30_000) }).toBe('clear');
    expect(await input.locator('.upload-zone').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
