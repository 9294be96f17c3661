import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

describe('gr-checkbox', () => {
  it('renders Gradio defaults: unchecked, "Checkbox" next to the box', async () => {
    const { root } = await render(<gr-checkbox />);
    const input = root.querySelector('input')!;
    expect(input.getAttribute('type')).toBe('checkbox');
    expect(input.checked).toBe(false);
    expect(input.closest('label')?.textContent).toBe('Checkbox');
    expect(root.querySelector('.info')).toBeNull();
  });

  it('shows value, label and info; show_label=false keeps an accessible name', async () => {
    const { root, setProps } = await render(<gr-checkbox value label="Agree" info="Required" />);
    const input = root.querySelector('input')!;
    expect(input.checked).toBe(true);
    expect(root.querySelector('.label-text')?.textContent).toBe('Agree');
    expect(root.querySelector('.info')?.textContent).toBe('Required');
    expect(input.getAttribute('aria-describedby')).toBe(root.querySelector('.info')?.id);
    await setProps({ showLabel: false });
    expect(root.querySelector('.label-text')).toBeNull();
    expect(input.getAttribute('aria-label')).toBe('Agree');
  });

  it('a user toggle sets value and emits gr-select, gr-input and gr-change', async () => {
    const { root } = await render(<gr-checkbox />);
    const calls = listen(root, ['gr-select', 'gr-input', 'gr-change']);
    root.querySelector('input')!.click();
    expect((root as HTMLGrCheckboxElement).value).toBe(true);
    expect(calls).toEqual([
      ['gr-select', { index: 0, value: true, selected: true }],
      ['gr-input', true],
      ['gr-change', true],
    ]);
  });

  it('Enter toggles too', async () => {
    const { root } = await render(<gr-checkbox value />);
    const calls = listen(root, ['gr-change']);
    root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((root as HTMLGrCheckboxElement).value).toBe(false);
    expect(calls).toEqual([['gr-change', false]]);
  });

  it('setting props never emits; static is disabled', async () => {
    const { root, setProps } = await render(<gr-checkbox />);
    const listener = vi.fn();
    for (const name of ['gr-select', 'gr-input', 'gr-change']) root.addEventListener(name, listener);
    await setProps({ value: true, interactive: false });
    expect(root.querySelector('input')?.checked).toBe(true);
    expect(root.querySelector('input')?.disabled).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });
});
