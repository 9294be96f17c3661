/**
 * `<gr-image-editor>` inside `<gradio-app>` against a real Gradio server (`examples/apps/image_editor.py`):
 * the server sets a 200 x 100 background; strokes drawn here with real mouse input on two layers, an eraser
 * dab taken back and done again after a tool change, reach a numpy function as the editor value, which
 * counts the exact pixels of each brush colour per layer and in the composite. The expected counts are
 * computed here from the strokes' geometry (the brush is a hard-edged disc stamped at every pixel of the
 * way). A Sketchpad (the same config type) renders with the same element and its fixed black brush.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

type Point = [number, number];

/** The pixels (as `y * width + x`) a hard-edged disc of `radius` covers when stamped at each point. */
function stamped(points: Point[], radius: number, width: number, height: number): Set<number> {
  const pixels = new Set<number>();
  for (const [cx, cy] of points) {
    for (let y = cy - radius; y <= cy + radius; y++) {
      for (let x = cx - radius; x <= cx + radius; x++) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) pixels.add(y * width + x);
      }
    }
  }
  return pixels;
}

/** Every integer point of a horizontal or vertical segment. */
function segment([x0, y0]: Point, [x1, y1]: Point): Point[] {
  const points: Point[] = [];
  const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= n; i++) points.push([x0 + Math.sign(x1 - x0) * i, y0 + Math.sign(y1 - y0) * i]);
  return points;
}

const minus = (a: Set<number>, b: Set<number>) => new Set([...a].filter((p) => !b.has(p)));

const editorBlock = (app: Locator, label: string) =>
  app.locator('gr-image-editor').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });

/**
 * Drags the mouse over the canvas from canvas pixel `from` to `to` (a straight line). Returns the canvas
 * pixels the element maps the start and the end to, computed as it does from the canvas's box.
 */
async function drag(page: Page, editor: Locator, from: Point, to: Point): Promise<[Point, Point]> {
  const { left, top, width, height, cw, ch } = await editor.locator('.editor-stack').evaluate((stack) => {
    const r = stack.getBoundingClientRect();
    const canvas = stack.querySelector('canvas') as HTMLCanvasElement;
    return { left: r.left, top: r.top, width: r.width, height: r.height, cw: canvas.width, ch: canvas.height };
  });
  const client = ([x, y]: Point): Point => [Math.round(left + ((x + 0.5) * width) / cw), Math.round(top + ((y + 0.5) * height) / ch)];
  const canvasOf = ([x, y]: Point): Point => [Math.floor(((x - left) * cw) / width), Math.floor(((y - top) * ch) / height)];
  const [a, b] = [client(from), client(to)];
  await page.mouse.move(a[0], a[1]);
  await page.mouse.down();
  await page.mouse.move(b[0], b[1], { steps: 6 });
  await page.mouse.up();
  return [canvasOf(a), canvasOf(b)];
}

const button = (editor: Locator, name: string) => editor.getByRole('button', { name, exact: true });

describe.each(gradioVersions)('<gr-image-editor> in <gradio-app> with a real Gradio server (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['image_editor'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('strokes on two layers, an eraser dab undone and redone across tool changes: the server counts the exact pixels', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`image-editor-${gradio}`, `<gradio-app src="${suite.servers.image_editor.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const editor = editorBlock(app, 'editor');
    const frame = editor.locator('.editor-frame');
    await expect.poll(() => frame.getAttribute('aria-label'), { timeout: limit(30_000) }).toBe('editor: canvas, 300 × 200 pixels');

    // The server's value: a 200 x 100 background (and the Sketchpad, a template of the same type).
    await app.locator('gr-button', { hasText: 'Load' }).locator('button').click();
    await expect.poll(() => frame.getAttribute('aria-label'), { timeout: limit(30_000) }).toBe('editor: canvas, 200 × 100 pixels');
    const [w, h] = [200, 100];

    // Layer 1: a red horizontal stroke (brush radius 10, the app's default_size).
    const [r0, r1] = await drag(page, editor, [40, 50], [120, 50]);
    const red = stamped(segment(r0, r1), 10, w, h);
    // Layer 2: a blue vertical stroke.
    await editor.getByRole('button', { name: 'Add layer' }).click();
    await button(editor, 'Colour #0000ff').click();
    const [b0, b1] = await drag(page, editor, [100, 15], [100, 85]);
    const blue = stamped(segment(b0, b1), 10, w, h);
    // An eraser dab on layer 2, then a tool change, undo (the dab comes back) and redo (it goes again).
    await button(editor, 'Eraser').click();
    const [e0, e1] = await drag(page, editor, [100, 30], [100, 30]);
    const erased = stamped(segment(e0, e1), 6, w, h);
    await button(editor, 'Brush').click();
    await button(editor, 'Undo').click();
    await button(editor, 'Redo').click();
    await expect.poll(() => button(editor, 'Redo').isDisabled()).toBe(true);

    const blueLeft = minus(blue, erased);
    const expected = {
      background: [w, h],
      composite: [w, h],
      layers: [
        { red: red.size, blue: 0 },
        { red: 0, blue: blueLeft.size },
      ],
      composite_red: minus(red, blueLeft).size,
      composite_blue: blueLeft.size,
    };
    const value = (await editor.evaluate((el) => (el as HTMLGrImageEditorElement).commit())) as { composite: { url: string }; layers: unknown[] };
    expect(value.layers).toHaveLength(2);
    expect(value.composite.url.startsWith(`${suite.servers.image_editor.url}/`)).toBe(true);
    await app.locator('gr-button', { hasText: 'Run' }).locator('button').click();
    const measured = app.locator('gr-textbox', { hasText: 'measured' }).locator('textarea, input').first();
    await expect.poll(async () => JSON.parse((await measured.inputValue()) || 'null'), { timeout: limit(30_000) }).toEqual(expected);
    await screenshot(page, 'image-editor');

    // The Sketchpad: same element, Gradio's fixed black brush (one swatch, no free colour), no sources.
    const sketch = editorBlock(app, 'sketch');
    expect(await sketch.locator('.swatch').evaluateAll((list) => list.map((s) => s.getAttribute('aria-label')))).toEqual(['Colour #000000']);
    expect(await sketch.locator('input[type=color]').count()).toBe(0);
    expect(await button(sketch, 'Upload background image').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
