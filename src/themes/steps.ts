/** Helpers for the step-keyed scales (palettes, size scales). */
import { ThemeOptionError } from './errors';

/** A frozen object mapping each step to the value at the same position. */
export function fromSteps<S extends string>(steps: readonly S[], values: readonly string[]): Readonly<Record<S, string>> {
  return Object.freeze(Object.fromEntries(steps.map((step, i) => [step, values[i]]))) as Readonly<Record<S, string>>;
}

/**
 * Checks that a user-supplied scale has a non-empty string for every step and returns a frozen copy.
 *
 * @param what names the scale in the error message (`custom primary palette`).
 * @throws {ThemeOptionError} naming the missing steps.
 */
export function completeSteps<S extends string>(
  steps: readonly S[],
  value: Partial<Record<S, unknown>> | null | undefined,
  what: string,
): Readonly<Record<S, string>> {
  const missing = steps.filter((step) => typeof value?.[step] !== 'string' || value[step] === '');
  if (missing.length > 0) throw new ThemeOptionError(`${what} is missing step(s) ${missing.join(', ')}`);
  return fromSteps(
    steps,
    steps.map((step) => value?.[step] as string),
  );
}
