/**
 * A gallery of 500 images (`examples/apps/gallery_many.py`: distinct JPEGs of 256-512 px, about 30 KB each) in
 * `<gradio-app>` and in Gradio 6.25's official frontend, on the same Gradio 6.25 server, in one headless
 * Chromium run (the official frontend is the one `scripts/official-frontend.sh` builds; see
 * bench/official-compare.ts for how the server serves it).
 *
 * Per side, from a cold browser context (median of RUNS runs, the two sides alternating):
 * - first thumbnails: from navigation start until the first row of thumbnails (4 images) is loaded and visible
 *   in the viewport, checked on every animation frame through shadow roots;
 * - before any scroll, once no image was requested for 1.5 s: image requests and their bytes, all bytes;
 * - scrolling: the gallery's scroll container is moved from top to bottom at a steady SPEED px/s (the
 *   position follows the clock, so a slow frame does not slow the scroll); frames over 16.7 ms
 *   (requestAnimationFrame; also as a share of the frames drawn) and the longest task (Long Tasks API) while it
 *   moves;
 * - after the scroll, once no image was requested for 1.5 s: image requests and all bytes.
 * Bytes are as served (the DevTools protocol's `encodedDataLength`; the server sends them uncompressed here).
 *
 * Run: npm run build && npx tsx bench/gallery.ts
 * Environment: RUNS (default 3), SPEED (scroll speed in px/s, default 4000), OFFICIAL_FRONTEND (the built
 * frontend folder; default ~/.cache/gradio-kit/official-frontend-6.25).
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { type GradioServer, startGradioApp } from '../scripts/gradio-server.ts';
import { type EmbedSite, startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const speed = Number(process.env.SPEED ?? 4000);
const frontendDir =
  process.env.OFFICIAL_FRONTEND ??
  join(process.env.GRADIO_KIT_CACHE ?? join(homedir(), '.cache', 'gradio-kit'), 'official-frontend-6.25');
const viewport = { width: 1280, height: 900 };
/** The app's images are named photo-NNN.jpg; thumbnails in the first row (the app sets 4 columns). */
const photo = /photo-\d+\.jpg/;
const firstRow = 4;
/** How long no image may be requested before the page counts as settled. */
const quietMs = 1500;

type Side = 'official' | 'kit';
const sides: Side[] = ['official', 'kit'];

interface Sample {
  firstThumbnailsMs: number;
  imagesBefore: number;
  imageKbBefore: number;
  kbBefore: number;
  slowFrames: number;
  frames: number;
  /** Per cent of the scroll's frames over 16.7 ms (a side drawing fewer frames also has fewer slow ones). */
  slowShare: number;
  longestTaskMs: number;
  scrollMs: number;
  imagesAfter: number;
  kbAfter: number;
}

/**
 * Page-side instruments, installed before any script of the page: long tasks into `__bench.longtasks`,
 * `__bench.first` set on the first frame where a row of thumbnails is loaded and in view, and
 * `__benchScroll(speed)`, which scrolls the gallery to its end and resolves with the frame times. A string:
 * tsx's helpers do not exist in the page.
 */
const instruments = `(() => {
  const bench = (window.__bench = { longtasks: [], first: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const photo = ${photo};
  /** Every gallery image, through open shadow roots. */
  const images = (root = document, found = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'img' && photo.test(el.currentSrc || el.src)) found.push(el);
      if (el.shadowRoot) images(el.shadowRoot, found);
    }
    return found;
  };
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < innerHeight && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const tick = () => {
    if (document.body && images().filter((img) => img.complete && img.naturalWidth > 0 && inView(img)).length >= ${firstRow}) {
      bench.first = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  /** The nearest ancestor of the first thumbnail that scrolls (across shadow roots), else the page. */
  const scroller = () => {
    for (let el = images()[0]; el; el = el.parentElement ?? el.getRootNode().host) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 10) return el;
    }
    return document.scrollingElement;
  };
  window.__benchScroll = (speed) => new Promise((done) => {
    const el = scroller();
    const distance = el.scrollHeight - el.clientHeight;
    const frames = [];
    let start;
    let last;
    const step = (now) => {
      if (start === undefined) start = last = now;
      else frames.push(now - last);
      last = now;
      el.scrollTop = Math.min(distance, ((now - start) * speed) / 1000);
      if (el.scrollTop < distance - 1 && now - start < 120000) requestAnimationFrame(step);
      else done({ frames, start, end: now, distance, tag: el.localName + '.' + el.className });
    };
    requestAnimationFrame(step);
  });
})();`;

/** Long-lived requests (the heartbeat, the queue's streams) never finish: settling does not wait for them. */
const longLived = (url: string) => /\/heartbeat\/|\/queue\/data|\/queue\/join|\/stream\//.test(url);

