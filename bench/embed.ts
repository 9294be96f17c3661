/**
 * What embedding the hello app with `<gradio-app>` costs a page, in headless Chromium against a real Gradio
 * 5.14 server: requests and gzip bytes until the element fires `render`, time to `render`, time to the
 * first result after Submit, and the requests and bytes until that result (what running the first event
 * loads after `render`: the event engine, the status tracker); cold (new browser context) and warm (same
 * context, HTTP cache kept).
 *
 * The official embed cannot run here (the registry's Gradio wheel ships no built frontend), so its figure is
 * the one the issue gives (about 148,000 B gzip before any component) and the ratio is against that.
 *
 * Run: npx tsx bench/embed.ts   (after `npm run build`; DETAIL=1 lists each cold request with its gzip size)
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { startGradioApp } from '../scripts/gradio-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { embedScripts, startEmbedSite } from '../tests/e2e/helpers/embed.ts';

const officialGzipBytes = 148_000;
const runs = Number(process.env.RUNS ?? 5);
const detail = process.env.DETAIL === '1';

interface Sample {
  requests: number;
  gzipBytes: number;
  renderMs: number;
  resultMs: number;
  /** Requests (and their gzip bytes) up to the first result, but for the queue's own traffic. */
  resultRequests: number;
  resultGzipBytes: number;
}

async function measure(context: BrowserContext, url: string, list = false): Promise<Sample> {
  const page = await context.newPage();
  // The DevTools protocol tells what came over the network and what came from the browser's caches.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const cached = new Set<string>();
  const urls = new Map<string, string>();
  /** When each request started (wall clock, ms): those started before `render` are counted. */
  const started = new Map<string, number>();
  const sizes = new Map<string, Promise<number>>();
  const ended = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, event.request.url);
    started.set(event.requestId, event.wallTime * 1000);
  });
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache || event.response.status === 304) cached.add(event.requestId);
  });
  cdp.on('Network.loadingFailed', (event) => ended.add(event.requestId));
  cdp.on('Network.loadingFinished', (event) => {
    ended.add(event.requestId);
    sizes.set(
      event.requestId,
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then(({ body, base64Encoded }) => gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length)
        .catch(() => 0),
    );
  });
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined, null, {
    timeout: 60_000,
  });
  const renderMs = (await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered)) as number;
  const renderedAt = (await page.evaluate(() => (window as unknown as { __renderedAt: number }).__renderedAt)) as number;
  // What the page asked for before `render` (a chunk the app loads after it, for its first action, is not),
  // once each of those has finished.
  const before = () => [...started].filter(([, at]) => at <= renderedAt).map(([id]) => id);
  const deadline = Date.now() + 30_000;
  while (before().some((id) => !ended.has(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const counted = before().filter((id) => ended.has(id) && !cached.has(id));
  const listed: [string, number][] = await Promise.all(counted.map(async (id): Promise<[string, number]> => [urls.get(id) ?? id, (await sizes.get(id)) ?? 0]));
  const requests = listed.length;
  const gzipBytes = listed.reduce((sum, [, size]) => sum + size, 0);
  if (list) for (const [name, size] of listed.sort((a, b) => b[1] - a[1])) console.log(`${String(size).padStart(8)} B  ${name}`);
  const app = page.locator('gradio-app');
  await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
  const clicked = Date.now();
  await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
  await page.waitForFunction(
    () => {
      const root = document.querySelector('gradio-app')?.shadowRoot;
      const boxes = root?.querySelectorAll('gr-textbox');
      const output = boxes?.[1]?.querySelector('textarea, input') as HTMLTextAreaElement | null;
      return output?.value === 'Hello, Ada!';
    },
    null,
    { timeout: 60_000 },
  );
  const resultMs = Date.now() - clicked;
  // What the first action cost on top (the code that runs events, the status tracker...): every finished request
  // but the queue's own (join, the SSE stream, the heartbeat), which is the app's traffic, not the page's weight.
  const code = [...ended].filter((id) => !cached.has(id) && !/\/(queue|heartbeat)\//.test(urls.get(id) ?? ''));
  const codeSizes = await Promise.all(code.map((id) => sizes.get(id) ?? 0));
  await page.close();
  void start;
  return {
    requests,
    gzipBytes,
    renderMs,
    resultMs,
    resultRequests: code.length,
    resultGzipBytes: codeSizes.reduce((sum, size) => sum + size, 0),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const server = await startGradioApp('hello');
  // The one-tag embed (what the README's embed line loads) and, for comparison, the CDN entry that defines
  // every element up front; the same page, server and browser, one after the other in each run.
  const sites = { embed: await startEmbedSite({ script: 'embed' }), cdn: await startEmbedSite({ script: 'cdn' }) };
  const browser = await launchChromium();
  const body = `<script>addEventListener('render', () => { window.__rendered = performance.now(); window.__renderedAt = Date.now(); }, true);</script>
<gradio-app src="${server.url}/" eager></gradio-app>`;
  const urls = { embed: sites.embed.page('bench-hello', body), cdn: sites.cdn.page('bench-hello', body) };
  try {
    const samples = { embed: { cold: [] as Sample[], warm: [] as Sample[] }, cdn: { cold: [] as Sample[], warm: [] as Sample[] } };
    for (let i = 0; i < runs; i++) {
      for (const script of ['embed', 'cdn'] as const) {
        const context = await browser.newContext();
        if (detail && i === 0) console.log(`${embedScripts[script]}, cold:`);
        samples[script].cold.push(await measure(context, urls[script], detail && i === 0));
        samples[script].warm.push(await measure(context, urls[script]));
        await context.close();
      }
    }
    const report = (name: string, list: Sample[]) => {
      const bytes = median(list.map((s) => s.gzipBytes));
      console.log(
        `  ${name.padEnd(5)} network requests until render: ${median(list.map((s) => s.requests))}, ` +
          `gzip bytes until render: ${bytes} (ours/official ${(bytes / officialGzipBytes).toFixed(3)}), ` +
          `time to render: ${median(list.map((s) => s.renderMs)).toFixed(0)} ms, ` +
          `first result after Submit: ${median(list.map((s) => s.resultMs)).toFixed(0)} ms; ` +
          `requests until that result: ${median(list.map((s) => s.resultRequests))}, ` +
          `gzip bytes: ${median(list.map((s) => s.resultGzipBytes))}`,
      );
    };
    console.log(`<gradio-app> embedding hello (Gradio 5.14), median of ${runs} runs, headless Chromium`);
    for (const script of ['embed', 'cdn'] as const) {
      console.log(`${embedScripts[script]}${script === 'embed' ? ' (the one-tag embed)' : ' (every element defined up front)'}`);
      report('cold', samples[script].cold);
      report('warm', samples[script].warm);
    }
  } finally {
    await browser.close();
    await sites.embed.close();
    await sites.cdn.close();
    await server.stop();
  }
}

await main();
