import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

const choices: [string, string | number][] = [
  ['Small', 's'],
  ['Medium', 'm'],
  ['Large', 3],
];

describe('gr-radio', () => {
  it('renders Gradio defaults: a fieldset titled "Radio", nothing selected', async () => {
    const { root } = await render(<gr-radio choices={choices} />);
    expect(root.querySelector('fieldset')?.getAttribute('aria-labelledby')).toBe(root.querySelector('.block-title')?.id);
    expect(root.querySelector('.block-title')?.textContent).toBe('Radio');
    const inputs = Array.from(root.querySelectorAll('input'));
    expect(inputs.map((input) => input.getAttribute('type'))).toEqual(['radio', 'radio', 'radio']);
    expect(new Set(inputs.map((input) => input.name)).size).toBe(1);
    expect(inputs.some((input) => input.checked)).toBe(false);
    expect((root as HTMLGrRadioElement).value).toBeNull();
  });

  it('checks the choice whose value equals value (strings and numbers)', async () => {
    const { root, setProps } = await render(<gr-radio choices={choices} value={3} />);
    expect(root.querySelectorAll('input')[2].checked).toBe(true);
    expect(root.querySelectorAll('label.choice')[2].classList.contains('selected')).toBe(true);
    await setProps({ value: 'm' });
    expect(root.querySelectorAll('input')[1].checked).toBe(true);
    expect(root.querySelectorAll('label.choice')[2].classList.contains('selected')).toBe(false);
  });

  it('a user pick sets value and emits gr-select, gr-input and gr-change', async () => {
    const { root } = await render(<gr-radio choices={choices} value="s" />);
    const calls = listen(root, ['gr-select', 'gr-input', 'gr-change']);
    root.querySelectorAll('input')[2].click();
    expect((root as HTMLGrRadioElement).value).toBe(3);
    expect(calls).toEqual([
      ['gr-select', { index: 2, value: 3, selected: true }],
      ['gr-input', 3],
      ['gr-change', 3],
    ]);
  });

  it('setting props never emits; static disables; rtl and info apply', async () => {
    const { root, setProps } = await render(<gr-radio choices={choices} />);
    const listener = vi.fn();
    for (const name of ['gr-select', 'gr-input', 'gr-change']) root.addEventListener(name, listener);
    await setProps({ value: 's', interactive: false, rtl: true, info: 'Size' });
    expect(Array.from(root.querySelectorAll('input')).every((input) => input.disabled)).toBe(true);
    expect(root.querySelector('.choices')?.classList.contains('rtl')).toBe(true);
    expect(root.querySelector('.block-info')?.textContent).toBe('Size');
    expect(listener).not.toHaveBeenCalled();
  });
});
