/**
 * What an app brings besides its layout: the server's theme and custom CSS, scoped to the embed's shadow
 * root, never the page (the config's `head` HTML and `js`, which run only when the page allows it, are in
 * `./app-scripts.ts`, loaded only then).
 */
import type { Config } from '../client/types';
import { type ThemeHandle, type ThemeMode, scopeEmbedTheme } from '../themes/scope';

/** The styles applied to one embed; `remove()` takes them all away. */
export interface AppStyles {
  theme: ThemeHandle;
  remove(): void;
}

/**
 * Applies the server's `/theme.css` and the app's custom CSS to `host` (its shadow root). The theme's web
 * fonts are not loaded: its font stacks fall back to the system's fonts, as the theme engine does unless
 * asked, which keeps the embed's bytes down. Without a server theme (an old server, a network hiccup) the
 * built-in Default stands in, loaded only then.
 */
export async function applyServerStyles(host: HTMLElement, config: Config, mode: ThemeMode): Promise<AppStyles> {
  const cssUrl = `${config.root}/theme.css${config.theme_hash ? `?v=${config.theme_hash}` : ''}`;
  let themeCss: string | null = null;
  try {
    const response = await fetch(cssUrl);
    if (response.ok) themeCss = await response.text();
  } catch {
    // No theme.css: the Default theme below.
  }
  const source = themeCss ?? (await import('../themes/builtins')).themes.default;
  const theme = scopeEmbedTheme(host, source, { mode });
  let custom: HTMLStyleElement | undefined;
  const shadow = host.shadowRoot;
  if (shadow && typeof config.css === 'string' && config.css.trim()) {
    custom = document.createElement('style');
    custom.setAttribute('data-gradio-custom-css', '');
    custom.textContent = config.css;
    shadow.appendChild(custom);
  }
  return {
    theme,
    remove() {
      theme.remove();
      custom?.remove();
    },
  };
}
