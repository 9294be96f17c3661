import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';
import { expectInlineValidation } from '../../../tests/helpers/inline-validation';

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

describe('gr-number', () => {
  it('renders Gradio defaults: a number input labelled "Number", empty for null, step 1', async () => {
    const { root } = await render(<gr-number />);
    const input = root.querySelector('input')!;
    expect(input.getAttribute('type')).toBe('number');
    expect(input.value).toBe('');
    expect(input.getAttribute('step')).toBe('1');
    expect(input.hasAttribute('min')).toBe(false);
    expect(root.querySelector('label')?.textContent).toBe('Number');
    expect(root.querySelector('label')?.getAttribute('for')).toBe(input.id);
    expect((root as HTMLGrNumberElement).value).toBeNull();
  });

  it('shows the value and applies minimum, maximum, step and placeholder', async () => {
    const { root, setProps } = await render(<gr-number value={3.5} minimum={0} maximum={10} step={0.5} placeholder="n" />);
    const input = root.querySelector('input')!;
    expect(input.value).toBe('3.5');
    expect(input.getAttribute('min')).toBe('0');
    expect(input.getAttribute('max')).toBe('10');
    expect(input.getAttribute('step')).toBe('0.5');
    expect(input.getAttribute('placeholder')).toBe('n');
    await setProps({ value: 7 });
    expect(input.value).toBe('7');
    await setProps({ value: null });
    expect(input.value).toBe('');
  });

  it('a user edit sets a number value and emits gr-input and gr-change; emptying gives null', async () => {
    const { root } = await render(<gr-number value={1} />);
    const calls = listen(root, ['gr-input', 'gr-change']);
    const input = root.querySelector('input')!;
    type(input, '42');
    expect((root as HTMLGrNumberElement).value).toBe(42);
    type(input, '');
    expect((root as HTMLGrNumberElement).value).toBeNull();
    expect(calls).toEqual([
      ['gr-input', 42],
      ['gr-change', 42],
      ['gr-input', null],
      ['gr-change', null],
    ]);
  });

  it('rounds to precision on output; the box shows the rounded number after blur', async () => {
    const { root, waitForChanges } = await render(<gr-number precision={1} />);
    const calls = listen(root, ['gr-change']);
    const input = root.querySelector('input')!;
    type(input, '2.345');
    await waitForChanges();
    expect((root as HTMLGrNumberElement).value).toBe(2.3);
    expect(input.value).toBe('2.345');
    input.dispatchEvent(new CustomEvent('blur'));
    expect(input.value).toBe('2.3');
    expect(calls).toEqual([['gr-change', 2.3]]);
  });

  it('Enter emits gr-submit with the value; focus and blur emit', async () => {
    const { root } = await render(<gr-number value={5} />);
    const calls = listen(root, ['gr-submit', 'gr-focus', 'gr-blur']);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    input.dispatchEvent(new CustomEvent('blur'));
    expect(enter.defaultPrevented).toBe(true);
    expect(calls).toEqual([
      ['gr-focus', null],
      ['gr-submit', 5],
      ['gr-blur', null],
    ]);
  });

  it('setting props never emits; static is disabled', async () => {
    const { root, setProps } = await render(<gr-number />);
    const listener = vi.fn();
    for (const name of ['gr-input', 'gr-change', 'gr-submit']) root.addEventListener(name, listener);
    await setProps({ value: 9, interactive: false });
    expect(root.querySelector('input')?.disabled).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies elem_id, elem_classes, info and show_label', async () => {
    const { root } = await render(<gr-number elemId="n" elemClasses="a b" info="Help" showLabel={false} />);
    expect(root.querySelector('.block')?.id).toBe('n');
    expect(root.classList.contains('b')).toBe(true);
    expect(root.querySelector('.block-info')?.textContent).toBe('Help');
    expect(root.querySelector('label')?.classList.contains('sr-only')).toBe(true);
  });

  it("a validator's message: under the label (shown even when the label is hidden), the field invalid and described by it", async () => {
    const { root, setProps } = await render(<gr-number label="Field" info="Help" showLabel={false} validationError="Must be positive" />);
    await expectInlineValidation(root, setProps, 'input');
  });
});