function pageUrl(side: Side, server: GradioServer, site: EmbedSite): string {
  if (side === 'official') return `${server.url}/`;
  return site.page('gallery-many', `<gradio-app src="${server.url}/" eager></gradio-app>`, '<style>body { margin: 0; }</style>');
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: instruments });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const net = { images: 0, imageBytes: 0, bytes: 0, lastImage: Date.now(), inflight: new Set<string>() };
    const isImage = new Set<string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.request.url.startsWith('data:')) return;
      if (photo.test(event.request.url)) {
        net.images += 1;
        net.lastImage = Date.now();
        isImage.add(event.requestId);
      }
      if (!longLived(event.request.url)) net.inflight.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      net.inflight.delete(event.requestId);
      net.bytes += event.encodedDataLength;
      if (isImage.has(event.requestId)) net.imageBytes += event.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (event) => net.inflight.delete(event.requestId));
    const settled = async () => {
      const deadline = Date.now() + 120_000;
      while (Date.now() - net.lastImage < quietMs || net.inflight.size > 0) {
        if (Date.now() > deadline) throw new Error(`${url}: still loading after 120 s (${net.inflight.size} requests in flight)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await page.goto(url);
    await page.waitForFunction('window.__bench.first !== null', null, { timeout: 120_000, polling: 200 });
    const first = (await page.evaluate('window.__bench.first')) as number;
    await settled();
    const before = { images: net.images, imageBytes: net.imageBytes, bytes: net.bytes };
    const scroll = (await page.evaluate(`window.__benchScroll(${speed})`)) as { frames: number[]; start: number; end: number };
    const tasks = ((await page.evaluate('window.__bench.longtasks')) as [number, number][]).filter(
      ([start, duration]) => start + duration >= scroll.start && start <= scroll.end,
    );
    await settled();
    const slowFrames = scroll.frames.filter((f) => f > 16.7).length;
    return {
      firstThumbnailsMs: first,
      imagesBefore: before.images,
      imageKbBefore: before.imageBytes / 1024,
      kbBefore: before.bytes / 1024,
      slowFrames,
      frames: scroll.frames.length,
      slowShare: (100 * slowFrames) / Math.max(1, scroll.frames.length),
      longestTaskMs: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
      scrollMs: scroll.end - scroll.start,
      imagesAfter: net.images,
      kbAfter: net.bytes / 1024,
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(join(frontendDir, 'index.html'))) {
    throw new Error(`no built official frontend at ${frontendDir}: run scripts/official-frontend.sh (or set OFFICIAL_FRONTEND)`);
  }
  if (!existsSync(join(repo, 'dist', 'gradio-kit', 'gradio-kit.esm.js'))) throw new Error('no dist/: run npm run build first');
  const [browser, site, server] = await Promise.all([
    launchChromium(),
    startEmbedSite(),
    startGradioApp('gallery_many', { gradio: 6, frontend: frontendDir, timeoutMs: 300_000 }),
  ]);
  const samples: Record<Side, Sample[]> = { official: [], kit: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so drift in the shared machine hits both alike.
      for (const side of i % 2 ? [...sides].reverse() : sides) {
        const sample = await measure(browser, pageUrl(side, server, site));
        console.error(`[gallery] run ${i + 1} ${side}: ${JSON.stringify(sample, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
        samples[side].push(sample);
      }
    }
  } finally {
    await Promise.allSettled([browser.close(), site.close(), server.stop()]);
  }
  const rows: [string, keyof Sample, (n: number) => string][] = [
    ['first row of thumbnails visible (ms)', 'firstThumbnailsMs', (n) => n.toFixed(0)],
    ['image requests before any scroll', 'imagesBefore', String],
    ['image KB before any scroll', 'imageKbBefore', (n) => n.toFixed(0)],
    ['all KB before any scroll', 'kbBefore', (n) => n.toFixed(0)],
    ['frames > 16.7 ms while scrolling', 'slowFrames', String],
    ['frames while scrolling', 'frames', String],
    ['share of frames > 16.7 ms (%)', 'slowShare', (n) => n.toFixed(0)],
    ['longest task while scrolling (ms)', 'longestTaskMs', (n) => n.toFixed(0)],
    ['scroll top to bottom (ms)', 'scrollMs', (n) => n.toFixed(0)],
    ['image requests after scrolling to the end', 'imagesAfter', String],
    ['all KB after scrolling to the end', 'kbAfter', (n) => n.toFixed(0)],
  ];
  console.log(`Gallery of 500 images (examples/apps/gallery_many.py), one Gradio 6.25 server, headless Chromium ${viewport.width}x${viewport.height},`);
  console.log(`cold context, scrolled at ${speed} px/s, median of ${runs} runs.\n`);
  console.log('| measure | official | kit | kit/official |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, key, format] of rows) {
    const official = median(samples.official.map((s) => s[key]));
    const kit = median(samples.kit.map((s) => s[key]));
    console.log(`| ${name} | ${format(official)} | ${format(kit)} | ${official > 0 ? (kit / official).toFixed(2) : '-'} |`);
  }
}

await main();
