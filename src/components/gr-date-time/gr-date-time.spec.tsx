import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

describe('gr-date-time', () => {
  it('renders Gradio defaults: an empty text field labelled "Date" and a datetime-local picker', async () => {
    const { root } = await render(<gr-date-time />);
    const text = root.querySelector('input[type=text]') as HTMLInputElement;
    expect(text.value).toBe('');
    expect(text.getAttribute('placeholder')).toBe('YYYY-MM-DD HH:MM:SS');
    expect(root.querySelector('label')?.textContent).toBe('Date');
    expect(root.querySelector('label')?.getAttribute('for')).toBe(text.id);
    expect(root.querySelector('.picker')?.getAttribute('type')).toBe('datetime-local');
  });

  it('shows string values as sent, epoch seconds formatted in local time, and dates only', async () => {
    const { root, setProps } = await render(<gr-date-time value="2024-05-06 07:08:09" />);
    const text = () => root.querySelector('input[type=text]') as HTMLInputElement;
    expect(text().value).toBe('2024-05-06 07:08:09');
    expect((root.querySelector('.picker') as HTMLInputElement).value).toBe('2024-05-06T07:08:09');
    const local = new Date(2024, 0, 2, 3, 4, 5).getTime() / 1000;
    await setProps({ value: local });
    expect(text().value).toBe('2024-01-02 03:04:05');
    await setProps({ includeTime: false });
    expect(text().value).toBe('2024-01-02');
    expect(root.querySelector('.picker')?.getAttribute('type')).toBe('date');
  });

  it('Enter commits valid text: gr-change then gr-submit with the string', async () => {
    const { root } = await render(<gr-date-time />);
    const calls = listen(root, ['gr-change', 'gr-submit']);
    const text = root.querySelector('input[type=text]') as HTMLInputElement;
    type(text, '2025-12-31 23:59:00');
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((root as HTMLGrDateTimeElement).value).toBe('2025-12-31 23:59:00');
    expect(calls).toEqual([
      ['gr-change', '2025-12-31 23:59:00'],
      ['gr-submit', '2025-12-31 23:59:00'],
    ]);
  });

  it('invalid text is marked and never sent; relative "now - 2h" is accepted on blur', async () => {
    const { root, waitForChanges } = await render(<gr-date-time value="2024-01-01 00:00:00" />);
    const calls = listen(root, ['gr-change', 'gr-submit']);
    const text = root.querySelector('input[type=text]') as HTMLInputElement;
    type(text, '2024-13');
    await waitForChanges();
    expect(text.getAttribute('aria-invalid')).toBe('true');
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    text.dispatchEvent(new CustomEvent('blur'));
    expect(calls).toEqual([]);
    type(text, 'now - 2h');
    await waitForChanges();
    expect(text.hasAttribute('aria-invalid')).toBe(false);
    text.dispatchEvent(new CustomEvent('blur'));
    expect(calls).toEqual([['gr-change', 'now - 2h']]);
  });

  it('the native picker sets the text and emits gr-change; setting props never emits', async () => {
    const { root, setProps } = await render(<gr-date-time includeTime={false} />);
    const calls = listen(root, ['gr-change']);
    const other = vi.fn();
    root.addEventListener('gr-submit', other);
    await setProps({ value: '2020-02-02' });
    expect(calls).toEqual([]);
    const picker = root.querySelector('.picker') as HTMLInputElement;
    picker.value = '2021-03-04';
    picker.dispatchEvent(new CustomEvent('change'));
    expect((root as HTMLGrDateTimeElement).value).toBe('2021-03-04');
    expect(calls).toEqual([['gr-change', '2021-03-04']]);
    await setProps({ interactive: false });
    expect(Array.from(root.querySelectorAll('input')).every((input) => input.disabled)).toBe(true);
    expect(other).not.toHaveBeenCalled();
  });
});
