/**
 * `<gradio-app>` side by side with Gradio's own browser frontend, on the same example apps and the same
 * Gradio 6.25 server, in one headless Chromium run.
 *
 * Each app runs on one Gradio 6.25 server that serves the official frontend (built by
 * `scripts/official-frontend.sh`, mounted over the server's placeholder page). The official side opens that
 * server's own page; the kit side opens a plain page (another origin) that loads the built `dist/` from a third
 * origin, as a CDN would, and embeds `<gradio-app src>` pointing at the same server (as bench/embed.ts does).
 *
 * Per app and side, from a cold browser context (median of RUNS runs, the two sides alternating):
 * - requests and bytes until idle: the bytes as served (the DevTools protocol's `encodedDataLength`: Gradio's
 *   server and our static server both send bodies uncompressed here) and every body gzipped at level 9 (what a
 *   CDN or a compressing proxy would send);
 * - time to first render: from navigation start until every probe text of the app (labels, button texts seen
 *   on both frontends) is rendered and visible, checked on every animation frame through shadow roots;
 * - time to idle: the end of the last network response or long task, once 1 s passed with neither (long-lived
 *   streams such as the heartbeat excluded);
 * - long tasks (Long Tasks API) until idle: count, total and longest;
 * - for the chat app, the streaming cost: the longest task while an 80-word reply streams (about 4 s).
 * Then one screenshot per side in light and dark (official: `?__theme=dark`; kit: `theme-mode="dark"`) into
 * test-results/official-compare/, with a pixel-difference figure (pixelmatch) per pair.
 *
 * Run: npm run build && bash scripts/official-frontend.sh <gradio git dir> && npx tsx bench/official-compare.ts
 * Environment: RUNS (default 3), APPS (comma-separated subset), OFFICIAL_FRONTEND (the built frontend folder;
 * default ~/.cache/gradio-kit/official-frontend-6.25).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { type GradioServer, startGradioApp } from '../scripts/gradio-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { type EmbedSite, startEmbedSite } from '../tests/e2e/helpers/embed.ts';

const repo = resolve(import.meta.dirname, '..');
const outDir = join(repo, 'test-results', 'official-compare');
const runs = Number(process.env.RUNS ?? 3);
const frontendDir =
  process.env.OFFICIAL_FRONTEND ??
  join(process.env.GRADIO_KIT_CACHE ?? join(homedir(), '.cache', 'gradio-kit'), 'official-frontend-6.25');
const viewport = { width: 1280, height: 900 };

/** The apps compared, each with texts both frontends show once the app has rendered. */
const allApps: Record<string, string[]> = {
  hello: ['name', 'greeting', 'Submit'],
  blocks_layout: ['Layout demo', 'first name', 'full name', 'Join', 'Shout', 'More options'],
  chat_interface: ['Tell me a story', 'Hi'],
  media_image: ['input', 'output', 'received', 'Run', 'generated'],
  data_frame: ['Typed', 'Editable', 'alpha', 'Big', 'Special out', 'Load special'],
  multipage: ['Home page', 'name', 'greeting', 'Greet', 'Second'],
  state_counter: ['step', 'counter', 'Add', 'Reset'],
};
/** The chat app whose streaming cost is measured, and the last word of its reply. */
const chatApp = 'chat_interface';
const chatLastWord = 'word80';

type Side = 'official' | 'kit';
const sides: Side[] = ['official', 'kit'];

interface Sample {
  requests: number;
  servedBytes: number;
  gzipBytes: number;
  firstRenderMs: number;
  idleMs: number;
  longTasks: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
}

interface StreamSample {
  longestTaskMs: number;
  longTasks: number;
  streamMs: number;
}

/**
 * Page-side instruments, installed before any script of the page: long tasks into `__bench.longtasks`, and
 * `__bench.firstRender` set on the first animation frame where every probe text is visible. Kept as a string:
 * tsx's helpers do not exist in the page.
 */
