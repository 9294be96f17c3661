/**
 * Streaming into a long chat, in headless Chromium: a `<gr-chatbot>` already holding 200 messages (Markdown
 * with code, lists and math) receives a reply of 2,000 tokens at 100 value updates per second, as
 * `<gradio-app>` sets it from a streamed output (a new value array each time). Reports the longest
 * main-thread task (Long Tasks API) and how many animation frames took longer than 16.7 ms while it
 * streamed, and checks that the reply's last token is shown. Median of RUNS runs (default 3), each in a fresh
 * browser context. Before that, the bytes the chat adds to a page when first shown (BYTES=0 skips it).
 * DIST=<dir> measures another build (one kept aside: before / after a change, back to back); PROFILE=<file>
 * adds a run under the DevTools protocol's sampling profiler and prints the functions with most self time.
 *
 * Then, when Gradio's official frontend is built here (`scripts/official-frontend.sh`, OFFICIAL_FRONTEND), the
 * same measure side by side on one real Gradio 6.25 server: examples/apps/chat_more_stream.py opens on the
 * same 200 messages and streams a reply of STREAM_TOKENS tokens (default 200) as fast as the server yields;
 * the official page and a page embedding `<gradio-app>` each click "Stream" and are measured from the click
 * until the last token shows (longest task, frames over 16.7 ms, time), medians of RUNS runs, sides
 * alternating, with the ratios kit / official. OFFICIAL=0 skips it.
 *
 * Run: npx tsx bench/chat-stream.ts   (after `npm run build`)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startGradioApp } from '../scripts/gradio-server.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const history = Number(process.env.HISTORY ?? 200);
const tokens = Number(process.env.TOKENS ?? 2000);
const perSecond = 100;
/** The built kit to load (another build, kept aside, can be measured against the current one). */
const dist = resolve(process.env.DIST ?? join(repo, 'dist'));
/** A file to write a CPU profile of one more run to (Chrome DevTools' `.cpuprofile`); the top functions are printed. */
const profilePath = process.env.PROFILE;

