/**
 * Every snippet of the guides (`docs/guides/*.mdx`) runs as a reader would run it, on a real Gradio 6.25
 * server (5.14 where 6.25 is absent):
 * - ```js snippets are ES modules run by Node (they import `gradio-kit/client`, which resolves to this
 *   package's build by self-reference); what they print must match their `// prints:` comments;
 * - ```html snippets are pages in Chromium that load the built `dist/` from another origin; every element
 *   must hydrate (and every `<gradio-app>` render its app), the page must log no error and fail no request,
 *   and, after a click on each `<gr-button>` of the page, show the text of its `<!-- shows: -->` comment.
 *
 * In the guides `http://127.0.0.1:7860` stands for the app (`client_features`; under `/app/`, the `login`
 * app) and `https://cdn.example/gradio-kit/dist/` for where the package's `dist/` is served.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { type EmbedSite, startEmbedSite } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const repo = join(import.meta.dirname, '../..');
const guidesDir = join(repo, 'docs/guides');
/** Inside the package, so that `import 'gradio-kit/client'` resolves to this build. */
const scratchDir = join(repo, 'test-results/guides');

const appPlaceholder = 'http://127.0.0.1:7860';
const cdnPlaceholder = 'https://cdn.example/gradio-kit/dist/';

interface Snippet {
  /** `guide.mdx #n`, for test names. */
  name: string;
  lang: 'js' | 'html';
  code: string;
}

/** The runnable code blocks of every guide (other languages, like ```sh, are not run). */
function extractSnippets(file: string, text: string): Snippet[] {
  const snippets: Snippet[] = [];
  for (const match of text.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```\s*$/gm)) {
    const [, lang, code] = match;
    if (lang !== 'js' && lang !== 'html') continue;
    snippets.push({ name: `${file} #${snippets.length + 1}`, lang, code });
  }
  return snippets;
}

const snippets = readdirSync(guidesDir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .flatMap((file) => extractSnippets(file, readFileSync(join(guidesDir, file), 'utf8')));

/** What a Node snippet's `// prints:` comments promise, whitespace removed (Node formats arrays with spaces). */
const promisedOutput = (code: string) =>
  [...code.matchAll(/\/\/ prints: (.*)$/gm)].map((match) => match[1]).join('').replace(/\s+/g, '');

const withApp = (code: string, servers: Record<string, GradioServer>) =>
  code
    .replaceAll(`${appPlaceholder}/app/`, `${servers.login.url}/app/`)
    .replaceAll(appPlaceholder, servers.client_features.url);

const run = promisify(execFile);

describe('the guides have runnable snippets', () => {
  it('finds Node and HTML snippets, each Node one with what it prints', () => {
    expect(snippets.filter((s) => s.lang === 'js').length).toBeGreaterThanOrEqual(5);
    expect(snippets.filter((s) => s.lang === 'html').length).toBeGreaterThanOrEqual(4);
    for (const snippet of snippets.filter((s) => s.lang === 'js')) expect(promisedOutput(snippet.code), snippet.name).not.toBe('');
  });
});

/**
 * The guides run on the newest Gradio the machine has: the client suite and the e2e suites already cover both
 * majors, and each run of the guides costs two Gradio start-ups and a Node start-up per snippet.
 */
const guideVersion = gradioVersions[gradioVersions.length - 1];

describe.each([guideVersion])('guides on Gradio %s', (gradio) => {
  const servers: Record<string, GradioServer> = {};
  let site: EmbedSite;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(scratchDir, { recursive: true });
    // A loaded 2-core machine can take minutes to import Gradio twice at once.
    const [features, login] = await Promise.all([
      startGradioApp('client_features', { gradio, timeoutMs: 240_000 }),
      startGradioApp('login', { gradio, timeoutMs: 240_000 }),
    ]);
    Object.assign(servers, { client_features: features, login });
    site = await startEmbedSite();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  });

  it.each(snippets.filter((s) => s.lang === 'js').map((s) => [s.name, s] as const))('Node: %s', async (_, snippet) => {
    const file = join(scratchDir, `${snippet.name.replace(/\W+/g, '-')}-gradio${gradio}.mjs`);
    writeFileSync(file, withApp(snippet.code, servers));
    const { stdout, stderr } = await run(process.execPath, [file], { cwd: repo, timeout: limit(50_000) });
    expect(stderr).toBe('');
    expect(stdout.replace(/\s+/g, '')).toBe(promisedOutput(snippet.code));
  });

  it.each(snippets.filter((s) => s.lang === 'html').map((s) => [s.name, s] as const))('Chromium: %s', async (_, snippet) => {
    const body = withApp(snippet.code, servers).replaceAll(cdnPlaceholder, `${site.cdn.url}/`);
    const url = site.page(`${snippet.name.replace(/\W+/g, '-')}-gradio${gradio}`, body);
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(url);
      // Every element (also inside each app's shadow root) hydrated, and every <gradio-app> shows its app.
      await page.waitForFunction(
        () => {
          const all: Element[] = [];
          const visit = (scope: ParentNode) => {
            for (const element of scope.querySelectorAll('*')) {
              if (element.localName.includes('-')) all.push(element);
              if (element.shadowRoot) visit(element.shadowRoot);
            }
          };
          visit(document);
          const apps = [...document.querySelectorAll('gradio-app')];
          return (
            all.length > 0 &&
            all.every((element) => element.classList.contains('hydrated')) &&
            apps.every((app) => app.shadowRoot?.querySelector('[data-gr-id]'))
          );
        },
        undefined,
        { timeout: limit(30_000), polling: 50 },
      );
      // The page's own buttons (not those inside an embedded app), as a reader would press them.
      const buttons = await page.evaluateHandle(() => [...document.querySelectorAll('gr-button button')]);
      const count = await buttons.evaluate((list) => list.length);
      for (let index = 0; index < count; index += 1) {
        const handle = await buttons.evaluateHandle((list, i) => list[i], index);
        await handle.asElement()?.click();
      }
      const shows = snippet.code.match(/<!-- shows: (.*?) -->/)?.[1];
      if (shows) {
        await page.waitForFunction(
          (text) => {
            const parts: string[] = [];
            const visit = (scope: ParentNode) => {
              for (const element of scope.querySelectorAll('*')) {
                if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
                if (element.shadowRoot) visit(element.shadowRoot);
              }
              parts.push((scope as Element).textContent ?? '');
            };
            visit(document.body);
            return parts.some((part) => part.includes(text));
          },
          shows,
          { timeout: limit(30_000), polling: 50 },
        );
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
