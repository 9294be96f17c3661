/**
 * Fonts: font stacks as Gradio writes them into `--font` / `--font-mono`, and the opt-in ways to load web
 * fonts.
 *
 * Nothing here fetches anything. A theme's font stack only *names* families; the browser falls back through
 * the stack to system fonts. Loading a Google font (a stylesheet URL) or a font file served by a Gradio
 * server (`@font-face` CSS) happens only when the user asks for it (`applyTheme(..., { loadFonts })`,
 * {@link googleFontStylesheets}, {@link localFontFaceCss}).
 */

/** Where a font's files come from. */
export type FontSource =
  /** Installed on the user's system (or a generic family); never loaded. */
  | 'system'
  /** Served by a Gradio server at `static/fonts/<Name>/<Name>-<Weight>.woff2`. */
  | 'local'
  /** Google Fonts (`fonts.googleapis.com` CSS2 API). */
  | 'google';

/** One family of a font stack. */
export interface Font {
  /** Family name, unquoted (`IBM Plex Sans`). */
  readonly name: string;
  /** Where the files come from when loading is requested. */
  readonly source: FontSource;
  /** Weights to load (400 regular, 600 semibold, 700 bold). Empty for system fonts. */
  readonly weights: readonly number[];
}

/** A family given as a name (a system font) or a {@link Font}. */
export type FontInput = string | Font;

/** The CSS generic families, written without quotes in a stack. */
export const genericFontFamilies: readonly string[] = ['sans-serif', 'serif', 'monospace', 'cursive', 'fantasy'];

/**
 * A Google font. Only named in the stack unless loading is requested.
 * @param weights @default [400, 600]
 */
export function googleFont(name: string, weights: readonly number[] = [400, 600]): Font {
  return Object.freeze({ name, source: 'google', weights: Object.freeze([...weights]) });
}

/**
 * A font whose files a Gradio server serves under `static/fonts/`. Only named in the stack unless
 * loading is requested.
 * @param weights @default [400, 700]
 */
export function localFont(name: string, weights: readonly number[] = [400, 700]): Font {
  return Object.freeze({ name, source: 'local', weights: Object.freeze([...weights]) });
}

/** A system font (or generic family): never loaded. */
export function systemFont(name: string): Font {
  return Object.freeze({ name, source: 'system', weights: Object.freeze([]) });
}

/** Normalises a stack given as one family or a list, strings becoming system fonts. */
export function toFontList(stack: FontInput | readonly FontInput[]): readonly Font[] {
  const list: readonly FontInput[] = typeof stack === 'string' || !Array.isArray(stack) ? [stack as FontInput] : stack;
  return Object.freeze(list.map((font) => (typeof font === 'string' ? systemFont(font) : font)));
}

/**
 * The CSS value of a stack, as Gradio 5.14 writes it: every family in single quotes except the generic
 * keywords (`'IBM Plex Sans', 'ui-sans-serif', 'system-ui', sans-serif`).
 *
 * (Gradio 6.x leaves plain-string families such as `ui-sans-serif` unquoted; see
 * docs/themes-6.25-differences.md.)
 */
export function fontStackValue(stack: FontInput | readonly FontInput[]): string {
  return toFontList(stack)
    .map(({ name }) => (genericFontFamilies.includes(name) ? name : `'${name}'`))
    .join(', ');
}

/** The system sans-serif fallbacks that end Gradio's font stacks. */
export const systemSansStack: readonly string[] = Object.freeze(['ui-sans-serif', 'system-ui', 'sans-serif']);

/** The system monospace fallbacks that end Gradio's monospace stacks. */
export const systemMonoStack: readonly string[] = Object.freeze(['ui-monospace', 'Consolas', 'monospace']);

/** The stack of Gradio's Base theme: IBM Plex Sans, then {@link systemSansStack}. */
export const defaultFont: readonly FontInput[] = Object.freeze([localFont('IBM Plex Sans'), ...systemSansStack]);

/** The monospace stack of Gradio's Base theme: IBM Plex Mono, then {@link systemMonoStack}. */
export const defaultFontMono: readonly FontInput[] = Object.freeze([localFont('IBM Plex Mono'), ...systemMonoStack]);

/**
 * Google Fonts stylesheet URLs for the Google fonts of the given stacks (what a Gradio server lists in
 * `config.stylesheets`). Nothing is fetched; link them yourself or pass `loadFonts` to `applyTheme`.
 */
export function googleFontStylesheets(...stacks: ReadonlyArray<FontInput | readonly FontInput[]>): string[] {
  return stacks
    .flatMap((stack) => toFontList(stack))
    .filter((font) => font.source === 'google')
    .map(
      (font) =>
        `https://fonts.googleapis.com/css2?family=${font.name.replaceAll(' ', '+')}:wght@${font.weights.join(';')}&display=swap`,
    );
}

const weightFileNames: Readonly<Record<number, string>> = { 400: 'Regular', 700: 'Bold' };

/**
 * `@font-face` rules for the `local` fonts of the given stacks, pointing at a Gradio server's font files
 * (`<baseUrl>/static/fonts/<Name>/<Name>-<Weight>.woff2`, spaces removed from the folder and file name).
 * Nothing is fetched until the CSS is used.
 *
 * @param baseUrl the Gradio server's root URL (`https://example.hf.space`); a trailing slash is optional.
 */
export function localFontFaceCss(baseUrl: string, ...stacks: ReadonlyArray<FontInput | readonly FontInput[]>): string {
  const root = baseUrl.replace(/\/+$/, '');
  return stacks
    .flatMap((stack) => toFontList(stack))
    .filter((font) => font.source === 'local')
    .flatMap((font) => {
      const folder = font.name.replaceAll(' ', '');
      return font.weights.map((weight) => {
        const file = `${folder}-${weightFileNames[weight] ?? String(weight)}`;
        return (
          `@font-face {\n  font-family: '${font.name}';\n` +
          `  src: url('${root}/static/fonts/${folder}/${file}.woff2') format('woff2');\n` +
          `  font-weight: ${weight};\n  font-style: normal;\n}`
        );
      });
    })
    .join('\n');
}
