import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

const choices: [string, string | number][] = [
  ['Apple', 'apple'],
  ['Banana', 'banana'],
  ['Cherry', 'cherry'],
  ['Seven', 7],
];

const key = (input: Element, k: string) =>
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('gr-dropdown', () => {
  it('renders Gradio defaults: a closed combobox labelled "Dropdown", nothing selected', async () => {
    const { root } = await render(<gr-dropdown choices={choices} />);
    const input = root.querySelector('input')!;
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-controls')).toBe(root.querySelector('[role=listbox]')?.id);
    expect(root.querySelector('label')?.textContent).toBe('Dropdown');
    expect(root.querySelector('label')?.getAttribute('for')).toBe(input.id);
    expect(input.value).toBe('');
    expect(root.querySelector('[role=listbox]')?.hasAttribute('hidden')).toBe(true);
  });

  it('shows the display text of the selected value, and follows value and choices', async () => {
    const { root, setProps } = await render(<gr-dropdown choices={choices} value={7} />);
    const input = root.querySelector('input')!;
    expect(input.value).toBe('Seven');
    await setProps({ value: 'banana' });
    expect(input.value).toBe('Banana');
    await setProps({ value: 'nope' });
    expect(input.value).toBe('');
    await setProps({ allowCustomValue: true });
    await setProps({ value: 'custom' });
    expect(input.value).toBe('custom');
  });

  it('focus opens all options with the selected one active; ArrowDown/Enter select', async () => {
    const { root, waitForChanges } = await render(<gr-dropdown choices={choices} value="apple" />);
    const calls = listen(root, ['gr-focus', 'gr-select', 'gr-input', 'gr-change']);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    await waitForChanges();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelectorAll('[role=option]').length).toBe(4);
    expect(input.getAttribute('aria-activedescendant')).toBe(root.querySelectorAll('[role=option]')[0].id);
    expect(root.querySelectorAll('[role=option]')[0].getAttribute('aria-selected')).toBe('true');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    await waitForChanges();
    expect(input.getAttribute('aria-activedescendant')).toBe(root.querySelectorAll('[role=option]')[2].id);
    key(input, 'Enter');
    await waitForChanges();
    expect((root as HTMLGrDropdownElement).value).toBe('cherry');
    expect(input.value).toBe('Cherry');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(calls).toEqual([
      ['gr-focus', null],
      ['gr-select', { index: 2, value: 'cherry', selected: true }],
      ['gr-input', 'cherry'],
      ['gr-change', 'cherry'],
    ]);
  });

  it('ArrowUp wraps to the last option; Escape closes', async () => {
    const { root, waitForChanges } = await render(<gr-dropdown choices={choices} />);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    key(input, 'ArrowUp');
    await waitForChanges();
    expect(input.getAttribute('aria-activedescendant')).toBe(root.querySelectorAll('[role=option]')[3].id);
    key(input, 'Escape');
    await waitForChanges();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('typing filters the options (case-insensitive); blur restores the selected text', async () => {
    const { root, waitForChanges } = await render(<gr-dropdown choices={choices} value="apple" />);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    input.value = 'AN';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    expect(Array.from(root.querySelectorAll('[role=option]')).map((o) => o.textContent)).toEqual(['Banana']);
    input.dispatchEvent(new CustomEvent('blur'));
    await waitForChanges();
    expect(input.value).toBe('Apple');
    expect((root as HTMLGrDropdownElement).value).toBe('apple');
  });

  it('allow_custom_value keeps typed text on Enter with index -1', async () => {
    const { root, waitForChanges } = await render(<gr-dropdown choices={choices} allowCustomValue />);
    const calls = listen(root, ['gr-select', 'gr-change']);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    input.value = 'Mango';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    key(input, 'Enter');
    await waitForChanges();
    expect((root as HTMLGrDropdownElement).value).toBe('Mango');
    expect(calls).toEqual([
      ['gr-select', { index: -1, value: 'Mango', selected: true }],
      ['gr-change', 'Mango'],
    ]);
  });

  it('multiselect: tokens, toggling options, max_choices, Backspace and clear', async () => {
    const { root, waitForChanges } = await render(
      <gr-dropdown choices={choices} multiselect value={['banana']} maxChoices={2} />,
    );
    const calls = listen(root, ['gr-select', 'gr-change']);
    const input = root.querySelector('input')!;
    expect(Array.from(root.querySelectorAll('.token span')).map((t) => t.textContent)).toEqual(['Banana']);
    expect(root.querySelector('[role=listbox]')?.getAttribute('aria-multiselectable')).toBe('true');
    input.dispatchEvent(new CustomEvent('focus'));
    await waitForChanges();
    (root.querySelectorAll('[role=option]')[3] as HTMLElement).click();
    await waitForChanges();
    expect((root as HTMLGrDropdownElement).value).toEqual(['banana', 7]);
    expect(root.querySelectorAll('[role=option]')[0].getAttribute('aria-disabled')).toBe('true');
    (root.querySelectorAll('[role=option]')[0] as HTMLElement).click();
    expect((root as HTMLGrDropdownElement).value).toEqual(['banana', 7]);
    key(input, 'Backspace');
    await waitForChanges();
    expect((root as HTMLGrDropdownElement).value).toEqual(['banana']);
    (root.querySelector('.remove-all') as HTMLButtonElement).click();
    expect((root as HTMLGrDropdownElement).value).toEqual([]);
    expect(calls).toEqual([
      ['gr-select', { index: 3, value: 7, selected: true }],
      ['gr-change', ['banana', 7]],
      ['gr-select', { index: 3, value: 7, selected: false }],
      ['gr-change', ['banana']],
      ['gr-select', { index: 1, value: 'banana', selected: false }],
      ['gr-change', []],
    ]);
  });

  it('filterable=false makes the input read-only; static disables it; setting props never emits', async () => {
    const { root, setProps } = await render(<gr-dropdown choices={choices} filterable={false} />);
    const listener = vi.fn();
    for (const name of ['gr-select', 'gr-input', 'gr-change']) root.addEventListener(name, listener);
    expect(root.querySelector('input')?.hasAttribute('readonly')).toBe(true);
    expect(root.querySelector('input')?.getAttribute('aria-autocomplete')).toBe('none');
    await setProps({ value: 'cherry', interactive: false });
    expect(root.querySelector('input')?.disabled).toBe(true);
    expect(root.querySelector('.dropdown-arrow')).toBeNull();
    expect(listener).not.toHaveBeenCalled();
  });

  it('emits gr-key-up with the key and the input text', async () => {
    const { root } = await render(<gr-dropdown choices={choices} />);
    const calls = listen(root, ['gr-key-up']);
    const input = root.querySelector('input')!;
    input.value = 'b';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'b', bubbles: true }));
    expect(calls).toEqual([['gr-key-up', { key: 'b', input_value: 'b' }]]);
  });
});