function instruments(probes: string[]): string {
  return `(() => {
  const bench = (window.__bench = { longtasks: [], firstRender: null, found: {} });
  performance.setResourceTimingBufferSize(100000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const visible = (el) => el && el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  /** Calls back with each text node under root, through open shadow roots; stops when it returns true. */
  const walk = (root, visit) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3 ? visit(n) : n.shadowRoot && walk(n.shadowRoot, visit)) return true;
    }
    return false;
  };
  window.__benchFindText = (needle) => walk(document, (t) => t.data.includes(needle) && visible(t.parentElement));
  const probes = ${JSON.stringify(probes)};
  const tick = () => {
    if (document.body) {
      const missing = new Set(probes.filter((p) => !bench.found[p]));
      walk(document, (t) => {
        const text = t.data.trim();
        if (missing.has(text) && visible(t.parentElement)) {
          bench.found[text] = true;
          missing.delete(text);
        }
        return missing.size === 0;
      });
      if (missing.size === 0) {
        bench.firstRender = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

/** Long-lived requests (the heartbeat, the queue's event streams) never finish: idle does not wait for them. */
const longLived = (url: string, type?: string) =>
  type === 'EventSource' || /\/heartbeat\/|\/queue\/data|\/queue\/join|\/stream\//.test(url);

/** The page background the official page gives its body (from the config's `body_css`), light and dark. */
type BodyColors = Record<'light' | 'dark', string>;

async function bodyColors(server: GradioServer): Promise<BodyColors> {
  const config = (await (await fetch(`${server.url}/config`)).json()) as { body_css?: Record<string, string> };
  const css = config.body_css ?? {};
  return { light: css.body_background_fill ?? 'white', dark: css.body_background_fill_dark ?? '#0b0f19' };
}

/**
 * The URL each side opens for an app. The kit's host page gets the body background the official page has, so
 * that the screenshots differ by the app, not by the host page around it.
 */
function pageUrl(side: Side, server: GradioServer, site: EmbedSite, dark: boolean, body: BodyColors): string {
  if (side === 'official') return `${server.url}/${dark ? '?__theme=dark' : ''}`;
  return site.page(
    `${server.app}-${dark ? 'dark' : 'light'}`,
    `<gradio-app src="${server.url}/" eager${dark ? ' theme-mode="dark"' : ''}></gradio-app>`,
    `<style>body { margin: 0; background: ${dark ? body.dark : body.light}; }</style>`,
  );
}

/** Opens a page with the instruments and the network counters; resolves with them. */
async function openInstrumented(browser: Browser, probes: string[]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript({ content: instruments(probes) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable', { maxTotalBufferSize: 200_000_000, maxResourceBufferSize: 50_000_000 });
  const net = { requests: 0, servedBytes: 0, gzipBytes: 0, inflight: new Set<string>(), counting: true, failed: [] as string[] };
  const urls = new Map<string, string>();
  const bodies: Promise<void>[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!net.counting || event.request.url.startsWith('data:')) return;
    net.requests += 1;
    urls.set(event.requestId, event.request.url);
    if (!longLived(event.request.url, event.type)) net.inflight.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!net.inflight.delete(event.requestId) || !net.counting) return;
    net.servedBytes += event.encodedDataLength;
    bodies.push(
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then(({ body, base64Encoded }) => {
          net.gzipBytes += gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8'), { level: 9 }).length;
        })
        .catch(() => undefined),
    );
  });
  cdp.on('Network.loadingFailed', (event) => {
    net.inflight.delete(event.requestId);
    // Counted among the requests; said, so that a request that cannot succeed here (web fonts) is visible.
    if (net.counting && !event.canceled) net.failed.push(`${urls.get(event.requestId)} (${event.errorText})`);
  });
  return { context, page, net, bodies };
}

interface IdleState {
  now: number;
  last: number;
  firstRender: number | null;
  found: Record<string, boolean>;
}

/**
 * Resolves with the idle time once first render happened and 1 s passed with no request and no long task. A
 * side that never shows every probe text within 30 s is measured anyway (first render NaN) and the missing
 * texts are said on stderr: a missing piece is a finding, not a reason to stop the run.
 */
async function waitForIdle(page: Page, inflight: Set<string>, probes: string[]): Promise<IdleState> {
  const started = Date.now();
  const deadline = started + 90_000;
  let state: IdleState | undefined;
  let warned = false;
  while (Date.now() < deadline) {
    state = (await page.evaluate(`(() => {
      const b = window.__bench;
      const res = performance.getEntriesByType('resource').reduce((m, e) => Math.max(m, e.responseEnd), 0);
      const lt = b.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      return { now: performance.now(), last: Math.max(res, lt, b.firstRender ?? 0), firstRender: b.firstRender, found: b.found };
    })()`)) as IdleState;
    const gaveUp = Date.now() - started > 30_000;
    if (gaveUp && state.firstRender === null && !warned) {
      warned = true;
      const missing = probes.filter((p) => !state?.found[p]);
      console.error(`[official-compare] ${page.url()}: never visible within 30 s: ${missing.join(', ')}`);
    }
    if ((state.firstRender !== null || gaveUp) && inflight.size === 0 && state.now - state.last > 1000) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${page.url()} did not go idle within 90 s (${inflight.size} requests in flight)`);
}