function pageHtml(cdnUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/gradio-kit/gradio-kit.esm.js"></script>
<script type="module">
  import { applyTheme } from '${cdnUrl}/themes/index.browser.js';
  applyTheme(document.getElementById('kit'), 'default', { mode: 'light' });
</script></head>
<body><div id="kit"><gr-chatbot id="chat" height="600" label="Bench"></gr-chatbot></div></body></html>`;
}

/** The page-side run, as a string (tsx's helpers do not exist in the page). */
const script = `new Promise((done) => {
  const chat = document.getElementById('chat');
  const history = Array.from({ length: ${history} }, (_, i) => i % 2
    ? { role: 'assistant', content: 'Answer ' + i + ' with **bold**, a list:\\n\\n- one\\n- two\\n\\n\\u0060\\u0060\\u0060python\\nprint(' + i + ')\\n\\u0060\\u0060\\u0060\\n\\nand $$x^' + i + '$$' }
    : { role: 'user', content: 'Question ' + i + '?' });
  chat.value = history;
  customElements.whenDefined('gr-chatbot').then(() => chat.componentOnReady()).then(() => new Promise((r) => setTimeout(r, 1500))).then(() => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    let slowFrames = 0;
    let frames = 0;
    let last = performance.now();
    let streaming = true;
    const frame = (now) => {
      if (now - last > 1000 / 60 + 0.5) slowFrames++;
      frames++;
      last = now;
      if (streaming) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let text = '';
    let sent = 0;
    const start = performance.now();
    const timer = setInterval(() => {
      sent++;
      text += (sent % 40 === 0 ? '\\n\\n' : ' ') + 'token' + sent;
      chat.value = [...history, { role: 'user', content: 'Go' }, { role: 'assistant', content: text }];
      if (sent >= ${tokens}) {
        clearInterval(timer);
        requestAnimationFrame(() => requestAnimationFrame(() => {
          streaming = false;
          observer.disconnect();
          const shown = [...chat.querySelectorAll('.message.bot')].pop()?.textContent ?? '';
          done({ longest, slowFrames, frames, seconds: (performance.now() - start) / 1000, lastTokenShown: shown.includes('token${tokens}') });
        }));
      }
    }, ${1000 / perSecond});
  });
})`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const frontendDir =
  process.env.OFFICIAL_FRONTEND ?? join(process.env.GRADIO_KIT_CACHE ?? join(homedir(), '.cache', 'gradio-kit'), 'official-frontend-6.25');
// 200: Gradio's own page needed about a minute for 200 here, and did not show the 1,000th token within 3 minutes.
const streamTokens = Number(process.env.STREAM_TOKENS ?? 200);

interface StreamRun {
  longest: number;
  slowFrames: number;
  frames: number;
  seconds: number;
}

/**
 * The page-side measure of one side: once the app shows its 200 messages and the "Stream" button, start
 * the long-task observer and the frame counter, click, and resolve when the last token is in the page (the
 * official page's document, or the embed's shadow root). Checked every 100 ms: a per-frame search of a long
 * chat would itself be the cost measured.
 */
const sideScript = (lastToken: string) => `new Promise((done, fail) => {
  const root = () => document.querySelector('gradio-app')?.shadowRoot ?? document.body;
  const has = (text) => (root().textContent ?? '').includes(text);
  const button = () => [...root().querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === 'Stream');
  const started = performance.now();
  const ready = setInterval(() => {
    if (performance.now() - started > 90000) { clearInterval(ready); fail(new Error('the app did not show its chat and Stream button')); }
    if (!has('Answer 199') || !button()) return;
    clearInterval(ready);
    let longest = 0;
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
    observer.observe({ type: 'longtask', buffered: false });
    let slowFrames = 0, frames = 0, last = performance.now(), streaming = true;
    const frame = (now) => { if (now - last > 1000 / 60 + 0.5) slowFrames++; frames++; last = now; if (streaming) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const start = performance.now();
    button().click();
    const end = setInterval(() => {
      if (performance.now() - start > 180000) { clearInterval(end); fail(new Error('the stream did not end')); }
      if (!has(${JSON.stringify(lastToken)})) return;
      clearInterval(end);
      streaming = false;
      observer.disconnect();
      done({ longest, slowFrames, frames, seconds: (performance.now() - start) / 1000 });
    }, 100);
  }, 100);
})`;

/** Official frontend and `<gradio-app>` on one Gradio 6.25 server streaming into the same long chat. */
async function sideBySide(browser: Browser) {
  if (process.env.OFFICIAL === '0') return;
  if (!existsSync(join(frontendDir, 'index.html'))) {
    console.log(`side by side skipped: no built official frontend at ${frontendDir} (scripts/official-frontend.sh)`);
    return;
  }
  const server = await startGradioApp('chat_more_stream', {
    gradio: 6,
    frontend: frontendDir,
    env: { CHAT_STREAM_TOKENS: String(streamTokens) },
    timeoutMs: 300_000,
  });
  const site = await startEmbedSite();
  const urls = { official: `${server.url}/`, kit: site.page('chat-stream', `<gradio-app src="${server.url}/" eager></gradio-app>`) };
  const samples: Record<keyof typeof urls, StreamRun[]> = { official: [], kit: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const side of (i % 2 ? ['kit', 'official'] : ['official', 'kit']) as (keyof typeof urls)[]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(urls[side]);
        try {
          samples[side].push((await page.evaluate(sideScript(`token${streamTokens}`))) as StreamRun);
        } catch (error) {
          throw new Error(`${side} side, run ${i + 1}: ${(error as Error).message}`);
        }
        await context.close();
      }
    }
  } finally {
    await site.close();
    await server.stop();
  }
  const row = (name: string, pick: (r: StreamRun) => number, digits: number) => {
    const official = median(samples.official.map(pick));
    const kit = median(samples.kit.map(pick));
    return `${name} ${official.toFixed(digits)} official / ${kit.toFixed(digits)} kit (${(kit / official).toFixed(2)})`;
  };
  console.log(
    `side by side, Gradio 6.25 server streaming ${streamTokens} tokens into 200 messages (chat_more_stream), headless Chromium, ` +
      `click to last token, medians of ${runs} runs: ${row('longest task ms', (r) => r.longest, 0)}; ` +
      `${row('frames over 16.7 ms', (r) => r.slowFrames, 0)} (of ${median(samples.official.map((r) => r.frames))} / ${median(samples.kit.map((r) => r.frames))} frames); ` +
      `${row('seconds', (r) => r.seconds, 1)}`,
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * One more run under the DevTools protocol's sampling profiler: writes the `.cpuprofile` (open it in
 * Chrome DevTools' Performance panel) and prints the functions with the most self time, so the cost per
 * update can be traced to its code. The profiler slows the page: its run is not part of the medians.
 */
async function profileRun(browser: Browser, url: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const run = (await page.evaluate(script)) as StreamRun;
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  writeFileSync(path, JSON.stringify(profile));
  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    total += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
  });
  console.log(`profiled run (slowed by the profiler): longest task ${run.longest.toFixed(0)} ms, ${run.seconds.toFixed(1)} s; ${path}`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  }
}

/** Scripts and styles the CDN served since request `from`, and their gzip (level 9) size, as a CDN sends them. */
function servedSince(requests: string[], from: number): { files: number; bytes: number } {
  const files = [...new Set(requests.slice(from))].filter((path) => /\.(js|css)$/.test(path));
  const bytes = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, decodeURIComponent(path))), { level: 9 }).length, 0);
  return { files: files.length, bytes };
}

/**
 * Bytes the chat adds to a page when first shown: a page with a `<gr-textbox>` (loader and shared runtime
 * in) gets a `<gr-chatbot>` with a short Markdown conversation; every script and style fetched until it
 * shows is counted. Then a message with a code block and math arrives, and what that loads (the
 * highlighter and its grammar, KaTeX) is counted apart. Cold cache (a fresh context).
 */
async function chatBytes(browser: Browser, cdn: { url: string; requests: string[] }, siteUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/bytes`);
  await page.waitForSelector('gr-textbox.hydrated');
  let from = cdn.requests.length;
  await page.evaluate(`(() => {
    const chat = document.createElement('gr-chatbot');
    chat.value = [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello, **friend**.' }];
    document.body.append(chat);
  })()`);
  await page.waitForSelector('gr-chatbot.hydrated .message.bot .md strong', { timeout: 60_000 });
  const first = servedSince(cdn.requests, from);
  from = cdn.requests.length;
  await page.evaluate(`(() => {
    const chat = document.querySelector('gr-chatbot');
    chat.value = [...chat.value, { role: 'assistant', content: 'Code:\\n\\n\\u0060\\u0060\\u0060python\\nprint(1)\\n\\u0060\\u0060\\u0060\\n\\n$$x^2$$' }];
  })()`);
  await page.waitForSelector('gr-chatbot .md pre code span', { timeout: 60_000 });
  await page.waitForSelector('gr-chatbot .md math', { timeout: 60_000 });
  const lazy = servedSince(cdn.requests, from);
  await context.close();
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    `bytes the chat adds when first shown (gzip level 9, cold cache, after a gr-textbox): ${kb(first.bytes)} in ${first.files} files; ` +
      `a message with code and math then loads ${kb(lazy.bytes)} in ${lazy.files} files (highlighter, grammar, KaTeX)`,
  );
}

