/**
 * `applyTheme`: {@link scopeTheme} plus the built-in theme names (`'soft'`, `'ocean'`, ...).
 */
import { isThemeName, themes } from './builtins';
import { ThemeOptionError } from './errors';
import type { ApplyThemeOptions, ThemeHandle, ThemeLookup, ThemeSource } from './scope';
import { scopeTheme } from './scope-theme';

const builtinOrCss: ThemeLookup = (source) => {
  if (typeof source !== 'string') return source;
  if (isThemeName(source.toLowerCase())) return themes[source.toLowerCase() as keyof typeof themes];
  if (source.includes('{')) return source;
  throw new ThemeOptionError(
    `applyTheme: "${source}" is neither a built-in theme name (${Object.keys(themes).join(', ')}) nor theme CSS text`,
  );
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
export function applyTheme(element: Element, source: ThemeSource, options: ApplyThemeOptions = {}): ThemeHandle {
  return scopeTheme(element, source, options, builtinOrCss);
}
