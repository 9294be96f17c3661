import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

const fd = (name: string, url = `http://x/file=/tmp/${name}`) => ({ path: `/tmp/${name}`, url, orig_name: name, size: 10, meta: { _type: 'gradio.FileData' as const } });
const message = (root: Element) => root.querySelector('.model-message')?.textContent ?? '';

describe('gr-model3d', () => {
  it('renders Gradio defaults: an empty dashed drop zone labelled "3D Model" taking the 3D formats', async () => {
    const { root } = await render(<gr-model3d />);
    expect(root.querySelector('.block-label')?.textContent).toBe('3D Model');
    expect(root.querySelector('.block')?.getAttribute('style')).toContain('border-style: dashed');
    expect(root.querySelector('.upload-zone-main')?.textContent).toBe('Drop a 3D model here');
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.obj,.glb,.gltf,.stl,.ply,.splat');
    expect(input.multiple).toBe(false);
    expect(root.getAttribute('data-status')).toBe('empty');
  });

  it('static and empty: an icon, no drop zone', async () => {
    const { root } = await render(<gr-model3d interactive={false} label="Out" />);
    expect(root.querySelector('.upload-zone')).toBeNull();
    expect(root.querySelector('.empty svg')).not.toBeNull();
  });

  it('unsupported or unsafe files are a clear message, not a blank', async () => {
    const { root, setProps } = await render(<gr-model3d value={fd('notes.txt')} />);
    await vi.waitFor(() => expect(message(root)).toBe('"notes.txt" is not a supported 3D file (.txt): use .obj, .glb, .gltf, .stl, .ply.'));
    expect(root.getAttribute('data-status')).toBe('error');
    await setProps({ value: fd('cube.obj', 'javascript:alert(1)') });
    await vi.waitFor(() => expect(message(root)).toBe('"cube.obj" cannot be shown: its URL is not allowed.'));
    // A splat is fetched before anything else: an unsafe URL stops it first.
    await setProps({ value: fd('scene.splat', 'javascript:alert(1)') });
    await vi.waitFor(() => expect(message(root)).toBe('"scene.splat" cannot be shown: its URL is not allowed.'));
    expect(root.querySelector('.model-message')?.getAttribute('role')).toBe('alert');
  });

  it('with a model: toolbar with Reset view, Download and Clear; Clear emits change(null) and clear', async () => {
    const { root, waitForChanges } = await render(<gr-model3d label="Model" value={fd('cube.stl')} />);
    const calls = listen(root, ['gr-change', 'gr-clear', 'gr-upload']);
    const labels = Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Reset view', 'Download cube.stl', 'Clear']);
    const viewer = root.querySelector('[part=viewer]') as HTMLElement;
    expect(viewer.getAttribute('role')).toBe('application');
    expect(viewer.getAttribute('aria-label')).toBe('Model: cube.stl');
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls).toEqual([
      ['gr-change', null],
      ['gr-clear', null],
    ]);
    expect(root.querySelector('.upload-zone')).not.toBeNull();
  });

  it('static with a model: no Clear; values set by code emit nothing', async () => {
    const { root, setProps } = await render(<gr-model3d interactive={false} />);
    const calls = listen(root, ['gr-change', 'gr-clear', 'gr-upload']);
    await setProps({ value: fd('cube.glb') });
    const labels = Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Reset view', 'Download cube.glb']);
    await setProps({ value: null });
    expect(calls).toEqual([]);
  });

  it('a label or file name with markup is text', async () => {
    const evil = '<img src=x onerror="window.__xss(1)">';
    const { root } = await render(<gr-model3d label={evil} value={fd(`${evil}.obj`)} />);
    expect(root.querySelector('.block-label')?.textContent).toBe(evil);
    expect(root.querySelector('[part=viewer]')?.getAttribute('aria-label')).toBe(`${evil}: ${evil}.obj`);
    expect(root.querySelector('img')).toBeNull();
  });
});
