/**
 * The Theme builder: Gradio's `gr.themes.Base(...)` / `.set(...)` in TypeScript.
 *
 * A theme holds a raw value per catalogue variable (light, and optionally dark) using Gradio's `*reference`
 * syntax, and compiles to CSS text for a scope selector plus the fully resolved values. Pure computation;
 * no DOM.
 */
import {
  cssVariableName,
  hueRoles,
  isThemeVariable,
  semanticDefaults,
  sizeKinds,
  type ThemeVariable,
  variableNames,
} from './catalogue';
import { formatThemeCss, toCssValue } from './css';
import { type ColorMode, ThemeOptionError } from './errors';
import {
  defaultFont,
  defaultFontMono,
  type Font,
  type FontInput,
  fontStackValue,
  googleFontStylesheets,
  localFontFaceCss,
  toFontList,
} from './fonts';
import { type HueName, hueSteps, type Palette, toPalette } from './palettes';
import { createResolver, referencesIn } from './resolve';
import { type RadiusSizeName, type SizeScale, type SpacingSizeName, sizeSteps, type TextSizeName, toSizeScale } from './sizes';

/** Constructor options, mirroring the keyword arguments of Gradio's `gr.themes.Base`. */
export interface ThemeOptions {
  /** The theme's name (Gradio writes it into `config.theme`). @default 'custom' */
  name?: string;
  /** Accent colour family: a palette name or a custom palette. @default 'blue' */
  primaryHue?: HueName | Palette;
  /** Links and a few focus rings. @default 'blue' */
  secondaryHue?: HueName | Palette;
  /** Greys for text, borders and backgrounds. @default 'zinc' */
  neutralHue?: HueName | Palette;
  /** `--spacing-*`: `'sm' | 'md' | 'lg'` or a custom scale. @default 'md' */
  spacingSize?: SpacingSizeName | SizeScale;
  /** `--radius-*`: `'none' | 'sm' | 'md' | 'lg' | 'xxl'` or a custom scale. @default 'md' */
  radiusSize?: RadiusSizeName | SizeScale;
  /** `--text-*`: `'sm' | 'md' | 'lg'` or a custom scale. @default 'md' */
  textSize?: TextSizeName | SizeScale;
  /** `--font`: one family or a stack; plain strings are system fonts. @default defaultFont */
  font?: FontInput | readonly FontInput[];
  /** `--font-mono`. @default defaultFontMono */
  fontMono?: FontInput | readonly FontInput[];
}

/**
 * Values for {@link Theme.set}: Gradio's snake_case variable names, each with an optional `_dark` partner.
 * A value is plain CSS or holds `*references` to other variables (`*primary_200`,
 * `*spacing_xl calc(*spacing_xl + 2px)`, `*button_primary_background_fill`). `null` on a `_dark` key makes
 * dark mode use the light text again; `undefined` leaves a variable unchanged.
 */
export type ThemeValues = { [K in ThemeVariable]?: string } & { [K in `${ThemeVariable}_dark`]?: string | null };

/** A theme compiled for one scope selector. */
export interface CompiledTheme {
  /** The theme's name. */
  name: string;
  /** The selector the light variables are declared on. */
  scope: string;
  /**
   * The style sheet: the light variables on `scope`, the dark ones on `scope.dark` and `scope .dark`.
   * References are kept as `var(--x)`, as in Gradio's `/theme.css`, so overriding a variable on a subtree
   * cascades as it does there.
   */
  css: string;
  /** Resolved light values, `--name` -> concrete CSS text, in catalogue order. */
  light: Readonly<Record<string, string>>;
  /** Resolved dark values. */
  dark: Readonly<Record<string, string>>;
}

/** The raw (unresolved) value of one variable. */
export interface RawVariable {
  /** Light value, possibly holding `*references`. */
  light: string;
  /** Dark value, or `undefined` when dark mode uses the light text. */
  dark: string | undefined;
}

const darkSuffix = '_dark';

