/**
 * Data and plot elements side by side with Gradio's official frontend (issue 12), on one Gradio 6.25 server
 * (`examples/apps/bench_data.py`, each bench its own Blocks mounted at its own path, so each page's config holds
 * only its own data) in one headless Chromium run. The official side opens the server's own page; the kit side
 * a plain page on another origin embedding `<gradio-app src>` of the same mount (as bench/official-compare.ts).
 *
 * Per page and side, from a cold browser context (median of RUNS runs, the sides alternating):
 * - first render: navigation start until every probe text of the page (its Markdown, the element's label,
 *   first cells or axis titles) is visible, checked every animation frame through shadow roots;
 * - longest task and long-task total until idle; JS heap after idle (a forced GC, then the DevTools protocol's
 *   `Performance.getMetrics` `JSHeapUsedSize`);
 * - code bytes: the gzip-9 size of every script and stylesheet the page loaded. The bytes an element adds when
 *   first shown are its page's code bytes minus those of /base (a page with only the Markdown every page has);
 *   also given: the bytes of the scripts and stylesheets whose URL /base never loaded (the element's own chunks).
 * Then, on /table (100,000 rows x 10 columns, `show_search="search"`):
 * - scrolling: the table's scroller (the element with the most to scroll, found through shadow roots) moves
 *   200 px every frame for 3 s, with one jump to 73 % halfway; frames over 16.7 ms (requestAnimationFrame);
 * - sort: the time from the click that sorts until the row with the smallest `score` is visible.
 *   Each side's own UI: the kit sorts on a header click; the official 6.25 table has no header-click sort, it sorts
 *   from the header's "⋮" menu ("Sort ascending"): hover, click ⋮, then the timed click on the item;
 * - search: both offer the same search box (`show_search="search"`, placeholder "Search..."): the time from
 *   typing `row 77777` into it (one insertText) until that row is visible.
 * On /dates: the "Reload dates" click until the first reloaded row (`u 3`) is visible: the server sends 5,000
 * other dated rows into the shown table (an update, as the one that froze Gradio 6.11). The same call made from
 * Node with the kit's client gives the server and the wire alone, which both sides pay alike.
 * On /plot (a LinePlot of 100,000 points): a `mousemove` each frame for 100 frames crosses the plot left to
 * right (dispatched in the page) while every frame is timed; frames over 16.7 ms, 95th percentile and longest frame.
 *
 * Run: npm run build && npx tsx bench/data-official.ts   (needs the official frontend: see bench/official-compare.ts)
 * Environment: RUNS (default 3), PAGES (a subset of table,dates,plot; /base always runs), ACTION_TIMEOUT_MS
 * (default 120000: a sort or search slower than that is reported as Infinity), OFFICIAL_FRONTEND.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { type GradioServer, startGradioApp } from '../scripts/gradio-server.ts';
import { Client } from '../src/client/index.ts';
import { type EmbedSite, startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { checkBuilds, frontendDir, kb, median, openInstrumented, ratio, type Side, sides, waitForIdle } from './official-shared.ts';

const runs = Number(process.env.RUNS ?? 3);

type PageName = 'base' | 'table' | 'dates' | 'plot';
/** The mounts of bench_data.py and the texts each shows once rendered. */
const probes: Record<PageName, string[]> = {
  base: ['Bench baseline'],
  table: ['Bench table', 'Big table', 'row 0', 'row 3'],
  dates: ['Bench dates', 'Dated rows', 'd 0', 'd 3'],
  plot: ['Bench plot', 'Signal', 'step', 'signal'],
};
/** The row holding the smallest `score` (7919 i + 5 = 0 mod 100,000), first once sorted ascending. */
const firstSortedRow = 'row 11605';
const searched = 'row 77777';
/** A row of the frame "Reload dates" sends. */
const reloadedRow = 'u 3';

interface Sample {
  firstRenderMs: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  heapMB: number;
  codeBytes: number;
  codeUrls: Map<string, number>;
  scrollSlow?: number;
  scrollFrames?: number;
  sortMs?: number;
  searchMs?: number;
  reloadMs?: number;
  hoverSlow?: number;
  hoverFrames?: number;
  hoverP95Ms?: number;
  hoverLongestMs?: number;
}

function pageUrl(side: Side, server: GradioServer, site: EmbedSite, name: PageName): string {
  if (side === 'official') return `${server.url}/${name}/`;
  return site.page(`data-${name}`, `<gradio-app src="${server.url}/${name}/" eager></gradio-app>`, '<style>body { margin: 0; }</style>');
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 1024 / 1024;
}

