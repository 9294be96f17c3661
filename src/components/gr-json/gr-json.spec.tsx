import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const nested = { name: 'gradio', tags: ['ui', 'ml'], deep: { a: { b: { c: { d: 1 } } } }, ok: true, none: null, n: 3.5 };

describe('gr-json', () => {
  it('renders Gradio defaults: labelled "JSON", copy button, empty state for null', async () => {
    const { root } = await render(<gr-json />);
    expect(root.querySelector('.block-label')?.textContent).toBe('JSON');
    expect(root.querySelector('.block')?.classList.contains('hide-container')).toBe(false);
    expect(root.querySelector('.empty')).not.toBeNull();
    expect(root.querySelector('.icon-button')).toBeNull();
    expect(root.style.getPropertyValue('min-width')).toBe('min(160px, 100%)');
  });

  it('shows keys, typed values and item counts; levels deeper than 3 start collapsed', async () => {
    const { root } = await render(<gr-json value={nested} />);
    expect(root.querySelector('.string')?.textContent).toBe('"gradio"');
    expect(root.querySelector('.number')?.textContent).toBe('3.5');
    expect(root.querySelector('.bool')?.textContent).toBe('true');
    expect(root.querySelector('.null')?.textContent).toBe('null');
    const keys = Array.from(root.querySelectorAll('.key')).map((k) => k.textContent);
    expect(keys).toContain('"deep"');
    expect(keys).toContain('"b"');
    expect(keys).not.toContain('"d"');
    expect(root.querySelector('.preview')?.textContent).toBe('Object(1)');
    expect(root.querySelector('.json-holder')?.getAttribute('style')).toContain('max-height: 500px');
    expect(root.querySelector('.icon-button')?.getAttribute('aria-label')).toBe('Copy');
  });

  it('open expands everything; show_indices shows array keys', async () => {
    const { root } = await render(<gr-json value={nested} open showIndices />);
    const keys = Array.from(root.querySelectorAll('.key')).map((k) => k.textContent);
    expect(keys).toContain('"d"');
    expect(keys).toContain('"0"');
    expect(root.querySelector('.preview')).toBeNull();
  });

  it('toggles a node by click: aria-expanded and the count preview follow', async () => {
    const { root, waitForChanges } = await render(<gr-json value={{ list: [1, 2, 3] }} />);
    const toggle = () => root.querySelectorAll('.toggle')[1] as HTMLButtonElement;
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    toggle().click();
    await waitForChanges();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-label')).toBe('Expand list, 3 items');
    expect(root.querySelector('.preview')?.textContent).toBe('Array(3)');
  });

  it('renders scalars at the root and copes with any value', async () => {
    const { root, setProps } = await render(<gr-json value="just text" />);
    expect(root.querySelector('.string')?.textContent).toBe('"just text"');
    await setProps({ value: 0 });
    expect(root.querySelector('.number')?.textContent).toBe('0');
    await setProps({ value: {} });
    expect(root.querySelector('.empty')).not.toBeNull();
    await setProps({ value: [] });
    expect(root.querySelector('.preview')).toBeNull();
  });

  it('emits no events on programmatic changes; copy does not throw without a clipboard', async () => {
    const { root, setProps } = await render(<gr-json value={{ a: 1 }} />);
    const listener = vi.fn();
    root.addEventListener('gr-change', listener);
    await setProps({ value: { b: 2 } });
    (root.querySelector('.icon-button') as HTMLButtonElement).click();
    expect(listener).not.toHaveBeenCalled();
  });
});
