/**
 * Applying a theme to an element: the only part of the theme engine that touches the DOM, and only when
 * {@link applyTheme} is called (the module itself loads without any DOM globals).
 *
 * The variables are declared on the element, never on the page's `:root` or `body`:
 * - an element with an open shadow root gets a `<style>` inside that shadow root, scoped to `:host`;
 * - any other element gets a `data-gradio-theme` attribute and a `<style>` scoped to that attribute, placed
 *   in the element's root (the document's `<head>`, or the shadow root the element lives in).
 *
 * Dark mode works as in Gradio: the element carries class `dark`, so custom CSS written against `.dark`
 * keeps working, and any `.dark` element inside it switches its subtree to dark values.
 *
 * This module knows no built-in theme (so an embed that applies a server's CSS does not carry them), and
 * neither parses theme CSS nor loads fonts: `scope-theme.ts` adds those ({@link scopeTheme}), `apply.ts` the
 * lookup of built-in names.
 */
import { darkSelector, rescopeRootSelectors } from './selectors';
import { type ColorMode, ThemeOptionError } from './errors';
import type { Theme } from './theme';

/** The modes `applyTheme` accepts: fixed light or dark, or following the system setting live. */
export const themeModes = ['light', 'dark', 'system'] as const;

/** `'light'`, `'dark'`, or `'system'` (follows `prefers-color-scheme`, live). */
export type ThemeMode = (typeof themeModes)[number];

/** What can be applied: a {@link Theme}, a built-in theme's name, or theme CSS text (a server's `/theme.css`). */
export type ThemeSource = Theme | string;

/** Opt-in font loading for {@link applyTheme}. Nothing is fetched unless asked for here. */
export interface FontLoadingOptions {
  /** Link the theme's Google Fonts stylesheets into the document `<head>`. @default false */
  google?: boolean;
  /**
   * Declare `@font-face` rules for the theme's `local` fonts (or, for CSS text, the server's own
   * `@font-face` rules) with files served by the Gradio server at this root URL.
   */
  localBaseUrl?: string;
}

/** Options of {@link applyTheme}. */
export interface ApplyThemeOptions {
  /** Light, dark, or following the system. @default 'system' */
  mode?: ThemeMode;
  /** Load web fonts (off by default: the font stacks fall back to system fonts). */
  fonts?: FontLoadingOptions;
  /** Called with the resolved mode whenever it changes after `applyTheme` returns (including system changes). */
  onModeChange?: (mode: ColorMode) => void;
}

/** Controls a theme applied to an element. */
export interface ThemeHandle {
  /** The themed element. */
  readonly element: Element;
  /** The requested mode. */
  readonly mode: ThemeMode;
  /** The mode in effect (`system` resolved through `prefers-color-scheme`). */
  readonly resolvedMode: ColorMode;
  /** The applied theme, or `undefined` when CSS text was applied. */
  readonly theme: Theme | undefined;
  /** Switches light / dark / system without re-applying the theme. */
  setMode(mode: ThemeMode): void;
  /** Replaces the theme (same forms as {@link applyTheme}); mode and font options are kept. */
  setTheme(theme: ThemeSource): void;
  /** Removes the theme's style, attribute, `dark` class (if it added it), listeners and fonts. Idempotent. */
  remove(): void;
}

/** The attribute that scopes a theme to an element without a shadow root (and marks what it adds). */
export const scopeAttribute = 'data-gradio-theme';
const darkQuery = '(prefers-color-scheme: dark)';
const handles = new WeakMap<Element, ThemeHandle>();
let nextId = 1;

/** Turns what the caller passed into a theme or CSS text; a name needs a lookup of built-in themes. */
export type ThemeLookup = (source: ThemeSource) => Theme | string;

/** Without built-in names: a {@link Theme} or theme CSS text. */
export const themeOrCss: ThemeLookup = (source) => {
  if (typeof source !== 'string' || source.includes('{')) return source;
  throw new ThemeOptionError(`"${source}" is not theme CSS text (built-in theme names need applyTheme)`);
};

function assertMode(mode: string): asserts mode is ThemeMode {
  if (!(themeModes as readonly string[]).includes(mode)) {
    throw new ThemeOptionError(`unknown theme mode "${mode}"; expected light, dark or system`);
  }
}

/** Re-scopes theme CSS text (a server's `/theme.css`) onto a selector. */
export type Rescope = (css: string, scope: string) => string;