async function main() {
  const cdn = await startStaticServer(dist, { cors: true, cacheControl: 'public, max-age=600' });
  const bytesPage = () => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdn.url}/gradio-kit/gradio-kit.esm.js"></script></head><body><gr-textbox label="Baseline"></gr-textbox></body></html>`;
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages: { '/': () => pageHtml(cdn.url), '/bytes': bytesPage } });
  const browser = await launchChromium();
  const results: StreamRun[] = [];
  try {
    if (process.env.BYTES !== '0') await chatBytes(browser, cdn, site.url);
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url);
      const run = (await page.evaluate(script)) as StreamRun & { lastTokenShown: boolean };
      if (!run.lastTokenShown) throw new Error(`run ${i + 1}: the chat does not show the reply's last token (token${tokens})`);
      results.push(run);
      await context.close();
    }
    if (profilePath) await profileRun(browser, site.url, profilePath);
  } finally {
    await site.close();
    await cdn.close();
  }
  const longest = median(results.map((r) => r.longest));
  const slow = median(results.map((r) => r.slowFrames));
  const frames = median(results.map((r) => r.frames));
  const seconds = median(results.map((r) => r.seconds));
  console.log(
    `streaming ${tokens} tokens at ${perSecond} updates/s into a chat of ${history} messages, headless Chromium: ` +
      `longest main-thread task ${longest.toFixed(0)} ms, ${slow} of ${frames} frames over 16.7 ms, ` +
      `${seconds.toFixed(1)} s for the stream (medians of ${runs} runs)`,
  );
  try {
    await sideBySide(browser);
  } finally {
    await browser.close();
  }
}

await main();
