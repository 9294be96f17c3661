/**
 * The framework examples as a user builds them: `examples/react`, `examples/vue`, `examples/svelte` and
 * `examples/angular` (JIT, no Angular plugin) are
 * built once each with Vite, consuming gradio-kit as their `file:../..` dependency (linked into the example's
 * `node_modules` as `npm install` links it), served on loopback, and driven in Chromium against `hello.py` on
 * a real Gradio server of each version: type a name, click Greet, read the greeting the server computed.
 * The React example is also rendered on the server (`renderToString` of its built SSR entry, in Node) and
 * hydrated in the browser.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { limit } from '../helpers/limits.ts';

const repo = resolve(import.meta.dirname, '../..');
const frameworks = ['react', 'vue', 'svelte', 'angular'] as const;
type Framework = (typeof frameworks)[number];

const out = mkdtempSync(join(tmpdir(), 'gradio-kit-frameworks-'));
const sites = {} as Record<Framework, StaticServer>;
/** Pages served beside the React build: `/ssr.html` is its index with the server-rendered app inside. */
const reactPages: Record<string, string> = {};
let browser: Browser;

/** What `npm install` does for the examples' `"gradio-kit": "file:../.."`: a link to this repository. */
function linkPackage(example: string): void {
  const link = join(example, 'node_modules', 'gradio-kit');
  if (lstatSync(link, { throwIfNoEntry: false })) return;
  mkdirSync(join(example, 'node_modules'), { recursive: true });
  symlinkSync(repo, link, 'dir');
}

/** Builds one example with its own `vite.config.ts` into `out/<name>`. */
async function viteBuild(framework: Framework, ssr = false): Promise<string> {
  const root = join(repo, 'examples', framework);
  const outDir = ssr ? join(root, 'dist-ssr') : join(out, framework);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: ssr ? { ssr: 'src/App.tsx', outDir, emptyOutDir: true } : { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** `renderToString(<App />)` of the React example's SSR build, in a Node process of its own. */
function serverRender(ssrDir: string): string {
  const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    const { App } = await import(${JSON.stringify(join(ssrDir, 'App.js'))});
    process.stdout.write(renderToString(createElement(App)));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(repo, 'examples', 'react'),
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  for (const framework of frameworks) {
    linkPackage(join(repo, 'examples', framework));
    const dir = await viteBuild(framework);
    sites[framework] = await startStaticServer(dir, framework === 'react' ? { pages: reactPages } : {});
  }
  const html = serverRender(await viteBuild('react', true));
  const index = readFileSync(join(out, 'react', 'index.html'), 'utf8');
  reactPages['/ssr.html'] = index.replace('<div id="root"></div>', `<div id="root">${html}</div>`);
  browser = await launchChromium();
}, limit(600_000));

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
  rmSync(out, { recursive: true, force: true });
});

/** Types a name into the first textbox, clicks Greet and returns what the greeting box then shows. */
async function greet(page: Page, name: string): Promise<string> {
  await page.locator('gr-textbox').first().locator('input, textarea').fill(name);
  await page.locator('gr-button button').click();
  const greeting = page.locator('gr-textbox').nth(1).locator('input, textarea');
  await expect.poll(() => greeting.inputValue(), { timeout: limit(30_000) }).not.toBe('');
  return greeting.inputValue();
}

describe('server rendering of the React example', () => {
  it('renders the wrapped elements in Node', () => {
    const ssr = reactPages['/ssr.html'];
    expect(ssr).toMatch(/<div id="root"><main>.*<gr-textbox[^>]*>.*<gr-button[^>]*>/s);
  });
});

describe.each(gradioVersions)('framework examples against Gradio %i', (gradio) => {
  let server: GradioServer;
  beforeAll(async () => {
    server = await startGradioApp('hello', { gradio });
  }, limit(180_000));
  afterAll(() => server?.stop());

  it.each(frameworks)('%s: the greeting comes from the server', async (framework) => {
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(`${sites[framework].url}/?server=${encodeURIComponent(server.url)}`);
      await page.locator('gr-textbox.hydrated').first().waitFor({ timeout: limit(30_000) });
      expect(await greet(page, `Ada ${framework}`)).toBe(`Hello, Ada ${framework}!`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('react: the server-rendered page hydrates and then calls the server', async () => {
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(`${sites.react.url}/ssr.html?server=${encodeURIComponent(server.url)}`);
      await page.locator('gr-textbox.hydrated').first().waitFor({ timeout: limit(30_000) });
      expect(await greet(page, 'Grace')).toBe('Hello, Grace!');
      // A hydration mismatch makes React log an error and render the page again from scratch.
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