const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;

/** How long a sort or a search may take before it is given up on and reported as such. */
const actionTimeoutMs = Number(process.env.ACTION_TIMEOUT_MS ?? 120_000);

/** Resolves with the page's clock once `text` is visible (checked every frame). */
async function visibleAt(page: Page, text: string, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(`window.__benchFindText(${JSON.stringify(text)}) && performance.now()`, null, {
    timeout,
    polling: 'raf',
  });
  return (await handle.jsonValue()) as number;
}

/**
 * The time from an input until `text` is visible. The input is not awaited: a click whose handler blocks the
 * page would hold Playwright's click until the handler returns. After ACTION_TIMEOUT_MS (default 120 s):
 * Infinity, said on stderr.
 */
async function timeUntilVisible(page: Page, input: () => Promise<unknown>, text: string): Promise<number> {
  const start = await now(page);
  const sent = input().catch((error: Error) => error);
  try {
    return (await visibleAt(page, text, actionTimeoutMs)) - start;
  } catch {
    console.error(`[data-official] ${page.url()}: "${text}" not visible ${actionTimeoutMs} ms after the input (${String(await sent)})`);
    return Number.POSITIVE_INFINITY;
  }
}


/**
 * Times every animation frame until `window.__benchStop` is set; resolves with the frame durations. Started
 * with `startFrames`, ended with `stopFrames`.
 */
const startFrames = (page: Page) =>
  page.evaluate(`(() => {
    window.__benchStop = false;
    window.__benchFrames = new Promise((done) => {
      const frames = [];
      let last = null;
      const step = (t) => {
        if (last !== null) frames.push(t - last);
        last = t;
        if (window.__benchStop) done(frames);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  })()`);
const stopFrames = (page: Page) => page.evaluate('(window.__benchStop = true, window.__benchFrames)') as Promise<number[]>;

/** Finds the table's scroller through shadow roots (the element with the most to scroll) and scrolls it for 3 s. */
async function scrollTable(page: Page): Promise<number[]> {
  const found = await page.evaluate(`(() => {
    let best = null;
    let most = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const extra = el.scrollHeight - el.clientHeight;
        if (extra > most && el.clientHeight > 100 && getComputedStyle(el).overflowY !== 'visible') {
          best = el;
          most = extra;
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    window.__benchScroller = best;
    return most;
  })()`);
  if (!((found as number) > 10_000)) throw new Error(`${page.url()}: no table scroller found (most to scroll: ${found} px)`);
  await startFrames(page);
  await page.evaluate(`new Promise((done) => {
    const grid = window.__benchScroller;
    const end = performance.now() + 3000;
    let jumped = false;
    const step = (t) => {
      if (!jumped && t > end - 1500) {
        grid.scrollTop = Math.floor(grid.scrollHeight * 0.73);
        jumped = true;
      } else grid.scrollTop += 200;
      if (t < end) requestAnimationFrame(step);
      else done();
    };
    requestAnimationFrame(step);
  })`);
  const frames = await stopFrames(page);
  await page.evaluate('window.__benchScroller.scrollTop = 0');
  await visibleAt(page, 'row 0');
  return frames;
}

/**
 * Sorts by `score` ascending with each side's own UI: the time from the input that sorts (the kit's header click;
 * the official's "Sort ascending" menu item, after hovering the header and opening its ⋮ menu) until the first
 * sorted row is visible.
 */
async function sortTable(page: Page, side: Side): Promise<number> {
  let target = page.locator('[role="columnheader"]', { hasText: 'score' });
  if (side === 'official') {
    const header = page.locator('th', { hasText: 'score' });
    await header.hover();
    await header.getByRole('button', { name: 'Open cell menu' }).click();
    target = page.getByRole('menuitem', { name: 'Sort ascending' });
  }
  const box = await target.boundingBox();
  if (!box) throw new Error(`${page.url()}: the sort control is not on screen`);
  return timeUntilVisible(page, () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2), firstSortedRow);
}

/** Types `row 77777` into the search box (the same box on both sides); the time until that row is visible. */
async function searchTable(page: Page): Promise<number> {
  const box = page.locator('input[placeholder="Search..."]');
  await box.focus();
  return timeUntilVisible(page, () => page.keyboard.insertText(searched), searched);
}

