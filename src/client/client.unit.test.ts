/**
 * The whole client (connect, normaliser, JOIN, session stream, routing, diffs, errors) over the recorded
 * transcripts of Gradio 5.14 and 6.25, over malformed streams, and over synthetic sse_v1 / sse_v2 servers
 * (no 4.x server can run here, so those protocols are tested with transcripts written from the spec).
 */
import { describe, expect, it } from 'vitest';
import { fakeFetch, json, loadTranscript, predictTranscripts, replay, sse, sseMessages, versions } from '../../tests/client/helpers/fixtures';
import { AbortError, AppError, AuthError, ConnectionError, NotFoundError, QueueFullError, RateLimitError, ValidationError } from './errors';
import { Client, handle_file } from './index';
import type { DataEvent, GradioEvent } from './types';

async function events(job: AsyncIterable<GradioEvent>): Promise<GradioEvent[]> {
  const out: GradioEvent[] = [];
  for await (const event of job) out.push(event);
  return out;
}

describe('replaying every recorded transcript', () => {
  for (const version of versions) {
    for (const name of predictTranscripts(version)) {
      it(`${version}/${name}`, async () => {
        const t = loadTranscript(version, name);
        const messages = sseMessages(t.sse);
        const completed = messages.find((m) => m.msg === 'process_completed')!;
        const server = replay(t, [5, 300]);
        const client = await Client.connect(t.config.root, { fetch: server.fetch });
        expect(client.config.version).toBe(version.slice(7) === '5.14' ? '5.14.0' : '6.25.0');
        const got = await events(client.submit(t.join.fn_index, t.join.data));
        const data = got.filter((e): e is DataEvent => e.type === 'data');
        const statuses = got.filter((e) => e.type === 'status');
        expect(statuses[0]).toMatchObject({ stage: 'pending', queue: true });
        const outputs = client.config.dependencies.find((d) => d.id === t.join.fn_index)!.outputs;
        const keep = (values: unknown[]) =>
          values.filter((_, i) => client.config.components.find((c) => c.id === outputs[i])?.type !== 'state');
        if (completed.success) {
          expect(statuses.at(-1)).toMatchObject({ stage: 'complete' });
          expect(data.at(-1)?.data).toEqual(keep(completed.output.data));
          expect(data.length).toBe(messages.filter((m) => m.msg === 'process_generating').length + 1);
        } else {
          expect(statuses.at(-1)).toMatchObject({ stage: 'error', message: expect.stringContaining(completed.output.error) });
          expect(statuses.at(-1)?.error).toBeInstanceOf(AppError);
        }
        const progress = statuses.filter((s) => s.original_msg === 'progress');
        expect(progress.length).toBe(messages.filter((m) => m.msg === 'progress').length);
        const join = server.requests.find((r) => r.url.endsWith('/queue/join'))!;
        expect(join.body).toMatchObject({ data: t.join.data, fn_index: t.join.fn_index, session_hash: client.session_hash });
        client.close();
      });
    }
  }

  it('streams generator text incrementally and in order (6.25 stream_text)', async () => {
    const t = loadTranscript('gradio-6.25', 'stream_text-predict');
    const client = await Client.connect(t.config.root, { fetch: replay(t, [1]).fetch });
    const texts = (await events(client.submit('/predict', ['tick', 4])))
      .filter((e): e is DataEvent => e.type === 'data')
      .map((e) => (e.data as string[])[0]);
    expect(texts).toEqual(['tick 1\n', 'tick 1\ntick 2\n', 'tick 1\ntick 2\ntick 3\n', 'tick 1\ntick 2\ntick 3\ntick 4\n', 'tick 1\ntick 2\ntick 3\ntick 4\n']);
  });

  it('rejects predict with an AppError carrying the gr.Error message and title', async () => {
    const t = loadTranscript('gradio-5.14', 'error-predict-error');
    const client = await Client.connect(t.config.root, { fetch: replay(t).fetch });
    const error = await client.predict('/predict', ['bad']).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.name).toBe('AppError');
    expect(error.title).toBe('Error');
    expect(error.message).toContain("Bad input: 'bad' (type ok)");
    expect(error.message).toContain('/predict');
  });
});

