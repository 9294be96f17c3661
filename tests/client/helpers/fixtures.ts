/**
 * Reads the recorded traffic of `tests/fixtures/traffic` (Gradio 5.14 and 6.25, made by
 * `scripts/record-traffic.ts`; `GRADIO_FIXTURES` points elsewhere) and serves it through a fake `fetch`, so
 * the whole client (SSE reader, message model, normaliser, job routing) runs over real transcripts without a
 * server. Node only (reads files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturesDir: string = process.env.GRADIO_FIXTURES ?? join(import.meta.dirname, '../../fixtures/traffic');
export const versions = ['gradio-5.14', 'gradio-6.25'] as const;

/** The body of the first response (or of response `n`) in a transcript file. */
function responseBody(text: string, n = ''): string {
  const marker = `=== RESPONSE${n ? ` ${n}` : ''}`;
  const start = text.indexOf(marker);
  const headerEnd = text.indexOf('\n\n', start);
  const next = text.indexOf('\n=== ', headerEnd);
  return text.slice(headerEnd + 2, next < 0 ? undefined : next).replace(/\n+$/, '');
}

/** The body of request `n`. */
function requestBody(text: string, n: string): string {
  const start = text.indexOf(`=== REQUEST ${n} ===`);
  const headerEnd = text.indexOf('\n\n', start);
  return text.slice(headerEnd + 2, text.indexOf('\n=== ', headerEnd)).trim();
}

export function readFixture(version: string, name: string): string {
  return readFileSync(join(fixturesDir, version, `${name}.txt`), 'utf8');
}

/** Names of the predict transcripts of a version (`hello-predict`, `state_counter-predict-1`, ...). */
export function predictTranscripts(version: string): string[] {
  return readdirSync(join(fixturesDir, version))
    .filter((f) => f.includes('-predict'))
    .map((f) => f.replace(/\.txt$/, ''));
}

export interface Transcript {
  app: string;
  config: Record<string, any>;
  info: string;
  /** The JOIN request body. */
  join: { data: unknown[]; fn_index: number; event_data: unknown; trigger_id: number | null };
  eventId: string;
  /** The raw SSE body of `/queue/data`, exactly as recorded. */
  sse: string;
}

export function loadTranscript(version: string, name: string): Transcript {
  const app = name.replace(/-predict.*$/, '');
  const text = readFixture(version, name);
  return {
    app,
    config: JSON.parse(responseBody(readFixture(version, `${app}-config`))),
    info: responseBody(readFixture(version, `${app}-info`)),
    join: JSON.parse(requestBody(text, '1')),
    eventId: JSON.parse(responseBody(text, '1')).event_id,
    sse: `${responseBody(text, '2 (raw SSE lines)')}\n\n`,
  };
}

/** The messages of an SSE body, split the simple way (one `data:` line per message). */
export function sseMessages(sse: string): Array<Record<string, any>> {
  return sse
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => JSON.parse(line.slice(6)));
}

/** A `ReadableStream` that delivers `text` in chunks of the given sizes (cycled), then ends (or errors). */
export function chunkedStream(text: string, sizes: number[] = [text.length || 1], error?: Error): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  let turn = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        if (error) controller.error(error);
        else controller.close();
        return;
      }
      const size = sizes[turn++ % sizes.length];
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

export interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

export type Route = (request: Recorded) => Response | Promise<Response>;

/** A fake `fetch`: the first route whose key is contained in the URL answers; every request is recorded. */
export function fakeFetch(routes: Record<string, Route>): { fetch: typeof fetch; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    const request = { url, method: init.method ?? 'GET', headers: new Headers(init.headers), body };
    requests.push(request);
    init.signal?.throwIfAborted();
    const key = Object.keys(routes).find((k) => url.includes(k));
    if (!key) return new Response('Not Found', { status: 404 });
    return routes[key](request);
  };
  return { fetch: fake as typeof fetch, requests };
}

export const json = (value: unknown, status = 200): Response =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

export const sse = (text: string, sizes?: number[], error?: Error): Response =>
  new Response(chunkedStream(text, sizes, error), { headers: { 'content-type': 'text/event-stream' } });

/** A fake server replaying one transcript (config, info, join, session stream). */
export function replay(t: Transcript, sizes?: number[]): { fetch: typeof fetch; requests: Recorded[] } {
  const prefix = t.config.api_prefix ?? '';
  return fakeFetch({
    '/config': () => json(t.config),
    [`${prefix}/info`]: () => new Response(t.info),
    [`${prefix}/queue/join`]: () => json({ event_id: t.eventId }),
    [`${prefix}/queue/data`]: () => sse(t.sse, sizes),
    [`${prefix}/heartbeat/`]: () => sse('data: ALIVE\n\n'),
  });
}
