/**
 * Bytes each media element adds when it is first shown: a page loads the kit through its CDN entry and shows
 * one `<gr-textbox>` (so the loader and the shared runtime are in); then one media element with a value is
 * added, and every script and style file the page fetches from then until the element is hydrated (and, for
 * `gr-audio`, its waveform drawn: wavesurfer.js loads then; for `gr-model3d`, its model drawn: three.js, and
 * gsplat for Gaussian splats) is counted, gzip level 9 as a CDN would serve it. Each element in a fresh browser
 * context (cold cache).
 *
 * Run: npx tsx bench/media-bytes.ts   (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../scripts/static-server.ts';
import { encodeWav } from '../src/utils/audio-wav.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const dist = join(repo, 'dist');

/** A 0.5 s tone as a WAV data URL (the element's own encoder on a plain sample array). */
async function toneDataUrl(): Promise<string> {
  const samples = Float32Array.from({ length: 4000 }, (_, i) => 0.4 * Math.sin((2 * Math.PI * 440 * i) / 8000));
  const buffer = { sampleRate: 8000, numberOfChannels: 1, length: samples.length, duration: 0.5, getChannelData: () => samples };
  const bytes = Buffer.from(await encodeWav(buffer as unknown as AudioBuffer).arrayBuffer());
  return `data:audio/wav;base64,${bytes.toString('base64')}`;
}

const svg = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${color}"/></svg>`)}`;

interface Case {
  tag: string;
  /** The row's name, when the tag alone does not say which case it is. */
  name?: string;
  value: unknown;
  /** Page-side JavaScript that makes the value (a `blob:` URL, which JSON cannot carry), instead of `value`. */
  valueScript?: string;
  /** A selector that exists once the element is fully shown. */
  ready: string;
}

/** Page-side JavaScript for a FileData whose `url` is a `blob:` URL of `parts` (a JavaScript array expression). */
function blobFile(name: string, parts: string): string {
  return `({ path: '${name}', orig_name: '${name}', url: URL.createObjectURL(new Blob(${parts})) })`;
}

async function main() {
  const cases: Case[] = [
    {
      tag: 'gr-gallery',
      value: ['red', 'green', 'blue'].map((c) => ({ image: { path: `${c}.svg`, url: svg(c) }, caption: c })),
      ready: 'gr-gallery.hydrated .grid img',
    },
    { tag: 'gr-audio', value: { path: 'tone.wav', url: await toneDataUrl(), orig_name: 'tone.wav' }, ready: 'gr-audio.hydrated .waveform > *' },
    { tag: 'gr-video', value: { path: 'clip.webm', url: 'data:video/webm;base64,AAAA', orig_name: 'clip.webm' }, ready: 'gr-video.hydrated .body' },
    {
      tag: 'gr-model3d',
      name: 'gr-model3d (OBJ mesh)',
      value: null,
      valueScript: blobFile('tri.obj', "['v 0 0 0\\nv 1 0 0\\nv 0 1 0\\nf 1 2 3\\n']"),
      ready: 'gr-model3d[data-status=ready]',
    },
    {
      tag: 'gr-model3d',
      name: 'gr-model3d (.splat)',
      value: null,
      // 64 splats of 32 bytes: position and scale (float32 x3 each), RGBA, rotation (uint8 x4 each).
      valueScript: blobFile(
        'cube.splat',
        `[(() => {
          const view = new DataView(new ArrayBuffer(64 * 32));
          for (let i = 0; i < 64; i++) {
            [i % 4, (i >> 2) % 4, i >> 4, 0.1, 0.1, 0.1].forEach((v, n) => view.setFloat32(i * 32 + 4 * n, v, true));
            [200, 40, 40, 255, 255, 128, 128, 128].forEach((v, n) => view.setUint8(i * 32 + 24 + n, v));
          }
          return view.buffer;
        })()]`,
      ),
      ready: 'gr-model3d[data-status=ready]',
    },
  ];
  const cdn = await startStaticServer(dist, { cors: true, cacheControl: 'public, max-age=600' });
  const page = (cdnUrl: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/gradio-kit/gradio-kit.esm.js"></script></head>
<body><gr-textbox label="Baseline"></gr-textbox><div id="slot"></div></body></html>`;
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages: { '/': () => page(cdn.url) } });
  const browser = await launchChromium();
  const rows: string[] = [];
  try {
    for (const item of cases) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(site.url);
      await tab.waitForSelector('gr-textbox.hydrated');
      const before = cdn.requests.length;
      // A string, not a function: tsx's helpers do not exist in the page.
      await tab.evaluate(`(() => {
        const el = document.createElement('${item.tag}');
        el.value = ${item.valueScript ?? JSON.stringify(item.value)};
        document.getElementById('slot').append(el);
      })()`);
      await tab.waitForSelector(item.ready, { timeout: 30_000 });
      const files = [...new Set(cdn.requests.slice(before))].filter((path) => /\.(js|css)$/.test(path));
      const sizes = files.map((path) => {
        const text = readFileSync(join(dist, decodeURIComponent(path)));
        // DOMPurify comes with `safeMediaUrl` (sanitize.ts); the other chunks are the element's own code,
        // the shared upload zone / media helpers, wavesurfer.js (gr-audio, loaded with the first waveform),
        // three.js and gsplat (gr-model3d).
        const note = text.includes('DOMPurify') ? 'DOMPurify' : text.includes('u_colorTransformIndices') ? 'gsplat' : text.includes('WebGLRenderer') ? 'three.js' : '';
        return { bytes: gzipSync(text, { level: 9 }).length, note };
      });
      const gzip = sizes.reduce((sum, file) => sum + file.bytes, 0);
      const largest = [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
      const detail = largest.map((file) => `${file.bytes.toLocaleString('en')}${file.note ? ` (${file.note})` : ''}`).join(', ');
      rows.push(`| \`${item.name ?? item.tag}\` | ${files.length} | ${gzip.toLocaleString('en')} B | ${detail} |`);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
    await cdn.close();
  }
  console.log('| element | files fetched on first show | gzip (level 9) | largest files (B) |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

await main();
