import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import type { FileData } from '../../utils/file-data';
import { limit } from '../../../tests/helpers/limits.ts';

// A unit cube: 8 corners, 12 triangles.
const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [(i >> 2) - 0.5, ((i >> 1) & 1) - 0.5, (i & 1) - 0.5]);
const quads = [
  [0, 1, 3, 2],
  [4, 6, 7, 5],
  [0, 4, 5, 1],
  [2, 3, 7, 6],
  [0, 2, 6, 4],
  [1, 5, 7, 3],
];
const cubeObj = [
  ...corners.map((c) => `v ${c.join(' ')}`),
  ...quads.flatMap(([a, b, c, d]) => [`f ${a + 1} ${b + 1} ${c + 1}`, `f ${a + 1} ${c + 1} ${d + 1}`]),
].join('\n');
const model = (name: string, body: BlobPart): FileData => ({ path: name, url: URL.createObjectURL(new Blob([body])), orig_name: name, size: 1 });
/** Waits for the model to be drawn; a message instead fails with that message. */
const ready = (el: Element) => vi.waitFor(() => expect(`${el.getAttribute('data-status')} ${el.querySelector('.model-message')?.textContent ?? ''}`).toBe('ready '), { timeout: limit(40_000) });
const message = (el: Element) => el.querySelector('.model-message')?.textContent ?? '';

/** The canvas's pixels (RGBA), all or one half (the top or bottom rows). */
function canvasPixels(el: Element, where: 'all' | 'top' | 'bottom' = 'all'): Uint8ClampedArray {
  const canvas = el.querySelector('canvas') as HTMLCanvasElement;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
  ctx.drawImage(canvas, 0, 0);
  const half = copy.height >> 1;
  const [from, to] = where === 'top' ? [0, half] : where === 'bottom' ? [half, copy.height] : [0, copy.height];
  return ctx.getImageData(0, from, copy.width, to - from).data;
}

/** Pixels of the canvas that differ from the white background (the model's pixels). */
function drawn(el: Element): number {
  const data = canvasPixels(el);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) count++;
  return count;
}
const snapshot = (el: Element) => (el.querySelector('canvas') as HTMLCanvasElement).toDataURL();

type Rgb = [number, number, number];
/**
 * A `.splat` file: a cube of `side`³ splats (position f32x3, scale f32x3, RGBA u8x4, rotation u8x4 each) in
 * the frame splats are trained in (y down), the upper half (y < 0) `top`'s colour and the lower half `bottom`'s.
 */
function splatCube(side: number, top: Rgb, bottom: Rgb): ArrayBuffer {
  const bytes = new ArrayBuffer(side ** 3 * 32);
  const view = new DataView(bytes);
  let at = 0;
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      for (let k = 0; k < side; k++) {
        const [x, y, z] = [i, j, k].map((n) => (n / (side - 1) - 0.5) * 1.2);
        for (const [n, v] of [x, y, z, 0.06, 0.06, 0.06].entries()) view.setFloat32(at + 4 * n, v, true);
        const [r, g, b] = y < 0 ? top : bottom;
        // Opaque; the rotation is the identity quaternion (w, x, y, z), each stored as 128 + 128 * value.
        for (const [n, v] of [r, g, b, 255, 255, 128, 128, 128].entries()) view.setUint8(at + 24 + n, v);
        at += 32;
      }
    }
  }
  return bytes;
}

/**
 * A binary Gaussian-splat PLY (as 3D Gaussian Splatting training writes it) of `count` splats on a ring, all
 * of colour `rgb`: spherical-harmonics DC colour, logit opacity, log scales, rotation (w, x, y, z).
 */
function gaussianPly(count: number, rgb: Rgb, truncate = 0): Uint8Array<ArrayBuffer> {
  const names = ['x', 'y', 'z', 'nx', 'ny', 'nz', 'f_dc_0', 'f_dc_1', 'f_dc_2', 'opacity', 'scale_0', 'scale_1', 'scale_2', 'rot_0', 'rot_1', 'rot_2', 'rot_3'];
  const header = `ply\nformat binary_little_endian 1.0\nelement vertex ${count}\n${names.map((n) => `property float ${n}\n`).join('')}end_header\n`;
  const head = new TextEncoder().encode(header);
  const out = new Uint8Array(head.length + count * names.length * 4 - truncate);
  out.set(head);
  const body = new DataView(out.buffer, head.length);
  const shC0 = 0.28209479177387814;
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    const dc = rgb.map((c) => (c / 255 - 0.5) / shC0);
    const values = [Math.cos(angle), Math.sin(angle), 0, 0, 0, 0, ...dc, 6, Math.log(0.08), Math.log(0.08), Math.log(0.08), 1, 0, 0, 0];
    for (const [n, v] of values.entries()) {
      const offset = (i * names.length + n) * 4;
      if (offset + 4 <= body.byteLength) body.setFloat32(offset, v, true);
    }
  }
  return out;
}

