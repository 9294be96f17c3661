#!/usr/bin/env node
/**
 * Builds the one-tag embed, `dist/embed/gradio-app.js` (the package's `gradio-kit/embed`): a page that loads
 * it gets `<gradio-app>`, which loads the code of each element its app uses when the app's layout names it.
 *
 * It is made from Stencil's custom-elements output (`dist/components`, built first by `stencil build`), bundled
 * again with Rolldown and split into chunks. Against the CDN entry `dist/gradio-kit/gradio-kit.esm.js`
 * (Stencil's lazy loader), a first load has no manifest of every element and a smaller runtime; that entry
 * stays for pages that use the elements directly in their HTML, which it defines up front.
 *
 * - The entry defines `<gradio-app>` and registers, under `Symbol.for('gradio-kit.element-loader')`, a loader
 *   of every other element by tag, one dynamic import each (`src/utils/element-loader.ts` is its user).
 * - Stencil makes the tags `<gradio-app>`'s own markup names static imports of it, defined with it. Those most
 *   apps do not show at first (toasts, with DOMPurify; status trackers, with their spinner; tabs; the navbar;
 *   the fallback; the login form) are replaced by no-ops here, so they load through the loader when first shown.
 * - The elements the commonest apps show first (the layout blocks, the textbox, the button) are in the entry's
 *   own file, with Stencil's runtime and everything else the entry imports: a first load is one script. Rolldown
 *   would put the runtime, which every element shares, in a chunk of its own (and its own helper in another),
 *   which cost two requests and about 1.4 KB gzip more (gzip gains from one file, and the chunks' import and
 *   export lists go).
 * - `gr-plot` loads Plotly at run time from beside its own module (`new URL('./plotly-strict.min.js',
 *   import.meta.url)`): here it points at the copy in `dist/components/` rather than a fourth copy of 3.5 MB.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(root, 'dist', 'components');
const out = join(root, 'dist', 'embed');

/** `<gradio-app>`'s markup tags that load when first shown rather than with it. */
const deferred = ['gr-toast', 'gr-status-tracker', 'gr-loader', 'gr-navbar', 'gr-tab', 'gr-fallback', 'gr-app-login'];
/** The elements loaded with the first app of most pages, in the entry's file. */
const firstElements = ['gr-row', 'gr-column', 'gr-form', 'gr-group', 'gr-textbox', 'gr-button'];

if (!existsSync(join(components, 'gradio-app.js'))) {
  throw new Error('dist/components/gradio-app.js is missing: run `stencil build` first.');
}

/** Every element module of the custom-elements output (one file per tag, exporting `defineCustomElement`). */
const tags = readdirSync(components)
  .filter((file) => /^gr-[a-z0-9-]+\.js$/.test(file))
  .map((file) => file.slice(0, -3))
  .filter((tag) => /\bdefineCustomElement\b/.test(readFileSync(join(components, `${tag}.js`), 'utf8')));
for (const tag of [...deferred, ...firstElements]) {
  if (!tags.includes(tag)) throw new Error(`build-embed: no element module for <${tag}> in dist/components.`);
}

const entryId = '\0gradio-kit-embed';
const module = (tag) => JSON.stringify(join(components, `${tag}.js`));
// The first elements are static imports, so that they and the modules they share with later elements are the
// entry's own (a dynamic import of them would also move Rolldown's helper into a chunk of its own).
const firstName = (index) => `first${index}`;
const entrySource = `import { defineCustomElement } from ${module('gradio-app')};
${firstElements.map((tag, index) => `import * as ${firstName(index)} from ${module(tag)};`).join('\n')}
const loaders = {
${tags
  .map((tag) => {
    const index = firstElements.indexOf(tag);
    return `  ${JSON.stringify(tag)}: () => ${index < 0 ? `import(${module(tag)})` : `Promise.resolve(${firstName(index)})`},`;
  })
  .join('\n')}
};
const key = Symbol.for('gradio-kit.element-loader');
globalThis[key] ??= (tag) => {
  const load = Object.hasOwn(loaders, tag) ? loaders[tag] : null;
  return load ? load().then((m) => m.defineCustomElement()) : Promise.resolve();
};
defineCustomElement();
`;

