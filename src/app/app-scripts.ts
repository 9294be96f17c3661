/**
 * An app's own scripts: the config's `head` HTML and `js`. They run in the embedding page only when it allows
 * it (`<gradio-app allow-js>`), so `<gradio-app>` loads this module only then.
 */
import type { Config } from '../client/types';
import { runJs } from './js-functions';

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
