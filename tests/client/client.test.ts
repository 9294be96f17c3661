/**
 * The client against real Gradio 5.14 and 6.25 servers (started through `global-setup.ts`'s control server), run twice: in Node
 * (`client-node`) and in Chromium (`client-browser`). Browser runs use `localhost` URLs so that the page
 * (on localhost) and the apps are same-site, which Gradio's CORS rules and its login cookie need.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AbortError,
  AppError,
  AuthError,
  Client,
  ConnectionError,
  type DataEvent,
  type GradioEvent,
  handle_file,
  type LogEvent,
  NotFoundError,
  QueueFullError,
  type StatusEvent,
  ValidationError,
} from '../../src/client/index';
import { limit } from '../helpers/limits.ts';

const inBrowser = typeof window !== 'undefined';
const host = (url: string) => (inBrowser ? url.replace('127.0.0.1', 'localhost') : url);

async function collect(job: AsyncIterable<GradioEvent>): Promise<GradioEvent[]> {
  const events: GradioEvent[] = [];
  for await (const event of job) events.push(event);
  return events;
}
const dataOf = (events: GradioEvent[]) => events.filter((e): e is DataEvent => e.type === 'data').map((e) => e.data);

describe.each(inject('gradioVersions'))('on Gradio %s', (gradio) => {
/** App name -> base URL, on servers started for this version's tests and stopped after them. */
let apps: Record<string, string> = {};
const control = host(inject('gradioControl'));
// Up to 15 minutes: starting every app of a version took over the project's 5 when both cores were busy with
// another process (scripts/test-under-load.sh); this waits on the servers' answers, not on a clock.
beforeAll(async () => {
  const answer = await fetch(`${control}/apps?gradio=${gradio}`, { method: 'POST' });
  apps = await answer.json();
  if (!answer.ok) throw new Error(`the apps did not start on Gradio ${gradio}: ${JSON.stringify(apps)}`);
}, limit(900_000));
afterAll(() => fetch(`${control}/apps/stop?gradio=${gradio}`, { method: 'POST' }).then(() => undefined));
const app = (name: string) => host(apps[name]);
/** The exact version each major runs here. */
const version = gradio === 5 ? '5.14.0' : '6.25.0';

describe('connect and view_api', () => {
  it('normalises the config and describes the API', async () => {
    for (const src of [app('hello'), `${app('hello')}/`]) {
      const client = await Client.connect(src);
      expect(client.config).toMatchObject({ version, api_prefix: '/gradio_api', protocol: 'sse_v3', root: app('hello') });
      const api = await client.view_api();
      expect(api.named_endpoints['/predict']).toMatchObject({
        fn_index: 0,
        parameters: [{ parameter_name: 'name', component: 'Textbox', type: { type: 'string' } }],
        returns: [{ label: 'greeting' }],
        type: { generator: false },
      });
      client.close();
    }
  });

  it('rejects an unknown app and an unknown endpoint with NotFoundError', async () => {
    await expect(Client.connect(`${app('hello')}/no/such/app`)).rejects.toBeInstanceOf(NotFoundError);
    const client = await Client.connect(app('hello'));
    await expect(client.predict('/nope', ['x'])).rejects.toThrow(/No endpoint \/nope \(endpoints: \/predict\)/);
    client.close();
  });

  it('reports an unreachable server as a ConnectionError', async () => {
    const error = await Client.connect('http://127.0.0.1:9').catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain('http://127.0.0.1:9/config');
  });
});