/**
 * Moves the pointer across the plot, one `mousemove` a frame for 100 frames (dispatched in the page, so that a
 * handler that blocks the page cannot hold the bench for ever: it stops after 30 s), timing every frame.
 */
async function hoverPlot(page: Page): Promise<number[]> {
  await page.locator('svg.marks').first().waitFor();
  return (await page.evaluate(`new Promise((done) => {
    const find = (root) => {
      const svg = root.querySelector('svg.marks');
      if (svg) return svg;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
      return null;
    };
    const svg = find(document);
    const box = svg.getBoundingClientRect();
    const frames = [];
    const started = performance.now();
    let last = null;
    let i = 0;
    const step = (t) => {
      if (last !== null) frames.push(t - last);
      last = t;
      if (i > 100 || t - started > 30000) return done(frames);
      const x = box.left + 2 + ((box.width - 4) * i) / 100;
      const y = box.top + box.height / 2;
      const target = svg.getRootNode().elementFromPoint(x, y) || svg;
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true, view: window }));
      i += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`)) as number[];
}

/** The "Reload dates" call made RUNS times from Node with the kit's client: the median time of the server and the wire. */
async function reloadFromNode(server: GradioServer): Promise<number> {
  const client = await Client.connect(`${server.url}/dates/`);
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await client.predict('/reload_dates', []);
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    client.close();
  }
}

