import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

// The simulated DOM cannot run DOMPurify, so the sanitizer shows values as escaped text here: these tests
// check props, chrome and events; the rendered HTML is checked in Chromium (gr-markdown.browser.test.tsx).
describe('gr-markdown', () => {
  it('renders Gradio defaults: bare (container=False), no padding, no label, no copy button, ltr', async () => {
    const { root } = await render(<gr-markdown value="Hello **world**" />);
    const block = root.querySelector('.block');
    expect(block?.classList.contains('hide-container')).toBe(true);
    expect(block?.classList.contains('padded')).toBe(false);
    expect(root.querySelector('.block-label')).toBeNull();
    expect(root.querySelector('.icon-button')).toBeNull();
    const prose = root.querySelector('.prose');
    expect(prose?.getAttribute('dir')).toBe('ltr');
    expect(prose?.textContent).toContain('world');
  });

  it('never puts live markup into the page when the sanitizer cannot run', async () => {
    const { root } = await render(<gr-markdown value={'<img src=x onerror="window.__x=1">'} />);
    expect(root.querySelector('.prose img')).toBeNull();
  });

  it('follows value and rtl changes', async () => {
    const { root, setProps } = await render(<gr-markdown value="one" />);
    await setProps({ value: 'two', rtl: true });
    const prose = root.querySelector('.prose');
    expect(prose?.textContent).toContain('two');
    expect(prose?.getAttribute('dir')).toBe('rtl');
  });

  it('shows the label badge, container and padding when asked', async () => {
    const { root } = await render(<gr-markdown value="x" label="Notes" showLabel container padding />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Notes');
    expect(root.querySelector('.block')?.classList.contains('padded')).toBe(true);
    expect(root.querySelector('.block')?.classList.contains('hide-container')).toBe(false);
  });

  it('height makes the content a scrollable, focusable region', async () => {
    const { root } = await render(<gr-markdown value="x" height={120} maxHeight="50vh" />);
    const prose = root.querySelector('.prose') as HTMLElement;
    expect(prose.style.height).toBe('120px');
    expect(prose.style.maxHeight).toBe('50vh');
    expect(prose.getAttribute('tabindex')).toBe('0');
    expect(prose.getAttribute('role')).toBe('region');
    expect(prose.getAttribute('aria-label')).toBe('Markdown');
  });

  it('emits gr-copy with the Markdown when the copy button is pressed (buttons or show_copy_button)', async () => {
    const { root, setProps } = await render(<gr-markdown value="# Title" buttons={['copy']} />);
    const listener = vi.fn();
    root.addEventListener('gr-copy', listener);
    (root.querySelector('.icon-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect((listener.mock.calls[0][0] as CustomEvent).detail).toEqual({ value: '# Title' });
    await setProps({ buttons: null, showCopyButton: true });
    expect(root.querySelector('.icon-button')?.getAttribute('aria-label')).toMatch(/Cop/);
  });

  it('emits nothing when props are set programmatically', async () => {
    const { root, setProps } = await render(<gr-markdown value="a" />);
    const listener = vi.fn();
    root.addEventListener('gr-copy', listener);
    root.addEventListener('gr-change', listener);
    await setProps({ value: 'b', headerLinks: true, lineBreaks: true });
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies elem_id, elem_classes and visible; bad values do not throw', async () => {
    const { root, setProps } = await render(<gr-markdown value="x" elemId="intro" elemClasses="lead" />);
    expect(root.querySelector('.block')?.id).toBe('intro');
    expect(root.classList.contains('lead')).toBe(true);
    await setProps({ visible: false, value: null as unknown as string, latexDelimiters: 'bad' as never });
    expect(root.classList.contains('hidden')).toBe(true);
  });
});
