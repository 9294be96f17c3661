import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const names = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector), (el) => el.getAttribute('aria-label'));

describe('gr-image-editor', () => {
  it('renders Gradio defaults: labelled toolbar with every tool, five colours and a picker, one layer', async () => {
    const { root } = await render(<gr-image-editor />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Image');
    expect(root.querySelector('[role=toolbar]')?.getAttribute('aria-label')).toBe('Image tools');
    expect(names(root, '.editor-toolbar button')).toEqual([
      'Upload background image',
      'Paste background from clipboard',
      'Background from webcam',
      'Brush',
      'Eraser',
      'Pan',
      'Crop',
      'Resize canvas',
      'Undo',
      'Redo',
      'Zoom out',
      'Zoom in',
      'Fit to frame',
      'Download',
      'Clear canvas',
    ]);
    expect(root.querySelector('.editor-toolbar [aria-label=Brush]')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.editor-toolbar [aria-label=Undo]')?.hasAttribute('disabled')).toBe(true);
    expect(root.querySelectorAll('.swatch')).toHaveLength(5);
    expect(root.querySelector('input[type=color]')).not.toBeNull();
    expect(root.querySelector('input[type=range]')?.closest('label')?.textContent).toContain('Brush size');
    // The layer panel renders once the canvas is set up (after the first render).
    await vi.waitFor(() => expect(Array.from(root.querySelectorAll('.layer-name'), (b) => b.textContent)).toEqual(['Layer 1']));
    expect(root.querySelector('.add-layer')).not.toBeNull();
    expect(root.querySelector('.editor-stack')).not.toBeNull();
  });

  it('follows brush, eraser, sources, transforms and layers props (Sketchpad / ImageMask configs)', async () => {
    const { root } = await render(
      <gr-image-editor
        label="mask"
        sources={[]}
        transforms={[]}
        brush={{ colors: ['#000000'], default_color: 'auto', color_mode: 'fixed', default_size: 'auto' }}
        eraser={false}
        layers={false}
        buttons={[]}
        showApply
      />,
    );
    expect(names(root, '.editor-toolbar button')).toEqual(['Brush', 'Pan', 'Undo', 'Redo', 'Zoom out', 'Zoom in', 'Fit to frame', 'Clear canvas', 'Save changes']);
    expect(names(root, '.swatch')).toEqual(['Colour #000000']);
    expect(root.querySelector('input[type=color]')).toBeNull();
    expect(root.querySelector('.layers')).toBeNull();
  });

  it('static: shows the composite (or the background), a refused URL as a message, and the label as text', async () => {
    const file = (url: string) => ({ path: 'c.png', url, orig_name: 'c.png' });
    const { root, setProps } = await render(
      <gr-image-editor interactive={false} label={'<img src=x onerror=alert(1)>'} value={{ background: file('http://x/b.png'), layers: [], composite: file('http://x/c.png') }} />,
    );
    expect(root.querySelector('.editor-toolbar')).toBeNull();
    expect(root.querySelector('.static-frame img')?.getAttribute('src')).toBe('http://x/c.png');
    expect(root.querySelector('.static-frame button')?.getAttribute('aria-label')).toBe('Download');
    expect(root.querySelector('.block-label')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.block-label img')).toBeNull();
    await setProps({ value: { background: file('http://x/b.png'), layers: [], composite: null } });
    expect(root.querySelector('.static-frame img')?.getAttribute('src')).toBe('http://x/b.png');
    await setProps({ value: { background: null, layers: [], composite: file('javascript:alert(1)') } });
    expect(root.querySelector('[role=alert]')?.textContent).toContain('not allowed');
    expect(root.querySelector('.static-frame img')).toBeNull();
  });
});