/**
 * A theme, built like Gradio's: hues, sizes and fonts in the constructor, then any variable changed with
 * {@link Theme.set}.
 *
 * @example
 * const theme = new Theme({ primaryHue: 'emerald', radiusSize: 'lg', font: [googleFont('Inter'), 'sans-serif'] })
 *   .set({ button_primary_background_fill: '*primary_400', button_primary_background_fill_dark: '*primary_700' });
 * const { css, light, dark } = theme.compile('#app');
 */
export class Theme {
  /** The theme's name. */
  readonly name: string;
  #light = new Map<string, string>();
  #dark = new Map<string, string>();
  #font: readonly Font[];
  #fontMono: readonly Font[];
  #sealed = false;

  /** @throws {ThemeOptionError} for an unknown hue or size name or an incomplete custom palette or scale. */
  constructor(options: ThemeOptions = {}) {
    this.name = options.name ?? 'custom';
    const hues = [options.primaryHue ?? 'blue', options.secondaryHue ?? 'blue', options.neutralHue ?? 'zinc'];
    hueRoles.forEach((role, i) => {
      const palette = toPalette(role, hues[i] as HueName | Palette);
      for (const step of hueSteps) this.#light.set(`${role}_${step}`, palette[step]);
    });
    const scales = [options.spacingSize ?? 'md', options.radiusSize ?? 'md', options.textSize ?? 'md'];
    sizeKinds.forEach((kind, i) => {
      const scale = toSizeScale(kind, scales[i] as string | SizeScale);
      for (const step of sizeSteps) this.#light.set(`${kind}_${step}`, scale[step]);
    });
    this.#font = toFontList(options.font ?? defaultFont);
    this.#fontMono = toFontList(options.fontMono ?? defaultFontMono);
    this.#light.set('font', fontStackValue(this.#font));
    this.#light.set('font_mono', fontStackValue(this.#fontMono));
    for (const entry of semanticDefaults) {
      this.#light.set(entry.name, entry.light);
      if (entry.dark !== undefined) this.#dark.set(entry.name, entry.dark);
    }
  }