async function measure(browser: Browser, url: string, probes: string[]): Promise<Sample> {
  const { context, page, net, bodies } = await openInstrumented(browser, probes);
  try {
    await page.goto(url);
    const idle = await waitForIdle(page, net.inflight, probes);
    net.counting = false;
    for (const failure of new Set(net.failed)) console.error(`[official-compare] ${url}: failed request ${failure}`);
    await Promise.all(bodies);
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    const before = tasks.filter(([start]) => start <= idle.last);
    return {
      requests: net.requests,
      servedBytes: net.servedBytes,
      gzipBytes: net.gzipBytes,
      firstRenderMs: idle.firstRender ?? Number.NaN,
      idleMs: idle.last,
      longTasks: before.length,
      longTaskTotalMs: before.reduce((sum, [, d]) => sum + d, 0),
      longestTaskMs: before.reduce((max, [, d]) => Math.max(max, d), 0),
    };
  } finally {
    await context.close();
  }
}

/** Sends one chat message once the page is idle and measures long tasks until the reply's last word shows. */
async function measureStream(browser: Browser, url: string, probes: string[]): Promise<StreamSample> {
  const { context, page, net } = await openInstrumented(browser, probes);
  try {
    await page.goto(url);
    await waitForIdle(page, net.inflight, probes);
    const box = page.locator('textarea').first();
    await box.fill('Hi');
    const start = (await page.evaluate('performance.now()')) as number;
    await box.press('Enter');
    await page.waitForFunction(`window.__benchFindText(${JSON.stringify(chatLastWord)})`, null, {
      timeout: 60_000,
      polling: 'raf',
    });
    const end = (await page.evaluate('performance.now()')) as number;
    const tasks = ((await page.evaluate('window.__bench.longtasks')) as [number, number][]).filter(
      ([s]) => s >= start && s <= end,
    );
    return {
      longestTaskMs: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
      longTasks: tasks.length,
      streamMs: end - start,
    };
  } finally {
    await context.close();
  }
}

/** Screenshots of both sides, light and dark, and the share of differing pixels per pair. */
async function screenshots(browser: Browser, app: string, urls: Record<Side, Record<'light' | 'dark', string>>, probes: string[]) {
  const diffs: Record<string, number> = {};
  for (const mode of ['light', 'dark'] as const) {
    const files: Partial<Record<Side, string>> = {};
    for (const side of sides) {
      const { context, page, net } = await openInstrumented(browser, probes);
      try {
        await page.goto(urls[side][mode]);
        await waitForIdle(page, net.inflight, probes);
        files[side] = join(outDir, `${app}-${side}-${mode}.png`);
        await page.screenshot({ path: files[side], fullPage: true, animations: 'disabled' });
      } finally {
        await context.close();
      }
    }
    diffs[mode] = pixelDifference(files.official as string, files.kit as string, join(outDir, `${app}-diff-${mode}.png`));
  }
  return diffs;
}