const root = 'http://app.test';
const baseConfig = (extra: Record<string, unknown> = {}) => ({
  version: '5.14.0',
  api_prefix: '/gradio_api',
  protocol: 'sse_v3',
  root,
  components: [
    { id: 1, type: 'textbox', props: {}, skip_api: false },
    { id: 2, type: 'state', props: {}, skip_api: true },
    { id: 3, type: 'textbox', props: {}, skip_api: false },
  ],
  dependencies: [
    { id: 0, api_name: 'predict', inputs: [1, 2], outputs: [2, 3], queue: true, backend_fn: true, types: { generator: false } },
    { id: 1, api_name: 'fast', inputs: [1], outputs: [3], queue: false, backend_fn: true },
  ],
  ...extra,
});
const info = {
  named_endpoints: {
    '/predict': {
      parameters: [{ parameter_name: 'text', parameter_has_default: true, parameter_default: 'dflt' }],
      returns: [],
    },
    '/fast': { parameters: [{ parameter_name: 'text', parameter_has_default: false }], returns: [] },
  },
  unnamed_endpoints: {},
};
const frame = (m: Record<string, unknown>) => `data: ${JSON.stringify(m)}\n\n`;
const done = (id: string, data: unknown[]) =>
  frame({ msg: 'process_completed', event_id: id, success: true, output: { data, is_generating: false } });