/** Loads the fonts a theme's handle asked for into `doc`; returns what releases them. */
export type FontLoader = (doc: Document, source: Theme | string, options: FontLoadingOptions | undefined, id: string) => () => void;

/**
 * `scopeTheme` (`scope-theme.ts`) for an embed that applies a server's theme as it comes, and carries no more code than that
 * takes (`<gradio-app>`): no web fonts (the theme's font stacks fall back to the system's fonts), and theme CSS
 * text re-scoped by its selectors ({@link rescopeRootSelectors}) rather than parsed.
 */
export function scopeEmbedTheme(
  element: Element,
  source: ThemeSource,
  options: Omit<ApplyThemeOptions, 'fonts'> = {},
  lookup: ThemeLookup = themeOrCss,
): ThemeHandle {
  return scopeWith(element, source, options, lookup, { fonts: null, rescope: rescopeRootSelectors });
}

/**
 * Applies a theme with the given font loading and re-scoping of CSS text: what {@link scopeEmbedTheme} and
 * `scope-theme.ts`'s `scopeTheme` share.
 */
export function scopeWith(
  element: Element,
  source: ThemeSource,
  options: ApplyThemeOptions,
  lookup: ThemeLookup,
  { fonts, rescope }: { fonts: FontLoader | null; rescope: Rescope },
): ThemeHandle {
  handles.get(element)?.remove();
  let current = lookup(source);
  let mode: ThemeMode = options.mode ?? 'system';
  assertMode(mode);

  const doc = element.ownerDocument;
  const shadow = element.shadowRoot;
  const id = String(nextId++);
  const scope = shadow ? ':host' : `[${scopeAttribute}="${id}"]`;
  const root = element.getRootNode();
  const container: Node = shadow ?? (root.nodeType === 11 ? root : (doc.head ?? doc.documentElement));
  const hadDarkClass = element.classList.contains('dark');
  const style = doc.createElement('style');
  style.setAttribute(`${scopeAttribute}-style`, id);
  const media = doc.defaultView?.matchMedia?.(darkQuery);
  let resolved: ColorMode = 'light';
  let removed = false;

  const resolveMode = (): ColorMode => (mode === 'system' ? (media?.matches ? 'dark' : 'light') : mode);
  const showMode = (notify: boolean) => {
    const next = resolveMode();
    element.classList.toggle('dark', next === 'dark');
    const changed = next !== resolved;
    resolved = next;
    if (changed && notify) options.onModeChange?.(next);
  };
  const onSystemChange = () => {
    if (mode === 'system') showMode(true);
  };

  /** Releases the fonts loaded for the theme shown; once. */
  let releaseFonts = () => {};
  const loadFonts = () => {
    const release = fonts?.(doc, current, options.fonts, id);
    releaseFonts = () => {
      releaseFonts = () => {};
      release?.();
    };
  };

  const render = () => {
    // color-scheme follows the mode too: it reaches into shadow roots (a `.dark` ancestor selector does not), so
    // native controls, scrollbars and elements' own `light-dark()` colours follow it wherever they sit.
    const css = typeof current === 'string' ? rescope(current, scope) : current.toCss(scope);
    style.textContent = `${css}\n${scope} { color-scheme: light; }\n${darkSelector(scope)} { color-scheme: dark; }\n`;
    releaseFonts();
    loadFonts();
  };

  if (!shadow) element.setAttribute(scopeAttribute, id);
  render();
  container.appendChild(style);
  showMode(false);
  media?.addEventListener('change', onSystemChange);

  const handle: ThemeHandle = {
    element,
    get mode() {
      return mode;
    },
    get resolvedMode() {
      return resolved;
    },
    get theme() {
      return typeof current === 'string' ? undefined : current;
    },
    setMode(next) {
      assertMode(next);
      mode = next;
      if (!removed) showMode(true);
    },
    setTheme(next) {
      current = lookup(next);
      if (!removed) render();
    },
    remove() {
      if (removed) return;
      removed = true;
      media?.removeEventListener('change', onSystemChange);
      style.remove();
      releaseFonts();
      if (!shadow) element.removeAttribute(scopeAttribute);
      element.classList.toggle('dark', hadDarkClass);
      if (handles.get(element) === handle) handles.delete(element);
    },
  };
  handles.set(element, handle);
  return handle;
}

/** The handle of the theme currently applied to `element` (by `scopeTheme`, `applyTheme` or {@link scopeEmbedTheme}), if any. */
export function themeHandleOf(element: Element): ThemeHandle | undefined {
  return handles.get(element);
}
