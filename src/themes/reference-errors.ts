/**
 * The errors of following a theme's references (`*primary_500`, `var(--x)`), thrown by `resolve.ts`: a reference
 * to no variable, and references that loop. The other theme errors are in `errors.ts`.
 */
import { type ColorMode, ThemeError } from './errors';

/** A value references a variable that does not exist (`*primary_1000`, `*no_such_variable`). */
export class ThemeReferenceError extends ThemeError {
  override name = 'ThemeReferenceError' as const;
  /** The variable whose value holds the bad reference (snake_case). */
  readonly variable: string;
  /** The referenced name, without the `*`. */
  readonly reference: string;
  /** The mode being resolved. */
  readonly mode: ColorMode;

  constructor(variable: string, reference: string, mode: ColorMode, value: string) {
    super(
      `theme variable "${variable}"${mode === 'dark' ? ' (dark)' : ''} references "*${reference}", ` +
        `which is not a theme variable (value: ${JSON.stringify(value)})`,
    );
    this.variable = variable;
    this.reference = reference;
    this.mode = mode;
  }
}

/** Variables reference each other in a loop (`a -> b -> a`), so none of them has a value. */
export class ThemeCycleError extends ThemeError {
  override name = 'ThemeCycleError' as const;
  /** The variable where the loop was entered (snake_case). */
  readonly variable: string;
  /** The loop, first and last entry equal: `['a', 'b', 'a']`. */
  readonly cycle: readonly string[];
  /** The mode being resolved. */
  readonly mode: ColorMode;

  /** @param hint an extra sentence appended to the message, in parentheses */
  constructor(cycle: readonly string[], mode: ColorMode, hint?: string) {
    const variable = cycle[0] ?? '';
    super(
      `theme variable "${variable}"${mode === 'dark' ? ' (dark)' : ''} is part of a reference cycle: ` +
        cycle.map((name) => `*${name}`).join(' -> ') +
        (hint ? ` (${hint})` : ''),
    );
    this.variable = variable;
    this.cycle = cycle;
    this.mode = mode;
  }
}