  /**
   * Changes variables, like Gradio's `theme.set(...)`, and returns the theme for chaining. Only the given
   * variables change; a light value given without its `_dark` partner leaves the dark value as it was.
   * Nothing changes if any entry is invalid.
   *
   * @throws {ThemeOptionError} for a name that is not a catalogue variable, a value that is not a non-empty
   *   string (or `null` on a `_dark` key), a reference with the `_dark` suffix, or a built-in (read-only) theme.
   * @throws {ThemeReferenceError} for a reference to a variable that does not exist.
   * @throws {ThemeCycleError} for references that loop.
   */
  set(values: ThemeValues): this {
    if (this.#sealed) {
      throw new ThemeOptionError(
        `theme "${this.name}" is a shared built-in and cannot be changed; ` +
          `use createTheme("${this.name}") or theme.clone() for a copy you can set()`,
      );
    }
    const light = new Map(this.#light);
    const dark = new Map(this.#dark);
    for (const [key, value] of Object.entries(values as Record<string, string | null | undefined>)) {
      if (value === undefined) continue;
      const isDark = key.endsWith(darkSuffix);
      const name = isDark ? key.slice(0, -darkSuffix.length) : key;
      if (!isThemeVariable(name)) throw new ThemeOptionError(`unknown theme variable "${key}"`);
      if (value === null && isDark) {
        dark.delete(name);
        continue;
      }
      if (typeof value !== 'string' || value.trim() === '') {
        throw new ThemeOptionError(
          `theme variable "${key}" must be a non-empty string${isDark ? ' or null' : ''}, got ${JSON.stringify(value)}`,
        );
      }
      const darkReference = referencesIn(value).find((reference) => reference.endsWith(darkSuffix));
      if (darkReference !== undefined) {
        throw new ThemeOptionError(
          `theme variable "${key}" references "*${darkReference}"; refer to "*${darkReference.slice(0, -darkSuffix.length)}" ` +
            'instead: dark values are picked automatically in dark mode',
        );
      }
      (isDark ? dark : light).set(name, value);
    }
    resolveAll(light, dark);
    this.#light = light;
    this.#dark = dark;
    return this;
  }

  /**
   * The raw value of a variable.
   * @throws {ThemeOptionError} for an unknown name.
   */
  get(name: ThemeVariable): RawVariable {
    const light = this.#light.get(name);
    if (light === undefined) throw new ThemeOptionError(`unknown theme variable "${name}"`);
    return { light, dark: this.#dark.get(name) };
  }

  /**
   * The concrete value of one variable in a mode.
   * @throws {ThemeOptionError} for an unknown name.
   */
  resolve(name: ThemeVariable, mode: ColorMode = 'light'): string {
    return resolverOf(this.#light, this.#dark).resolve(name, mode);
  }

  /**
   * Compiles the theme for a scope selector: the CSS text and the resolved values of every variable.
   *
   * @param scope where the light variables are declared; the dark ones go on `scope.dark` and `.dark`
   *   elements inside it (`:host` gives `:host(.dark), :host .dark`). @default ':root'
   */
  compile(scope = ':root'): CompiledTheme {
    const { light, dark } = resolveAll(this.#light, this.#dark);
    const declarations = (mode: ColorMode) =>
      variableNames.map((name) => {
        const raw = (mode === 'dark' ? this.#dark.get(name) : undefined) ?? (this.#light.get(name) as string);
        return [cssVariableName(name), toCssValue(raw)] as const;
      });
    return {
      name: this.name,
      scope,
      css: formatThemeCss(scope, declarations('light'), declarations('dark')),
      light,
      dark,
    };
  }

  /** The CSS text of {@link Theme.compile}. @param scope @default ':root' */
  toCss(scope = ':root'): string {
    return this.compile(scope).css;
  }

  /** The font stacks as families with their sources (for loading fonts on request). */
  get fonts(): { font: readonly Font[]; fontMono: readonly Font[] } {
    return { font: this.#font, fontMono: this.#fontMono };
  }

  /** Google Fonts stylesheet URLs of the theme's Google fonts (Gradio's `config.stylesheets`). Not fetched. */
  get stylesheets(): string[] {
    return googleFontStylesheets(this.#font, this.#fontMono);
  }

  /**
   * `@font-face` rules for the theme's `local` fonts, served by the Gradio server at `baseUrl`. Not fetched
   * until used.
   */
  fontFaceCss(baseUrl: string): string {
    return localFontFaceCss(baseUrl, this.#font, this.#fontMono);
  }

  /** A changeable copy (also of a built-in theme), optionally renamed. */
  clone(name: string = this.name): Theme {
    const copy = new Theme({ name, font: this.#font, fontMono: this.#fontMono });
    copy.#light = new Map(this.#light);
    copy.#dark = new Map(this.#dark);
    return copy;
  }

  /** True when {@link Theme.set} is refused (the shared built-in instances). */
  get readOnly(): boolean {
    return this.#sealed;
  }

  /** Makes {@link Theme.set} throw from now on; used for the shared built-in instances. */
  freeze(): this {
    this.#sealed = true;
    return this;
  }
}

function resolverOf(light: ReadonlyMap<string, string>, dark: ReadonlyMap<string, string>) {
  return createResolver({ light: (name) => light.get(name), dark: (name) => dark.get(name) });
}

/** Resolves every variable in both modes (throwing on the first bad reference or cycle). */
function resolveAll(
  light: ReadonlyMap<string, string>,
  dark: ReadonlyMap<string, string>,
): { light: Record<string, string>; dark: Record<string, string> } {
  const resolver = resolverOf(light, dark);
  const result = { light: {} as Record<string, string>, dark: {} as Record<string, string> };
  for (const mode of ['light', 'dark'] as const) {
    for (const name of variableNames) result[mode][cssVariableName(name)] = resolver.resolve(name, mode);
  }
  return result;
}
