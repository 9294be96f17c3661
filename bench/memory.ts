/**
 * Peak memory of gradio-kit/client vs @gradio/client on the same real Gradio server, in one run, printed as
 * ratios (ours / official). Not a test: see bench/README.md.
 *
 * Two workloads, each run in a fresh Node process per client (`--expose-gc`), RUNS times, alternating which
 * client goes first:
 * - `concurrent`: 200 concurrent `submit`s of the `hello` app on one client;
 * - `stream`: one `submit` of `stream_many` that streams 1,000 messages as fast as the server yields them.
 * Measured above a baseline taken after connecting, one warm-up call and `gc()`: the peak RSS and the peak
 * `heapUsed + external` (`process.memoryUsage()`, sampled every millisecond and once more at the end).
 *
 * Run: npx tsx bench/memory.ts        (GRADIO=6 for Gradio 6.25; RUNS=5 by default)
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client as Official } from '@gradio/client';
import { type GradioMajor, type GradioServer, startGradioApp } from '../scripts/gradio-server';
import { Client as Ours } from '../src/client/index';

type Kind = 'ours' | 'official';
type Workload = 'concurrent' | 'stream';
/** Bytes above the baseline. */
interface Peaks {
  rss: number;
  heap: number;
}

/** What both clients offer, as used here. */
interface BenchClient {
  predict(endpoint: string, data: unknown[]): Promise<unknown>;
  submit(endpoint: string, data: unknown[]): AsyncIterable<{ type: string; stage?: string; data?: unknown }>;
  close(): void;
}

const open = async (kind: Kind, url: string): Promise<BenchClient> =>
  (kind === 'ours' ? await Ours.connect(url) : await Official.connect(`${url}/`, { events: ['data', 'status'] })) as unknown as BenchClient;

/** Iterates a job until its final status; its last data. */
async function finish(job: ReturnType<BenchClient['submit']>): Promise<unknown> {
  let last: unknown;
  for await (const event of job) {
    if (event.type === 'data') last = event.data;
    if (event.type === 'status' && (event.stage === 'complete' || event.stage === 'error')) break;
  }
  return last;
}

/** The workloads; each checks its results, so that a failing client cannot look cheap. */
const workloads: Record<Workload, { app: string; warm: unknown[]; run(client: BenchClient): Promise<void> }> = {
  concurrent: {
    app: 'hello',
    warm: ['warm'],
    async run(client) {
      const outputs = await Promise.all(Array.from({ length: 200 }, (_, i) => finish(client.submit('/predict', [`n${i}`]))));
      const wrong = outputs.findIndex((data, i) => (data as string[])?.[0] !== `Hello, n${i}!`);
      if (wrong >= 0) throw new Error(`call ${wrong} returned ${JSON.stringify(outputs[wrong])}`);
    },
  },
  stream: {
    app: 'stream_many',
    warm: [2],
    async run(client) {
      let messages = 0;
      for await (const event of client.submit('/predict', [1000])) {
        if (event.type === 'data') messages++;
        if (event.type === 'status' && (event.stage === 'complete' || event.stage === 'error')) break;
      }
      // (a client may fold the last update into the completion; all 1,000 streamed ones must arrive)
      if (messages < 1000) throw new Error(`${messages} of 1000 streamed messages arrived`);
    },
  },
};

/** Child mode: one workload with one client; prints its {@link Peaks} as JSON. */
async function child(workload: Workload, kind: Kind, url: string): Promise<void> {
  const gc = globalThis.gc as () => void;
  const { warm, run } = workloads[workload];
  const client = await open(kind, url);
  await client.predict('/predict', warm);
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  gc();
  const at = () => {
    const { rss, heapUsed, external } = process.memoryUsage();
    return { rss, heap: heapUsed + external };
  };
  const base = at();
  const peak = { ...base };
  const sample = () => {
    const now = at();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heap);
  };
  const sampler = setInterval(sample, 1);
  await run(client);
  sample();
  clearInterval(sampler);
  client.close();
  const peaks: Peaks = { rss: peak.rss - base.rss, heap: peak.heap - base.heap };
  console.log(JSON.stringify(peaks));
  process.exit(0);
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

async function main(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 5);
  const gradio = Number(process.env.GRADIO ?? 5) as GradioMajor;
  // The children run plain JavaScript (no TypeScript loader thread in the measured process).
  const script = fileURLToPath(new URL('./.memory.mjs', import.meta.url));
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: script,
    logLevel: 'warning',
  });
  const servers: GradioServer[] = [];
  try {
    servers.push(...(await Promise.all(['hello', 'stream_many'].map((app) => startGradioApp(app, { gradio, timeoutMs: 300_000 })))));
    const url = (app: string) => servers.find((s) => s.app === app)?.url as string;
    console.log(`\nPeak memory above baseline, gradio-kit/client vs @gradio/client (Gradio ${gradio}): median (min-max) of ${runs} runs\n`);
    for (const workload of Object.keys(workloads) as Workload[]) {
      const results: Record<Kind, Peaks[]> = { ours: [], official: [] };
      for (let i = 0; i < runs; i++) {
        for (const kind of i % 2 ? (['official', 'ours'] as const) : (['ours', 'official'] as const)) {
          const out = execFileSync(process.execPath, ['--expose-gc', script, 'child', workload, kind, url(workloads[workload].app)], {
            encoding: 'utf8',
          });
          results[kind].push(JSON.parse(out.trim().split('\n').at(-1) as string));
        }
      }
      for (const key of ['heap', 'rss'] as const) {
        const [ours, official] = [results.ours.map((r) => r[key]), results.official.map((r) => r[key])];
        const shown = (v: number[]) => `${kib(middle(v))} (${kib(Math.min(...v))}-${kib(Math.max(...v))})`;
        const label = `${workload === 'concurrent' ? '200 concurrent submits' : '1,000 streamed messages'}, peak ${key === 'heap' ? 'heap + external' : 'RSS'}`;
        console.log(`${label.padEnd(52)} ${shown(ours).padStart(28)}  /  ${shown(official).padStart(28)}  = ${(middle(ours) / middle(official)).toFixed(2)}`);
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(script, { force: true });
  }
}

const [mode, workload, kind, url] = process.argv.slice(2);
(mode === 'child' ? child(workload as Workload, kind as Kind, url) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
