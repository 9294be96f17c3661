import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

describe('gr-code', () => {
  it('renders Gradio defaults: "Code" badge, copy and download buttons, interactive', async () => {
    const { root } = await render(<gr-code value="print('hi')" />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Code');
    expect(Array.from(root.querySelectorAll('.icon-button')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy',
      'Download',
    ]);
    expect(root.querySelector('.editor')).not.toBeNull();
    expect(root.style.getPropertyValue('min-width')).toBe('min(160px, 100%)');
  });

  it('static: the code in a <pre> with line numbers, sized by lines / max_lines', async () => {
    const { root, setProps } = await render(<gr-code value={'a = 1\nb = 2\nc = 3'} interactive={false} language="python" />);
    expect(root.querySelector('.editor')).toBeNull();
    expect(root.querySelector('pre')?.textContent).toContain('b = 2');
    expect(root.querySelector('.gutter')?.textContent).toBe('1\n2\n3');
    const box = root.querySelector('.static') as HTMLElement;
    expect(box.style.minHeight).toContain('5 * 1.5em');
    await setProps({ showLineNumbers: false, maxLines: 8, wrapLines: true });
    expect(root.querySelector('.gutter')).toBeNull();
    expect((root.querySelector('.static') as HTMLElement).style.maxHeight).toContain('8 * 1.5em');
    expect(root.querySelector('.static')?.classList.contains('wrap')).toBe(true);
  });

  it('buttons=[] hides the toolbar; bad values do not throw', async () => {
    const { root, setProps } = await render(<gr-code value="x" buttons={[]} interactive={false} />);
    expect(root.querySelector('.toolbar')).toBeNull();
    await setProps({ value: null as unknown as string, language: 'klingon', lines: -3 });
    expect(root.querySelector('pre')).not.toBeNull();
  });

  it('emits nothing when props are set programmatically', async () => {
    const { root, setProps } = await render(<gr-code value="x" interactive={false} />);
    const listener = vi.fn();
    for (const name of ['gr-change', 'gr-input', 'gr-focus', 'gr-blur']) root.addEventListener(name, listener);
    await setProps({ value: 'y', language: 'json' });
    expect(listener).not.toHaveBeenCalled();
  });
});