/**
 * Stencil gives each static node of a render a `key` of 40 hex digits (its automatic key insertion), which gzip
 * cannot shrink: about 25 of them are a kilobyte of the first load. A key only has to differ from its siblings';
 * each distinct one becomes a short one (`~` and a number, which no hand-written key of ours starts with), distinct across
 * the whole build, so none can meet another.
 */
const shortKeys = new Map();
function shortenKeys(code) {
  return code.replace(/\bkey:"([0-9a-f]{40})"/g, (_, long) => {
    if (!shortKeys.has(long)) shortKeys.set(long, `~${shortKeys.size.toString(36)}`);
    return `key:"${shortKeys.get(long)}"`;
  });
}

const appModule = join(components, 'gradio-app.js');
const plotModule = join(components, 'gr-plot.js');
const plotlyHere = '"./plotly-strict.min.js"';
const deferredPaths = new Map(deferred.map((tag) => [join(components, `${tag}.js`), tag]));

/** Every module the entry imports statically, directly or not: they all load before `<gradio-app>` renders. */
const entryClosure = new Set();
const embedPlugin = {
  name: 'gradio-kit-embed',
  resolveId(source, importer) {
    if (source === entryId) return entryId;
    // Only <gradio-app>'s own imports of them: other elements that show one keep theirs.
    if (importer === appModule && source.startsWith('./')) {
      const tag = deferredPaths.get(join(components, source));
      if (tag) return `\0deferred:${tag}`;
    }
    return null;
  },
  transform(code, id) {
    let out = shortenKeys(code);
    if (id === plotModule) {
      if (!out.includes(plotlyHere)) throw new Error(`build-embed: ${plotlyHere} not found in gr-plot.js`);
      out = out.replace(plotlyHere, '"../components/plotly-strict.min.js"');
    }
    return out === code ? null : { code: out, map: null };
  },
  buildEnd() {
    const visit = (id) => {
      if (entryClosure.has(id)) return;
      entryClosure.add(id);
      for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
    };
    visit(entryId);
  },
  load(id) {
    if (id === entryId) return entrySource;
    // The binding names Stencil's output imports (`d`) and exports (`defineCustomElement`), doing nothing.
    if (id.startsWith('\0deferred:')) return 'export const d = () => {};\nexport const defineCustomElement = d;\n';
    return null;
  },
};

rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: { 'gradio-app': entryId },
  plugins: [embedPlugin],
  // The client reads files from disk only under Node (a dynamic import of node:fs/promises it never reaches here).
  external: [/^node:/],
  logLevel: 'warn',
  // gr-blocks-root comes with <gradio-app> itself: its entry in the loader is a no-op.
  onLog(level, log, handler) {
    if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
    handler(level, log);
  },
});
const { output } = await bundle.write({
  dir: out,
  format: 'es',
  minify: true,
  entryFileNames: '[name].js',
  chunkFileNames: 'c-[hash].js',
  // The entry's whole static closure is one group: Rolldown keeps a group that holds the
  // entry module in the entry's chunk, so the runtime and the first elements' shared modules join it.
  codeSplitting: { groups: [{ name: 'core', test: (id) => entryClosure.has(id) }] },
});
await bundle.close();
// EMBED_REPORT=1: what each chunk of the entry's static closure holds, largest modules first.
if (process.env.EMBED_REPORT === '1') {
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name) || !chunks.has(name)) return;
    seen.add(name);
    const chunk = chunks.get(name);
    const modules = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
    console.log(`${name}: ${chunk.code.length} B`);
    for (const [id, info] of modules.slice(0, 12)) console.log(`  ${String(info.renderedLength).padStart(7)} ${id.replace(root, '.')}`);
    for (const imported of chunk.imports) walk(imported);
  };
  walk('gradio-app.js');
}
console.log(`dist/embed: <gradio-app> and ${tags.length} elements on demand`);
