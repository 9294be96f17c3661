/**
 * CSS text in and out: writing a theme's variable blocks for a scope selector, reading a Gradio server's
 * `/theme.css`, and re-scoping that text onto another selector (selectors alone: `./selectors.ts`).
 *
 * Pure string work; no DOM.
 */
import { cssReferencePattern, createResolver, themeReferencePattern } from './resolve';
import { darkSelector } from './selectors';

export { darkSelector, rescopeRootSelectors, splitSelectorList } from './selectors';

/** A theme's variables as CSS: `[custom property name, value]` pairs, in order. */
export type Declarations = Iterable<readonly [string, string]>;

/** Rewrites Gradio references to CSS: `*block_radius` -> `var(--block-radius)`. */
export function toCssValue(value: string): string {
  return value.replace(themeReferencePattern, (_match, name: string) => `var(--${name.replaceAll('_', '-')})`);
}

/** One rule: `selector {\n  --a: b;\n}`. */
export function formatRule(selector: string, declarations: Declarations): string {
  const lines = [...declarations].map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}

/** The light block on `scope` followed by the dark block on {@link darkSelector}(scope). */
export function formatThemeCss(scope: string, light: Declarations, dark: Declarations): string {
  return `${formatRule(scope, light)}\n\n${formatRule(darkSelector(scope), dark)}\n`;
}

/** A top-level rule of a style sheet: its prelude (selector or at-rule) and the text between its braces. */
interface TopLevelRule {
  prelude: string;
  body: string;
  text: string;
}

/**
 * Index just past the string or comment starting at `i`, or `i` if none starts there. Strings and comments
 * may hold braces and semicolons that are not syntax.
 */
function skipOpaque(css: string, i: number): number {
  const char = css[i];
  if (char === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  if (char === '"' || char === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== char) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  return i;
}

/** Indexes of the characters of `text` that are syntax: everything outside strings and comments. */
function* syntaxIndexes(text: string): Generator<number> {
  for (let i = 0; i < text.length; ) {
    const next = skipOpaque(text, i);
    if (next !== i) {
      i = next;
      continue;
    }
    yield i;
    i++;
  }
}

function topLevelRules(css: string): TopLevelRule[] {
  const rules: TopLevelRule[] = [];
  let start = 0;
  let open = -1;
  let depth = 0;
  for (const i of syntaxIndexes(css)) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        const prelude = css.slice(start, open).replace(/\/\*[\s\S]*?\*\//g, '').trim();
        rules.push({ prelude, body: css.slice(open + 1, i), text: `${prelude} ${css.slice(open, i + 1)}` });
        start = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      start = i + 1; // a top-level statement such as @import: not a rule
    }
  }
  return rules;
}

/** The `name: value` declarations of a rule body, in order (values trimmed, `!important` kept). */
function declarationsOf(body: string): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  let start = 0;
  let depth = 0;
  const flush = (end: number) => {
    const text = body.slice(start, end).replace(/\/\*[\s\S]*?\*\//g, '');
    const colon = text.indexOf(':');
    if (colon > 0) result.push([text.slice(0, colon).trim(), text.slice(colon + 1).trim()]);
  };
  for (const i of syntaxIndexes(body)) {
    const char = body[i];
    if (char === '(' || char === '{') depth++;
    else if (char === ')' || char === '}') depth--;
    else if (char === ';' && depth === 0) {
      flush(i);
      start = i + 1;
    }
  }
  flush(body.length);
  return result;
}

/** A Gradio `/theme.css`, read into its parts. */
export interface ParsedThemeCss {
  /** Light variables (`--name` -> CSS value, `var()` references kept), in source order. */
  light: Map<string, string>;
  /** Dark variables, in source order. Gradio re-declares every variable here. */
  dark: Map<string, string>;
  /** The `@font-face` rules, as text. */
  fontFaces: string[];
  /** Any other top-level rules (custom CSS a theme appends), as text. */
  otherRules: string[];
}

/**
 * Declarations a server emits that are not theme variables: Gradio writes the theme's `name` and
 * `custom_css` attributes as `--name` / `--custom-css`, and a `*_dark` attribute set to `None` as a junk line
 * with underscores (`--block_border_width: None`).
 */
function isThemeDeclaration(name: string): boolean {
  return /^--[a-z0-9-]+$/.test(name) && name !== '--name' && name !== '--custom-css';
}

