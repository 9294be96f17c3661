/**
 * Records the HTTP traffic of the example apps on real Gradio servers, as committed test data in
 * `tests/fixtures/traffic/gradio-5.14/` and `tests/fixtures/traffic/gradio-6.25/` (format: that folder's README).
 *
 * Usage: npx tsx scripts/record-traffic.ts [--gradio 5|6] [app ...]
 *   GRADIO_FIXTURES=/some/folder writes there instead (the folder the unit suites read with the same variable)
 *   (as root, like every real-server suite: the servers run in the chroot of scripts/provision-gradio.sh)
 *
 * For each app (hello, stream_text, progress, image_io, state_counter, error, chatbot_stream, file_upload of
 * `examples/apps/`) on each Gradio major this machine has (`gradioVersions`), it starts the app with
 * `startGradioApp`, makes the exchanges with plain `fetch` and writes them down: `GET /config`, `GET
 * /gradio_api/info`, the JOIN of each call with the raw SSE lines of its session stream and their arrival times,
 * the upload of an input file and the download of the produced one, then the same calls through the official
 * `@gradio/client` (`-jsclient.txt`).
 *
 * Nothing is normalised: ports, session hashes, event ids, dates, durations and arrival times are whatever this
 * run got, and the readers (tests/client/helpers/fixtures.ts) depend on none of them. Everything else (inputs,
 * outputs, message order, file contents and so their /tmp/gradio/<sha256> paths) is the same on every run.
 * A call that fails (a gr.Error that was not expected, a JS client call that does not pass) makes the script
 * exit 1 after writing what it got.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import type { Client } from '@gradio/client';
import { type GradioMajor, type GradioServer, gradioVersions, startGradioApp, stopAllGradioApps } from './gradio-server.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the files go: the committed test data, or the folder the readers are pointed at with GRADIO_FIXTURES. */
const outRoot = resolve(process.env.GRADIO_FIXTURES ?? join(repoRoot, 'tests', 'fixtures', 'traffic'));
const versionDir: Record<GradioMajor, string> = { 5: 'gradio-5.14', 6: 'gradio-6.25' };

// ---------------------------------------------------------------------------------------------------------
// Test inputs, made here so that every run sends the same bytes.

/** A 4x3 RGB PNG (a small colour gradient), built by hand: signature, IHDR, IDAT, IEND. */
function samplePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const width = 4;
  const height = 3;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter type None
    for (let x = 0; x < width; x++) rows.push(x * 60, y * 100, 200);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const sampleText = Buffer.from('hello from the sample\n'.repeat(3));
/** The text the JS client uploads as an unnamed Blob (16 bytes). */
const blobText = 'hello from node\n';

interface InputFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** One JOIN + session stream, written to `<file>.txt`. */
interface Call {
  file: string;
  /** The endpoint's api_name (its dependency gives fn_index and trigger_id). */
  api: string;
  /** Input values; a function gets the FileData of the uploaded input file. */
  data: unknown[] | ((file: Record<string, unknown>) => unknown[]);
  /** Calls with the same session letter share a session hash. @default 'a' */
  session?: string;
  /** The call is meant to end in a gr.Error. */
  fails?: boolean;
}

type GradioClientModule = typeof import('@gradio/client');

/** One call through @gradio/client, a line of `<app>-jsclient.txt`. */
interface JsCall {
  label: string;
  /** `client` connected with the defaults, `events` with `{ events: ['data', 'status'] }` (for submit). */
  run(client: Client, gradio: GradioClientModule, events: Client): Promise<unknown>;
  /** The call is meant to reject (with a gr.Error). */
  rejects?: boolean;
}

interface Plan {
  app: string;
  calls: Call[];
  /** Uploaded first (`<app>-upload.txt`); its FileData is given to the calls. */
  upload?: InputFile;
  /** Which output value of the first call is a file to download (`<app>-download.txt`). */
  download?: number;
  js: JsCall[];
}

/** The status and data events of a job, the way the recordings show them. */
async function jobEvents(job: AsyncIterable<{ type: string; stage?: string; progress_data?: unknown; data?: unknown }>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of job) {
    if (event.type === 'status') out.push({ type: 'status', stage: event.stage, ...(event.progress_data ? { progress: event.progress_data } : {}) });
    else if (event.type === 'data') out.push({ type: 'data', data: event.data });
  }
  return out;
}

const predict = (endpoint: string, data: unknown[], shown: string, note = ''): JsCall => ({
  label: `predict('${endpoint}', ${shown})${note ? ` (${note})` : ''}`,
  run: async (client) => (await client.predict(endpoint, data)).data,
});

const submit = (endpoint: string, data: unknown[], shown: string, note = ''): JsCall => ({
  label: `submit('${endpoint}', ${shown}) events${note ? ` (${note})` : ''}`,
  run: (_client, _gradio, events) => jobEvents(events.submit(endpoint, data)),
});

