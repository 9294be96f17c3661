/**
 * What an app brings besides its layout: the server's theme and custom CSS (scoped to the embed's shadow
 * root, never the page) and, only when the page allows it, the config's `head` HTML and `js`.
 */
import type { Config } from '../client/types';
import { type ThemeHandle, type ThemeMode, scopeTheme } from '../themes/scope';
import { runJs } from './js-functions';

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
  const theme = scopeTheme(host, source, { mode });
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

/**
 * The config's `head` HTML and `js` (call it only with `allow-js`): head elements are recreated in the page's
 * `<head>` (so their scripts run, in order), and `js` runs as a function expression (Gradio <= 6.0) or as a
 * classic script (6.1+).
 * @throws what the app's `js` throws.
 */
export async function runAppScripts(config: Config): Promise<void> {
  const head = typeof config.head === 'string' ? config.head : '';
  if (head.trim()) {
    const parsed = new DOMParser().parseFromString(`<head>${head}</head>`, 'text/html');
    for (const source of Array.from(parsed.head.children)) {
      const copy = document.createElement(source.tagName.toLowerCase());
      for (const attribute of Array.from(source.attributes)) copy.setAttribute(attribute.name, attribute.value);
      copy.textContent = source.textContent;
      if (copy instanceof HTMLScriptElement && !source.hasAttribute('async')) copy.async = false;
      document.head.appendChild(copy);
    }
  }
  const js = typeof config.js === 'string' ? config.js.trim() : '';
  if (!js) return;
  if (/^(async\s*)?(\(|function\b|[A-Za-z_$][\w$]*\s*=>)/.test(js)) {
    await runJs(js, []);
  } else {
    const script = document.createElement('script');
    script.textContent = js;
    document.head.appendChild(script);
  }
}
