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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { type GradioServer, startGradioApp } from '../scripts/gradio-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { type EmbedSite, startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import {
  checkBuilds,
  frontendDir,
  kb,
  median,
  openInstrumented,
  ratio,
  type Side,
  sides,
  waitForIdle,
} from './official-shared.ts';

const repo = resolve(import.meta.dirname, '..');
const outDir = join(repo, 'test-results', 'official-compare');
const runs = Number(process.env.RUNS ?? 3);

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


async function main() {
  checkBuilds();
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
