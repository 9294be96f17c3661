import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

describe('gr-slider', () => {
  it('renders Gradio defaults: 0–100 step 1 at 0, labelled "Slider", with a number box and reset button', async () => {
    const { root } = await render(<gr-slider />);
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    expect(range.getAttribute('min')).toBe('0');
    expect(range.getAttribute('max')).toBe('100');
    expect(range.getAttribute('step')).toBe('1');
    expect(range.value).toBe('0');
    expect(root.querySelector('label')?.textContent).toBe('Slider');
    expect(root.querySelector('label')?.getAttribute('for')).toBe(range.id);
    expect((root.querySelector('input[type=number]') as HTMLInputElement).value).toBe('0');
    expect(root.querySelector('.reset-button')?.getAttribute('aria-label')).toBe('Reset to default value');
    expect(root.querySelector('.min_value')?.textContent).toBe('0');
    expect(root.querySelector('.max_value')?.textContent).toBe('100');
    expect(range.style.getPropertyValue('--range_progress')).toBe('0%');
  });

  it('null shows the minimum; the progress follows the value', async () => {
    const { root, setProps } = await render(<gr-slider minimum={10} maximum={20} value={null} />);
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    expect(range.value).toBe('10');
    await setProps({ value: 15 });
    expect(range.style.getPropertyValue('--range_progress')).toBe('50%');
    expect((root.querySelector('input[type=number]') as HTMLInputElement).value).toBe('15');
  });

  it('dragging emits gr-input and gr-change; pointer up emits gr-release', async () => {
    const { root } = await render(<gr-slider value={10} />);
    const calls = listen(root, ['gr-input', 'gr-change', 'gr-release']);
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    range.value = '30';
    range.dispatchEvent(new InputEvent('input', { bubbles: true }));
    range.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    expect((root as HTMLGrSliderElement).value).toBe(30);
    expect(calls).toEqual([
      ['gr-input', 30],
      ['gr-change', 30],
      ['gr-release', 30],
    ]);
  });

  it('typing in the number box sets the value; blur releases and clamps into the range', async () => {
    const { root } = await render(<gr-slider value={10} maximum={50} />);
    const calls = listen(root, ['gr-change', 'gr-release']);
    const box = root.querySelector('input[type=number]') as HTMLInputElement;
    box.value = '80';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect((root as HTMLGrSliderElement).value).toBe(80);
    box.dispatchEvent(new CustomEvent('blur'));
    expect((root as HTMLGrSliderElement).value).toBe(50);
    expect(box.value).toBe('50');
    expect(calls).toEqual([
      ['gr-change', 80],
      ['gr-release', 80],
      ['gr-change', 50],
    ]);
  });

  it('reset returns to the first value and emits gr-change and gr-release', async () => {
    const { root, setProps } = await render(<gr-slider value={25} />);
    await setProps({ value: 60 });
    const calls = listen(root, ['gr-change', 'gr-release', 'gr-input']);
    (root.querySelector('.reset-button') as HTMLButtonElement).click();
    expect((root as HTMLGrSliderElement).value).toBe(25);
    expect(calls).toEqual([
      ['gr-change', 25],
      ['gr-release', 25],
    ]);
  });

  it('setting props never emits; static disables the slider, box and reset; show_reset_button hides it', async () => {
    const { root, setProps } = await render(<gr-slider />);
    const listener = vi.fn();
    for (const name of ['gr-input', 'gr-change', 'gr-release']) root.addEventListener(name, listener);
    await setProps({ value: 40, interactive: false });
    expect(root.querySelectorAll('input:disabled, button:disabled').length).toBe(3);
    await setProps({ showResetButton: false });
    expect(root.querySelector('.reset-button')).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });
});
