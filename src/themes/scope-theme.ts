/**
 * {@link scopeTheme}: a theme scoped to one element (`./scope.ts`), with a server's `/theme.css` parsed and
 * re-scoped ({@link rescopeThemeCss}) and the web fonts the options ask for.
 */
import { fontFacesOf, rescopeThemeCss } from './css';
import {
  type ApplyThemeOptions,
  type FontLoader,
  type FontLoadingOptions,
  type ThemeHandle,
  type ThemeLookup,
  type ThemeSource,
  scopeAttribute,
  scopeWith,
  themeOrCss,
} from './scope';
import type { Theme } from './theme';

/** Google Fonts `<link>`s added to each document, shared by the handles that asked for them. */
const fontLinks = new WeakMap<Document, Map<string, { link: HTMLLinkElement; users: number }>>();

/** Font links and `@font-face` text requested for a theme. */
function requestedFonts(source: Theme | string, options: FontLoadingOptions | undefined) {
  const links = typeof source !== 'string' && options?.google ? source.stylesheets : [];
  const base = options?.localBaseUrl;
  const faces = base === undefined ? '' : typeof source === 'string' ? fontFacesOf(source, base) : source.fontFaceCss(base);
  return { links, faces };
}

/**
 * The fonts `options` asks for: Google Fonts `<link>`s in the document's `<head>`, shared by the handles that
 * asked for the same one, and `@font-face` rules in a `<style>` of the document (they only take effect at
 * document level, not inside a shadow root).
 */
const loadThemeFonts: FontLoader = (doc, source, options, id) => {
  const linked = fontLinks.get(doc) ?? new Map<string, { link: HTMLLinkElement; users: number }>();
  fontLinks.set(doc, linked);
  const { links, faces } = requestedFonts(source, options);
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
  let fontStyle: HTMLStyleElement | undefined;
  if (faces) {
    fontStyle = doc.createElement('style');
    fontStyle.setAttribute(`${scopeAttribute}-fonts`, id);
    fontStyle.textContent = faces;
    head.append(fontStyle);
  }
  return () => {
    fontStyle?.remove();
    for (const href of links) {
      const entry = linked.get(href);
      if (entry && --entry.users === 0) {
        entry.link.remove();
        linked.delete(href);
      }
    }
  };
};

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
  return scopeWith(element, source, options, lookup, { fonts: loadThemeFonts, rescope: rescopeThemeCss });
}
