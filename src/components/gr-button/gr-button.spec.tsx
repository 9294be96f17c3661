import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

describe('gr-button', () => {
  it('renders Gradio defaults: a secondary large button labelled "Run"', async () => {
    const { root } = await render(<gr-button />);
    const button = root.querySelector('button');
    expect(button).not.toBeNull();
    expect(button?.textContent).toBe('Run');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.classList.contains('secondary')).toBe(true);
    expect(button?.classList.contains('large')).toBe(true);
    expect(button?.hasAttribute('disabled')).toBe(false);
  });

  it('maps variant and size to the theme classes (stop uses the cancel set)', async () => {
    const { root, setProps } = await render(<gr-button value="Stop it" variant="stop" size="sm" />);
    const button = () => root.querySelector('button');
    expect(button()?.classList.contains('cancel')).toBe(true);
    expect(button()?.classList.contains('small')).toBe(true);
    await setProps({ variant: 'primary', size: 'md' });
    expect(button()?.classList.contains('primary')).toBe(true);
    expect(button()?.classList.contains('medium')).toBe(true);
    expect(button()?.classList.contains('cancel')).toBe(false);
  });

  it('renders a link when `link` is set, safe for new windows', async () => {
    const { root } = await render(<gr-button value="Docs" link="https://example.com/docs" linkTarget="_blank" />);
    const anchor = root.querySelector('a');
    expect(anchor?.getAttribute('href')).toBe('https://example.com/docs');
    expect(anchor?.getAttribute('target')).toBe('_blank');
    expect(anchor?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('button')).toBeNull();
  });

  it('emits gr-click on a user click, bubbling and composed', async () => {
    const { root } = await render(<gr-button value="Go" />);
    const listener = vi.fn();
    document.addEventListener('gr-click', listener);
    root.querySelector('button')?.click();
    document.removeEventListener('gr-click', listener);
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as CustomEvent;
    expect(event.bubbles).toBe(true);
    expect(event.composed).toBe(true);
  });

  it('does not emit on programmatic changes, nor when not interactive', async () => {
    const { root, setProps } = await render(<gr-button value="Go" />);
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    await setProps({ value: 'Changed', variant: 'primary' });
    expect(root.querySelector('button')?.textContent).toBe('Changed');
    await setProps({ interactive: false });
    expect(root.querySelector('button')?.hasAttribute('disabled')).toBe(true);
    root.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies elem_id, elem_classes, scale, min_width and visible', async () => {
    const { root, setProps } = await render(
      <gr-button elemId="run-btn" elemClasses={['big', 'accent']} scale={2} minWidth={300} />,
    );
    expect(root.querySelector('button')?.id).toBe('run-btn');
    expect(root.classList.contains('big')).toBe(true);
    expect(root.classList.contains('accent')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('2');
    expect(root.style.getPropertyValue('min-width')).toBe('min(300px, 100%)');
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
  });

  it('shows an icon from FileData, decorative', async () => {
    const { root } = await render(<gr-button icon={{ path: 'x.png', url: 'http://127.0.0.1/x.png' }} />);
    const img = root.querySelector('img');
    expect(img?.getAttribute('src')).toBe('http://127.0.0.1/x.png');
    expect(img?.getAttribute('alt')).toBe('');
  });
});