describe('predict', () => {
  it('takes a name, a fn_index, positional or named data', async () => {
    const client = await Client.connect(app('hello'));
    const result = await client.predict('/predict', ['World']);
    expect(result).toMatchObject({ type: 'data', data: ['Hello, World!'], endpoint: '/predict', fn_index: 0 });
    expect((await client.predict(0, ['Ada'])).data).toEqual(['Hello, Ada!']);
    expect((await client.predict('predict', { name: 'Bo' })).data).toEqual(['Hello, Bo!']);
    client.close();
  });

  it('fills named parameters from /info defaults; a missing required one is a ValidationError', async () => {
    const client = await Client.connect(app('client_features'));
    expect((await client.predict('/greet', { name: 'Ada' })).data).toEqual(['Hello, Ada!']);
    expect((await client.predict('/greet', { name: 'Ada', greeting: 'Hi' })).data).toEqual(['Hi, Ada!']);
    const error = await client.predict('/greet', { greeting: 'Hi' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/Missing required parameter "name".*\/greet/);
    client.close();
  });

  it('calls queue=False endpoints through the non-queued route', async () => {
    const client = await Client.connect(app('client_features'));
    expect(client.config.dependencies.find((d) => d.api_name === 'fast')?.queue).toBe(false);
    const events = await collect(client.submit('/fast', ['x']));
    expect(dataOf(events)).toEqual([['fast x']]);
    expect(events.at(-1)).toMatchObject({ type: 'status', stage: 'complete', queue: false });
    client.close();
  });

  it('rejects gr.Error with an AppError carrying its title and message', async () => {
    const client = await Client.connect(app('error'));
    expect((await client.predict('/predict', ['ok'])).data).toEqual(['all good']);
    const error = await client.predict('/predict', ['bad']).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.name).toBe('AppError');
    expect(error.title).toBe('Error');
    expect(error.message).toContain("Bad input: 'bad' (type ok)");
    client.close();
  });

  it('keeps gr.State across calls of one client and apart between two clients', async () => {
    const [a, b] = await Promise.all([Client.connect(app('state_counter')), Client.connect(app('state_counter'))]);
    expect((await a.predict('/increment', [2])).data).toEqual(['count = 2']);
    expect((await a.predict('/increment', [3])).data).toEqual(['count = 5']);
    expect((await b.predict('/increment', [1])).data).toEqual(['count = 1']);
    expect((await a.predict('/increment', { step: 1 })).data).toEqual(['count = 6']);
    expect((await a.predict('/reset', [])).data).toEqual(['count = 0']);
    a.close();
    b.close();
  });
});

