/**
 * Defining the kit's elements on demand, for `<gradio-app>` (and the elements that show others) in the one-tag embed (`dist/embed/gradio-app.js`,
 * built by `scripts/build-embed.mjs`). That build defines `<gradio-app>` alone and registers a loader on
 * `globalThis`; the embed asks it for the tags of a layout before showing it, so a page loads the code of the
 * elements its app uses and nothing else.
 *
 * Elsewhere no loader is registered and nothing is done here: Stencil's lazy loader (`gradio-kit.esm.js`)
 * defines every tag up front, and a bundler's build imports the elements it uses.
 */

/** Loads and defines one element; resolves at once for a tag it does not know. */
export type ElementLoader = (tag: string) => Promise<void>;

/** Where the embed build registers its loader (a symbol every copy of the kit on the page agrees on). */
export const elementLoaderKey: unique symbol = Symbol.for('gradio-kit.element-loader') as never;

function registeredLoader(): ElementLoader | null {
  const loader = (globalThis as Record<symbol, unknown>)[elementLoaderKey];
  return typeof loader === 'function' && typeof customElements !== 'undefined' ? (loader as ElementLoader) : null;
}

/** Whether elements load on demand here (the one-tag embed): then one must be defined before it is rendered. */
export function loadsElementsOnDemand(): boolean {
  return registeredLoader() !== null;
}

/**
 * The tags among `tags` that must load before they are rendered: those not defined yet, in the one-tag embed
 * (elsewhere none). An element that shows other elements by a tag it learns at run time (a Chatbot's component
 * messages) asks this before rendering them: Stencil defines only the tags an element's markup names itself.
 */
export function undefinedElements(tags: Iterable<string>): string[] {
  if (!registeredLoader()) return [];
  return [...new Set(tags)].filter((tag) => tag.includes('-') && !customElements.get(tag));
}

/**
 * Defines the custom elements among `tags` not defined yet, through the registered loader (if any). Rejects
 * when one of them fails to load (its chunk unreachable), naming it.
 */
export async function defineElements(tags: Iterable<string>): Promise<void> {
  const load = registeredLoader();
  if (!load) return;
  const missing = undefinedElements(tags);
  await Promise.all(
    missing.map((tag) =>
      load(tag).catch((error: unknown) => {
        throw new Error(`The <${tag}> element could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  );
}

/**
 * Asks for every element under `root` that is not defined yet (the embed's own chrome: toasts, status
 * trackers, a fallback); each one upgrades in place when its code arrives. `null` when there is nothing to load
 * (or no loader).
 */
export function defineElementsUnder(root: ParentNode | null | undefined): Promise<void> | null {
  if (!root || !registeredLoader()) return null;
  const tags = Array.from(root.querySelectorAll(':not(:defined)'), (element) => element.localName);
  return tags.length ? defineElements(tags) : null;
}
