/**
 * `<gr-dataframe>` with 100,000 rows x 10 columns in headless Chromium, loaded through the CDN entry (lazy
 * loader) from another loopback origin:
 * - first paint: from navigation start until the grid has rendered its first rows and a frame was painted;
 * - scrolling: the grid is scrolled by 200 px every frame for 3 seconds (and once jumped to random rows); the
 *   frames are timed with requestAnimationFrame and the ones longer than 16.7 ms are counted;
 * - rows in the DOM while scrolling (virtualization: stays near the rows in view);
 * - layouts per drawn frame while scrolling (DevTools `Performance.getMetrics`): above 1, the element forces
 *   layouts by reading sizes after changing the DOM;
 * - main-thread time per drawn frame while scrolling, split as DevTools counts it: script, style recalculation
 *   and layout.
 * - 5,000 rows with a date column (the case that froze Gradio 6.11, gradio-app/gradio#13279): on a page whose
 *   element has rendered empty, the time from setting the value until its rows are in a painted frame (the
 *   element's code is loaded by then, so this is the table's own work). Aim: under 100 ms.
 * Median of RUNS runs (default 5), each in a fresh browser context.
 *
 * Run: npx tsx bench/dataframe.ts   (after `npm run build`)
 *
 * A/B: `DISTS=/tmp/dist-before,dist` measures each build folder (a copy of `dist` from another commit) in turn in
 * every run, in one Chromium, so both see the same machine; each build's medians are printed.
 */
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 5);
const ROWS = 100_000;
const COLUMNS = 10;

