#!/usr/bin/env node
/**
 * Builds the non-Stencil entries of the package, `gradio-kit/client` and `gradio-kit/themes`:
 * - `dist/<entry>/index.js`          ESM for Node >= 20 and bundlers (Node built-ins loaded lazily);
 * - `dist/<entry>/index.cjs`         CommonJS for `require()`;
 * - `dist/<entry>/index.browser.js`  ESM for browsers (the `browser` export condition): any `node:`
 *                                    module is replaced by a stub that throws if it is ever reached;
 * - `dist/<entry>/**\/*.d.ts` and `.d.cts`: declarations from `tsc`, with relative specifiers made
 *   explicit (`.js` / `.cjs`) so Node16 resolution and the CJS view both find them.
 * - `dist/cli/index.js`              the `gradio-kit` command (the package's `bin`): one ESM file for Node >= 20.
 * Stencil builds the elements separately (`stencil build`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entries = ['client', 'themes'];
const typesTmp = join(root, 'dist', '.lib-types');

/** Replaces every `node:` import with a module that throws when used, for the browser build. */
const nodeBuiltinsStub = {
  name: 'node-builtins-stub',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not available in browsers`)});`,
      loader: 'js',
    }));
  },
};

async function bundle(entry) {
  const entryPoint = join(root, 'src', entry, 'index.ts');
  const outDir = join(root, 'dist', entry);
  const common = { entryPoints: [entryPoint], bundle: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
  await build({ ...common, format: 'esm', platform: 'neutral', external: ['node:*'], outfile: join(outDir, 'index.js') });
  await build({ ...common, format: 'cjs', platform: 'node', outfile: join(outDir, 'index.cjs') });
  await build({ ...common, format: 'esm', platform: 'browser', plugins: [nodeBuiltinsStub], outfile: join(outDir, 'index.browser.js') });
}

/** The `gradio-kit` command: everything bundled (no runtime dependency), with a shebang, executable. */
async function bundleCli() {
  const outfile = join(root, 'dist', 'cli', 'index.js');
  rmSync(dirname(outfile), { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'src', 'cli', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    banner: { js: '#!/usr/bin/env node' },
    outfile,
  });
  chmodSync(outfile, 0o755);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Makes `./x` explicit as `./x.js` or `./x/index.js` (`.cjs` for the CommonJS view). An entry's
 * declarations must stand alone: a specifier that leaves the entry's folder is an error.
 */
function explicitSpecifiers(text, file, entryDir, extension) {
  return text.replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g, (_match, lead, quote, spec) => {
    const bare = spec.replace(/\.js$/, '').replace(/\/$/, '');
    const base = resolve(dirname(file), bare);
    if (!base.startsWith(entryDir)) {
      throw new Error(`build-lib: ${relative(root, file)} imports ${spec}, outside its entry`);
    }
    let target;
    if (existsSync(`${base}.d.ts`)) target = `${bare}.${extension}`;
    else if (existsSync(join(base, 'index.d.ts'))) target = `${bare}/index.${extension}`;
    else throw new Error(`build-lib: ${relative(root, file)} imports ${spec}, which has no declaration file`);
    return `${lead}${quote}${target}${quote}`;
  });
}

function declarations(entry) {
  const from = join(typesTmp, entry);
  const outDir = join(root, 'dist', entry);
  if (!existsSync(from)) throw new Error(`build-lib: tsc wrote no declarations for src/${entry}`);
  for (const file of walk(from).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    const target = join(outDir, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, explicitSpecifiers(text, file, from, 'js'));
    writeFileSync(target.replace(/\.d\.ts$/, '.d.cts'), explicitSpecifiers(text, file, from, 'cjs'));
  }
}

rmSync(typesTmp, { recursive: true, force: true });
for (const entry of entries) rmSync(join(root, 'dist', entry), { recursive: true, force: true });
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.lib.json')], { stdio: 'inherit' });
for (const entry of entries) {
  await bundle(entry);
  declarations(entry);
}
rmSync(typesTmp, { recursive: true, force: true });
await bundleCli();
console.log(`build-lib: built ${entries.map((e) => `gradio-kit/${e}`).join(', ')} and the gradio-kit command`);
