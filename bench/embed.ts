/**
 * What embedding the hello app with `<gradio-app>` costs a page, in headless Chromium against a real Gradio
 * 5.14 server: requests and gzip bytes until the element fires `render`, time to `render`, and time to the
 * first result after Submit; cold (new browser context) and warm (same context, HTTP cache kept).
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
import { startEmbedSite } from '../tests/e2e/helpers/embed.ts';

const officialGzipBytes = 148_000;
const runs = Number(process.env.RUNS ?? 5);
const detail = process.env.DETAIL === '1';

interface Sample {
  requests: number;
  gzipBytes: number;
  renderMs: number;
  resultMs: number;
}

async function measure(context: BrowserContext, url: string, list = false): Promise<Sample> {
  const page = await context.newPage();
  // The DevTools protocol tells what came over the network and what came from the browser's caches.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let rendered = false;
  let requests = 0;
  let gzipBytes = 0;
  const cached = new Set<string>();
  const urls = new Map<string, string>();
  const listed: [string, number][] = [];
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  const pending: Promise<void>[] = [];
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache || event.response.status === 304) cached.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (rendered || cached.has(event.requestId)) return;
    requests += 1;
    pending.push(
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then(({ body, base64Encoded }) => {
          const size = gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length;
          gzipBytes += size;
          listed.push([urls.get(event.requestId) ?? event.requestId, size]);
        })
        .catch(() => undefined),
    );
  });
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined, null, {
    timeout: 60_000,
  });
  rendered = true;
  const renderMs = (await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered)) as number;
  await Promise.all(pending);
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
  await page.close();
  void start;
  return { requests, gzipBytes, renderMs, resultMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const server = await startGradioApp('hello');
  const site = await startEmbedSite();
  const browser = await launchChromium();
  const body = `<script>addEventListener('render', () => { window.__rendered = performance.now(); }, true);</script>
<gradio-app src="${server.url}/" eager></gradio-app>`;
  const url = site.page('bench-hello', body);
  try {
    const cold: Sample[] = [];
    const warm: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      cold.push(await measure(context, url, detail && i === 0));
      warm.push(await measure(context, url));
      await context.close();
    }
    const report = (name: string, samples: Sample[]) => {
      const bytes = median(samples.map((s) => s.gzipBytes));
      console.log(
        `${name.padEnd(5)} network requests until render: ${median(samples.map((s) => s.requests))}, ` +
          `gzip bytes until render: ${bytes} (ours/official ${(bytes / officialGzipBytes).toFixed(3)}), ` +
          `time to render: ${median(samples.map((s) => s.renderMs)).toFixed(0)} ms, ` +
          `first result after Submit: ${median(samples.map((s) => s.resultMs)).toFixed(0)} ms`,
      );
    };
    console.log(`<gradio-app> embedding hello (Gradio 5.14), median of ${runs} runs, headless Chromium`);
    report('cold', cold);
    report('warm', warm);
  } finally {
    await browser.close();
    await site.close();
    await server.stop();
  }
}

await main();
