import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import type { FileData } from '../../utils/file-data';
import type { UploadFunction } from '../../utils/upload';
import type { ImageEditorValue } from './gr-image-editor';

type Point = [number, number];
type Editor = HTMLGrImageEditorElement;

/** A PNG of `width` x `height` filled with one colour. */
async function pngFile(width: number, height: number, color = '#0a0', name = 'bg.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** The pixels (as `y * width + x`) of a hard-edged disc of `radius` stamped at every point of a straight segment. */
function stroke([x0, y0]: Point, [x1, y1]: Point, radius: number, width: number, height: number): Set<number> {
  const pixels = new Set<number>();
  const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= n; i++) {
    const cx = x0 + Math.sign(x1 - x0) * i;
    const cy = y0 + Math.sign(y1 - y0) * i;
    for (let y = cy - radius; y <= cy + radius; y++)
      for (let x = cx - radius; x <= cx + radius; x++)
        if (x >= 0 && y >= 0 && x < width && y < height && (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) pixels.add(y * width + x);
  }
  return pixels;
}

/** Pixels of a layer's canvas that are exactly `rgb`, fully opaque. */
function pixelsOf(editor: Element, layer: string, rgb: [number, number, number]): Set<number> {
  const canvas = editor.querySelector(`canvas[data-layer="${layer}"]`) as HTMLCanvasElement;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const found = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255) found.add(i / 4);
  }
  return found;
}

/** Draws a stroke through canvas pixels with pointer events (mouse, or touch), as the browser sends them. */
function draw(editor: Element, points: Point[], pointerType: 'mouse' | 'touch' = 'mouse') {
  const stack = editor.querySelector('.editor-stack') as HTMLElement;
  const canvas = stack.querySelector('canvas') as HTMLCanvasElement;
  const rect = stack.getBoundingClientRect();
  const at = ([x, y]: Point) => ({
    clientX: rect.left + ((x + 0.5) * rect.width) / canvas.width,
    clientY: rect.top + ((y + 0.5) * rect.height) / canvas.height,
  });
  const init = { bubbles: true, cancelable: true, composed: true, pointerId: pointerType === 'touch' ? 7 : 1, pointerType, isPrimary: true };
  stack.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at(points[0]), button: 0, buttons: 1 }));
  for (const point of points.slice(1)) stack.dispatchEvent(new PointerEvent('pointermove', { ...init, ...at(point), buttons: 1 }));
  stack.dispatchEvent(new PointerEvent('pointerup', { ...init, ...at(points[points.length - 1]), button: 0, buttons: 0 }));
}

const button = (editor: Element, label: string) => editor.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;

/** An editor whose canvas is ready (drawn 1:1: canvas pixels are CSS pixels). */
async function editorOf(root: Element, selector = 'gr-image-editor'): Promise<Editor> {
  const editor = (root.matches(selector) ? root : root.querySelector(selector)) as Editor;
  await vi.waitFor(() => expect(editor.querySelector('.editor-stack canvas')).not.toBeNull());
  return editor;
}

const RED: [number, number, number] = [255, 0, 0];
const BLUE: [number, number, number] = [0, 0, 255];
const brush = { colors: ['#ff0000', '#0000ff'], default_color: '#ff0000', color_mode: 'defaults', default_size: 4 };

