/**
 * Helpers shared by the form elements (textbox, number, slider, checkbox, checkbox group, radio, dropdown,
 * color picker, date time): the choice list as Gradio sends it, the select-event payload, rounding.
 */

/** A choice's value as Gradio sends it. */
export type ChoiceValue = string | number;

/** One choice as Gradio sends it: `[display text, value]`. */
export type Choice = [string, ChoiceValue];

/** Gradio's `SelectData` as the official frontend sends it with a `select` event. */
export interface SelectData<V = unknown> {
  index: number | [number, number];
  value: V;
  selected?: boolean;
}

/**
 * `choices` as the elements accept them: Gradio's `[[display, value], ...]`; a plain string or number
 * becomes `[String(x), x]` (as the server does); anything else is dropped rather than throwing.
 */
export function normalizeChoices(choices: unknown): Choice[] {
  if (!Array.isArray(choices)) return [];
  const list: Choice[] = [];
  for (const choice of choices) {
    if (Array.isArray(choice) && choice.length >= 2) {
      const value = choice[1];
      if (typeof value === 'string' || typeof value === 'number') list.push([String(choice[0]), value]);
    } else if (typeof choice === 'string' || typeof choice === 'number') {
      list.push([String(choice), choice]);
    }
  }
  return list;
}

/** Rounds to `precision` decimals as Gradio does (`null`: unchanged; `0`: an integer). */
export function roundTo(value: number, precision: number | null | undefined): number {
  if (typeof precision !== 'number' || !Number.isFinite(precision) || precision < 0) return value;
  const factor = 10 ** Math.floor(precision);
  return Math.round(value * factor) / factor;
}

/** A finite number, or the fallback. */
export function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Shows a number value in an `<input type=number>` without fighting the user's typing: the elements call
 * it after renders that did not come from the user's own edit, and on blur.
 */
export function showNumber(input: HTMLInputElement | undefined, value: number | null | undefined): void {
  if (!input) return;
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (input.value !== text) input.value = text;
}

/** The number typed in an `<input type=number>`: `null` when empty, `undefined` while not a number yet. */
export function typedNumber(input: HTMLInputElement): number | null | undefined {
  if (input.value === '') return input.validity?.badInput ? undefined : null;
  const number = Number(input.value);
  return Number.isFinite(number) ? number : undefined;
}