describe('submit', () => {
  it('streams generator text incrementally, in order, with the right final value', async () => {
    const client = await Client.connect(app('stream_text'));
    const started = Date.now();
    const seen: Array<[number, string]> = [];
    const job = client.submit('/predict', ['tick', 4]);
    for await (const event of job) if (event.type === 'data') seen.push([Date.now() - started, (event.data as string[])[0]]);
    const expected = ['tick 1\n', 'tick 1\ntick 2\n', 'tick 1\ntick 2\ntick 3\n', 'tick 1\ntick 2\ntick 3\ntick 4\n'];
    // Incremental: each intermediate value is its own data event, in order (the diffs applied one by one).
    // How far apart they arrive is not asserted: a loaded machine may hand several SSE messages over at once.
    expect(seen.map(([, text]) => text)).toEqual([...expected, expected[3]]);
    expect((await job.result).data).toEqual([expected[3]]);
    expect(job.eventId).toMatch(/^[0-9a-f]{32}$/);
    client.close();
  });

  it('reports queue position, start, progress and completion', async () => {
    const client = await Client.connect(app('progress'));
    const statuses = (await collect(client.submit('/predict', [2]))).filter((e): e is StatusEvent => e.type === 'status');
    expect(statuses.find((s) => s.original_msg === 'estimation')).toMatchObject({ stage: 'pending', position: 0, size: 1 });
    expect(statuses.some((s) => s.original_msg === 'process_starts')).toBe(true);
    const progress = statuses.filter((s) => s.original_msg === 'progress').map((s) => s.progress_data?.[0]);
    expect(progress[0]).toMatchObject({ desc: 'Starting', progress: 0 });
    // Gradio samples progress on a timer, so under load a step can be skipped: any counting step will do.
    expect(progress).toContainEqual(expect.objectContaining({ length: 2, unit: 'steps', progress: null, desc: 'Counting' }));
    expect(statuses.at(-1)?.stage).toBe('complete');
    client.close();
  });

  it.skipIf(inBrowser)('close() leaves no timer that keeps Node running (a script ends when its work does)', async () => {
    // Each submit's session stream had a 40 s watchdog; after close() it sometimes stayed armed, so a Node
    // script using the client waited 40 s to exit (seen on Gradio 6). Unref'd timers do not count here.
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    for (let i = 0; i < 5; i++) {
      const client = await Client.connect(app('client_features'));
      const seen: unknown[] = [];
      for await (const event of client.submit('/count', [3, `linger${i}-${Math.random()}`])) if (event.type === 'data') seen.push(event.data[0]);
      expect(seen).toEqual([1, 2, 3, 3]);
      client.close();
    }
    // The aborted requests' own clean-up runs on the next turns of the event loop: wait for it, on state.
    await expect.poll(timers, { timeout: limit(5_000) }).toBeLessThanOrEqual(before);
  });

  it('delivers gr.Info and gr.Warning as log events', async () => {
    const client = await Client.connect(app('client_features'));
    const events = await collect(client.submit('/logs', ['hey']));
    const logs = events.filter((e): e is LogEvent => e.type === 'log');
    expect(logs).toMatchObject([
      { level: 'info', title: 'Info', log: 'info: hey', visible: true },
      { level: 'warning', title: 'Warning', log: 'careful: hey', duration: 3 },
    ]);
    expect(dataOf(events)).toEqual([['HEY']]);
    client.close();
  });

  it('cancel() in the middle of a generator: no more data, the server stops', async () => {
    const client = await Client.connect(app('client_features'));
    const token = `t${Math.random()}`;
    const job = client.submit('/count', [40, token]);
    const values: unknown[] = [];
    for await (const event of job) {
      if (event.type !== 'data') continue;
      values.push(event.data[0]);
      if (values.length === 2) await job.cancel();
    }
    expect(values).toEqual([1, 2]);
    await expect(job.result).rejects.toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 800));
    const steps = (await client.predict('/steps', [token])).data[0] as number;
    await new Promise((r) => setTimeout(r, 600));
    expect((await client.predict('/steps', [token])).data[0]).toBe(steps);
    expect(steps).toBeLessThan(8);
    client.close();
  });

  it('leaving a for-await early cancels the job too; an aborted signal as well', async () => {
    const client = await Client.connect(app('client_features'));
    const token = `t${Math.random()}`;
    for await (const event of client.submit('/count', [40, token])) if (event.type === 'data') break;
    await new Promise((r) => setTimeout(r, 1000));
    expect((await client.predict('/steps', [token])).data[0]).toBeLessThan(6);
    const controller = new AbortController();
    const job = client.submit('/count', [40, `u${token}`], { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(job.result).rejects.toBeInstanceOf(AbortError);
    client.close();
  });

  it('runs 50 concurrent submits on one client over one SSE connection, all correct', async () => {
    let streams = 0;
    const counting: typeof fetch = (input, init) => {
      if (String(input).includes('/queue/data')) streams++;
      return fetch(input, init);
    };
    const client = await Client.connect(app('hello'), { fetch: counting });
    const names = Array.from({ length: 50 }, (_, i) => `n${i}`);
    const results = await Promise.all(names.map((name) => client.submit('/predict', [name]).result));
    expect(results.map((r) => r.data[0])).toEqual(names.map((n) => `Hello, ${n}!`));
    expect(streams).toBe(1);
    client.close();
  });

  it('fails with a ConnectionError within 5 s when the server is killed mid-stream', async () => {
    const { url } = await (await fetch(`${control}/start?app=stream_text&gradio=${gradio}`, { method: 'POST' })).json();
    const client = await Client.connect(host(url));
    const job = client.submit('/predict', ['tick', 40]);
    let killedAt = 0;
    let error: unknown;
    for await (const event of job) {
      if (event.type === 'data' && !killedAt) {
        // From when the server is gone (the control answers once its process has ended; the error may come
        // first, which counts as no time): a loaded machine can take seconds to end a Python process.
        await fetch(`${control}/kill?url=${encodeURIComponent(url)}`, { method: 'POST' });
        killedAt = Date.now();
      }
      if (event.type === 'status' && event.stage === 'error') error = event.error;
    }
    expect(error).toBeInstanceOf(ConnectionError);
    // 5 s on an idle machine, scaled as every wait of the run is.
    expect(Date.now() - killedAt).toBeLessThan(limit(5000));
    await expect(job.result).rejects.toBeInstanceOf(ConnectionError);
    client.close();
  });

  it('turns a full queue into a QueueFullError', async () => {
    const client = await Client.connect(app('queue_full'));
    const settled = await Promise.allSettled(['a', 'b', 'c', 'd'].map((t) => client.predict('/predict', [t])));
    const errors = settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toBeInstanceOf(QueueFullError);
      expect(error.message).toMatch(/Queue is full.*status 503/);
    }
    expect(settled.some((s) => s.status === 'fulfilled')).toBe(true);
    client.close();
  });
});