describe('gr-image-editor in Chromium', () => {
  it('has no axe violations, light and dark (tools, layers, static, a message)', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-image-editor label="Editor" canvasSize={[120, 80]} showApply />
          <gr-image-editor label="Mask" canvasSize={[60, 40]} sources={[]} layers={false} brush={{ colors: ['#000'], color_mode: 'fixed' }} />
          <gr-image-editor label="Output" interactive={false} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const editor = await editorOf(root);
      button(editor, 'Eraser').click();
      await vi.waitFor(() => expect(editor.querySelector('input[type=range]')?.closest('label')?.textContent).toContain('Eraser size'));
      // A message (a hidden layer refuses strokes) must be readable too.
      button(editor, 'Hide Layer 1').click();
      await vi.waitFor(() => expect(button(editor, 'Show Layer 1')).not.toBeNull());
      draw(editor, [[5, 5]]);
      await vi.waitFor(() => expect(editor.querySelector('[role=alert]')?.textContent).toContain('hidden'));
      // The hide's own send finishing later does not take that message away (it did, on a loaded machine).
      button(editor, 'Show Layer 1').click();
      await vi.waitFor(() => expect(button(editor, 'Hide Layer 1')).not.toBeNull());
      button(editor, 'Hide Layer 1').click();
      draw(editor, [[5, 5]]);
      await editor.commit();
      // Stencil renders a state change on the next frames.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(editor.querySelector('[role=alert]')?.textContent).toContain('hidden');
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('pointer strokes (mouse and touch) land as exactly the pixels under the brush, in the chosen colour', async () => {
    const { root } = await render(<gr-image-editor canvasSize={[100, 60]} brush={brush} />);
    const editor = await editorOf(root);
    expect(getComputedStyle(editor.querySelector('.editor-stack')!).touchAction).toBe('none');
    draw(editor, [
      [10, 20],
      [30, 20],
      [50, 20],
    ]);
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(stroke([10, 20], [50, 20], 4, 100, 60));
    // Another colour, a size from the slider, by touch: a vertical stroke.
    button(editor, 'Colour #0000ff').click();
    const size = editor.querySelector('input[type=range]') as HTMLInputElement;
    size.value = '2';
    size.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(editor.querySelector('.option output')?.textContent).toBe('2'));
    draw(editor, [[80, 5], [80, 55]], 'touch');
    expect(pixelsOf(editor, 'Layer 1', BLUE)).toEqual(stroke([80, 5], [80, 55], 2, 100, 60));
  });

  it('undo and redo never lose a stroke when the tool, colour or size changes (gradio-app/gradio#13587)', async () => {
    const { root } = await render(<gr-image-editor canvasSize={[80, 40]} brush={brush} eraser={{ default_size: 3 }} />);
    const editor = await editorOf(root);
    const line = stroke([5, 20], [70, 20], 4, 80, 40);
    const dab = stroke([40, 20], [40, 20], 3, 80, 40);
    const minus = (a: Set<number>, b: Set<number>) => new Set([...a].filter((p) => !b.has(p)));
    draw(editor, [[5, 20], [70, 20]]);
    button(editor, 'Eraser').click();
    await vi.waitFor(() => expect(button(editor, 'Eraser').getAttribute('aria-pressed')).toBe('true'));
    draw(editor, [[40, 20]]);
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(minus(line, dab));
    // Back to the brush, another colour: the history is intact.
    button(editor, 'Brush').click();
    await vi.waitFor(() => expect(button(editor, 'Colour #0000ff')).not.toBeNull());
    button(editor, 'Colour #0000ff').click();
    await vi.waitFor(() => expect(button(editor, 'Colour #0000ff').getAttribute('aria-pressed')).toBe('true'));
    button(editor, 'Undo').click();
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(line);
    button(editor, 'Undo').click();
    expect(pixelsOf(editor, 'Layer 1', RED).size).toBe(0);
    // Keyboard: Ctrl+Shift+Z redoes (twice), Ctrl+Z undoes.
    const key = (init: KeyboardEventInit) => editor.querySelector('.editor-frame')!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    key({ key: 'z', ctrlKey: true, shiftKey: true });
    key({ key: 'Z', ctrlKey: true, shiftKey: true });
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(minus(line, dab));
    key({ key: 'z', ctrlKey: true });
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(line);
    key({ key: 'e' });
    await vi.waitFor(() => expect(button(editor, 'Eraser').getAttribute('aria-pressed')).toBe('true'));
  });

  it('layers: add, draw on the active one, hide (left out of the composite), delete and undo the delete', async () => {
    const { root } = await render(<gr-image-editor canvasSize={[40, 30]} brush={brush} />);
    const editor = await editorOf(root);
    draw(editor, [[5, 5], [15, 5]]);
    editor.querySelector<HTMLButtonElement>('.add-layer')!.click();
    await vi.waitFor(() => expect(Array.from(editor.querySelectorAll('.layer-name'), (b) => b.textContent)).toEqual(['Layer 1', 'Layer 2']));
    expect(editor.querySelector('.layer-name[aria-pressed=true]')?.textContent).toBe('Layer 2');
    button(editor, 'Colour #0000ff').click();
    await vi.waitFor(() => expect(button(editor, 'Colour #0000ff').getAttribute('aria-pressed')).toBe('true'));
    draw(editor, [[30, 20], [35, 20]]);
    expect(pixelsOf(editor, 'Layer 2', BLUE)).toEqual(stroke([30, 20], [35, 20], 4, 40, 30));
    expect(pixelsOf(editor, 'Layer 1', BLUE).size).toBe(0);
    const compositePixel = async (x: number, y: number) => {
      const bitmap = await createImageBitmap((await editor.compositeBlob())!);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return Array.from(context.getImageData(x, y, 1, 1).data).join(',');
    };
    expect(await compositePixel(32, 20)).toBe('0,0,255,255');
    button(editor, 'Hide Layer 2').click();
    await vi.waitFor(() => expect(button(editor, 'Show Layer 2')).not.toBeNull());
    expect(await compositePixel(32, 20)).toBe('0,0,0,0');
    expect(await compositePixel(10, 5)).toBe('255,0,0,255');
    button(editor, 'Delete Layer 2').click();
    await vi.waitFor(() => expect(editor.querySelectorAll('.layer-name')).toHaveLength(1));
    expect(button(editor, 'Delete Layer 1').disabled).toBe(true);
    button(editor, 'Undo').click();
    await vi.waitFor(() => expect(editor.querySelectorAll('.layer-name')).toHaveLength(2));
    expect(pixelsOf(editor, 'Layer 2', BLUE).size).toBeGreaterThan(0);
  });

  it('sends the value as PNGs through upload: {background, layers, composite, id}; gr-change, gr-input, gr-upload, gr-clear', async () => {
    const sent: string[][] = [];
    const upload: UploadFunction = async (files) => {
      sent.push(files.map((f) => `${f.name}:${f.type}`));
      return files.map((f, i) => ({ path: `/tmp/${i}-${f.name}`, url: URL.createObjectURL(f), orig_name: f.name, size: f.size, meta: { _type: 'gradio.FileData' as const } }));
    };
    const { root } = await render(<gr-image-editor canvasSize={[50, 40]} brush={brush} upload={upload} />);
    const editor = await editorOf(root);
    const events: string[] = [];
    for (const name of ['gr-change', 'gr-input', 'gr-upload', 'gr-clear']) editor.addEventListener(name, () => events.push(name));
    draw(editor, [[10, 10], [20, 10]]);
    await vi.waitFor(() => expect(events).toEqual(['gr-change', 'gr-input']));
    expect(sent).toEqual([['composite.png:image/png', 'layer_0.png:image/png']]);
    expect(editor.value).toMatchObject({ background: null, layers: [{ path: '/tmp/1-layer_0.png' }], composite: { path: '/tmp/0-composite.png' }, id: null });

    // A dropped picture becomes the background: the canvas takes its size.
    const data = new DataTransfer();
    data.items.add(await pngFile(64, 32));
    for (const type of ['dragenter', 'dragover', 'drop']) editor.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect(events.slice(2)).toEqual(['gr-upload', 'gr-change', 'gr-input']));
    expect(editor.querySelector('.editor-frame')?.getAttribute('aria-label')).toBe('Image: canvas, 64 × 32 pixels');
    expect(sent[1]).toEqual(['composite.png:image/png', 'background.png:image/png', 'layer_0.png:image/png']);
    const value = editor.value as ImageEditorValue;
    expect((value.background as FileData).path).toBe('/tmp/1-background.png');
    const bitmap = await createImageBitmap(await (await fetch((value.background as FileData).url!)).blob());
    expect([bitmap.width, bitmap.height]).toEqual([64, 32]);

    button(editor, 'Clear canvas').click();
    await vi.waitFor(() => expect(events.slice(5)).toEqual(['gr-clear', 'gr-change', 'gr-input']));
    expect((editor.value as ImageEditorValue).background).toBeNull();
    expect(editor.querySelector('.editor-frame')?.getAttribute('aria-label')).toBe('Image: canvas, 50 × 40 pixels');
  });

  it('shows a value set by the app; a broken background image is a clear message', async () => {
    const url = URL.createObjectURL(await pngFile(30, 20, '#00f'));
    const { root, setProps } = await render(<gr-image-editor label="Set" value={{ background: { path: 'b.png', url }, layers: [], composite: null, id: null }} />);
    const editor = await editorOf(root);
    await vi.waitFor(() => expect(editor.querySelector('.editor-frame')?.getAttribute('aria-label')).toBe('Set: canvas, 30 × 20 pixels'));
    expect(pixelsOf(editor, 'background', BLUE).size).toBe(600);
    const broken = URL.createObjectURL(new Blob(['not a picture'], { type: 'image/png' }));
    await setProps({ value: { background: { path: 'x.png', url: broken }, layers: [], composite: null } });
    await vi.waitFor(() => expect(editor.querySelector('[role=alert]')?.textContent).toContain(`The image could not be loaded: ${broken}`));
  });

  it('crop (drag, Enter), resize and zoom change the canvas; undo brings the old one back', async () => {
    const { root } = await render(<gr-image-editor label="T" canvasSize={[60, 40]} brush={brush} />);
    const editor = await editorOf(root);
    const frame = editor.querySelector('.editor-frame') as HTMLElement;
    draw(editor, [[30, 20]]);
    button(editor, 'Crop').click();
    await vi.waitFor(() => expect(button(editor, 'Crop').getAttribute('aria-pressed')).toBe('true'));
    draw(editor, [[20, 10], [39, 29]]);
    await vi.waitFor(() => expect(editor.querySelector('.editor-options .hint')?.textContent).toBe('20 × 20 from (20, 10)'));
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(frame.getAttribute('aria-label')).toBe('T: canvas, 20 × 20 pixels'));
    // The dot at (30, 20) is now at (10, 10).
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(stroke([10, 10], [10, 10], 4, 20, 20));
    button(editor, 'Resize canvas').click();
    await vi.waitFor(() => expect(editor.querySelector('form[aria-label="Resize canvas"]')).not.toBeNull());
    const form = editor.querySelector('form[aria-label="Resize canvas"]') as HTMLFormElement;
    (form.elements.namedItem('width') as HTMLInputElement).value = '40';
    (form.elements.namedItem('height') as HTMLInputElement).value = '30';
    form.requestSubmit();
    await vi.waitFor(() => expect(frame.getAttribute('aria-label')).toBe('T: canvas, 40 × 30 pixels'));
    const stack = editor.querySelector('.editor-stack') as HTMLElement;
    const before = stack.getBoundingClientRect().width;
    button(editor, 'Zoom in').click();
    await vi.waitFor(() => expect(stack.getBoundingClientRect().width).toBeCloseTo(before * 1.5, 0));
    button(editor, 'Undo').click();
    await vi.waitFor(() => expect(frame.getAttribute('aria-label')).toBe('T: canvas, 20 × 20 pixels'));
    button(editor, 'Undo').click();
    await vi.waitFor(() => expect(frame.getAttribute('aria-label')).toBe('T: canvas, 60 × 40 pixels'));
    expect(pixelsOf(editor, 'Layer 1', RED)).toEqual(stroke([30, 20], [30, 20], 4, 60, 40));
  });

  it('static: a click on the composite (with selectable) fires gr-select with the natural-size pixel', async () => {
    const url = URL.createObjectURL(await pngFile(40, 20));
    const { root } = await render(<gr-image-editor interactive={false} selectable value={{ background: null, layers: [], composite: { path: 'c.png', url } }} />);
    const image = root.querySelector('.static-frame img') as HTMLImageElement;
    await vi.waitFor(() => expect(image.naturalWidth).toBe(40));
    const selected: unknown[] = [];
    root.addEventListener('gr-select', (event) => selected.push((event as CustomEvent).detail));
    const box = image.getBoundingClientRect();
    const scale = Math.min(box.width / 40, box.height / 20);
    const left = box.left + (box.width - 40 * scale) / 2;
    const top = box.top + (box.height - 20 * scale) / 2;
    image.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: left + 30.5 * scale, clientY: top + 5.5 * scale }));
    image.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(selected).toEqual([
      { index: [30, 5], value: null },
      { index: [20, 10], value: null },
    ]);
  });

  it('runs no script from a label or file name', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const { root } = await render(
      <div>
        {xssVectors.slice(0, 8).map((v) => (
          <gr-image-editor label={v.payload} canvasSize={[20, 20]} placeholder={v.payload} />
        ))}
        <gr-image-editor interactive={false} label={xssVectors[1].payload} value={{ background: null, layers: [], composite: { path: 'x', url: 'javascript:__xss(1)', orig_name: xssVectors[1].payload } }} />
      </div>,
    );
    await editorOf(root);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(ran).toEqual([]);
    expect(root.querySelectorAll('script, iframe, object, embed, .block-label img')).toHaveLength(0);
  });
});