/** predict('/predict') with one file made by `blob`, uploaded by the client's handle_file. */
const predictFile = (kind: string, blob: () => Blob): JsCall => ({
  label: `predict('/predict', [handle_file(${kind} Blob)])`,
  run: async (client, gradio) => (await client.predict('/predict', [gradio.handle_file(blob())])).data,
});

const fileData = (name: string, type: string) => (file: Record<string, unknown>) => [
  { path: file.path, url: null, orig_name: name, size: null, mime_type: type, meta: { _type: 'gradio.FileData' } },
];

const png = samplePng();

const plans: Plan[] = [
  { app: 'hello', calls: [{ file: 'hello-predict', api: 'predict', data: ['World'] }], js: [predict('/predict', ['World'], "['World']")] },
  {
    app: 'stream_text',
    calls: [{ file: 'stream_text-predict', api: 'predict', data: ['tick', 4] }],
    js: [predict('/predict', ['tick', 3], "['tick', 3]", 'generator: last value'), submit('/predict', ['tock', 3], "['tock', 3]")],
  },
  {
    app: 'progress',
    calls: [{ file: 'progress-predict', api: 'predict', data: [3] }],
    js: [submit('/predict', [2], '[2]', 'with progress')],
  },
  {
    app: 'image_io',
    upload: { name: 'in.png', type: 'image/png', bytes: png },
    calls: [{ file: 'image_io-predict', api: 'predict', data: fileData('in.png', 'image/png') }],
    download: 0,
    js: [predictFile('png', () => new Blob([new Uint8Array(png)], { type: 'image/png' }))],
  },
  {
    app: 'state_counter',
    calls: [
      { file: 'state_counter-predict-1', api: 'increment', data: [null, 2] },
      { file: 'state_counter-predict-2', api: 'increment', data: [null, 3] },
      { file: 'state_counter-predict-other-session', api: 'increment', data: [null, 1], session: 'b' },
    ],
    js: [
      predict('/increment', [2], '[2]'),
      predict('/increment', [3], '[3]', 'same client => same session state'),
      predict('/reset', [], '[]'),
    ],
  },
  {
    app: 'error',
    calls: [
      { file: 'error-predict-error', api: 'predict', data: ['bad'], fails: true },
      { file: 'error-predict-ok', api: 'predict', data: ['ok'] },
    ],
    js: [
      predict('/predict', ['ok'], "['ok']"),
      {
        label: "predict('/predict', ['bad']) (expected to reject with gr.Error)",
        rejects: true,
        run: (client) => client.predict('/predict', ['bad']),
      },
    ],
  },
  {
    app: 'chatbot_stream',
    calls: [{ file: 'chatbot_stream-predict', api: 'chat', data: ['hello there', []] }],
    js: [predict('/chat', ['hello there', []], "['hello there', []]"), submit('/chat', ['hi', []], "['hi', []]")],
  },
  {
    app: 'file_upload',
    upload: { name: 'sample.txt', type: 'text/plain', bytes: sampleText },
    calls: [{ file: 'file_upload-predict', api: 'predict', data: fileData('sample.txt', 'text/plain') }],
    download: 1,
    js: [predictFile('text', () => new Blob([blobText]))],
  },
];

// ---------------------------------------------------------------------------------------------------------
// The transcript format.

/** `=== LABEL ===`, the start line and headers, a blank line, then the body (if any). */
function section(label: string, head: string[], body: string): string {
  const text = body.replace(/\n+$/, '');
  return `=== ${label} ===\n${head.join('\n')}\n\n${text ? `${text}\n` : ''}`;
}

function requestSection(label: string, method: string, url: URL, headers: Record<string, string>, body = ''): string {
  const head = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return section(label, head, body);
}

function responseSection(label: string, response: Response, body: string): string {
  const head = [`HTTP/1.1 ${response.status} ${response.statusText}`, ...[...response.headers].map(([k, v]) => `${k}: ${v}`)];
  return section(label, head, body);
}

