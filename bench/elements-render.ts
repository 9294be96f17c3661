/**
 * First render of a page with 200 mixed elements of the component kit (issue 5), in headless Chromium:
 * from navigation start until every element is hydrated and a frame has been painted, loading the kit
 * through its CDN entry (lazy loader) from another loopback origin. Median of RUNS runs (default 7), each in
 * a fresh browser context (cold cache).
 *
 * Run: npx tsx bench/elements-render.ts   (after `npm run build`)
 */
import { join, resolve } from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 7);
const count = 200;

/** One markup sample per element kind, cycled to make the 200. */
const samples: string[] = [
  '<gr-textbox label="Name" value="Ada"></gr-textbox>',
  '<gr-number label="Count" value="3"></gr-number>',
  '<gr-slider label="Level" minimum="0" maximum="10" value="4"></gr-slider>',
  '<gr-checkbox label="Agree" value="true"></gr-checkbox>',
  '<gr-button value="Run" variant="primary"></gr-button>',
  '<gr-markdown value="**bold** and `code`"></gr-markdown>',
  '<gr-dropdown label="Pick" id="dd"></gr-dropdown>',
  '<gr-radio label="Choice"></gr-radio>',
  '<gr-checkbox-group label="Options"></gr-checkbox-group>',
  '<gr-json id="json"></gr-json>',
  '<gr-label id="label"></gr-label>',
  '<gr-color-picker label="Colour" value="#ff0000"></gr-color-picker>',
  '<gr-html value="<p>html</p>"></gr-html>',
  '<gr-highlighted-text id="ht"></gr-highlighted-text>',
  '<gr-date-time label="When"></gr-date-time>',
  '<gr-accordion label="More" open><gr-textbox label="Inside"></gr-textbox></gr-accordion>',
];

function pageHtml(cdnUrl: string): string {
  const elements = Array.from({ length: count }, (_, i) => samples[i % samples.length]).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/gradio-kit/gradio-kit.esm.js"></script>
<script type="module">
  import { applyTheme } from '${cdnUrl}/themes/index.browser.js';
  applyTheme(document.getElementById('kit'), 'default', { mode: 'light' });
  const choices = [['One', 'one'], ['Two', 'two'], ['Three', 'three']];
  for (const el of document.querySelectorAll('gr-dropdown, gr-radio, gr-checkbox-group')) el.choices = choices;
  for (const el of document.querySelectorAll('gr-json')) el.value = { a: 1, b: [1, 2, 3], c: { d: 'e' } };
  for (const el of document.querySelectorAll('gr-label')) el.value = { label: 'cat', confidences: [{ label: 'cat', confidence: 0.8 }, { label: 'dog', confidence: 0.2 }] };
  for (const el of document.querySelectorAll('gr-highlighted-text')) el.value = [['The ', null], ['cat', 'animal'], [' sat', null]];
</script></head>
<body><div id="kit" style="display:flex;flex-direction:column;gap:8px">${elements}</div></body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const cdn = await startStaticServer(join(repo, 'dist'), { cors: true, cacheControl: 'public, max-age=600' });
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages: { '/': () => pageHtml(cdn.url) } });
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url);
      // A string, not a function: tsx's helpers (`__name`) do not exist in the page.
      const ms = (await page.evaluate(`new Promise((resolveTime) => {
        const check = () => {
          const all = document.querySelectorAll('#kit > *').length;
          const hydrated = document.querySelectorAll('#kit > .hydrated').length;
          if (all === ${count} && hydrated === ${count}) requestAnimationFrame(() => resolveTime(performance.now()));
          else setTimeout(check, 5);
        };
        check();
      })`)) as number;
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
    await cdn.close();
  }
  console.log(
    `first render of ${count} mixed elements (${samples.length} kinds), cold cache, headless Chromium: ` +
      `median ${median(times).toFixed(0)} ms over ${runs} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
  );
}

await main();
