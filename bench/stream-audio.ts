/**
 * Streamed audio output latency, in headless Chromium against a real Gradio server: `<gradio-app>` embeds
 * `examples/apps/media_stream.py`, whose generator yields CHUNKS chunks of 0.5 s, PAUSE seconds apart (1 s by
 * default, longer than a chunk, so playback has drained when the next chunk comes and each chunk is timed on
 * its own). For each chunk: from its arrival in the page (the `<gr-audio>` value set from the yield's message)
 * to its being audible (the `<audio>` element's `currentTime` passing the chunk's start in the stream, the
 * segment durations read from the playlist). Prints each chunk's latency and the median, RUNS runs.
 *
 * Chromium plays HLS itself; HLSJS=1 hides that (as in a browser without it) so that hls.js plays the stream.
 *
 * Run: npx tsx bench/stream-audio.ts   (after `npm run build`; GRADIO=5|6, RUNS=3, CHUNKS=6, PAUSE=1, HLSJS=0|1)
 */
import { type GradioMajor, startGradioApp } from '../scripts/gradio-server.ts';
import { waitForAppReady, startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const gradio = Number(process.env.GRADIO ?? 5) as GradioMajor;
const runs = Number(process.env.RUNS ?? 3);
const chunks = Number(process.env.CHUNKS ?? 6);
const pause = Number(process.env.PAUSE ?? 1);
const forceHlsJs = process.env.HLSJS === '1';

interface Trace {
  /** `performance.now()` when each yield's value reached the element. */
  arrivals: number[];
  /** `[performance.now(), currentTime]` samples, one per animation frame. */
  samples: Array<[number, number]>;
  /** The playlist's segment durations. */
  durations: number[];
  /** Whether the browser played HLS itself (else hls.js). */
  native: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await startGradioApp('media_stream', { gradio });
const site = await startEmbedSite();
const browser = await launchChromium();
const all: number[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    if (forceHlsJs) {
      await page.addInitScript(() => {
        const canPlayType = HTMLMediaElement.prototype.canPlayType;
        HTMLMediaElement.prototype.canPlayType = function (type: string) {
          return /mpegurl/i.test(type) ? '' : canPlayType.call(this, type);
        };
      });
    }
    await page.goto(site.page(`stream-audio-${run}`, `<gradio-app src="${server.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    await app.locator('gr-number', { hasText: 'chunks' }).locator('input').fill(String(chunks));
    await app.locator('gr-number', { hasText: 'pause' }).locator('input').fill(String(pause));
    // Page side: note each new value of the streamed player and the playback clock at every frame.
    await page.evaluate(() => {
      const root = document.querySelector('gradio-app')!.shadowRoot!;
      const player = [...root.querySelectorAll('gr-audio')].find((el) => el.textContent?.includes('tone stream')) as HTMLElement & { value: unknown };
      const trace = { arrivals: [] as number[], samples: [] as Array<[number, number]>, done: false };
      (window as unknown as { trace: typeof trace }).trace = trace;
      let last: unknown = player.value;
      const frame = () => {
        if (player.value !== last && player.value) {
          last = player.value;
          trace.arrivals.push(performance.now());
        }
        const audio = player.querySelector('audio');
        if (audio) trace.samples.push([performance.now(), audio.currentTime]);
        if (!trace.done) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await app.locator('gr-button', { hasText: 'Stream a tone' }).locator('button').click();
    // The whole stream has played: its last second of media is behind the clock.
    const expected = chunks * 0.5;
    await page.waitForFunction((end) => {
      const trace = (window as unknown as { trace: { samples: Array<[number, number]> } }).trace;
      return (trace.samples.at(-1)?.[1] ?? 0) >= end - 0.05;
    }, expected - 0.2, { timeout: 60_000 + chunks * pause * 1000 });
    const trace: Trace = await page.evaluate(async () => {
      const t = (window as unknown as { trace: Trace & { done: boolean } }).trace;
      t.done = true;
      const root = document.querySelector('gradio-app')!.shadowRoot!;
      const player = [...root.querySelectorAll('gr-audio')].find((el) => el.textContent?.includes('tone stream')) as HTMLElement & { value: { url: string } };
      const playlist = await (await fetch(player.value.url)).text();
      const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
      const native = player.querySelector('audio')!.canPlayType('application/vnd.apple.mpegurl') !== '';
      return { arrivals: t.arrivals, samples: t.samples, durations, native };
    });
    await page.close();
    // The first arrival is the first yield; each yield adds one segment.
    const latencies: number[] = [];
    let start = 0;
    for (let i = 0; i < Math.min(trace.arrivals.length, trace.durations.length); i++) {
      const audible = trace.samples.find(([, time]) => time > start + 0.01)?.[0];
      if (audible !== undefined) latencies.push(Math.max(0, audible - trace.arrivals[i]));
      start += trace.durations[i];
    }
    all.push(...latencies);
    console.log(
      `run ${run + 1} (Gradio ${gradio}, ${trace.native ? 'native HLS' : 'hls.js'}): ${trace.arrivals.length} chunks arrived, latency ms ${latencies.map((l) => l.toFixed(0)).join(' ')}; median ${median(latencies).toFixed(0)}`,
    );
  }
  console.log(`chunk arrival -> audible, all runs: median ${median(all).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms (${all.length} chunks)`);
} finally {
  await browser.close();
  await site.close();
  await server.stop();
}
