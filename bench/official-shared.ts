/**
 * Helpers shared by the benches that put `<gradio-app>` beside Gradio's official frontend on one Gradio 6.25
 * server (bench/official-compare.ts, bench/data-official.ts): the page-side instruments (first render by probe
 * texts, long tasks), the network counters, the wait for idle, and the table formatting.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const repo = resolve(import.meta.dirname, '..');

/** The built official frontend (`scripts/official-frontend.sh`); OFFICIAL_FRONTEND overrides. */
export const frontendDir: string =
  process.env.OFFICIAL_FRONTEND ??
  join(process.env.GRADIO_KIT_CACHE ?? join(homedir(), '.cache', 'gradio-kit'), 'official-frontend-6.25');
export const viewport = { width: 1280, height: 900 };

export type Side = 'official' | 'kit';
export const sides: Side[] = ['official', 'kit'];

/** Throws with what to run when the official frontend's build or the kit's dist/ is missing. */
export function checkBuilds(): void {
  if (!existsSync(join(frontendDir, 'index.html'))) {
    throw new Error(
      `no built official frontend at ${frontendDir}: run scripts/official-frontend.sh <a git directory of gradio-app/gradio> (or set OFFICIAL_FRONTEND)`,
    );
  }
  if (!existsSync(join(repo, 'dist', 'gradio-kit', 'gradio-kit.esm.js'))) throw new Error('no dist/: run npm run build first');
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ratio = (kit: number, official: number): string => (official > 0 ? (kit / official).toFixed(2) : '-');
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * Page-side instruments, installed before any script of the page: long tasks into `__bench.longtasks`, and
 * `__bench.firstRender` set on the first animation frame where every probe text is visible. Kept as a string:
 * tsx's helpers do not exist in the page.
 */
export function instruments(probes: string[]): string {
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
export const longLived = (url: string, type?: string) =>
  type === 'EventSource' || /\/heartbeat\/|\/queue\/data|\/queue\/join|\/stream\//.test(url);

/** Opens a page with the instruments and the network counters; resolves with them. */
export async function openInstrumented(browser: Browser, probes: string[]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript({ content: instruments(probes) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable', { maxTotalBufferSize: 200_000_000, maxResourceBufferSize: 50_000_000 });
  const net = {
    requests: 0,
    servedBytes: 0,
    gzipBytes: 0,
    inflight: new Set<string>(),
    counting: true,
    failed: [] as string[],
    /** Each finished response: its DevTools resource type (Script, Stylesheet, Document, Fetch...) and gzip-9 size. */
    resources: [] as { url: string; type: string; gzipBytes: number }[],
  };
  const urls = new Map<string, string>();
  const types = new Map<string, string>();
  const bodies: Promise<void>[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!net.counting || event.request.url.startsWith('data:')) return;
    net.requests += 1;
    urls.set(event.requestId, event.request.url);
    types.set(event.requestId, event.type ?? 'Other');
    if (!longLived(event.request.url, event.type)) net.inflight.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!net.inflight.delete(event.requestId) || !net.counting) return;
    net.servedBytes += event.encodedDataLength;
    bodies.push(
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then(({ body, base64Encoded }) => {
          const gzipBytes = gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8'), { level: 9 }).length;
          net.gzipBytes += gzipBytes;
          net.resources.push({ url: urls.get(event.requestId) ?? '', type: types.get(event.requestId) ?? 'Other', gzipBytes });
        })
        .catch(() => undefined),
    );
  });
  cdp.on('Network.loadingFailed', (event) => {
    net.inflight.delete(event.requestId);
    // Counted among the requests; said, so that a request that cannot succeed here (web fonts) is visible.
    if (net.counting && !event.canceled) net.failed.push(`${urls.get(event.requestId)} (${event.errorText})`);
  });
  return { context, page, cdp, net, bodies };
}

export interface IdleState {
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
export async function waitForIdle(page: Page, inflight: Set<string>, probes: string[]): Promise<IdleState> {
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
      console.error(`[bench] ${page.url()}: never visible within 30 s: ${missing.join(', ')}`);
    }
    if ((state.firstRender !== null || gaveUp) && inflight.size === 0 && state.now - state.last > 1000) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${page.url()} did not go idle within 90 s (${inflight.size} requests in flight)`);
}