describe('malformed and unusual streams', () => {
  it('skips a bad JSON line, unknown message types and events for unknown ids', async () => {
    const body =
      'data: {"msg":"estimation",\n\n' +
      frame({ msg: 'something_new', event_id: 'e1' }) +
      frame({ msg: 'process_starts', event_id: 'nobody' }) +
      frame({ msg: 'heartbeat', event_id: null }) +
      done('e1', [null, 'ok']) +
      frame({ msg: 'close_stream', event_id: null });
    const { fetch } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': () => json({ event_id: 'e1' }),
      '/queue/data': () => sse(body, [3]),
    });
    const client = await Client.connect(root, { fetch });
    const result = await client.predict('/predict', ['x']);
    expect(result).toMatchObject({ type: 'data', data: ['ok'], endpoint: '/predict', fn_index: 0 });
  });

  it('fails pending jobs with a ConnectionError when the stream is cut in the middle', async () => {
    const body = frame({ msg: 'estimation', event_id: 'e1', rank: 0, queue_size: 1 }) + 'data: {"msg":"process_sta';
    const { fetch } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': () => json({ event_id: 'e1' }),
      '/queue/data': () => sse(body),
    });
    const client = await Client.connect(root, { fetch });
    const job = client.submit('/predict', ['x']);
    const got = await events(job);
    expect(got.at(-1)).toMatchObject({ type: 'status', stage: 'error' });
    await expect(job.result).rejects.toBeInstanceOf(ConnectionError);
    await expect(client.predict('/predict', ['x'])).rejects.toThrow(/Connection lost/);
  });

  it('fails with a ConnectionError when the stream errors, and on unexpected_error', async () => {
    let turn = 0;
    const { fetch } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': () => json({ event_id: `e${turn}` }),
      '/queue/data': () =>
        turn++ === 0
          ? sse(frame({ msg: 'estimation', event_id: 'e0' }), undefined, new TypeError('terminated'))
          : sse(frame({ msg: 'unexpected_error', event_id: null, message: 'Server stopped unexpectedly.', success: false })),
    });
    const client = await Client.connect(root, { fetch });
    await expect(client.predict('/predict', ['x'])).rejects.toThrow(/terminated/);
    await expect(client.predict('/predict', ['x'])).rejects.toThrow(/Server stopped unexpectedly/);
  });

  it('buffers messages that arrive before the JOIN answer, and multiplexes jobs by event_id', async () => {
    let n = 0;
    let releaseSecondJoin!: () => void;
    const secondJoin = new Promise<void>((r) => (releaseSecondJoin = r));
    const { fetch, requests } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': async () => {
        const id = `e${++n}`;
        if (id === 'e2') await secondJoin;
        return json({ event_id: id });
      },
      '/queue/data': () =>
        new Response(
          new ReadableStream({
            async start(controller) {
              const enc = new TextEncoder();
              controller.enqueue(enc.encode(done('e2', [null, 'two']) + frame({ msg: 'estimation', event_id: 'e1', rank: 1 })));
              releaseSecondJoin();
              await new Promise((r) => setTimeout(r, 20));
              controller.enqueue(enc.encode(done('e1', [null, 'one']) + frame({ msg: 'close_stream', event_id: null })));
              controller.close();
            },
          }),
        ),
    });
    const client = await Client.connect(root, { fetch });
    const [one, two] = await Promise.all([client.predict('/predict', ['a']), client.predict('/predict', ['b'])]);
    expect([one.data, two.data]).toEqual([['one'], ['two']]);
    expect(requests.filter((r) => r.url.includes('/queue/data')).length).toBe(1);
  });

  it('maps JOIN answers to typed errors', async () => {
    const answers: Record<string, Response> = {
      a: json({ detail: 'Queue is full. Max size is 1 and size is 1.' }, 503),
      b: json({ detail: [{ __type__: 'validate', is_valid: false, message: 'too short' }] }, 422),
      c: json({ detail: { error: 'Not authenticated', auth_message: 'who?' } }, 401),
      d: new Response('Internal Server Error', { status: 500 }),
      e: json({ detail: 'Queue is stopped.' }, 503),
      f: new Response(JSON.stringify({ detail: 'Slow down' }), { status: 429, headers: { 'retry-after': '3' } }),
    };
    const { fetch } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': (r) => answers[(r.body as { data: string[] }).data[0]],
    });
    const client = await Client.connect(root, { fetch });
    const error = (x: string) => client.predict('/predict', [x]).catch((e) => e);
    expect(await error('a')).toBeInstanceOf(QueueFullError);
    const validation = await error('b');
    expect(validation).toBeInstanceOf(ValidationError);
    expect(validation.errors[0].message).toBe('too short');
    expect(validation.message).toContain('status 422');
    const auth = await error('c');
    expect(auth).toBeInstanceOf(AuthError);
    expect(auth.authMessage).toBe('who?');
    expect(await error('d')).toBeInstanceOf(AppError);
    // Gradio's other 503 is not a full queue; a 429 says when to try again
    const stopped = await error('e');
    expect(stopped).toBeInstanceOf(ConnectionError);
    expect(stopped.message).toMatch(/^Server unavailable \(503.*\): Queue is stopped\./);
    const limited = await error('f');
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.retryAfter).toBe(3);
  });

  it('hands events to concurrent next() calls in the order of the calls', async () => {
    const { fetch } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/queue/join': () => json({ event_id: 'e1' }),
      '/queue/data': () => sse(frame({ msg: 'estimation', event_id: 'e1', rank: 0, queue_size: 1 }) + done('e1', [null, 'ok'])),
    });
    const client = await Client.connect(root, { fetch });
    const job = client.submit('/predict', ['x']);
    const [a, b, c] = await Promise.all([job.next(), job.next(), job.next()]);
    expect([a.value, b.value, c.value]).toMatchObject([
      { type: 'status', stage: 'pending', queue: true },
      { type: 'status', stage: 'pending', original_msg: 'estimation', position: 0 },
      { type: 'data', data: ['ok'] },
    ]);
    expect((await events(job)).map((e) => e.type === 'status' && e.stage)).toEqual(['complete']);
    expect(await job.next()).toEqual({ value: undefined, done: true });
  });

  it('close() aborts many calls under way, with no listeners piling up on one signal', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (String(input).endsWith('/config')) return json(baseConfig());
      // JOINs that only end when aborted
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }) as typeof globalThis.fetch;
    const client = await Client.connect(root, { fetch });
    const calls = Array.from({ length: 20 }, () => client.predict('/predict', ['x']).catch((e) => e));
    await new Promise((r) => setTimeout(r, 10));
    client.close();
    expect((await Promise.all(calls)).every((e) => e instanceof AbortError)).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    process.off('warning', onWarning);
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });
});

