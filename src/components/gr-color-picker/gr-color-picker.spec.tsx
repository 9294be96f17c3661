import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

describe('gr-color-picker', () => {
  it('renders Gradio defaults: a swatch and an empty hex field, labelled "Color Picker"', async () => {
    const { root } = await render(<gr-color-picker />);
    const swatch = root.querySelector('input[type=color]') as HTMLInputElement;
    expect(swatch.value).toBe('#000000');
    expect(root.querySelector('label')?.getAttribute('for')).toBe(swatch.id);
    expect(root.querySelector('label')?.textContent).toBe('Color Picker');
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('');
  });

  it('shows the value in both controls and follows it', async () => {
    const { root, setProps } = await render(<gr-color-picker value="#ff0000" />);
    expect((root.querySelector('input[type=color]') as HTMLInputElement).value).toBe('#ff0000');
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('#ff0000');
    await setProps({ value: '#00ff00' });
    expect((root.querySelector('input[type=text]') as HTMLInputElement).value).toBe('#00ff00');
  });

  it('the native picker and valid typed hex set the value and emit gr-input and gr-change', async () => {
    const { root } = await render(<gr-color-picker value="#000000" />);
    const calls = listen(root, ['gr-input', 'gr-change']);
    const swatch = root.querySelector('input[type=color]') as HTMLInputElement;
    swatch.value = '#123456';
    swatch.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const text = root.querySelector('input[type=text]') as HTMLInputElement;
    text.value = '#AB';
    text.dispatchEvent(new InputEvent('input', { bubbles: true }));
    text.value = '#ABC';
    text.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect((root as HTMLGrColorPickerElement).value).toBe('#aabbcc');
    expect(calls).toEqual([
      ['gr-input', '#123456'],
      ['gr-change', '#123456'],
      ['gr-input', '#aabbcc'],
      ['gr-change', '#aabbcc'],
    ]);
  });

  it('Enter in the hex field submits; setting props never emits; static disables', async () => {
    const { root, setProps } = await render(<gr-color-picker value="#ffffff" />);
    const calls = listen(root, ['gr-submit']);
    const other = vi.fn();
    root.addEventListener('gr-change', other);
    root.querySelector('input[type=text]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(calls).toEqual([['gr-submit', '#ffffff']]);
    await setProps({ value: '#000000', interactive: false });
    expect(Array.from(root.querySelectorAll('input')).every((input) => input.disabled)).toBe(true);
    expect(other).not.toHaveBeenCalled();
  });
});
