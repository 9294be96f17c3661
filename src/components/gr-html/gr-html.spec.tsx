import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { fillTemplate } from '../../utils/html-template';

// The simulated DOM cannot run DOMPurify (values show as escaped text); markup is checked in Chromium.
describe('gr-html', () => {
  it('renders Gradio defaults: bare, unpadded, no label, prose styles on', async () => {
    const { root } = await render(<gr-html value="<b>bold</b> text" />);
    const block = root.querySelector('.block');
    expect(block?.classList.contains('hide-container')).toBe(true);
    expect(block?.classList.contains('padded')).toBe(false);
    expect(root.querySelector('.block-label')).toBeNull();
    expect(root.querySelector('.html-content')?.classList.contains('prose')).toBe(true);
    expect(root.querySelector('.html-content')?.textContent).toContain('text');
  });

  it('emits gr-click on a user click inside, never on programmatic changes', async () => {
    const { root, setProps } = await render(<gr-html value="hello" />);
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    await setProps({ value: 'changed', minHeight: 40 });
    expect(listener).not.toHaveBeenCalled();
    (root.querySelector('.html-content') as HTMLElement).click();
    expect(listener).toHaveBeenCalledTimes(1);
    expect((root.querySelector('.html-content') as HTMLElement).style.minHeight).toBe('40px');
  });

  it('fills only plain ${name} placeholders of html_template', () => {
    expect(fillTemplate('<h1>${value}</h1><p>${ label }</p>${count}${x.y}${missing}', { value: 'V', label: 'L', count: 3 })).toBe(
      '<h1>V</h1><p>L</p>3${x.y}${missing}',
    );
  });

  it('shows the label, container, apply_default_css=False; bad values do not throw', async () => {
    const { root, setProps } = await render(<gr-html value="x" label="Card" showLabel container applyDefaultCss={false} />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Card');
    expect(root.querySelector('.html-content')?.classList.contains('prose')).toBe(false);
    await setProps({ value: 42 as unknown as string, props: null as never, htmlTemplate: null as never });
    expect(root.querySelector('.html-content')?.textContent).toContain('42');
  });
});
