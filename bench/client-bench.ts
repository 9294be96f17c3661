/**
 * gradio-kit/client against @gradio/client on the same real Gradio 5.14 server, in one run, printed as
 * ratios (ours / official). Not a test: see bench/README.md for the command and the aims.
 *
 * - latency: median of 200 sequential `predict` calls on `hello`;
 * - throughput: wall time and memory of 200 concurrent submits on one client, each client in its own Node
 *   process so that neither's heap affects the other, 5 runs each, interleaved: peak heap + external above a
 *   post-`gc()` baseline (the aim), and as secondary figures the live memory half-way, the bytes allocated
 *   and the peak RSS;
 * - bytes: gzip size of a minified browser ESM bundle (esbuild) of `import { Client } from ...`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { Client as Official } from '@gradio/client';
import { build } from 'esbuild';
import { startGradioApp } from '../scripts/gradio-server';
import { Client as Ours } from '../src/client/index';

type Kind = 'ours' | 'official';
const connect = (kind: Kind, url: string): Promise<any> =>
  kind === 'ours' ? Ours.connect(url) : Official.connect(`${url}/`, { events: ['data', 'status'] });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function latency(kind: Kind, url: string): Promise<number> {
  const client = await connect(kind, url);
  for (let i = 0; i < 20; i++) await client.predict('/predict', ['warm']);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await client.predict('/predict', [`n${i}`]);
    times.push(performance.now() - start);
  }
  client.close();
  return median(times);
}

/** What one child process measured (bytes and ms). */
interface Sample {
  wall: number;
  /** Peak of `used_heap_size + external_memory` above the baseline. */
  peak: number;
  /** Live (`gc()`ed) heap + external above the baseline when half the jobs had completed. */
  live: number;
  /** Heap bytes allocated during the run (from the GC profiler's before/after figures). */
  allocated: number;
  /** Peak RSS above the baseline RSS. */
  rss: number;
}

/** The JS heap plus memory held outside it by JS objects (ArrayBuffers, Buffers; `arrayBuffers` is part of it). */
const heapAndExternal = () => {
  const { used_heap_size, external_memory } = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory: number };
  return used_heap_size + external_memory;
};

/**
 * Child-process mode (run with `--expose-gc`): 200 concurrent submits, prints a {@link Sample}. The baseline is
 * taken after connecting, one warm-up call and a full `gc()`. The heap only grows between two collections, so
 * its exact peak is the largest figure the GC profiler recorded just before a collection (or the last figure);
 * a 1 ms sampler adds the external memory's and RSS's peaks.
 */
async function concurrent(kind: Kind, url: string): Promise<void> {
  const gc = globalThis.gc as () => void;
  const client = await connect(kind, url);
  await client.predict('/predict', ['warm']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  gc();
  const base = heapAndExternal();
  const baseHeap = getHeapStatistics().used_heap_size;
  const baseRss = process.memoryUsage.rss();
  let peak = base;
  let peakRss = baseRss;
  let live = 0;
  let completed = 0;
  const sample = () => {
    peak = Math.max(peak, heapAndExternal());
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 1);
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      let last: unknown;
      for await (const event of client.submit('/predict', [`n${i}`])) {
        if (event.type === 'data') last = event.data;
        if (event.type === 'status' && (event.stage === 'complete' || event.stage === 'error')) break;
      }
      if (++completed === 100) {
        // Half-way: 100 jobs still queued (all joined long ago). What the client holds for them.
        sample();
        gc();
        live = heapAndExternal() - base;
      }
      return last;
    }),
  );
  const wall = performance.now() - start;
  sample();
  clearInterval(timer);
  const { statistics } = profiler.stop();
  // Allocated = what the heap grew by between collections (and since the last one).
  let allocated = 0;
  let after = baseHeap;
  for (const { beforeGC, afterGC } of statistics) {
    peak = Math.max(peak, beforeGC.heapStatistics.usedHeapSize + beforeGC.heapStatistics.externalMemory);
    allocated += Math.max(0, beforeGC.heapStatistics.usedHeapSize - after);
    after = afterGC.heapStatistics.usedHeapSize;
  }
  allocated += Math.max(0, getHeapStatistics().used_heap_size - after);
  if (results.some((r, i) => (r as string[])?.[0] !== `Hello, n${i}!`)) throw new Error(`${kind}: wrong results`);
  client.close();
  const sampleOut: Sample = { wall, peak: peak - base, live, allocated, rss: peakRss - baseRss };
  console.log(JSON.stringify(sampleOut));
  process.exit(0);
}

async function bundleBytes(specifier: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { Client } from ${JSON.stringify(specifier)};`, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const RUNS = Number(process.env.RUNS ?? 5);

async function main(): Promise<void> {
  const [mode, kind, url] = process.argv.slice(2);
  if (mode === 'concurrent') return concurrent(kind as Kind, url);
  const server = await startGradioApp('hello');
  try {
    const rows: Array<[string, string, string, string]> = [];
    const KiB = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    const ms = (time: number) => `${time.toFixed(1)} ms`;
    /** `median (min-max)` of each side and the ratio of the medians. */
    const ratio = (name: string, ours: number[], official: number[], unit: (n: number) => string) => {
      const show = (v: number[]) => (v.length > 1 ? `${unit(median(v))} (${unit(Math.min(...v))}-${unit(Math.max(...v))})` : unit(v[0]));
      rows.push([name, show(ours), show(official), (median(ours) / median(official)).toFixed(2)]);
    };
    const [oursLatency, officialLatency] = [await latency('ours', server.url), await latency('official', server.url)];
    ratio('median predict latency (200 sequential, hello)', [oursLatency], [officialLatency], ms);
    const child = (k: Kind): Sample =>
      JSON.parse(
        execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'concurrent', k, server.url], { encoding: 'utf8' }).trim().split('\n').at(-1) as string,
      );
    // Interleaved, and the order alternates (ABBA...), so that drift in the server or machine hits both alike.
    const runs: Record<Kind, Sample[]> = { ours: [], official: [] };
    for (let i = 0; i < RUNS; i++) for (const k of i % 2 ? (['official', 'ours'] as const) : (['ours', 'official'] as const)) runs[k].push(child(k));
    const of = (key: keyof Sample) => [runs.ours.map((r) => r[key]), runs.official.map((r) => r[key])] as const;
    ratio(`wall time, 200 concurrent submits (median of ${RUNS})`, ...of('wall'), ms);
    ratio('peak heap + external above baseline, 200 concurrent', ...of('peak'), KiB);
    ratio('bundle, minified + gzip (B)', [await bundleBytes('../src/client/index.ts')], [await bundleBytes('@gradio/client')], String);
    ratio('  live heap + external with 100 jobs queued', ...of('live'), KiB);
    ratio('  heap allocated during the 200 submits', ...of('allocated'), KiB);
    ratio('  peak RSS above baseline', ...of('rss'), KiB);
    console.log(`\ngradio-kit/client vs @gradio/client: median (min-max) of ${RUNS} runs; ratio of medians (ours / official; lower is better)\n`);
    const width = (i: number) => Math.max(...rows.map((r) => r[i].length));
    for (const [name, ours, official, r] of rows) {
      console.log(`${name.padEnd(width(0))}  ${ours.padStart(width(1))}  /  ${official.padStart(width(2))}  = ${r}`);
    }
    console.log('\n(indented rows: secondary figures, no aim)');
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
