/**
 * `<gr-image-editor>` in headless Chromium, loaded through the CDN entry (lazy loader) from another loopback
 * origin:
 *
 * 1. **Bytes added when first shown**: a page that already runs the loader adds one editor; every script and
 *    stylesheet fetched from then on is counted, gzip level 9 (the official editor adds about 194 KB).
 * 2. **Input-to-pixel latency** of a brush stroke on a 2048 x 2048 canvas with a background and 3 layers:
 *    for each pointer move (real mouse input through the DevTools protocol), the time from the event's
 *    timestamp until the element's handler has stamped the pixels (`handler`), and until the animation
 *    callbacks of the next frame run (`frame`: that frame shows them). Median and 95th percentile of MOVES moves (default 300).
 *
 * Run: npx tsx bench/image-editor.ts   (after `npm run build`)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../scripts/static-server.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const repo = resolve(import.meta.dirname, '..');
const moves = Number(process.env.MOVES ?? 300);

const pageHtml = (cdnUrl: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/gradio-kit/gradio-kit.esm.js"></script></head>
<body style="margin:0"><gr-textbox label="Loaded first"></gr-textbox><div id="slot"></div></body></html>`;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function main() {
  const dist = join(repo, 'dist');
  const cdn = await startStaticServer(dist, { cors: true });
  const site = await startStaticServer(join(repo, 'tests', 'e2e', 'pages'), { pages: { '/': () => pageHtml(cdn.url) } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(site.url);
    await page.waitForFunction(() => document.querySelector('gr-textbox')?.classList.contains('hydrated'));
    await page.waitForLoadState('networkidle');

    // 1. Bytes the editor adds when first shown.
    const fetched = new Set<string>();
    page.on('request', (request) => {
      if (request.url().startsWith(cdn.url)) fetched.add(new URL(request.url()).pathname);
    });
    await page.evaluate(() => {
      const editor = document.createElement('gr-image-editor') as unknown as HTMLElement & Record<string, unknown>;
      editor.canvasSize = [2048, 2048];
      editor.height = 900;
      document.getElementById('slot')!.append(editor);
    });
    await page.waitForFunction(() => document.querySelector('gr-image-editor .editor-stack canvas'));
    await page.waitForLoadState('networkidle');
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const path of fetched) {
      const body = readFileSync(join(dist, decodeURIComponent(path)));
      rawBytes += body.length;
      gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    console.log(`bytes added when first shown: ${fetched.size} files, ${(rawBytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip (official editor: about 194 KB)`);
    console.log(`  ${[...fetched].join(', ')}`);

    // 2. A 2048 x 2048 background and 3 layers, then a long stroke.
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 2048;
      canvas.height = 2048;
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, 2048, 2048);
      gradient.addColorStop(0, '#bae6fd');
      gradient.addColorStop(1, '#166534');
      context.fillStyle = gradient;
      context.fillRect(0, 0, 2048, 2048);
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
      const editor = document.querySelector('gr-image-editor') as HTMLElement & { value: unknown };
      editor.value = { background: { path: 'bg.png', url: URL.createObjectURL(blob) }, layers: [], composite: null, id: null };
    });
    const frame = page.locator('gr-image-editor .editor-frame');
    await page.waitForFunction(() => document.querySelector('gr-image-editor .editor-frame')?.getAttribute('aria-label')?.includes('2048 × 2048'));
    for (let i = 0; i < 2; i++) await page.locator('gr-image-editor .add-layer').click();
    await page.waitForFunction(() => document.querySelectorAll('gr-image-editor .layer-name').length === 3);
    await page.evaluate(() => {
      const samples: Array<{ handler: number; frame: number }> = [];
      (window as unknown as { samples: typeof samples }).samples = samples;
      window.addEventListener('pointermove', (event) => {
        if (!(event.buttons & 1)) return;
        // Runs after the editor's own listener on the canvas: the pixels are stamped by now.
        const handler = performance.now() - event.timeStamp;
        // The frame that shows the pixels runs its animation callbacks after the handler.
        requestAnimationFrame(() => samples.push({ handler, frame: performance.now() - event.timeStamp }));
      });
    });
    const box = (await frame.locator('.editor-stack').boundingBox())!;
    const x0 = box.x + 20;
    const y0 = box.y + 20;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= moves; i++) {
      const t = i / moves;
      await page.mouse.move(x0 + t * (box.width - 40), y0 + Math.sin(t * Math.PI * 6) * 0.3 * box.height + 0.3 * box.height);
    }
    await page.mouse.up();
    const samples = (await page.evaluate(() => (window as unknown as { samples: Array<{ handler: number; frame: number }> }).samples)) as Array<{
      handler: number;
      frame: number;
    }>;
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('gr-image-editor canvas[data-layer="Layer 3"]') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] === 255) n++;
      return n;
    });
    const handler = samples.map((s) => s.handler);
    const frames = samples.map((s) => s.frame);
    console.log(
      `brush stroke on 2048 x 2048, background + 3 layers, ${samples.length} moves: input-to-pixel (handler) median ${percentile(handler, 0.5).toFixed(2)} ms, p95 ${percentile(handler, 0.95).toFixed(2)} ms; input-to-frame median ${percentile(frames, 0.5).toFixed(1)} ms, p95 ${percentile(frames, 0.95).toFixed(1)} ms; ${painted} pixels painted on the active layer`,
    );
  } finally {
    await browser.close();
    await site.close();
    await cdn.close();
  }
}

await main();
