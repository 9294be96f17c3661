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
 * This module knows no built-in theme (so an embed that applies a server's CSS does not carry them);
 * `apply.ts` adds the lookup of built-in names.
 */
import { darkSelector, fontFacesOf, rescopeThemeCss } from './css';
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

const scopeAttribute = 'data-gradio-theme';
const darkQuery = '(prefers-color-scheme: dark)';
const handles = new WeakMap<Element, ThemeHandle>();
/** Google Fonts `<link>`s added to each document, shared by the handles that asked for them. */
const fontLinks = new WeakMap<Document, Map<string, { link: HTMLLinkElement; users: number }>>();
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

/** CSS text of the theme for `scope`. */
function themeCss(source: Theme | string, scope: string): string {
  return typeof source === 'string' ? rescopeThemeCss(source, scope) : source.toCss(scope);
}

/** Font links and `@font-face` text requested for a theme. */
function requestedFonts(source: Theme | string, options: FontLoadingOptions | undefined) {
  const links = typeof source !== 'string' && options?.google ? source.stylesheets : [];
  const base = options?.localBaseUrl;
  const faces = base === undefined ? '' : typeof source === 'string' ? fontFacesOf(source, base) : source.fontFaceCss(base);
  return { links, faces };
}

/**
 * Applies a theme to one element: its variables are declared on the element (or its shadow root's `:host`),
 * so two elements on a page can show different themes and modes, and the page's own styles are untouched.
 * Applying again to the same element replaces the previous theme.
 *
 * @param element the element to theme (for example a `<gradio-app>`).
 * @param source a {@link Theme}, a built-in theme name (`'soft'`), or theme CSS text such as a server's
 *   `/theme.css` (re-scoped onto the element).
 * @throws {ThemeOptionError} for an unknown theme name or mode.
 * @example
 * const handle = applyTheme(document.querySelector('gradio-app')!, themes.ocean, { mode: 'system' });
 * handle.setMode('dark');
 * handle.setTheme(await (await fetch(`${root}/theme.css`)).text());
 */
export function scopeTheme(
  element: Element,
  source: ThemeSource,
  options: ApplyThemeOptions = {},
  lookup: ThemeLookup = themeOrCss,
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
  let fontStyle: HTMLStyleElement | undefined;
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

  const linked = fontLinks.get(doc) ?? new Map<string, { link: HTMLLinkElement; users: number }>();
  fontLinks.set(doc, linked);
  let myLinks: string[] = [];
  const releaseFonts = () => {
    fontStyle?.remove();
    fontStyle = undefined;
    for (const href of myLinks) {
      const entry = linked.get(href);
      if (entry && --entry.users === 0) {
        entry.link.remove();
        linked.delete(href);
      }
    }
    myLinks = [];
  };
  const loadFonts = () => {
    const { links, faces } = requestedFonts(current, options.fonts);
    const head = doc.head ?? doc.documentElement;
    for (const href of links) {
      let entry = linked.get(href);
      if (!entry) {
        const link = doc.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.setAttribute(`${scopeAttribute}-font`, '');
        head.append(link);
        entry = { link, users: 0 };
        linked.set(href, entry);
      }
      entry.users++;
    }
    myLinks = links;
    if (faces) {
      // @font-face only takes effect at document level, not inside a shadow root.
      fontStyle = doc.createElement('style');
      fontStyle.setAttribute(`${scopeAttribute}-fonts`, id);
      fontStyle.textContent = faces;
      head.append(fontStyle);
    }
  };

  const render = () => {
    // color-scheme follows the mode too: it reaches into shadow roots (a `.dark` ancestor selector does not), so
    // native controls, scrollbars and elements' own `light-dark()` colours follow it wherever they sit.
    style.textContent = `${themeCss(current, scope)}\n${scope} { color-scheme: light; }\n${darkSelector(scope)} { color-scheme: dark; }\n`;
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

/** The handle of the theme currently applied to `element` (by {@link scopeTheme} or `applyTheme`), if any. */
export function themeHandleOf(element: Element): ThemeHandle | undefined {
  return handles.get(element);
}