/** Pixels of the canvas near `rgb` (the splats' own colour; the clear colour is behind the canvas, not in it). */
function pixelsOf(el: Element, rgb: Rgb, where: 'all' | 'top' | 'bottom' = 'all'): number {
  const data = canvasPixels(el, where);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 100 && Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < 90) count++;
  }
  return count;
}
const red: Rgb = [220, 30, 30];
const blue: Rgb = [30, 60, 220];

// WebGL in software on a loaded machine, and three.js loading on first use: tests get 90 s each (a full run
// failed this test 24 s in, most likely on a 20 s wait).
describe('gr-model3d in Chromium', { timeout: limit(90_000) }, () => {
  it('has no axe violations, light and dark: empty, drawn, static, and with a message', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-model3d label="Upload" />
          <gr-model3d label="Cube" value={model('cube.obj', cubeObj)} />
          <gr-model3d label="Output" interactive={false} />
          <gr-model3d label="Broken" value={model('broken.glb', 'not a glb')} />
          <gr-model3d label="Splats" value={model('cube.splat', splatCube(6, red, blue))} />
          <gr-model3d label="Broken splats" value={model('broken.splat', new Uint8Array(33))} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const [, cube, , broken, splats, brokenSplats] = Array.from(root.querySelectorAll('gr-model3d'));
      await ready(cube);
      await ready(splats);
      await vi.waitFor(() => expect(message(brokenSplats)).not.toBe(''), { timeout: limit(40_000) });
      await vi.waitFor(() => expect(message(broken)).not.toBe(''), { timeout: limit(40_000) });
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('draws the model (non-blank pixels) on the clear colour; display modes and the camera change the picture', async () => {
    const { root, setProps } = await render(<gr-model3d label="Cube" clearColor={[1, 1, 1, 1]} cameraPosition={[45, 60, 3]} height={240} value={model('cube.obj', cubeObj)} />);
    await ready(root);
    await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(1000));
    const solid = drawn(root);
    await setProps({ displayMode: 'wireframe' });
    await vi.waitFor(() => expect(drawn(root)).toBeLessThan(solid / 2));
    await setProps({ displayMode: 'point_cloud' });
    await vi.waitFor(() => expect(drawn(root)).toBeLessThan(200));
    await setProps({ displayMode: 'solid' });
    await vi.waitFor(() => expect(drawn(root)).toBe(solid));
    // Further away, the cube covers fewer pixels.
    await setProps({ cameraPosition: [45, 60, 9] });
    await vi.waitFor(() => expect(drawn(root)).toBeLessThan(solid / 3));
  });

  it('moved in the page (removed and put back), it draws again on a live WebGL context', async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    try {
      const { root } = await render(<gr-model3d label="Cube" clearColor={[1, 1, 1, 1]} value={model('cube.obj', cubeObj)} />);
      await ready(root);
      await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(1000));
      const parent = root.parentElement as HTMLElement;
      const live = () => (root.querySelector('canvas') as HTMLCanvasElement).getContext('webgl2')?.isContextLost() === false;
      for (let move = 0; move < 3; move++) {
        const before = root.querySelector('canvas');
        root.remove();
        parent.append(root);
        // A new canvas, with a context that is not lost, shows the model.
        await vi.waitFor(() => expect(root.querySelector('canvas')).not.toBe(before));
        await ready(root);
        await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(1000));
        expect(live()).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('keyboard: the viewer is a tab stop; arrows turn the model, + zooms, Home resets the view', async () => {
    const { root } = await render(<gr-model3d label="Cube" clearColor={[1, 1, 1, 1]} cameraPosition={[30, 70, 3]} value={model('cube.obj', cubeObj)} />);
    await ready(root);
    await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(1000));
    const start = snapshot(root);
    const before = drawn(root);
    const viewer = root.querySelector('[part=viewer]') as HTMLElement;
    viewer.focus();
    expect(document.activeElement).toBe(viewer);
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(snapshot(root)).not.toBe(start));
    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(snapshot(root)).toBe(start));
    await userEvent.keyboard('+++');
    await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(before * 1.2));
    // The toolbar's Reset view does the same as Home.
    (root.querySelector('[aria-label="Reset view"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(snapshot(root)).toBe(start));
  });

  it('STL and PLY files draw too (GLB: the e2e test)', async () => {
    const tri = new Float32Array([0, 0, 1, ...[-1, -1, 0], ...[1, -1, 0], ...[0, 1, 0]]);
    const stl = new Uint8Array(84 + 50);
    new DataView(stl.buffer).setUint32(80, 1, true);
    stl.set(new Uint8Array(tri.buffer), 84);
    const ply = 'ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n-1 -1 0\n1 -1 0\n0 1 0\n3 0 1 2\n';
    const { root } = await render(
      <div>
        <gr-model3d label="STL" clearColor={[1, 1, 1, 1]} value={model('tri.stl', stl)} />
        <gr-model3d label="PLY" clearColor={[1, 1, 1, 1]} value={model('tri.ply', ply)} />
      </div>,
    );
    for (const el of Array.from(root.querySelectorAll('gr-model3d'))) {
      await ready(el);
      await vi.waitFor(() => expect(drawn(el)).toBeGreaterThan(500));
    }
  });

  it('draws a .splat as Gaussian splats: pixels of their colours, each half where it belongs', async () => {
    const { root } = await render(<gr-model3d label="Splats" clearColor={[1, 1, 1, 1]} height={240} value={model('cube.splat', splatCube(8, red, blue))} />);
    await ready(root);
    await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(2000), { timeout: limit(20_000) });
    // As in Gradio's viewer (and the files' own frame), y points down: the y < 0 half is on top.
    expect(pixelsOf(root, red, 'top')).toBeGreaterThan(10 * pixelsOf(root, red, 'bottom'));
    expect(pixelsOf(root, blue, 'bottom')).toBeGreaterThan(10 * pixelsOf(root, blue, 'top'));
    // The clear colour is the canvas's background, behind the splats.
    expect(getComputedStyle(root.querySelector('canvas') as HTMLCanvasElement).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('splats: the camera position, zoom keys, arrows and Reset view change the picture as for meshes', async () => {
    const { root, setProps } = await render(<gr-model3d label="Splats" cameraPosition={[-90, 90, 3]} height={240} value={model('cube.splat', splatCube(8, red, blue))} />);
    await ready(root);
    await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(2000), { timeout: limit(20_000) });
    const near = pixelsOf(root, red) + pixelsOf(root, blue);
    // Further away, the cube covers fewer pixels.
    await setProps({ cameraPosition: [-90, 90, 9] });
    await vi.waitFor(() => expect(pixelsOf(root, red) + pixelsOf(root, blue)).toBeLessThan(near / 3));
    // From below (beta near 180°), the blue half faces the camera and the red one is hidden behind it.
    await setProps({ cameraPosition: [-90, 175, 3] });
    await vi.waitFor(() => expect(pixelsOf(root, blue)).toBeGreaterThan(5 * pixelsOf(root, red)));
    await setProps({ cameraPosition: [-90, 90, 3] });
    await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(2000));
    const start = snapshot(root);
    const viewer = root.querySelector('[part=viewer]') as HTMLElement;
    viewer.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(snapshot(root)).not.toBe(start));
    (root.querySelector('[aria-label="Reset view"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(snapshot(root)).toBe(start));
    const before = pixelsOf(root, red) + pixelsOf(root, blue);
    await userEvent.keyboard('+++');
    await vi.waitFor(() => expect(pixelsOf(root, red) + pixelsOf(root, blue)).toBeGreaterThan(before * 1.2));
  });

  it('splats: drag turns, right-drag moves the splats with the pointer, the wheel zooms', async () => {
    const { root } = await render(<gr-model3d label="Splats" cameraPosition={[-90, 90, 3]} height={240} value={model('cube.splat', splatCube(8, red, blue))} />);
    root.scrollIntoView();
    await ready(root);
    await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(2000), { timeout: limit(20_000) });
    const canvas = root.querySelector('canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const drag = (dx: number, dy: number, button = 0) => {
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const init = { pointerId: 7, button, bubbles: true, cancelable: true };
      canvas.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
      canvas.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + dx, clientY: y + dy }));
      canvas.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx, clientY: y + dy }));
    };
    /** The mean column of the splats' pixels, in CSS pixels. */
    const middle = () => {
      const data = canvasPixels(root);
      let [sum, count] = [0, 0];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 100) {
          sum += (i / 4) % canvas.width;
          count++;
        }
      }
      return (sum / count) * (box.width / canvas.width);
    };
    const start = middle();
    const near = pixelsOf(root, red) + pixelsOf(root, blue);
    // Points at the orbit's target follow the pointer; the cube's front face, nearer, moves further (here by
    // 3 / 2.4, the ratio of the distances): about 100 CSS pixels.
    drag(80, 0, 2);
    await vi.waitFor(() => expect(Math.abs(middle() - (start + 100))).toBeLessThan(10));
    (root.querySelector('[aria-label="Reset view"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(Math.abs(middle() - start)).toBeLessThan(2));
    // Half a turn (a drag of half the view's height turns by π): the blue-and-red cube is seen from behind,
    // still red on top.
    const front = snapshot(root);
    drag(box.height / 2, 0);
    await vi.waitFor(() => expect(snapshot(root)).not.toBe(front));
    await vi.waitFor(() => expect(pixelsOf(root, red, 'top')).toBeGreaterThan(10 * pixelsOf(root, red, 'bottom')));
    (root.querySelector('[aria-label="Reset view"]') as HTMLButtonElement).click();
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -500, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(pixelsOf(root, red) + pixelsOf(root, blue)).toBeGreaterThan(near * 1.3));
  });

  it('a Gaussian-splat PLY draws as splats; a PLY without splat properties stays a mesh; a model after splats draws', async () => {
    const mesh = 'ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n-1 -1 0\n1 -1 0\n0 1 0\n3 0 1 2\n';
    const { root, setProps } = await render(<gr-model3d label="PLY" height={240} value={model('ring.ply', gaussianPly(300, red))} />);
    // Splats are drawn only on screen (earlier tests' elements may fill the page above this one).
    root.scrollIntoView();
    await ready(root);
    await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(1000), { timeout: limit(20_000) });
    // The mesh viewer paints its clear colour (white) into the canvas; the gray triangle is what is not white.
    await setProps({ value: model('tri.ply', mesh), clearColor: [1, 1, 1, 1] });
    await ready(root);
    await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(500));
    expect(pixelsOf(root, red)).toBe(0);
    await setProps({ value: model('cube.splat', splatCube(6, red, blue)) });
    await ready(root);
    await vi.waitFor(() => expect(pixelsOf(root, blue)).toBeGreaterThan(1000), { timeout: limit(20_000) });
  });

  it('splats draw on demand: nothing while idle or off screen, and the picture catches up when back on screen', async () => {
    const draws = vi.spyOn(WebGL2RenderingContext.prototype, 'drawArraysInstanced');
    try {
      const { root, setProps } = await render(<gr-model3d label="Splats" cameraPosition={[-90, 90, 3]} height={240} value={model('cube.splat', splatCube(6, red, blue))} />);
      await ready(root);
      await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(1000), { timeout: limit(20_000) });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const idle = draws.mock.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(draws.mock.calls.length).toBe(idle);
      const near = pixelsOf(root, red);
      // Off screen, a camera change draws nothing; back on screen, it is drawn.
      (root as HTMLElement).style.cssText = 'position: fixed; top: -2000px; left: 0; width: 400px';
      await new Promise((resolve) => setTimeout(resolve, 300));
      const hidden = draws.mock.calls.length;
      await setProps({ cameraPosition: [-90, 90, 9] });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(draws.mock.calls.length).toBe(hidden);
      (root as HTMLElement).style.cssText = '';
      await vi.waitFor(() => expect(pixelsOf(root, red)).toBeLessThan(near / 3));
    } finally {
      draws.mockRestore();
    }
  });

  it('moved in the page, a splat viewer draws again on a live WebGL context and its workers end', async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
    const terminated = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const { root } = await render(<gr-model3d label="Splats" value={model('cube.splat', splatCube(6, red, blue))} />);
      await ready(root);
      await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(1000), { timeout: limit(20_000) });
      const parent = root.parentElement as HTMLElement;
      for (let move = 0; move < 3; move++) {
        const before = root.querySelector('canvas') as HTMLCanvasElement;
        const ended = terminated.mock.calls.length;
        root.remove();
        // The old canvas's context was given back, and gsplat's sort and data workers ended.
        expect((before.getContext('webgl2') as WebGL2RenderingContext).isContextLost()).toBe(true);
        expect(terminated.mock.calls.length).toBeGreaterThanOrEqual(ended + 2);
        parent.append(root);
        await vi.waitFor(() => expect(root.querySelector('canvas')).not.toBe(before));
        await ready(root);
        await vi.waitFor(() => expect(pixelsOf(root, red)).toBeGreaterThan(1000), { timeout: limit(20_000) });
      }
      expect(errors).toEqual([]);
    } finally {
      spy.mockRestore();
      terminated.mockRestore();
    }
  });

  it('a broken or empty splat file is a clear message', async () => {
    const { root } = await render(
      <div>
        <gr-model3d label="a" value={model('odd.splat', new Uint8Array(33))} />
        <gr-model3d label="b" value={model('empty.splat', new Uint8Array(0))} />
        <gr-model3d label="c" value={model('cut.ply', gaussianPly(50, red, 100))} />
        <gr-model3d label="d" value={model('text.ply', 'ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float f_dc_0\nproperty float opacity\nproperty float scale_0\nproperty float rot_0\nend_header\n1 2 3 4 5\n')} />
        <gr-model3d label="e" value={model('none.splat', new Uint8Array(new Float32Array(8).fill(Number.NaN).buffer))} />
      </div>,
    );
    const [a, b, c, d, e] = Array.from(root.querySelectorAll('gr-model3d'));
    await vi.waitFor(() => expect(message(a)).toBe('"odd.splat" is not a valid SPLAT file: its 33 bytes are not a whole number of 32-byte splats.'), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(b)).toBe('"empty.splat" has no splats to show (an empty SPLAT file).'), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(c)).toMatch(/^"cut\.ply" is not a valid PLY file: .+\.$/), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(d)).toBe('"text.ply" is a Gaussian splat PLY that is not binary little-endian, which this viewer cannot read.'), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(e)).toBe('"none.splat" has no splats to show (no splat of the SPLAT file has a valid position).'), { timeout: limit(20_000) });
  });

  it('a broken, empty or unreachable file is a clear message', async () => {
    const gone = URL.createObjectURL(new Blob(['x']));
    URL.revokeObjectURL(gone);
    const { root } = await render(
      <div>
        <gr-model3d label="a" value={model('broken.glb', 'not a glb')} />
        <gr-model3d label="b" value={model('empty.obj', '# nothing here\n')} />
        <gr-model3d label="c" value={{ path: 'gone.stl', url: gone, orig_name: 'gone.stl' }} />
      </div>,
    );
    const [a, b, c] = Array.from(root.querySelectorAll('gr-model3d'));
    await vi.waitFor(() => expect(message(a)).toMatch(/^"broken\.glb" is not a valid GLB file: /), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(b)).toBe('"empty.obj" has no geometry to show (an empty or unreadable OBJ file).'), { timeout: limit(20_000) });
    await vi.waitFor(() => expect(message(c)).toMatch(new RegExp(`^"gone\\.stl" could not be loaded from ${gone}: .+\\.$`)), { timeout: limit(20_000) });
  });

  it('an uploaded model shows and emits upload and change; a refused type is a message', async () => {
    const { root } = await render(<gr-model3d label="In" clearColor={[1, 1, 1, 1]} />);
    const events: string[] = [];
    for (const name of ['gr-upload', 'gr-change']) root.addEventListener(name, () => events.push(name));
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('notes.txt'));
    await userEvent.upload(input, new File([cubeObj], 'cube.obj'));
    await ready(root);
    expect(events).toEqual(['gr-upload', 'gr-change']);
    expect((root as HTMLGrModel3dElement).value).toMatchObject({ orig_name: 'cube.obj' });
    await vi.waitFor(() => expect(drawn(root)).toBeGreaterThan(1000));
  });

  it('XSS vectors as label and file name run nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (n: string) => void }).__xss = (n) => ran.push(n);
    const { root } = await render(
      <div>
        {xssVectors.map((v) => (
          <gr-model3d label={v.payload} interactive={false} value={{ path: `${v.payload}.obj`, url: `${v.payload}.obj`, orig_name: `${v.payload}.obj` }} />
        ))}
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('gr-model3d[data-status=error]').length).toBe(xssVectors.length), { timeout: limit(20_000) });
    expect(ran).toEqual([]);
  });
});
