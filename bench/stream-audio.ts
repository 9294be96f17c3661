/**
 * Streamed audio output latency, in headless Chromium against a real Gradio server: `<gradio-app>` embeds
 * `examples/apps/media_stream.py`, whose generator yields CHUNKS chunks of 0.5 s, PAUSE seconds apart (1 s by
 * default, longer than a chunk, so playback has drained when the next chunk comes and each chunk is timed on
 * its own). For each chunk: from its arrival in the page (the `<gr-audio>` value set from the yield's message)
 * to its being audible (the `<audio>` element's `currentTime` passing the chunk's start in the stream, the
 * segment durations read from the playlist). Prints each chunk's latency and the median, RUNS runs.
 *
 * hls.js plays the stream wherever Media Source Extensions exist; NATIVE=1 hides them (as on iOS Safari) so
 * that Chromium's own HLS player plays it.
 *
 * Run: npx tsx bench/stream-audio.ts   (after `npm run build`; GRADIO=5|6, RUNS=3, CHUNKS=6, PAUSE=1, NATIVE=0|1)
 */
import { type GradioMajor, startGradioApp } from '../scripts/gradio-server.ts';
import { waitForAppReady, startEmbedSite } from '../tests/e2e/helpers/embed.ts';
import { launchChromium } from '../tests/helpers/browser.ts';

const gradio = Number(process.env.GRADIO ?? 5) as GradioMajor;
const runs = Number(process.env.RUNS ?? 3);
const chunks = Number(process.env.CHUNKS ?? 6);
const pause = Number(process.env.PAUSE ?? 1);
const forceNative = process.env.NATIVE === '1';

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

/** Page-side scripts, as strings (tsx's helpers do not exist in the page). */
const hideMse = 'delete window.MediaSource; delete window.ManagedMediaSource;';
/** Notes each new value of the streamed player and the playback clock at every animation frame. */
const watch = `{
  const root = document.querySelector('gradio-app').shadowRoot;
  const player = [...root.querySelectorAll('gr-audio')].find((el) => el.textContent.includes('tone stream'));
  const trace = { arrivals: [], samples: [], done: false, player };
  window.trace = trace;
  let last = player.value;
  const frame = () => {
    if (player.value !== last && player.value) { last = player.value; trace.arrivals.push(performance.now()); }
    const audio = player.querySelector('audio');
    if (audio) trace.samples.push([performance.now(), audio.currentTime]);
    if (!trace.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}`;
const collect = `(async () => {
  const t = window.trace;
  t.done = true;
  const playlist = await (await fetch(t.player.value.url)).text();
  const durations = [...playlist.matchAll(/#EXTINF:([\\d.]+)/g)].map((m) => Number(m[1]));
  const native = !t.player.querySelector('audio').src.startsWith('blob:');
  return { arrivals: t.arrivals, samples: t.samples, durations, native };
})()`;

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
    if (forceNative) await page.addInitScript(hideMse);
    await page.goto(site.page(`stream-audio-${run}`, `<gradio-app src="${server.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    await app.locator('gr-number', { hasText: 'chunks' }).locator('input').fill(String(chunks));
    await app.locator('gr-number', { hasText: 'pause' }).locator('input').fill(String(pause));
    await page.evaluate(watch);
    await app.locator('gr-button', { hasText: 'Stream a tone' }).locator('button').click();
    // The whole stream has played: its last chunk's media is behind the clock.
    await page.waitForFunction(`(window.trace.samples.at(-1)?.[1] ?? 0) >= ${chunks * 0.5 - 0.25}`, null, { timeout: 60_000 + chunks * pause * 1000 });
    const trace = (await page.evaluate(collect)) as Trace;
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