describe('calls', () => {
  it('fills named parameters from /info defaults and state slots with null; rejects a missing required one', async () => {
    const { fetch, requests } = fakeFetch({
      '/config': () => json(baseConfig()),
      '/info': () => json(info),
      '/queue/join': () => json({ event_id: 'e1' }),
      '/queue/data': () => sse(done('e1', [null, 'ok']) + frame({ msg: 'close_stream' })),
      '/run/fast': (r) => json({ data: [`fast ${(r.body as { data: string[] }).data[0]}`], is_generating: false }),
    });
    const client = await Client.connect(root, { fetch });
    await client.predict('/predict', {});
    expect(requests.find((r) => r.url.endsWith('/queue/join'))?.body).toMatchObject({ data: ['dflt', null], fn_index: 0 });
    const missing = await client.predict('/fast', {}).catch((e) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect(missing.message).toMatch(/Missing required parameter "text" \(\/fast\)/);
    await expect(client.predict('/fast', { nope: 1 })).rejects.toThrow(/Unknown parameter "nope"/);
    await expect(client.predict('/nothing', [])).rejects.toBeInstanceOf(NotFoundError);
    expect(() => client.submit(42, [])).toThrow(/No endpoint 42 \(endpoints: \/predict,\/fast\)/);
    // queue=False: the non-queued route
    expect((await client.predict('fast', ['x'])).data).toEqual(['fast x']);
    const view = await client.view_api();
    expect(view.named_endpoints['/fast']).toMatchObject({ fn_index: 1 });
  });

  it('sends the token only to the Space resolver and the app origin', async () => {
    const { fetch, requests } = fakeFetch({
      'huggingface.co/api/spaces/user/space/host': () => json({ subdomain: 'user-space', host: 'https://user-space.hf.space' }),
      'user-space.hf.space/config': () => json(baseConfig({ root: 'https://user-space.hf.space' })),
      '/upload': () => json(['/tmp/gradio/x/a.txt']),
      '/queue/join': () => json({ event_id: 'e1' }),
      '/queue/data': () =>
        sse(
          done('e1', [null, { path: '/tmp/x.txt', url: 'https://elsewhere.example/x.txt', meta: { _type: 'gradio.FileData' } }]) +
            frame({ msg: 'close_stream' }),
        ),
    });
    const client = await Client.connect('user/space', { fetch, token: 'hf_secret', headers: { 'x-extra': '1' } });
    expect(client.config.root).toBe('https://user-space.hf.space');
    const result = await client.predict('/predict', [handle_file(new Uint8Array([1, 2]), { name: 'a.txt', type: 'text/plain' })]);
    expect((result.data as Array<{ url: string }>)[0].url).toBe('https://elsewhere.example/x.txt');
    for (const r of requests) {
      const allowed = r.url.startsWith('https://huggingface.co/api/spaces/') || r.url.startsWith('https://user-space.hf.space/');
      expect(r.headers.get('authorization') === 'Bearer hf_secret').toBe(allowed);
    }
    const upload = requests.find((r) => r.url.includes('/upload'))!;
    const part = (upload.body as FormData).get('files') as File;
    expect([part.name, part.type, part.size]).toEqual(['a.txt', 'text/plain', 2]);
    expect(requests.find((r) => r.url.endsWith('/queue/join'))?.body).toMatchObject({
      data: [{ path: '/tmp/gradio/x/a.txt', orig_name: 'a.txt', meta: { _type: 'gradio.FileData' } }, null],
    });
  });

  it('resolves *.hf.space hosts and rejects unknown Spaces and non-URLs', async () => {
    const { fetch, requests } = fakeFetch({ 'x-y.hf.space/config': () => json(baseConfig({ root: undefined })) });
    const client = await Client.connect('x-y.hf.space/', { fetch });
    expect(client.config.root).toBe('https://x-y.hf.space');
    expect(requests[0].url).toBe('https://x-y.hf.space/config');
    await expect(Client.connect('nobody/nothing', { fetch })).rejects.toBeInstanceOf(NotFoundError);
    await expect(Client.connect('not a url', { fetch })).rejects.toBeInstanceOf(ValidationError);
    await expect(Client.connect('http://app.test/missing', { fetch })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('older protocols (synthetic transcripts written from [protocol] §3.8)', () => {
  const legacy = (protocol: string, generating: unknown[][]) => {
    const body =
      frame({ msg: 'estimation', event_id: 'e1', rank: 0, queue_size: 1, avg_event_process_time: 1 }) +
      frame({ msg: 'process_starts', event_id: 'e1' }) +
      generating.map((data) => frame({ msg: 'process_generating', event_id: 'e1', success: true, output: { data, is_generating: true } })).join('') +
      frame({ msg: 'heartbeat' }) +
      frame({
        msg: 'process_completed',
        event_id: 'e1',
        success: true,
        output: { data: [null, { path: '/tmp/f.png', url: '/file=/tmp/f.png' }] },
      });
    const config = baseConfig({ version: '4.15.0', protocol, api_prefix: undefined, root: 'http://old.test' });
    return fakeFetch({
      'old.test/config': () => json(config),
      'old.test/queue/join': () => json({ event_id: 'e1' }),
      'old.test/queue/data': () => sse(body),
    });
  };

  it('sse_v1: full values in every update, no prefix, stream ends without close_stream', async () => {
    const server = legacy('sse_v1', [[null, 'a'], [null, 'ab']]);
    const client = await Client.connect('http://old.test/', { fetch: server.fetch });
    const data = (await events(client.submit('/predict', ['x']))).filter((e): e is DataEvent => e.type === 'data').map((e) => e.data);
    expect(data).toEqual([['a'], ['ab'], [{ path: '/tmp/f.png', url: 'http://old.test/file=/tmp/f.png' }]]);
    expect(server.requests.map((r) => r.url)).toContain('http://old.test/queue/join');
  });

  it('sse_v2 / sse_v2.1: diffs', async () => {
    for (const protocol of ['sse_v2', 'sse_v2.1']) {
      const server = legacy(protocol, [[null, 'a'], [[], [['append', [], 'b']]]]);
      const client = await Client.connect('http://old.test', { fetch: server.fetch });
      const data = (await events(client.submit('/predict', ['x']))).filter((e): e is DataEvent => e.type === 'data').map((e) => e.data);
      expect(data.slice(0, 2)).toEqual([['a'], ['ab']]);
    }
  });

  it('diffs: each update is a new value sharing what the edits left alone; data handed out earlier stays as it was; a file a diff adds gets its URL', async () => {
    const messages = Array.from({ length: 50 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `m${i}` }));
    const picture = { path: '/tmp/p.png', url: '/file=/tmp/p.png', meta: { _type: 'gradio.FileData' } };
    const server = legacy('sse_v2.1', [
      [null, messages],
      [[], [['append', [49, 'content'], ' more']]],
      [[], [['add', [50], { role: 'assistant', content: picture }]]],
    ]);
    const client = await Client.connect('http://old.test', { fetch: server.fetch });
    const handedOut: Array<{ data: unknown[]; json: string }> = [];
    for await (const event of client.submit('/predict', ['x'])) {
      if (event.type === 'data') handedOut.push({ data: event.data, json: JSON.stringify(event.data) });
    }
    // Every event's data is as it was when it was handed out.
    for (const { data, json } of handedOut) expect(JSON.stringify(data)).toBe(json);
    const [first, second, third] = handedOut.map((e) => e.data[0] as Array<{ content: unknown }>);
    expect(second[49].content).toBe('m49 more');
    expect(first[49].content).toBe('m49');
    // The messages no edit touched are the same objects.
    expect(second[10]).toBe(first[10]);
    expect(third[49]).toBe(second[49]);
    expect(second).not.toBe(first);
    expect(third[50].content).toEqual({ ...picture, url: 'http://old.test/file=/tmp/p.png' });
  });

  it('diffs: a file that replaces a whole output (from null) gets its URL', async () => {
    const picture = { path: '/tmp/q.png', url: '/file=/tmp/q.png', meta: { _type: 'gradio.FileData' } };
    const server = legacy('sse_v2.1', [[null, null], [[], [['replace', [], picture]]]]);
    const client = await Client.connect('http://old.test', { fetch: server.fetch });
    const data = (await events(client.submit('/predict', ['x']))).filter((e): e is DataEvent => e.type === 'data').map((e) => e.data);
    expect(data[1]).toEqual([{ ...picture, url: 'http://old.test/file=/tmp/q.png' }]);
  });

  it('refuses the Gradio 3.x / 4.0-4.8 queue with a clear error', async () => {
    const { fetch } = fakeFetch({ '/config': () => json(baseConfig({ protocol: 'sse', api_prefix: undefined })) });
    const client = await Client.connect(root, { fetch });
    await expect(client.predict('/predict', ['x'])).rejects.toThrow(/Protocol "sse".*not supported/);
  });
});
