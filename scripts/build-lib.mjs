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
 * and the framework wrappers `gradio-kit/react` and `gradio-kit/vue` from the sources that Stencil's React and
 * Vue output targets generate in `wrappers/` (see `bundleWrappers`).
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

/**
 * The framework wrappers. Each generated `wrappers/<name>/components.ts` becomes `dist/<name>/index.js`
 * (ESM) with `index.d.ts`:
 * - the framework (`react`, `vue`) and `@lit/react` (a dependency: its `node` build renders on servers,
 *   its browser build sets properties and listens to events) stay imports; the output target's small
 *   runtime is bundled in, so users need no build-time package (for React, behind our own
 *   `scripts/wrappers/react-runtime.ts`, which defines each element only once React has hydrated it);
 * - the elements stay imports of the package (`gradio-kit/components/<tag>`), so an element defined through
 *   a wrapper and through `gradio-kit/components/*` is the same class;
 * - the declarations import the wrapper types from our own `scripts/wrappers/<name>-runtime.d.ts`, not from
 *   the output target package.
 */
const wrappers = ['react', 'vue'];
const wrapperRuntime = { react: '@stencil/react-output-target/runtime', vue: '@stencil/vue-output-target/runtime' };

/**
 * `gradio-kit/components/x.js` is `gradio-kit/components/x` in the package's exports, and the elements'
 * types (`Components`, `JSX`) come from the package's root.
 */
const elementImports = (text) =>
  text
    .replace(/(['"])gradio-kit\/components\/([\w-]+)\.js\1/g, '$1gradio-kit/components/$2$1')
    .replace(/(['"])gradio-kit\/components\1/g, '$1gradio-kit$1');

const keepPackageImports = {
  name: 'keep-package-imports',
  setup(b) {
    b.onResolve({ filter: /^(gradio-kit|react|react-dom|vue|@lit\/react)(\/|$)/ }, (args) => ({
      path: elementImports(`'${args.path}'`).slice(1, -1),
      external: true,
    }));
  },
};

/** The generated React wrappers use our runtime (`scripts/wrappers/react-runtime.ts`), which uses the output target's. */
const reactRuntime = {
  name: 'react-runtime',
  setup(b) {
    const ours = join(root, 'scripts', 'wrappers', 'react-runtime.ts');
    b.onResolve({ filter: /^@stencil\/react-output-target\/runtime$/ }, (args) =>
      args.importer === ours ? undefined : { path: ours },
    );
  },
};

async function bundleWrappers() {
  for (const name of wrappers) {
    const source = join(root, 'wrappers', name, 'components.ts');
    if (!existsSync(source)) throw new Error(`build-lib: ${relative(root, source)} is missing: run \`stencil build\` first`);
    const outDir = join(root, 'dist', name);
    rmSync(outDir, { recursive: true, force: true });
    await build({
      entryPoints: [source],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2022',
      logLevel: 'warning',
      legalComments: 'none',
      plugins: [reactRuntime, keepPackageImports],
      outfile: join(outDir, 'index.js'),
    });
    const declarations = join(typesTmp, name);
    execFileSync(
      join(root, 'node_modules', '.bin', 'tsc'),
      [source, '--ignoreConfig', '--rootDir', dirname(source), '--declaration', '--emitDeclarationOnly', '--noCheck', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext',
        '--moduleResolution', 'bundler', '--jsx', 'react', '--outDir', declarations],
      { stdio: 'inherit' },
    );
    const text = readFileSync(join(declarations, 'components.d.ts'), 'utf8');
    writeFileSync(join(outDir, 'index.d.ts'), elementImports(text).replaceAll(wrapperRuntime[name], './runtime.js'));
    writeFileSync(join(outDir, 'runtime.d.ts'), readFileSync(join(root, 'scripts', 'wrappers', `${name}-runtime.d.ts`), 'utf8'));
  }
  rmSync(typesTmp, { recursive: true, force: true });
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
await bundleWrappers();
console.log(`build-lib: built ${[...entries, ...wrappers].map((e) => `gradio-kit/${e}`).join(', ')} and the gradio-kit command`);
