/**
 * gradio-kit/client against @gradio/client on the same real Gradio 5.14 server, in one run, printed as
 * ratios (ours / official). Not a test: see bench/README.md for the command and the aims.
 *
 * - latency: median of 200 sequential `predict` calls on `hello`;
 * - throughput: wall time and peak memory (RSS above the post-connect baseline) of 200 concurrent submits on
 *   one client, each client in its own Node process so that neither's heap affects the other;
 * - bytes: gzip size of a minified browser ESM bundle (esbuild) of `import { Client } from ...`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

/** Child-process mode: 200 concurrent submits, prints `{wall, peak}`. */
async function concurrent(kind: Kind, url: string): Promise<void> {
  const client = await connect(kind, url);
  await client.predict('/predict', ['warm']);
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const start = performance.now();
  const results = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      let last: unknown;
      for await (const event of client.submit('/predict', [`n${i}`])) {
        if (event.type === 'data') last = event.data;
        if (event.type === 'status' && (event.stage === 'complete' || event.stage === 'error')) break;
      }
      return last;
    }),
  );
  const wall = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(timer);
  if (results.some((r, i) => (r as string[])?.[0] !== `Hello, n${i}!`)) throw new Error(`${kind}: wrong results`);
  client.close();
  console.log(JSON.stringify({ wall, peak: peak - base }));
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

async function main(): Promise<void> {
  const [mode, kind, url] = process.argv.slice(2);
  if (mode === 'concurrent') return concurrent(kind as Kind, url);
  const server = await startGradioApp('hello');
  try {
    const rows: Array<[string, number, number, string]> = [];
    const ratio = (name: string, ours: number, official: number, unit: string) => rows.push([name, ours, official, unit]);
    const [oursLatency, officialLatency] = [await latency('ours', server.url), await latency('official', server.url)];
    ratio('median predict latency (200 sequential, hello)', oursLatency, officialLatency, 'ms');
    const child = (k: Kind) =>
      JSON.parse(
        execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'concurrent', k, server.url], { encoding: 'utf8' }).trim().split('\n').at(-1) as string,
      );
    const runs = { ours: [] as Array<{ wall: number; peak: number }>, official: [] as Array<{ wall: number; peak: number }> };
    for (let i = 0; i < 3; i++) for (const k of ['ours', 'official'] as const) runs[k].push(child(k));
    ratio('wall time, 200 concurrent submits (median of 3)', median(runs.ours.map((r) => r.wall)), median(runs.official.map((r) => r.wall)), 'ms');
    ratio('peak memory above baseline, 200 concurrent submits (median of 3)', median(runs.ours.map((r) => r.peak)) / 1024, median(runs.official.map((r) => r.peak)) / 1024, 'KiB');
    ratio('browser bundle, minified + gzip', await bundleBytes('../src/client/index.ts'), await bundleBytes('@gradio/client'), 'B');
    console.log('\ngradio-kit/client vs @gradio/client (ours / official; lower is better)\n');
    for (const [name, ours, official, unit] of rows) {
      console.log(`${name.padEnd(66)} ${ours.toFixed(1).padStart(9)} ${unit} / ${official.toFixed(1).padStart(9)} ${unit} = ${(ours / official).toFixed(2)}`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
