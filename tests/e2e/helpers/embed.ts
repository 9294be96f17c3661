/**
 * Pages that embed apps as an author would: a plain page on its own loopback origin with the embed script
 * (served from a third origin, as from a CDN) and `<gradio-app src>` pointing at a real Gradio server.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type GradioMajor, type GradioServer, startGradioApp, startGradioApps } from '../../../scripts/gradio-server.ts';
import { launchChromium } from '../../helpers/browser.ts';
import { type StaticServer, startStaticServer } from '../../../scripts/static-server.ts';
import { limit } from '../../helpers/limits.ts';
import { settleAnimations } from '../../helpers/axe.ts';

const repo = resolve(import.meta.dirname, '../../..');
export const screenshotDir: string = join(repo, 'test-results', 'screenshots');

export interface EmbedSite {
  cdn: StaticServer;
  site: StaticServer;
  /** Serves a page with the given body (after the CDN script) at `/<name>`; returns its URL. */
  page(name: string, body: string, head?: string): string;
  close(): Promise<void>;
}

/**
 * The scripts a page can embed with: the one-tag embed (`gradio-kit/embed`, which loads each element when an
 * app uses it) and the CDN entry (Stencil's lazy loader, which defines every element up front), by path under
 * `dist/`.
 */
export const embedScripts = { embed: 'embed/gradio-app.js', cdn: 'gradio-kit/gradio-kit.esm.js' } as const;

export type EmbedScript = keyof typeof embedScripts;

/**
 * A site whose pages load `options.script`: by default the CDN entry (the e2e suites were written against it;
 * `gradio-app.test.ts`, `csp.test.ts`, `client-functions.test.ts` and the guides run the one-tag embed), or the one
 * `GRADIO_KIT_EMBED_SCRIPT` names (`embed` runs every suite through the one-tag embed).
 */
export async function startEmbedSite(options: { script?: EmbedScript } = {}): Promise<EmbedSite> {
  const fromEnv = process.env.GRADIO_KIT_EMBED_SCRIPT;
  const fallback: EmbedScript = fromEnv === 'embed' || fromEnv === 'cdn' ? fromEnv : 'cdn';
  const script = embedScripts[options.script ?? fallback];
  const cdn = await startStaticServer(join(repo, 'dist'), { cors: true, cacheControl: 'public, max-age=600' });
  const pages: Record<string, string> = {};
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages });
  return {
    cdn,
    site,
    page(name, body, head = '') {
      pages[`/${name}`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${name}</title>
<script type="module" src="${cdn.url}/${script}"></script>${head}</head>
<body>${body}</body></html>`;
      return `${site.url}/${name}`;
    },
    async close() {
      await cdn.close();
      await site.close();
    },
  };
}

/** The Gradio major of the embed suite running now: screenshots of 6.x runs are named `NAME-gradio6`. */
let runningGradio: GradioMajor = 5;

/** Saves a screenshot under test-results/screenshots (kept by the test run). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}${runningGradio === 5 ? '' : `-gradio${runningGradio}`}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Resolves once the app inside `<gradio-app>` has rendered and every element in it is hydrated (elements
 * load lazily, so one being present says nothing about the others).
 */
export async function waitForAppReady(page: Page, selector = 'gradio-app'): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      if (!root?.querySelector('[data-gr-id]')) return false;
      const elements = [...root.querySelectorAll('*')].filter((el) => el.tagName.includes('-'));
      return elements.every((el) => el.classList.contains('hydrated'));
    },
    selector,
    // Every 100 ms, not every frame (Playwright's default): the check walks the app while it loads, and at
    // 60 a second it took main-thread time from the load it waits for.
    { timeout: limit(30_000), polling: 100 },
  );
}

/**
 * Resolves once no CSS transition or animation runs on the page, shadow roots included (a sidebar's room, a
 * theme's colours): a measure taken then is the settled one. The browser tests' own wait, run in the page.
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(settleAnimations, 10);
}

/** What an embed suite runs against: the apps' servers, the pages' site and Chromium. */
export interface EmbedSuite {
  /** Each app's server; with several apps they share one, and `url` is the app's own (`<server>/<app>`). */
  servers: Record<string, GradioServer>;
  /** The Gradio major serving the apps. */
  gradio: GradioMajor;
  site: EmbedSite;
  browser: Browser;
}

/**
 * Registers the suite's `beforeAll` (start these example apps on real Gradio servers, the embed site and
 * Chromium) and `afterAll` (stop them all); the returned object's fields are set once `beforeAll` has run.
 * `options.script` picks the site's script for this suite (see `startEmbedSite`).
 */
export function useEmbedSuite(apps: readonly string[], options: { gradio?: GradioMajor; script?: EmbedScript } = {}): EmbedSuite {
  const gradio = options.gradio ?? 5;
  const suite = { servers: {}, gradio } as EmbedSuite;
  let shared: GradioServer | undefined;
  beforeAll(async () => {
    runningGradio = gradio;
    if (apps.length > 1) {
      // Several apps share one server, each mounted at /<app> (one start-up instead of one per app; a start
      // costs about 3 s of CPU). A single app keeps a server of its own, served at the root.
      const { server, urls } = await startGradioApps(apps, { gradio });
      shared = server;
      for (const name of apps) suite.servers[name] = { ...server, app: name, url: urls[name] };
    } else {
      for (const name of apps) suite.servers[name] = await startGradioApp(name, { gradio });
    }
    suite.site = await startEmbedSite({ script: options.script });
    suite.browser = await launchChromium();
  }, limit(180_000));
  // A test's pages close when it ends, not with the file: a page left open keeps its app's timers, streams and
  // animations running (and its renderer process alive) through the file's later tests.
  let before = new Set<BrowserContext>();
  beforeEach(() => {
    before = new Set(suite.browser?.contexts());
  });
  afterEach(async () => {
    await Promise.all(suite.browser?.contexts().filter((context) => !before.has(context)).map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
    await Promise.all(shared ? [shared.stop()] : Object.values(suite.servers).map((server) => server.stop()));
  });
  return suite;
}