/**
 * Reads a theme style sheet as a Gradio server serves it at `/theme.css` (or as {@link formatThemeCss}
 * writes it): the rule whose selector has no `.dark` gives the light variables, the one with `.dark` the
 * dark variables. Non-variable lines Gradio emits (`--name`, `--custom-css`, `--x_y: None`) are skipped.
 */
export function parseThemeCss(css: string): ParsedThemeCss {
  const parsed: ParsedThemeCss = { light: new Map(), dark: new Map(), fontFaces: [], otherRules: [] };
  for (const rule of topLevelRules(css)) {
    if (/^@font-face\b/i.test(rule.prelude)) {
      parsed.fontFaces.push(rule.text);
      continue;
    }
    const declarations = declarationsOf(rule.body);
    const isVariableBlock =
      !rule.prelude.startsWith('@') && declarations.length > 0 && declarations.every(([name]) => name.startsWith('--'));
    if (!isVariableBlock) {
      parsed.otherRules.push(rule.text);
      continue;
    }
    const target = /\.dark\b/.test(rule.prelude) ? parsed.dark : parsed.light;
    for (const [name, value] of declarations) {
      if (isThemeDeclaration(name)) target.set(name, value);
    }
  }
  return parsed;
}

/** Options of {@link rescopeThemeCss}. */
export interface RescopeOptions {
  /**
   * Keep the server's `@font-face` rules, with their relative `url(...)`s made absolute against this base
   * (the Gradio server's root URL). Without it they are dropped, so no font is fetched.
   */
  fontBaseUrl?: string;
}

/** Makes the relative `url()`s of a rule absolute against `base`. */
function absoluteUrls(rule: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return rule.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (match, quote: string, url: string) =>
    /^[a-z][a-z0-9+.-]*:/i.test(url) ? match : `url(${quote}${new URL(url, root).href}${quote})`,
  );
}

/**
 * Re-scopes a server's `/theme.css` text from `:root` onto another selector: the light variables on `scope`,
 * the dark ones on `scope.dark` and `.dark` inside it. The variables' values are kept verbatim. Junk lines
 * are dropped (see {@link parseThemeCss}), as are `@font-face` rules unless `fontBaseUrl` is given, and any
 * custom CSS appended after the variables.
 *
 * @example rescopeThemeCss(await (await fetch(`${root}/theme.css`)).text(), '#my-app')
 */
export function rescopeThemeCss(css: string, scope: string, options: RescopeOptions = {}): string {
  const parsed = parseThemeCss(css);
  const variables = formatThemeCss(scope, parsed.light, parsed.dark);
  const fonts = options.fontBaseUrl === undefined ? '' : fontFacesOf(parsed, options.fontBaseUrl);
  return fonts ? `${fonts}\n${variables}` : variables;
}

/**
 * The `@font-face` rules of a server's `/theme.css` (text or parsed), their relative `url()`s made absolute
 * against the server's root URL `baseUrl`. Empty when there are none.
 */
export function fontFacesOf(css: string | ParsedThemeCss, baseUrl: string): string {
  const parsed = typeof css === 'string' ? parseThemeCss(css) : css;
  return parsed.fontFaces.map((rule) => absoluteUrls(rule, baseUrl)).join('\n');
}

/** Resolved values of a theme style sheet: `--name` -> concrete CSS text, for each mode. */
export interface ResolvedThemeCss {
  light: Record<string, string>;
  dark: Record<string, string>;
}

/**
 * Resolves every variable of a theme style sheet (`var(--x)` chains followed, dark values resolved against
 * dark values, as the cascade does).
 *
 * @throws {ThemeReferenceError} for a `var()` naming a variable the sheet does not declare.
 * @throws {ThemeCycleError} for `var()` references that loop.
 */
export function resolveThemeCss(css: string): ResolvedThemeCss {
  const { light, dark } = parseThemeCss(css);
  const resolver = createResolver(
    {
      light: (name) => light.get(`--${name}`),
      dark: (name) => dark.get(`--${name}`),
    },
    cssReferencePattern,
  );
  const result: ResolvedThemeCss = { light: {}, dark: {} };
  for (const name of light.keys()) result.light[name] = resolver.resolve(name.slice(2), 'light');
  for (const name of new Set([...light.keys(), ...dark.keys()])) {
    result.dark[name] = resolver.resolve(name.slice(2), 'dark');
  }
  return result;
}