/** A page of the CDN build with the default theme on `#kit`, running `script` (a module) and showing `body`. */
function tablePage(cdnUrl: string, script: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/gradio-kit/gradio-kit.esm.js"></script>
<script type="module">
  import { applyTheme } from '${cdnUrl}/themes/index.browser.js';
  applyTheme(document.getElementById('kit'), 'default', { mode: 'light' });
${script}
</script></head>
<body><div id="kit">${body}</div></body></html>`;
}

function pageHtml(cdnUrl: string): string {
  return tablePage(
    cdnUrl,
    `  const headers = Array.from({ length: ${COLUMNS} }, (_, c) => 'col ' + c);
  const data = Array.from({ length: ${ROWS} }, (_, r) =>
    Array.from({ length: ${COLUMNS} }, (_, c) => (c === 0 ? r : c % 3 === 0 ? 'text ' + ((r * 7 + c) % 1000) : Math.round(Math.sin(r + c) * 1e4) / 100)),
  );
  const df = document.querySelector('gr-dataframe');
  df.datatype = headers.map((_, c) => (c === 0 ? 'number' : c % 3 === 0 ? 'str' : 'number'));
  df.value = { headers, data, metadata: null };`,
    '<gr-dataframe label="Bench" show-row-numbers max-height="600"></gr-dataframe>',
  );
}

const DATE_ROWS = 5_000;

/** An empty table; `window.__benchDates()` sets 5,000 dated rows and resolves with the ms until they are painted. */
function datesHtml(cdnUrl: string): string {
  return tablePage(
    cdnUrl,
    `  const pad = (n) => String(n).padStart(2, '0');
  // As Gradio sends a pandas datetime column: "2020-01-01 00:00:00", hourly.
  const data = Array.from({ length: ${DATE_ROWS} }, (_, i) => {
    const d = new Date(Date.UTC(2020, 0, 1) + i * 3600e3);
    const when = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':00:00';
    return ['d ' + i, when, Math.round(Math.cos(i) * 1e5) / 100];
  });
  window.__benchDates = () => new Promise((done) => {
    const df = document.querySelector('gr-dataframe');
    const start = performance.now();
    df.datatype = ['str', 'date', 'number'];
    df.value = { headers: ['id', 'when', 'amount'], data, metadata: null };
    const check = () => {
      const shown = [...df.querySelectorAll('.body .row')].some((row) => row.textContent.includes('d 3'));
      // The frame after the one that drew the rows starts once they were painted.
      if (shown) requestAnimationFrame(() => done(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  });`,
    '<gr-dataframe label="Dated rows" max-height="600"></gr-dataframe>',
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Figures {
  firstPaint: number[];
  slowFrames: number[];
  frameCounts: number[];
  domRows: number[];
  layoutsPerFrame: number[];
  layoutMsPerFrame: number[];
  styleMsPerFrame: number[];
  scriptMsPerFrame: number[];
  datesMs: number[];
}

async function main() {
  const builds = (process.env.DISTS ?? 'dist').split(',').map((dist) => resolve(repo, dist.trim()));
  const browser = await launchChromium();
  const measured: { dist: string; close: () => Promise<void>; url: string; figures: Figures }[] = [];
  for (const dist of builds) {
    const cdn = await startStaticServer(dist, { cors: true, cacheControl: 'public, max-age=600' });
    const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), {
      pages: { '/': () => pageHtml(cdn.url), '/dates': () => datesHtml(cdn.url) },
    });
    const figures: Figures = { firstPaint: [], slowFrames: [], frameCounts: [], domRows: [], layoutsPerFrame: [], layoutMsPerFrame: [], styleMsPerFrame: [], scriptMsPerFrame: [], datesMs: [] };
    measured.push({ dist, url: site.url, figures, close: async () => { await site.close(); await cdn.close(); } });
  }
  try {
    for (let i = 0; i < runs; i++) {
      for (const { url, figures } of measured) {
        await measureOnce(browser, url, figures);
        figures.datesMs.push(await measureDates(browser, new URL('/dates', url).toString()));
      }
    }
  } finally {
    await browser.close();
    for (const build of measured) await build.close();
  }
  for (const { dist, figures } of measured) report(builds.length > 1 ? dist : null, figures);
}

/** One cold page of the table: its first paint, then 3 s of scrolling. */
async function measureOnce(browser: Browser, url: string, figures: Figures) {
  const { firstPaint, slowFrames, frameCounts, domRows, layoutsPerFrame, layoutMsPerFrame, styleMsPerFrame, scriptMsPerFrame } = figures;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(url);
      // Strings, not functions: tsx's helpers (`__name`) do not exist in the page.
      const ms = (await page.evaluate(`new Promise((done) => {
        const check = () => {
          const rows = document.querySelectorAll('gr-dataframe .body .row').length;
          if (rows > 5) requestAnimationFrame(() => done(performance.now()));
          else setTimeout(check, 2);
        };
        check();
      })`)) as number;
      firstPaint.push(ms);
      // Layouts while scrolling, from the DevTools protocol: one per drawn frame at best; more means the page
      // read layout after changing the DOM (a forced layout). A count, so a loaded machine does not change it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
      const before = await metrics();
      const result = (await page.evaluate(`new Promise((done) => {
        const grid = document.querySelector('gr-dataframe [role="grid"]');
        const frames = [];
        let maxRows = 0;
        let last = performance.now();
        const end = last + 3000;
        let jumped = false;
        const step = (now) => {
          frames.push(now - last);
          last = now;
          maxRows = Math.max(maxRows, document.querySelectorAll('gr-dataframe .body .row').length);
          if (!jumped && now > end - 1500) {
            grid.scrollTop = Math.floor(grid.scrollHeight * 0.73);
            jumped = true;
          } else grid.scrollTop += 200;
          if (now < end) requestAnimationFrame(step);
          else done({ slow: frames.slice(1).filter((f) => f > 16.7).length, frames: frames.length - 1, maxRows });
        };
        requestAnimationFrame((now) => { last = now; requestAnimationFrame(step); });
      })`)) as { slow: number; frames: number; maxRows: number };
      const after = await metrics();
      layoutsPerFrame.push((after.LayoutCount - before.LayoutCount) / result.frames);
      layoutMsPerFrame.push(((after.LayoutDuration - before.LayoutDuration) * 1000) / result.frames);
      styleMsPerFrame.push(((after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000) / result.frames);
      scriptMsPerFrame.push(((after.ScriptDuration - before.ScriptDuration) * 1000) / result.frames);
      slowFrames.push(result.slow);
      frameCounts.push(result.frames);
      domRows.push(result.maxRows);
      await context.close();
}

/** 5,000 dated rows set on a table that has rendered empty: ms until they are painted. */
async function measureDates(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(`window.__benchDates && customElements.get('gr-dataframe')`);
    await page.evaluate(`document.querySelector('gr-dataframe').componentOnReady()`);
    return (await page.evaluate('window.__benchDates()')) as number;
  } finally {
    await context.close();
  }
}

function report(build: string | null, figures: Figures) {
  const { firstPaint, slowFrames, frameCounts, domRows, layoutsPerFrame, layoutMsPerFrame, styleMsPerFrame, scriptMsPerFrame, datesMs } = figures;
  console.log(`gr-dataframe, ${ROWS.toLocaleString('en')} rows x ${COLUMNS} columns, median of ${runs} runs${build ? ` (${build})` : ''}`);
  console.log(`  first paint:            ${median(firstPaint).toFixed(0)} ms (runs: ${firstPaint.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`  frames > 16.7 ms:       ${median(slowFrames)} of ${median(frameCounts)} while scrolling for 3 s (runs: ${slowFrames.join(', ')})`);
  console.log(`  rows in the DOM (max):  ${median(domRows)}`);
  console.log(`  layouts per frame:      ${median(layoutsPerFrame).toFixed(2)} while scrolling`);
  console.log(
    `  ms per frame:           script ${median(scriptMsPerFrame).toFixed(2)}, style ${median(styleMsPerFrame).toFixed(2)}, layout ${median(layoutMsPerFrame).toFixed(2)} while scrolling`,
  );
  console.log(
    `  ${DATE_ROWS.toLocaleString('en')} date rows:        ${median(datesMs).toFixed(0)} ms from the value set to rows painted (aim: under 100; runs: ${datesMs.map((t) => t.toFixed(0)).join(', ')})`,
  );
}

await main();