const slow = (frames: number[]) => frames.filter((f) => f > 16.7).length;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function measure(browser: Browser, url: string, name: PageName, side: Side): Promise<Sample> {
  const { context, page, cdp, net, bodies } = await openInstrumented(browser, probes[name]);
  try {
    await page.goto(url);
    const idle = await waitForIdle(page, net.inflight, probes[name]);
    console.error(`[data-official] ${name} ${side}: idle`);
    net.counting = false;
    await Promise.all(bodies);
    const tasks = ((await page.evaluate('window.__bench.longtasks')) as [number, number][]).filter(([s]) => s <= idle.last);
    const code = net.resources.filter((r) => r.type === 'Script' || r.type === 'Stylesheet');
    const sample: Sample = {
      firstRenderMs: idle.firstRender ?? Number.NaN,
      longestTaskMs: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
      longTaskTotalMs: tasks.reduce((sum, [, d]) => sum + d, 0),
      heapMB: await heapMB(cdp),
      codeBytes: code.reduce((sum, r) => sum + r.gzipBytes, 0),
      codeUrls: new Map(code.map((r) => [new URL(r.url).pathname.replace(/^\/(base|table|dates|plot)\//, '/'), r.gzipBytes])),
    };
    if (name === 'table') {
      const frames = await scrollTable(page);
      sample.scrollSlow = slow(frames);
      sample.scrollFrames = frames.length;
      sample.sortMs = await sortTable(page, side);
      sample.searchMs = await searchTable(page);
    }
    if (name === 'dates') {
      const reload = page.getByRole('button', { name: 'Reload dates' });
      await reload.waitFor();
      sample.reloadMs = await timeUntilVisible(page, () => reload.click(), reloadedRow);
    }
    if (name === 'plot') {
      const frames = await hoverPlot(page);
      sample.hoverSlow = slow(frames);
      sample.hoverFrames = frames.length;
      sample.hoverP95Ms = percentile(frames, 0.95);
      sample.hoverLongestMs = Math.max(...frames);
    }
    return sample;
  } finally {
    await context.close();
  }
}

async function main() {
  checkBuilds();
  const browser = await launchChromium();
  const site = await startEmbedSite();
  const server = await startGradioApp('bench_data', { gradio: 6, frontend: frontendDir, timeoutMs: 300_000 });
  const names = (process.env.PAGES ?? 'base,table,dates,plot').split(',') as PageName[];
  for (const name of names) if (!(name in probes)) throw new Error(`unknown page "${name}": one of ${Object.keys(probes).join(', ')}`);
  if (!names.includes('base')) names.unshift('base');
  let serverOnlyReloadMs = Number.NaN;
  const samples = Object.fromEntries(names.map((n) => [n, { official: [] as Sample[], kit: [] as Sample[] }])) as Record<
    PageName,
    Record<Side, Sample[]>
  >;
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of names) {
        // Alternate which side goes first, so drift in the shared machine hits both alike.
        for (const side of i % 2 ? [...sides].reverse() : sides) {
          const sample = await measure(browser, pageUrl(side, server, site, name), name, side);
          samples[name][side].push(sample);
          console.error(`[data-official] run ${i + 1} ${name} ${side}: ${JSON.stringify({ ...sample, codeUrls: sample.codeUrls.size })}`);
        }
      }
    }
    if (names.includes('dates')) serverOnlyReloadMs = await reloadFromNode(server);
  } finally {
    await server.stop();
    await browser.close();
    await site.close();
  }
  const med = (name: PageName, side: Side, key: Exclude<keyof Sample, 'codeUrls'>) => median(samples[name][side].map((s) => s[key] ?? Number.NaN));
  const rows: string[] = [];
  const row = (label: string, official: number, kit: number, format: (n: number) => string) =>
    rows.push(`| ${label} | ${format(official)} | ${format(kit)} | ${ratio(kit, official)} |`);
  const ms = (n: number) => n.toFixed(0);
  const mb = (n: number) => n.toFixed(1);
  const both = (label: string, name: PageName, key: Exclude<keyof Sample, 'codeUrls'>, format: (n: number) => string) =>
    row(label, med(name, 'official', key), med(name, 'kit', key), format);
  /** Code bytes of the element's own files: the scripts and stylesheets /base never loaded (first run). */
  const ownFiles = (name: PageName, side: Side) => {
    const base = samples.base[side][0].codeUrls;
    let bytes = 0;
    for (const [url, size] of samples[name][side][0].codeUrls) if (!base.has(url)) bytes += size;
    return bytes;
  };
  both('/base first render ms', 'base', 'firstRenderMs', ms);
  both('/base JS heap MB', 'base', 'heapMB', mb);
  const titles: [PageName, string][] = [
    ['table', 'Dataframe 100,000 x 10'],
    ['dates', 'Dataframe 5,000 rows with dates'],
    ['plot', 'LinePlot 100,000 points'],
  ];
  for (const [name, what] of titles.filter(([n]) => names.includes(n))) {
    both(`${what}: first render ms`, name, 'firstRenderMs', ms);
    row(
      `${what}: first render over /base ms`,
      med(name, 'official', 'firstRenderMs') - med('base', 'official', 'firstRenderMs'),
      med(name, 'kit', 'firstRenderMs') - med('base', 'kit', 'firstRenderMs'),
      ms,
    );
    both(`${what}: longest task ms`, name, 'longestTaskMs', ms);
    both(`${what}: long-task total ms`, name, 'longTaskTotalMs', ms);
    both(`${what}: JS heap after load MB`, name, 'heapMB', mb);
    row(
      `${what}: code KB gzip over /base`,
      med(name, 'official', 'codeBytes') - med('base', 'official', 'codeBytes'),
      med(name, 'kit', 'codeBytes') - med('base', 'kit', 'codeBytes'),
      kb,
    );
    row(`${what}: KB gzip of files /base never loaded`, ownFiles(name, 'official'), ownFiles(name, 'kit'), kb);
    if (name === 'table') {
      both(`${what}: frames > 16.7 ms scrolling 3 s`, name, 'scrollSlow', String);
      both(`${what}: frames drawn scrolling 3 s`, name, 'scrollFrames', String);
      both(`${what}: sort by score ms`, name, 'sortMs', ms);
      both(`${what}: search "${searched}" ms`, name, 'searchMs', ms);
    }
    if (name === 'dates') {
      both(`${what}: "Reload dates" click until "${reloadedRow}" visible ms`, name, 'reloadMs', ms);
      row(`${what}: the same call from Node (server and wire alone) ms`, serverOnlyReloadMs, serverOnlyReloadMs, ms);
    }
    if (name === 'plot') {
      both(`${what}: frames > 16.7 ms hovering across`, name, 'hoverSlow', String);
      both(`${what}: frames drawn hovering across`, name, 'hoverFrames', String);
      both(`${what}: hover frame p95 ms`, name, 'hoverP95Ms', mb);
      both(`${what}: hover longest frame ms`, name, 'hoverLongestMs', mb);
    }
  }
  console.log(`Official frontend (Gradio 6.25.0) / <gradio-app> (dist/), one Gradio 6.25 server (bench_data.py), headless`);
  console.log(`Chromium 1280x900, cold context per page, median of ${runs} runs, sides alternating.\n`);
  console.log('| measure | official | kit | kit/official |');
  console.log('| --- | --- | --- | --- |');
  for (const line of rows) console.log(line);
}

await main();
