import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

const choices: [string, string | number][] = [
  ['Apple', 'apple'],
  ['Banana', 'banana'],
  ['Two', 2],
];

describe('gr-checkbox-group', () => {
  it('renders Gradio defaults: an empty fieldset titled "Checkbox Group"', async () => {
    const { root } = await render(<gr-checkbox-group />);
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset).not.toBeNull();
    expect(root.querySelector('.block-title')?.textContent).toBe('Checkbox Group');
    expect(fieldset.getAttribute('aria-labelledby')).toBe(root.querySelector('.block-title')?.id);
    expect(root.querySelectorAll('input').length).toBe(0);
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual([]);
  });

  it('renders choices [[display, value]] with the selected ones checked', async () => {
    const { root, setProps } = await render(<gr-checkbox-group choices={choices} value={['banana', 2]} />);
    const labels = Array.from(root.querySelectorAll('label.choice'));
    expect(labels.map((label) => label.textContent)).toEqual(['Apple', 'Banana', 'Two']);
    expect(Array.from(root.querySelectorAll('input')).map((input) => input.checked)).toEqual([false, true, true]);
    expect(labels[1].classList.contains('selected')).toBe(true);
    await setProps({ choices: ['x', 'y'], value: ['y'] });
    expect(Array.from(root.querySelectorAll('label.choice')).map((label) => label.textContent)).toEqual(['x', 'y']);
    expect(root.querySelectorAll('input')[1].checked).toBe(true);
  });

  it('a user toggle updates the list and emits gr-select, gr-input and gr-change', async () => {
    const { root } = await render(<gr-checkbox-group choices={choices} value={['banana']} />);
    const calls = listen(root, ['gr-select', 'gr-input', 'gr-change']);
    root.querySelectorAll('input')[2].click();
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual(['banana', 2]);
    root.querySelectorAll('input')[1].click();
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual([2]);
    expect(calls).toEqual([
      ['gr-select', { index: 2, value: 2, selected: true }],
      ['gr-input', ['banana', 2]],
      ['gr-change', ['banana', 2]],
      ['gr-select', { index: 1, value: 'banana', selected: false }],
      ['gr-input', [2]],
      ['gr-change', [2]],
    ]);
  });

  it('Enter toggles a choice', async () => {
    const { root } = await render(<gr-checkbox-group choices={choices} />);
    root.querySelectorAll('input')[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual(['apple']);
  });

  it('setting props never emits; static disables every checkbox; bad choices degrade', async () => {
    const { root, setProps } = await render(<gr-checkbox-group choices={choices} />);
    const listener = vi.fn();
    for (const name of ['gr-select', 'gr-input', 'gr-change']) root.addEventListener(name, listener);
    await setProps({ value: ['apple'], interactive: false, info: 'Pick some' });
    expect(Array.from(root.querySelectorAll('input')).every((input) => input.disabled)).toBe(true);
    expect(root.querySelector('.block-info')?.textContent).toBe('Pick some');
    await setProps({ choices: null as never, value: null as never });
    expect(root.querySelectorAll('input').length).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });
});
