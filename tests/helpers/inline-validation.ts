/**
 * The validator message contract that `gr-textbox` and `gr-number` share (their `validationError` prop), checked
 * on an element rendered with `label`, `info`, `showLabel={false}` and `validationError="Must be positive"`.
 */
import { expect } from 'vitest';

export async function expectInlineValidation(root: HTMLElement, setProps: (props: Record<string, unknown>) => Promise<unknown>, fieldSelector: string) {
  const field = root.querySelector(fieldSelector) as HTMLElement;
  const message = root.querySelector('.validation-error') as HTMLElement;
  expect(message.textContent).toBe('Must be positive');
  // Shown with the label it is about, even when the label is otherwise for screen readers only.
  expect(root.querySelector('label')?.classList.contains('sr-only')).toBe(false);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')?.split(' ')).toEqual([root.querySelector('.block-info')?.id, message.id]);
  await setProps({ validationError: null });
  expect(root.querySelector('.validation-error')).toBeNull();
  expect(field.hasAttribute('aria-invalid')).toBe(false);
  expect(field.getAttribute('aria-describedby')).toBe(root.querySelector('.block-info')?.id);
  expect(root.querySelector('label')?.classList.contains('sr-only')).toBe(true);
}