describe('files', () => {
  const bytes = new Uint8Array(3000).map((_, i) => (i * 7) % 256);

  async function roundTrip(input: unknown, name: string) {
    const client = await Client.connect(app('file_upload'));
    const { data } = await client.predict('/predict', [input]);
    const [info, file] = data as [string, { url: string; orig_name: string; path: string }];
    expect(info).toContain(`${name}: 3000 bytes`);
    expect(file.orig_name).toBe(name);
    expect(file.url).toMatch(new RegExp(`^${app('file_upload')}/gradio_api/file=`));
    const downloaded = new Uint8Array(await (await fetch(file.url)).arrayBuffer());
    expect(downloaded).toEqual(bytes);
    client.close();
  }

  it('uploads a File and downloads the same bytes under the same name', async () => {
    await roundTrip(new File([bytes], 'data.bin', { type: 'application/octet-stream' }), 'data.bin');
  });

  it('uploads bytes given to handle_file, with a name', async () => {
    await roundTrip(handle_file(bytes, { name: 'bytes.bin' }), 'bytes.bin');
  });

  it.skipIf(inBrowser)('uploads a local path (Node)', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(await mkdtemp(join(tmpdir(), 'gk-')), 'local file.bin');
    await writeFile(path, bytes);
    await roundTrip(handle_file(path), 'local file.bin');
  });

  it('reports upload progress and refuses a file over max_file_size clearly', async () => {
    const client = await Client.connect(app('client_features'));
    const small = new File([new Uint8Array(5000)], 'small.bin');
    expect((await client.predict('/size', [small])).data).toEqual([5000]);
    const error = await client.predict('/size', [new File([new Uint8Array(20_000)], 'big.bin')]).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toMatch(/File too large.*big\.bin.*status 413/);
    const progress: number[] = [];
    const [file] = await client.upload([new File([new Uint8Array(9000)], 'p.bin')], { onProgress: (p) => progress.push(p.loaded) });
    expect(file).toMatchObject({ orig_name: 'p.bin', size: 9000, meta: { _type: 'gradio.FileData' } });
    client.close();
  });
});

describe('streaming inputs', () => {
  // 1x1 PNGs of three colours: distinct frames for the app's frame counter.
  const frame = (b64: string) => ({ url: `data:image/png;base64,${b64}` });
  const red = frame('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC');
  const blue = frame('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC');
  const green = frame('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNg+M8AAAICAQB7CYF4AAAAAElFTkSuQmCC');

  it('sends later chunks to the running event one at a time, and closes it', async () => {
    const client = await Client.connect(app('media_stream'));
    const job = client.submit('/count_frames', [red]);
    const texts: unknown[] = [];
    const reading = (async () => {
      for await (const event of job) if (event.type === 'data') texts.push((event.data as unknown[])[0]);
    })();
    expect(await job.processed()).toBe(true);
    // Sent together, yet the second goes only once the first was processed: neither overwrites the other
    // (the function takes 0.3 s and the server keeps only the latest chunk).
    expect(await Promise.all([job.sendChunk([blue]), job.sendChunk([green])])).toEqual([true, true]);
    await job.closeStream();
    await reading;
    expect(job.done).toBe(true);
    // One result per chunk, in order; closing runs the function once more on the last chunk (no new frame).
    expect(texts.slice(0, 3)).toEqual(['1 frames', '2 frames', '3 frames']);
    expect(new Set(texts.slice(3))).toEqual(new Set(['3 frames']));
    expect((await job.result).data[0]).toBe('3 frames');
    expect(await job.sendChunk([red])).toBe(false);
    const plain = await Client.connect(app('hello'));
    await expect(plain.submit('/predict', ['x']).sendChunk(['y'])).rejects.toBeInstanceOf(ValidationError);
    plain.close();
    client.close();
  });
});

describe('auth', () => {
  it('logs in with auth: [user, password] and keeps the session per client', async () => {
    const client = await Client.connect(app('login'), { auth: ['ada', 'lovelace'] });
    expect((await client.predict('/predict', ['you'])).data).toEqual(['Hello, you! (you are ada)']);
    client.close();
  });

  it.skipIf(inBrowser)('refuses a wrong password and a missing login with AuthError', async () => {
    // (in a browser the cookie jar is shared by the page, so "no login" cannot be shown after a login)
    const wrong = await Client.connect(app('login'), { auth: ['ada', 'nope'] }).catch((e) => e);
    expect(wrong).toBeInstanceOf(AuthError);
    expect(wrong.message).toMatch(/incorrect credentials/);
    const none = await Client.connect(app('login')).catch((e) => e);
    expect(none).toBeInstanceOf(AuthError);
    expect(none.status).toBe(401);
    // Gradio 5.14 answers `{"detail": "Not authenticated"}` (6.x adds `auth_message`, [protocol] §1.2)
    expect(none.message).toMatch(/Not authenticated.*\/login\/config.*status 401/);
  });
});
});
