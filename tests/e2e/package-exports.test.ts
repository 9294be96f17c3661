/**
 * The built package as users install it: `npm pack`, unpacked into a throw-away project's node_modules,
 * then imported from a Node ESM script, a CommonJS script and an esbuild browser bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limit } from '../helpers/limits.ts';

const repo = resolve(import.meta.dirname, '../..');
let project: string;

function runNode(file: string): Record<string, unknown> {
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'gradio-kit-consumer-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1) as string;
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'gradio-kit'), { recursive: true });
  execFileSync('tar', ['-xzf', join(project, tarball), '-C', join(modules, 'gradio-kit'), '--strip-components=1']);
  // The elements' runtime dependency, as npm would install it beside the package.
  symlinkSync(join(repo, 'node_modules', '@stencil'), join(modules, '@stencil'));
  writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}');
}, limit(60_000));

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** What a script reports of the two Node entries, and that no DOM global exists while they load. */
const probe = (load: string) => `${load}
const report = {
  noDom: typeof globalThis.window === 'undefined' && typeof globalThis.document === 'undefined',
  Client: typeof client.Client,
  connect: typeof client.Client?.connect,
  handle_file: typeof client.handle_file,
  Theme: typeof themes.Theme,
  applyTheme: typeof themes.applyTheme,
};
console.log(JSON.stringify(report));`;

const expected = {
  noDom: true,
  Client: 'function',
  connect: 'function',
  handle_file: 'function',
  Theme: 'function',
  applyTheme: 'function',
};

describe('the built package', () => {
  it('imports gradio-kit/client and gradio-kit/themes from Node ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      probe("import * as client from 'gradio-kit/client';\nimport * as themes from 'gradio-kit/themes';"),
    );
    expect(runNode('esm.mjs')).toEqual(expected);
  });

  it('requires gradio-kit/client and gradio-kit/themes from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      probe("const client = require('gradio-kit/client');\nconst themes = require('gradio-kit/themes');"),
    );
    expect(runNode('cjs.cjs')).toEqual(expected);
  });

  it('bundles the client, the themes and one element for browsers with esbuild', async () => {
    writeFileSync(
      join(project, 'app.js'),
      [
        "import { Client } from 'gradio-kit/client';",
        "import { Theme } from 'gradio-kit/themes';",
        "import { defineCustomElement } from 'gradio-kit/components/gr-button';",
        'defineCustomElement();',
        'export { Client, Theme };',
      ].join('\n'),
    );
    const result = await build({
      entryPoints: [join(project, 'app.js')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: true,
      outfile: join(project, 'out', 'app.js'),
      absWorkingDir: project,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    // The browser condition was taken, one element came in (not the whole kit), no Node built-in.
    expect(inputs.some((path) => path.endsWith('dist/client/index.browser.js'))).toBe(true);
    expect(inputs.some((path) => path.endsWith('dist/components/gr-button.js'))).toBe(true);
    const elementFiles = inputs.filter((path) => /dist\/components\/(gr-|gradio-)[a-z-]+\.js$/.test(path));
    expect(elementFiles.map((path) => path.split('/').at(-1))).toEqual(['gr-button.js']);
    expect(readFileSync(join(project, 'out', 'app.js'), 'utf8')).not.toMatch(/from\s*["']node:/);
  });
});