/** Share of pixels pixelmatch finds different (threshold 0.1), over the larger of the two pictures. */
function pixelDifference(a: string, b: string, diffPath: string): number {
  const one = PNG.sync.read(readFileSync(a));
  const two = PNG.sync.read(readFileSync(b));
  const width = Math.max(one.width, two.width);
  const height = Math.max(one.height, two.height);
  const pad = (png: PNG) => {
    const out = new PNG({ width, height });
    out.data.fill(255);
    PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
    return out;
  };
  const diff = new PNG({ width, height });
  const differing = pixelmatch(pad(one).data, pad(two).data, diff.data, width, height, { threshold: 0.1 });
  writeFileSync(diffPath, PNG.sync.write(diff));
  return differing / (width * height);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ratio = (kit: number, official: number) => (official > 0 ? (kit / official).toFixed(2) : '-');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  if (!existsSync(join(frontendDir, 'index.html'))) {
    throw new Error(
      `no built official frontend at ${frontendDir}: run scripts/official-frontend.sh <a git directory of gradio-app/gradio> (or set OFFICIAL_FRONTEND)`,
    );
  }
  if (!existsSync(join(repo, 'dist', 'gradio-kit', 'gradio-kit.esm.js'))) throw new Error('no dist/: run npm run build first');
  const names = process.env.APPS ? process.env.APPS.split(',') : Object.keys(allApps);
  for (const name of names) if (!(name in allApps)) throw new Error(`unknown app "${name}": one of ${Object.keys(allApps).join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const site = await startEmbedSite();
  const rows: string[] = [];
  const notes: string[] = [];
  try {
    for (const app of names) {
      const probes = allApps[app];
      const server = await startGradioApp(app, { gradio: 6, frontend: frontendDir, timeoutMs: 300_000 });
      try {
        const body = await bodyColors(server);
        const samples: Record<Side, Sample[]> = { official: [], kit: [] };
        for (let i = 0; i < runs; i++) {
          // Alternate which side goes first, so drift in the shared machine hits both alike.
          for (const side of i % 2 ? [...sides].reverse() : sides) {
            samples[side].push(await measure(browser, pageUrl(side, server, site, false, body), probes));
          }
        }
        const med = (side: Side, key: keyof Sample) => median(samples[side].map((s) => s[key]));
        const cell = (key: keyof Sample, format: (n: number) => string) =>
          `${format(med('official', key))} / ${format(med('kit', key))} (${ratio(med('kit', key), med('official', key))})`;
        const urls = {
          official: { light: pageUrl('official', server, site, false, body), dark: pageUrl('official', server, site, true, body) },
          kit: { light: pageUrl('kit', server, site, false, body), dark: pageUrl('kit', server, site, true, body) },
        };
        const diff = await screenshots(browser, app, urls, probes);
        rows.push(
          `| ${app} | ${cell('requests', String)} | ${cell('servedBytes', kb)} | ${cell('gzipBytes', kb)} | ` +
            `${cell('firstRenderMs', (n) => n.toFixed(0))} | ${cell('idleMs', (n) => n.toFixed(0))} | ` +
            `${cell('longTasks', String)} | ${cell('longTaskTotalMs', (n) => n.toFixed(0))} | ` +
            `${cell('longestTaskMs', (n) => n.toFixed(0))} | ${(diff.light * 100).toFixed(1)}% / ${(diff.dark * 100).toFixed(1)}% |`,
        );
        console.error(`[official-compare] ${rows.at(-1)}`);
        if (app === chatApp) {
          const stream: Record<Side, StreamSample[]> = { official: [], kit: [] };
          for (let i = 0; i < runs; i++) {
            for (const side of i % 2 ? [...sides].reverse() : sides) {
              stream[side].push(await measureStream(browser, pageUrl(side, server, site, false, body), probes));
            }
          }
          const s = (side: Side, key: keyof StreamSample) => median(stream[side].map((x) => x[key]));
          notes.push(
            `Streaming (${app}, an 80-word reply, median of ${runs}): longest task while it streams ` +
              `${s('official', 'longestTaskMs').toFixed(0)} ms official / ${s('kit', 'longestTaskMs').toFixed(0)} ms kit ` +
              `(${ratio(s('kit', 'longestTaskMs'), s('official', 'longestTaskMs'))}); long tasks ${s('official', 'longTasks')} / ` +
              `${s('kit', 'longTasks')}; submit to last word ${s('official', 'streamMs').toFixed(0)} / ${s('kit', 'streamMs').toFixed(0)} ms.`,
          );
          console.error(`[official-compare] ${notes.at(-1)}`);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(`Official frontend (Gradio 6.25.0) / <gradio-app> (dist/), same Gradio 6.25 server per app, headless Chromium,`);
  console.log(`cold context, median of ${runs} runs; each cell: official / kit (kit/official).\n`);
  console.log(
    '| app | requests | KB as served | KB gzip-9 | first render ms | idle ms | long tasks | long-task total ms | longest task ms | pixels differing light / dark |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  for (const note of notes) console.log(`\n${note}`);
  console.log(`\nScreenshots and difference pictures: ${outDir}`);
}

await main();