/** Bytes the way Python prints them (`b'RIFF,\x00\x00\x00WEBPVP8 '`), for binary bodies. */
function bytesRepr(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x27) out += "\\'";
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b'${out}'`;
}

/** A body as text, or a one-line summary when it is not text. */
function shownBody(bytes: Uint8Array, type: string): string {
  if (/^text\/|json/.test(type)) return new TextDecoder().decode(bytes);
  return `[${bytes.length} bytes of ${type.split(';')[0]}; first 16 bytes: ${bytesRepr(bytes.slice(0, 16))}]`;
}

const sessionHash = () => randomBytes(6).toString('hex').slice(0, 11);

// ---------------------------------------------------------------------------------------------------------
// The exchanges.

class Recorder {
  readonly failures: string[] = [];
  #config: { api_prefix: string; dependencies: Array<{ id: number; api_name: string | null; targets: Array<[number | null, string]> }> } = {
    api_prefix: '',
    dependencies: [],
  };

  constructor(
    readonly server: GradioServer,
    readonly dir: string,
  ) {}

  write(name: string, text: string): void {
    const path = join(this.dir, `${name}.txt`);
    writeFileSync(path, text);
    process.stderr.write(`  wrote ${relative(process.cwd(), path)}\n`);
  }

  /** A GET written as one request and its response; returns the response body. */
  async get(file: string | null, path: string): Promise<{ text: string; transcript: string }> {
    const url = new URL(path, this.server.url);
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) this.failures.push(`GET ${path}: HTTP ${response.status}`);
    const transcript = `${requestSection('REQUEST', 'GET', url, {})}\n${responseSection('RESPONSE', response, shownBody(bytes, response.headers.get('content-type') ?? ''))}`;
    if (file) this.write(file, transcript);
    return { text: new TextDecoder().decode(bytes), transcript };
  }

  async config(app: string): Promise<void> {
    this.#config = JSON.parse((await this.get(`${app}-config`, '/config')).text);
    await this.get(`${app}-info`, `${this.#config.api_prefix}/info`);
  }

  /** POST /upload (multipart, built by hand so the transcript shows the exact bytes); returns the server path. */
  async upload(app: string, file: InputFile): Promise<string> {
    const boundary = `----sample${randomBytes(16).toString('hex')}`;
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
      file.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const url = new URL(`${this.#config.api_prefix}/upload?upload_id=${sessionHash()}`, this.server.url);
    const headers = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    // The request body is written byte for byte, each byte as one character (latin1), as the shared copy is.
    this.write(`${app}-upload`, `${requestSection('REQUEST', 'POST', url, headers, body.toString('latin1'))}\n${responseSection('RESPONSE', response, text)}`);
    if (!response.ok) throw new Error(`upload to ${url} failed: HTTP ${response.status} ${text}`);
    return JSON.parse(text)[0];
  }

  /** JOIN, then the session stream until the server closes it; returns the data of process_completed. */
  async call(call: Call, session: string, file: Record<string, unknown> | undefined): Promise<unknown[] | undefined> {
    const dep = this.#config.dependencies.find((d) => d.api_name === call.api);
    if (!dep) throw new Error(`${this.server.app}: no dependency with api_name ${call.api}`);
    const data = typeof call.data === 'function' ? call.data(file ?? {}) : call.data;
    const prefix = this.#config.api_prefix;
    const joinUrl = new URL(`${prefix}/queue/join`, this.server.url);
    const joinHeaders = { 'Content-Type': 'application/json' };
    const joinBody = JSON.stringify({ data, event_data: null, fn_index: dep.id, trigger_id: dep.targets[0]?.[0] ?? null, session_hash: session });
    const start = performance.now();
    const joined = await fetch(joinUrl, { method: 'POST', headers: joinHeaders, body: joinBody });
    const joinText = await joined.text();
    if (!joined.ok) throw new Error(`${this.server.app}: JOIN ${call.file} failed: HTTP ${joined.status} ${joinText}`);

    const streamUrl = new URL(`${prefix}/queue/data?session_hash=${session}`, this.server.url);
    const streamHeaders = { Accept: 'text/event-stream' };
    const stream = await fetch(streamUrl, { headers: streamHeaders, signal: AbortSignal.timeout(120_000) });
    const decoder = new TextDecoder();
    let raw = '';
    let pending = '';
    const arrivals: string[] = [];
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      raw += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const seconds = ((performance.now() - start) / 1000).toFixed(3).padStart(7);
      for (const line of lines) if (line.startsWith('data:')) arrivals.push(`${seconds}  ${line.slice(0, 100)}`);
    }
    const messages = raw
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)));
    const completed = messages.find((m) => m.msg === 'process_completed');
    if (!completed) this.failures.push(`${call.file}: the stream ended without process_completed`);
    else if (completed.success === Boolean(call.fails)) this.failures.push(`${call.file}: success was ${completed.success}`);

    this.write(
      call.file,
      [
        requestSection('REQUEST 1', 'POST', joinUrl, joinHeaders, joinBody),
        responseSection('RESPONSE 1', joined, joinText),
        requestSection('REQUEST 2', 'GET', streamUrl, streamHeaders),
        responseSection('RESPONSE 2 (raw SSE lines)', stream, raw),
        `=== ARRIVAL TIMES (seconds after queue/join was sent) ===\n${arrivals.map((a) => `${a}\n`).join('')}`,
      ].join('\n'),
    );
    return completed?.output?.data;
  }

  /** The same calls through the official client, one line each. */
  async jsClient(plan: Plan): Promise<void> {
    const gradio = await import('@gradio/client');
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@gradio', 'client', 'package.json'), 'utf8'));
    const url = `${this.server.url}/`;
    const lines = [`@gradio/client ${pkg.version} -> ${url} (${plan.app}), node ${process.version}`];
    let passed = 0;
    const step = async (label: string, run: () => Promise<unknown>, rejects = false) => {
      const start = performance.now();
      let line: string;
      try {
        const result = await run();
        line = rejects ? `FAIL ${label}: resolved with ${JSON.stringify(result)}` : `OK   ${label} (${Math.round(performance.now() - start)} ms): ${JSON.stringify(result)}`;
      } catch (thrown) {
        const ms = Math.round(performance.now() - start);
        const error = thrown as { message?: string; title?: string; stack?: string };
        line = rejects
          ? `OK   ${label} (${ms} ms): ${JSON.stringify({ rejected_with: { message: error?.message, title: error?.title } })}`
          : `FAIL ${label} (${ms} ms): ${error?.stack ?? thrown}`;
      }
      if (line.startsWith('OK')) passed++;
      else this.failures.push(`jsclient ${plan.app}: ${line}`);
      lines.push(line);
    };
    let client: Client | undefined;
    let events: Client | undefined;
    await step(`Client.connect('${url}')`, async () => {
      client = await gradio.Client.connect(url);
      const api = await client.view_api();
      const { version, api_prefix, protocol } = client.config ?? {};
      return { version, api_prefix, protocol, endpoints: Object.keys(api.named_endpoints) };
    });
    await step(`Client.connect('${url}', { events: ['data', 'status'] })`, async () => {
      events = await gradio.Client.connect(url, { events: ['data', 'status'] });
      return { version: events.config?.version };
    });
    for (const js of plan.js) {
      const [connected, withStatus] = [client, events];
      if (connected && withStatus) await step(js.label, () => js.run(connected, gradio, withStatus), js.rejects);
    }
    client?.close?.();
    events?.close?.();
    const total = plan.js.length + 2;
    lines.push(`${passed} passed, ${total - passed} failed`);
    this.write(`${plan.app}-jsclient`, `${lines.join('\n')}\n`);
  }
}

