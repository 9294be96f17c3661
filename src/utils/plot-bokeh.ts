/**
 * Bokeh figures for `<gr-plot>`. Gradio sends a Bokeh figure as `bokeh.embed.json_item(figure)`, a document
 * that only BokehJS of the server's own Bokeh version reads (Gradio's `bokeh_version`), so BokehJS cannot be
 * part of the kit's build: it is loaded, once per version, as classic scripts from a URL template the embedder
 * chooses, then the item is drawn with `Bokeh.embed.embed_item`.
 *
 * The template names each file with `{name}` (`bokeh`, then the plugins `bokeh-widgets`, `bokeh-tables`,
 * `bokeh-gl`) and `{version}`. The default is Bokeh's own CDN, as Gradio's frontend uses:
 * {@link defaultBokehUrl}. An offline page or one with a strict Content-Security-Policy serves the files
 * itself, copied from the npm package `@bokeh/bokehjs` of that version (`build/js/*.min.js`), and points the
 * template at them, e.g. `/vendor/bokehjs@{version}/{name}.min.js`; that origin must be in its `script-src`.
 */

import type { PlotHandle } from './plot-plotly';
import { trustedScriptUrl } from './trusted-types';

/** Where BokehJS is loaded from unless the element or the page says otherwise. */
export const defaultBokehUrl = 'https://cdn.bokeh.org/bokeh/release/{name}-{version}.min.js';

/** How long a BokehJS script may take to load before the plot gives up with a message. */
const scriptTimeoutMs = 60_000;

/** The plugins Gradio's frontend loads after BokehJS (widgets, data tables, WebGL output); each is optional. */
const plugins = ['bokeh-widgets', 'bokeh-tables', 'bokeh-gl'];

/** The part of BokehJS the kit uses. */
interface BokehJS {
  version: string;
  embed: { embed_item(item: unknown, target: HTMLElement): Promise<{ roots: BokehView[] }> };
}

/** A root view of an embedded document, and what the kit reads of its model's document. */
interface BokehView {
  remove(): void;
}

/** `window.Bokeh`: the first BokehJS loaded, which also holds every loaded version by its number. */
type BokehGlobal = BokehJS & Record<string, BokehJS | undefined>;

/** A `json_item` as Bokeh makes it: `{target_id, root_id, doc, version?}`. */
export interface BokehItem {
  root_id: string;
  doc: Record<string, unknown>;
  target_id?: string | null;
  version?: string;
}

/** Checks that `parsed` has the shape of a `json_item`; the message says what is wrong. */
export function bokehItem(parsed: Record<string, unknown>): BokehItem {
  const { doc, root_id } = parsed;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('the payload is not a Bokeh json_item (it has no "doc" object)');
  if (typeof root_id !== 'string' || !root_id) throw new Error('the payload is not a Bokeh json_item (it has no "root_id")');
  return parsed as unknown as BokehItem;
}

/** The URL of one BokehJS file from a template (`{name}` and `{version}` replaced). */
export function bokehFileUrl(template: string, name: string, version: string): string {
  return template.replaceAll('{name}', name).replaceAll('{version}', version);
}

const loaded = new Map<string, Promise<BokehJS>>();

/**
 * BokehJS `version` (with its plugins) from `template`, loaded once per version and template. Rejects with a
 * message naming the URL when a script cannot be loaded, times out, or defines another version.
 */
