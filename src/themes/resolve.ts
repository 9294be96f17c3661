/**
 * Reference resolution: turns values holding references to other variables into concrete CSS text, with
 * the same semantics as the CSS cascade of Gradio's `/theme.css`.
 *
 * - light: a variable's light value, every reference replaced by the referenced variable's light value;
 * - dark: a variable's dark value if it has one, else its light text, every reference replaced by the
 *   referenced variable's *dark* value (this is how `*neutral_800` "automatically becomes dark").
 *
 * Resolved values are trimmed, without a trailing `;`, as the browser sees them.
 *
 * One resolver serves both syntaxes: Gradio's `*name` in theme values and `var(--name)` in CSS text.
 */
import { type ColorMode, ThemeOptionError } from './errors';
import { ThemeCycleError, ThemeReferenceError } from './reference-errors';

/** Gradio's reference syntax in theme values: `*primary_500`. */
export const themeReferencePattern: RegExp = /\*(\w+)/g;

/** A plain `var(--name)` reference (no fallback) in CSS text. */
export const cssReferencePattern: RegExp = /var\(\s*--([\w-]+)\s*\)/g;

/** The raw values a resolver reads. */
export interface RawValues {
  /** The light value of a variable, or `undefined` if there is no such variable. */
  light(name: string): string | undefined;
  /** The explicit dark value of a variable, or `undefined` if dark mode uses the light text. */
  dark(name: string): string | undefined;
}

/** Resolves variables to concrete CSS text; results are memoised per mode. */
export interface Resolver {
  /**
   * The concrete value of `name` in `mode`.
   * @throws {ThemeOptionError} if `name` itself is unknown.
   * @throws {ThemeReferenceError} if a value on the way references an unknown variable.
   * @throws {ThemeCycleError} if the references loop.
   */
  resolve(name: string, mode: ColorMode): string;
}

/** The names referenced by a value, in order of appearance. */
export function referencesIn(value: string, pattern: RegExp = themeReferencePattern): string[] {
  return [...value.matchAll(pattern)].map((match) => match[1] as string);
}

/**
 * Creates a resolver over `raw`.
 *
 * @param pattern the reference syntax; group 1 must capture the referenced name. @default themeReferencePattern
 */
export function createResolver(raw: RawValues, pattern: RegExp = themeReferencePattern): Resolver {
  const done: Record<ColorMode, Map<string, string>> = { light: new Map(), dark: new Map() };

  function rawValue(name: string, mode: ColorMode): string | undefined {
    const value = mode === 'dark' ? (raw.dark(name) ?? raw.light(name)) : raw.light(name);
    // [themes.md §5] values are emitted verbatim, so a value ending in ";" (Citrus has some) ends its
    // declaration early in CSS: the variable's value is the text before it.
    return value?.replace(/[\s;]+$/, '').trim();
  }

  function visit(name: string, mode: ColorMode, stack: string[]): string {
    const cached = done[mode].get(name);
    if (cached !== undefined) return cached;
    const value = rawValue(name, mode) as string;
    stack.push(name);
    const resolved = value.replace(pattern, (_match, reference: string) => {
      if (rawValue(reference, mode) === undefined) throw new ThemeReferenceError(name, reference, mode, value);
      const start = stack.indexOf(reference);
      if (start >= 0) {
        const cycle = [...stack.slice(start), reference];
        const selfInDark = mode === 'dark' && cycle.length === 2 && raw.dark(reference) !== undefined;
        throw new ThemeCycleError(
          cycle,
          mode,
          selfInDark ? `to use the light value in dark mode, set "${reference}_dark" to null` : undefined,
        );
      }
      return visit(reference, mode, stack);
    });
    stack.pop();
    done[mode].set(name, resolved);
    return resolved;
  }

  return {
    resolve(name, mode) {
      if (rawValue(name, mode) === undefined) throw new ThemeOptionError(`unknown theme variable "${name}"`);
      return visit(name, mode, []);
    },
  };
}
