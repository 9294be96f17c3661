import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

describe('gr-clear-button', () => {
  it('renders Gradio defaults: a secondary large gr-button labelled "Clear"', async () => {
    const { root } = await render(<gr-clear-button />);
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Clear');
    expect(button?.classList.contains('secondary')).toBe(true);
    expect(button?.classList.contains('large')).toBe(true);
  });

  it('re-emits the click as its own gr-click (one event, targeting the clear button)', async () => {
    const { root } = await render(<gr-clear-button />);
    const targets: EventTarget[] = [];
    document.addEventListener('gr-click', (event) => targets.push(event.target!));
    root.querySelector('button')?.click();
    expect(targets).toEqual([root]);
  });

  it('passes variant, size, value, elem_id, interactive; applies elem_classes, scale, visible', async () => {
    const { root, setProps } = await render(
      <gr-clear-button value="Reset" variant="stop" size="sm" elemId="clr" elemClasses="x" scale={2} />,
    );
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Reset');
    expect(button.id).toBe('clr');
    expect(button.classList.contains('cancel')).toBe(true);
    expect(root.classList.contains('x')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('2');
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    await setProps({ interactive: false, visible: false });
    expect(root.querySelector('button')?.disabled).toBe(true);
    expect(root.classList.contains('hidden')).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });
});