export function loadBokeh(version: string, template: string): Promise<BokehJS> {
  // The version comes from the server and becomes part of a script URL: only a version number may (a hostile
  // "3.6.2/../../x" would point the template at another file of its host).
  if (!/^\d+\.\d+\.\d+(?:[.-]?(?:dev|rc|a|b)\d*)?$/.test(version)) {
    return Promise.reject(new Error(`"${version.slice(0, 40)}" is not a Bokeh version number`));
  }
  const already = findBokeh(version);
  if (already) return Promise.resolve(already);
  const key = `${version} ${template}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = (async () => {
      const main = bokehFileUrl(template, 'bokeh', version);
      await loadScript(main);
      const bokeh = findBokeh(version);
      if (!bokeh) {
        const found = (globalThis as { Bokeh?: BokehGlobal }).Bokeh?.version;
        throw new Error(`${main} did not define BokehJS ${version}${found ? ` (the page has BokehJS ${found})` : ''}`);
      }
      // A plugin that cannot be loaded only matters to a figure that uses its models: embed_item then names them.
      await Promise.all(plugins.map((name) => loadScript(bokehFileUrl(template, name, version)).catch(() => undefined)));
      return bokeh;
    })();
    loaded.set(key, promise);
    promise.catch(() => loaded.delete(key));
  }
  return promise;
}

function findBokeh(version: string): BokehJS | undefined {
  const global = (globalThis as { Bokeh?: BokehGlobal }).Bokeh;
  if (!global) return undefined;
  const bokeh = global[version] ?? (global.version === version ? global : undefined);
  return bokeh && typeof bokeh.embed?.embed_item === 'function' ? bokeh : undefined;
}

/** Loads a classic script; rejects with a clear message on a network error, a refusal or a timeout. */
function loadScript(url: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (error?: Error) => {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      if (error) {
        script.remove();
        reject(error);
      } else resolve();
    };
    script.async = false;
    script.onload = () => settle();
    script.onerror = () => settle(new Error(`BokehJS could not be loaded from ${url} (a network error, or the page's Content-Security-Policy refused it)`));
    try {
      setScriptSource(script, url);
    } catch (error) {
      settle(new Error(`BokehJS could not be loaded from ${url}: this page enforces Trusted Types (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    timer = setTimeout(() => settle(new Error(`BokehJS did not load from ${url} within ${scriptTimeoutMs / 1000} s`)), scriptTimeoutMs);
    document.head.append(script);
  });
}

/**
 * BokehJS draws its toolbar's logo as a link with no text (inside its shadow roots): it gets a name, so screen
 * readers say where it goes.
 */
function nameUnnamedLinks(root: Element | ShadowRoot, found: (shadow: ShadowRoot) => void = () => {}): void {
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLAnchorElement && !element.textContent?.trim() && !element.hasAttribute('aria-label')) {
      element.setAttribute('aria-label', element.title || 'Bokeh');
    }
    if (element.shadowRoot) {
      found(element.shadowRoot);
      nameUnnamedLinks(element.shadowRoot, found);
    }
  }
}

/**
 * Names BokehJS's unnamed links now and whenever its DOM changes: it paints after `embed_item` resolves, and
 * draws its toolbar again later (a resize, a theme change), each time with a new unnamed logo link. Each of
 * its shadow roots is watched as it appears (a change inside one is not seen from outside it). Returns the
 * function that stops watching.
 */
function keepLinksNamed(target: HTMLElement): () => void {
  const watched = new WeakSet<Node>();
  let queued = false;
  const observer = new MutationObserver(() => {
    // One pass per task, however many nodes BokehJS changed in it.
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      nameUnnamedLinks(target, watch);
    });
  });
  function watch(node: Node): void {
    if (watched.has(node)) return;
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true });
  }
  watch(target);
  nameUnnamedLinks(target, watch);
  return () => observer.disconnect();
}

/**
 * `script.src = url`; where the page enforces Trusted Types (the plain string is refused), through the kit's
 * `gradio-kit` policy, or a TypeError saying the policy makes no script URLs.
 */
function setScriptSource(script: HTMLScriptElement, url: string): void {
  try {
    script.src = url;
    return;
  } catch (refused) {
    const trusted = trustedScriptUrl(url);
    if (!trusted) throw new TypeError('the gradio-kit Trusted Types policy is not allowed by this page', { cause: refused });
    (script as { src: unknown }).src = trusted;
  }
}

/** Draws a `json_item` into `container` (replacing what it held) with BokehJS `version` from `template`. */
export async function drawBokeh(container: HTMLElement, item: BokehItem, version: string, template: string): Promise<PlotHandle> {
  const bokeh = await loadBokeh(version, template);
  const target = document.createElement('div');
  target.className = 'bokeh-target';
  container.replaceChildren(target);
  try {
    const views = await bokeh.embed.embed_item({ ...item, target_id: null }, target);
    const stopNaming = keepLinksNamed(target);
    return {
      finalize: () => {
        stopNaming();
        for (const view of views.roots) view.remove();
        target.remove();
      },
    };
  } catch (error) {
    target.remove();
    throw error;
  }
}
