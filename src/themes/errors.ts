/**
 * Typed errors of the theme engine. Every message names the variable (Gradio's snake_case name) and the
 * offending value, so a user can find the `.set({...})` entry at fault. The errors of following references
 * (`*name`) are in `reference-errors.ts`, with the code that throws them: applying a theme needs none of it.
 */

/** Light or dark: which set of values a variable was being resolved in. */
export type ColorMode = 'light' | 'dark';

/** Base class of every error the theme engine throws. */
export class ThemeError extends Error {
  override name: 'ThemeError' | 'ThemeOptionError' | 'ThemeReferenceError' | 'ThemeCycleError' = 'ThemeError';
}

/**
 * An option or a `.set({...})` key is invalid: an unknown hue or size name, an incomplete palette, a
 * variable name that is not in the catalogue, a value that is not a string.
 */
export class ThemeOptionError extends ThemeError {
  override name = 'ThemeOptionError' as const;
}

/** True for any error thrown by the theme engine. */
export function isThemeError(error: unknown): error is ThemeError {
  return error instanceof ThemeError;
}
