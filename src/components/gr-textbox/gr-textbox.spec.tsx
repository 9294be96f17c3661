import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';
import { expectInlineValidation } from '../../../tests/helpers/inline-validation';

describe('gr-textbox', () => {
  it('renders Gradio defaults: a one-row growing textarea labelled "Textbox", empty', async () => {
    const { root } = await render(<gr-textbox />);
    // lines=1 with max_lines unset grows up to 20 rows, so the official frontend uses a textarea.
    const input = root.querySelector('textarea');
    expect(input).not.toBeNull();
    expect(input?.getAttribute('rows')).toBe('1');
    expect(input?.value).toBe('');
    expect(input?.disabled).toBe(false);
    const label = root.querySelector('label');
    expect(label?.textContent).toBe('Textbox');
    expect(label?.getAttribute('for')).toBe(input?.id);
    expect(root.querySelector('.copy-button')).toBeNull();
  });

  it('uses a textarea for several lines, or when max_lines allows growth', async () => {
    const { root, setProps } = await render(<gr-textbox lines={3} value={'a\nb'} />);
    expect(root.querySelector('textarea')?.getAttribute('rows')).toBe('3');
    expect(root.querySelector('textarea')?.value).toBe('a\nb');
    await setProps({ lines: 1, maxLines: 4 });
    expect(root.querySelector('textarea')?.getAttribute('rows')).toBe('1');
    await setProps({ maxLines: 1 });
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('input')?.getAttribute('type')).toBe('text');
  });

  it('password and email are always one line, with the input type', async () => {
    const { root, setProps } = await render(<gr-textbox type="password" lines={4} />);
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('input')?.getAttribute('type')).toBe('password');
    await setProps({ type: 'email' });
    expect(root.querySelector('input')?.getAttribute('type')).toBe('email');
    expect(root.querySelector('input')?.getAttribute('autocomplete')).toBe('email');
  });

  it('applies placeholder, max_length, rtl, text_align, info and show_label', async () => {
    const { root } = await render(
      <gr-textbox maxLines={1} placeholder="Type" maxLength={5} rtl textAlign="right" info="Help" showLabel={false} />,
    );
    const input = root.querySelector('input');
    expect(input?.getAttribute('placeholder')).toBe('Type');
    expect(input?.getAttribute('maxlength')).toBe('5');
    expect(input?.getAttribute('dir')).toBe('rtl');
    expect(input?.style.getPropertyValue('text-align')).toBe('right');
    expect(root.querySelector('.block-info')?.textContent).toBe('Help');
    expect(input?.getAttribute('aria-describedby')).toBe(root.querySelector('.block-info')?.id);
    expect(root.querySelector('label')?.classList.contains('sr-only')).toBe(true);
  });

  it('a user edit updates value and emits gr-input then gr-change with the string', async () => {
    const { root } = await render(<gr-textbox maxLines={1} />);
    const calls = listen(root, ['gr-input', 'gr-change']);
    const input = root.querySelector('input')!;
    input.value = 'hello';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect((root as HTMLGrTextboxElement).value).toBe('hello');
    expect(calls).toEqual([
      ['gr-input', 'hello'],
      ['gr-change', 'hello'],
    ]);
  });

  it('submit_btn and stop_btn: buttons after the field that emit gr-submit with the value and gr-stop', async () => {
    const { root, setProps } = await render(<gr-textbox value="hi" submitBtn={true} stopBtn="Halt" />);
    const calls = listen(root, ['gr-submit', 'gr-stop']);
    const submit = root.querySelector('.submit-button') as HTMLButtonElement;
    const stop = root.querySelector('.stop-button') as HTMLButtonElement;
    expect(submit.getAttribute('aria-label')).toBe('Submit');
    expect(stop.textContent).toBe('Halt');
    submit.click();
    stop.click();
    expect(calls).toEqual([
      ['gr-submit', 'hi'],
      ['gr-stop', null],
    ]);
    await setProps({ submitBtn: 'Go', stopBtn: false });
    expect(root.querySelector('.submit-button')?.textContent).toBe('Go');
    expect(root.querySelector('.stop-button')).toBeNull();
    await setProps({ submitBtn: null });
    expect(root.querySelector('.action-button')).toBeNull();
  });

  it('setting props never emits', async () => {
    const { root, setProps } = await render(<gr-textbox />);
    const listener = vi.fn();
    for (const name of ['gr-input', 'gr-change', 'gr-submit', 'gr-select']) root.addEventListener(name, listener);
    await setProps({ value: 'from server', lines: 2 });
    expect(root.querySelector('textarea')?.value).toBe('from server');
    await setProps({ value: null });
    expect(root.querySelector('textarea')?.value).toBe('');
    expect(listener).not.toHaveBeenCalled();
  });

  it('Enter submits a single-line box; Shift+Enter submits a multi-line one', async () => {
    const { root, setProps } = await render(<gr-textbox value="q" />);
    // lines=1: Enter submits even from the growing textarea.
    const calls = listen(root, ['gr-submit']);
    const key = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      (root.querySelector('input, textarea') as HTMLElement).dispatchEvent(event);
      return event;
    };
    expect(key({ key: 'Enter' }).defaultPrevented).toBe(true);
    expect(calls).toEqual([['gr-submit', 'q']]);
    await setProps({ lines: 3 });
    expect(key({ key: 'Enter' }).defaultPrevented).toBe(false);
    expect(calls.length).toBe(1);
    key({ key: 'Enter', shiftKey: true });
    expect(calls.length).toBe(2);
  });

  it('emits gr-select with the selected range and text, gr-focus and gr-blur', async () => {
    const { root } = await render(<gr-textbox value="hello world" maxLines={1} />);
    const calls = listen(root, ['gr-select', 'gr-focus', 'gr-blur']);
    const input = root.querySelector('input')!;
    input.dispatchEvent(new CustomEvent('focus'));
    input.setSelectionRange(6, 11);
    input.dispatchEvent(new CustomEvent('select', { bubbles: true }));
    input.dispatchEvent(new CustomEvent('blur'));
    // (happy-dom also fires `select` from setSelectionRange itself.)
    expect(calls[0]).toEqual(['gr-focus', null]);
    expect(calls.at(-2)).toEqual(['gr-select', { index: [6, 11], value: 'world' }]);
    expect(calls.at(-1)).toEqual(['gr-blur', null]);
  });

  it('is disabled when not interactive', async () => {
    const { root } = await render(<gr-textbox interactive={false} value="fixed" lines={2} />);
    expect(root.querySelector('textarea')?.disabled).toBe(true);
  });

  it('applies elem_id, elem_classes, container, scale and visible', async () => {
    const { root, setProps } = await render(
      <gr-textbox elemId="prompt" elemClasses={['feedback']} container={false} scale={2} />,
    );
    expect(root.querySelector('.block')?.id).toBe('prompt');
    expect(root.querySelector('.block')?.classList.contains('hide-container')).toBe(true);
    expect(root.classList.contains('feedback')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('2');
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
  });

  it('shows a copy button that writes to the clipboard and emits gr-copy', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root, waitForChanges } = await render(<gr-textbox value="copy me" showCopyButton />);
    const calls = listen(root, ['gr-copy']);
    const button = root.querySelector('.copy-button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Copy');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await waitForChanges();
    expect(writeText).toHaveBeenCalledWith('copy me');
    expect(calls).toEqual([['gr-copy', { value: 'copy me' }]]);
    expect(root.querySelector('.copy-button')?.getAttribute('aria-label')).toBe('Copied');
  });

  it("a validator's message: under the label (shown even when the label is hidden), the field invalid and described by it", async () => {
    const { root, setProps } = await render(<gr-textbox label="Field" info="Help" showLabel={false} validationError="Must be positive" />);
    await expectInlineValidation(root, setProps, 'textarea');
  });
});
