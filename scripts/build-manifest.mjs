/**
 * Completes the custom elements manifest (`custom-elements.json`, schema
 * https://github.com/webcomponents/custom-elements-manifest) that Stencil's `docs-custom-elements-manifest`
 * output target writes, so editors, Storybook and other tools see each element as users import it:
 *
 * - each module's `path` is the file the package ships (`dist/components/gr-textbox.js`, what
 *   `gradio-kit/components/gr-textbox` resolves to), not the TypeScript source;
 * - each element lists, as `cssProperties`, the CSS custom properties its styles read: Gradio's theme
 *   variables (set by an app's `/theme.css` or `applyTheme` from `gradio-kit/themes`; described with the Base
 *   theme's value) and the few design tokens of Gradio's global CSS, with the fallback the element uses when
 *   the page does not set them. Stencil only lists `@prop` annotations in
 *   CSS comments, and the kit's styles read Gradio's variables instead of declaring their own.
 *
 * Runs after `stencil build` and `scripts/build-lib.mjs` (it reads the theme catalogue from `dist/themes`);
 * `npm run build` chains the three. Fails, naming the element, when an element's source or style is missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestFile = join(root, 'custom-elements.json');
const { isThemeVariable, semanticDefaults, themeVariableName } = await import(join(root, 'dist/themes/index.js'));

if (!existsSync(manifestFile)) {
  throw new Error(`${relative(root, manifestFile)} is missing: run \`stencil build\` first (its docs-custom-elements-manifest output)`);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
if (manifest.modules.some((module) => module.path.startsWith('dist/'))) {
  console.log('custom-elements.json: already completed since the last `stencil build`');
  process.exit(0);
}
const defaults = new Map(semanticDefaults.map((entry) => [entry.name, entry]));

/** The style files a component names in `@Component({ styleUrl | styleUrls })`, resolved from its source. */
function styleFiles(sourceFile, source) {
  const declared = source.match(/styleUrls?\s*:\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/);
  if (!declared) return [];
  return [...declared[1].matchAll(/['"]([^'"]+)['"]/g)].map((match) => resolve(dirname(sourceFile), match[1]));
}

/** Every `var(--name[, fallback])` in `text`: name -> first fallback seen (or undefined). */
function readVariables(text, into) {
  for (const match of text.matchAll(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g)) {
    const [, name, fallback] = match;
    const known = into.get(name);
    if (known === undefined || (known === null && fallback)) into.set(name, fallback?.trim() || null);
  }
}

function describe(name, fallback) {
  const variable = themeVariableName(name);
  const unset = fallback ? { default: fallback } : {};
  if (!isThemeVariable(variable)) {
    return { name, description: `Design token of Gradio's global CSS, not a theme variable.`, ...unset };
  }
  const base = defaults.get(variable);
  const dark = base?.dark && base.dark !== base.light ? `; dark \`${base.dark}\`` : '';
  const value = base ? ` (Base: \`${base.light}\`${dark})` : '';
  return { name, description: `Theme variable \`${variable}\`${value}.`, ...unset };
}

/** Every `type.references` entry of a module's attributes, members, parameters, returns and events. */
function* typeReferences(module) {
  for (const declaration of module.declarations) {
    const typed = [...(declaration.attributes ?? []), ...(declaration.members ?? []), ...(declaration.events ?? [])];
    for (const member of declaration.members ?? []) typed.push(...(member.parameters ?? []), ...(member.return ? [member.return] : []));
    for (const item of typed) yield* item.type?.references ?? [];
  }
}

let elements = 0;
for (const module of manifest.modules) {
  const sourceFile = resolve(root, module.path);
  for (const declaration of module.declarations) {
    if (!declaration.customElement) continue;
    elements += 1;
    if (!existsSync(sourceFile)) throw new Error(`<${declaration.tagName}>: its source ${module.path} is missing`);
    const source = readFileSync(sourceFile, 'utf8');
    const variables = new Map();
    const internal = new Set();
    readVariables(source, variables);
    for (const file of styleFiles(sourceFile, source)) {
      if (!existsSync(file)) throw new Error(`<${declaration.tagName}>: its style ${relative(root, file)} is missing`);
      const css = readFileSync(file, 'utf8');
      readVariables(css, variables);
      for (const match of css.matchAll(/(--[\w-]+)\s*:/g)) if (!isThemeVariable(themeVariableName(match[1]))) internal.add(match[1]);
    }
    const declared = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
    const read = [...variables]
      // A property the element's own styles set (`--toast-color: ...` per state) is internal, not an input.
      .filter(([name]) => !declared.has(name) && !internal.has(name))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, fallback]) => describe(name, fallback));
    const cssProperties = [...declared.values(), ...read];
    if (cssProperties.length > 0) declaration.cssProperties = cssProperties;
  }
  // Types an element's API names (`SelectData`) point at the declaration file the package ships.
  for (const reference of typeReferences(module)) {
    if (reference.module?.startsWith('.')) {
      const source = relative(join(root, 'src'), resolve(dirname(sourceFile), reference.module));
      reference.module = `dist/types/${source.replace(/\.tsx?$/, '')}.d.ts`;
    }
  }
  // What the package ships for this element (`gradio-kit/components/<tag>`), instead of the TypeScript source.
  const tag = module.declarations.find((declaration) => declaration.customElement)?.tagName;
  if (tag) module.path = `dist/components/${tag}.js`;
}

if (elements === 0) throw new Error('custom-elements.json lists no element: is the docs-custom-elements-manifest output on?');
// Compact: the package ships it, and tools read it, not people (it is half the size without indentation).
writeFileSync(manifestFile, `${JSON.stringify(manifest)}\n`);
console.log(`custom-elements.json: ${elements} elements`);
