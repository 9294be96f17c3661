/**
 * Streaming into a long chat, in headless Chromium: a `<gr-chatbot>` already holding 200 messages (Markdown
 * with code, lists and math) receives a reply of 2,000 tokens at 100 value updates per second, as
 * `<gradio-app>` sets it from a streamed output (a new value array each time). Reports the longest
 * main-thread task (Long Tasks API) and how many animation frames took longer than 16.7 ms while it
 * streamed. Median of RUNS runs (default 3), each in a fresh browser context.
 *
 * Run: npx tsx bench/chat-stream.ts   (after `npm run build`)
 */
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const history = Number(process.env.HISTORY ?? 200);
const tokens = Number(process.env.TOKENS ?? 2000);
const perSecond = 100;

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
          done({ longest, slowFrames, frames, seconds: (performance.now() - start) / 1000 });
        }));
      }
    }, ${1000 / perSecond});
  });
})`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const cdn = await startStaticServer(join(repo, 'dist'), { cors: true, cacheControl: 'public, max-age=600' });
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages: { '/': () => pageHtml(cdn.url) } });
  const browser = await launchChromium();
  const results: { longest: number; slowFrames: number; frames: number; seconds: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url);
      results.push((await page.evaluate(script)) as (typeof results)[number]);
      await context.close();
    }
  } finally {
    await browser.close();
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
}

await main();
