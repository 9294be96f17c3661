import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import type { FileData } from '../../utils/file-data';

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
const ready = (el: Element) => vi.waitFor(() => expect(`${el.getAttribute('data-status')} ${el.querySelector('.model-message')?.textContent ?? ''}`).toBe('ready '), { timeout: 40_000 });
const message = (el: Element) => el.querySelector('.model-message')?.textContent ?? '';

/** Pixels of the canvas that differ from the white background (the model's pixels). */
function drawn(el: Element): number {
  const canvas = el.querySelector('canvas') as HTMLCanvasElement;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
  ctx.drawImage(canvas, 0, 0);
  const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) count++;
  return count;
}
const snapshot = (el: Element) => (el.querySelector('canvas') as HTMLCanvasElement).toDataURL();

// WebGL in software on a loaded machine, and three.js loading on first use: tests get 90 s each (a full run
// failed this test 24 s in, most likely on a 20 s wait).
describe('gr-model3d in Chromium', { timeout: 90_000 }, () => {
  it('has no axe violations, light and dark: empty, drawn, static, and with a message', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-model3d label="Upload" />
          <gr-model3d label="Cube" value={model('cube.obj', cubeObj)} />
          <gr-model3d label="Output" interactive={false} />
          <gr-model3d label="Broken" value={model('broken.glb', 'not a glb')} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const [, cube, , broken] = Array.from(root.querySelectorAll('gr-model3d'));
      await ready(cube);
      await vi.waitFor(() => expect(message(broken)).not.toBe(''), { timeout: 40_000 });
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
    await vi.waitFor(() => expect(message(a)).toMatch(/^"broken\.glb" is not a valid GLB file: /), { timeout: 20_000 });
    await vi.waitFor(() => expect(message(b)).toBe('"empty.obj" has no geometry to show (an empty or unreadable OBJ file).'), { timeout: 20_000 });
    await vi.waitFor(() => expect(message(c)).toMatch(new RegExp(`^"gone\\.stl" could not be loaded from ${gone}: .+\\.$`)), { timeout: 20_000 });
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
    await vi.waitFor(() => expect(root.querySelectorAll('gr-model3d[data-status=error]').length).toBe(xssVectors.length), { timeout: 20_000 });
    expect(ran).toEqual([]);
  });
});