async function record(plan: Plan, gradio: GradioMajor): Promise<string[]> {
  const dir = join(outRoot, versionDir[gradio]);
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`${plan.app} on Gradio ${gradio}\n`);
  // Not a test: on a loaded machine a server may take minutes to start, and waiting is better than a gap.
  const server = await startGradioApp(plan.app, { gradio, timeoutMs: 300_000 });
  const recorder = new Recorder(server, dir);
  try {
    await recorder.config(plan.app);
    const uploaded = plan.upload ? await recorder.upload(plan.app, plan.upload) : undefined;
    const sessions = new Map<string, string>();
    let firstOutput: unknown[] | undefined;
    for (const call of plan.calls) {
      const letter = call.session ?? 'a';
      if (!sessions.has(letter)) sessions.set(letter, sessionHash());
      const output = await recorder.call(call, sessions.get(letter) as string, uploaded ? { path: uploaded } : undefined);
      firstOutput ??= output;
    }
    if (plan.download !== undefined) {
      const produced = firstOutput?.[plan.download] as { url?: string } | undefined;
      if (!produced?.url) recorder.failures.push(`${plan.app}: output ${plan.download} has no file URL`);
      else await recorder.get(`${plan.app}-download`, new URL(produced.url).pathname);
    }
    await recorder.jsClient(plan);
  } finally {
    await server.stop();
  }
  return recorder.failures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--gradio');
  const majors = at >= 0 ? [Number(args.splice(at, 2)[1]) as GradioMajor] : [...gradioVersions];
  for (const major of majors) {
    if (!gradioVersions.includes(major)) {
      throw new Error(`Gradio ${major} is not available here (available: ${gradioVersions.join(', ')}; Gradio 6.25 needs GRADIO_KIT_GRADIO6_SOURCE or ../shared/gradio-6.25)`);
    }
  }
  const chosen = args.length ? plans.filter((p) => args.includes(p.app)) : plans;
  if (args.length && chosen.length !== args.length) throw new Error(`unknown app among ${args.join(', ')}; known: ${plans.map((p) => p.app).join(', ')}`);
  const failures: string[] = [];
  for (const major of majors) {
    for (const plan of chosen) {
      // One app that cannot be recorded does not stop the others; it is listed at the end.
      failures.push(...(await record(plan, major).catch((error) => [`${plan.app} on Gradio ${major}: ${error instanceof Error ? error.message : error}`])));
    }
  }
  if (failures.length) {
    process.stderr.write(`record-traffic: ${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

main()
  .catch((error) => {
    // The message says what went wrong (a server's failure includes its output); the stack would only add noise.
    process.stderr.write(`record-traffic: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  })
  .finally(() => stopAllGradioApps());
