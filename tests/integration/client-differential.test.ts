/**
 * Differential test: for each example app, the official `@gradio/client` and `gradio-kit/client` make the same
 * calls against the same real Gradio 5.14 and 6.25 servers and must get the same data (Node only).
 *
 * Known, deliberate difference not compared here: for a streamed *object* (a chat history) the official client
 * mutates the values it already handed out, so all its intermediate `data` events end up equal to the final
 * value; ours hands out copies. Only final values are compared for those; streamed strings are compared event
 * by event.
 */
import { Client as OfficialClient, handle_file as officialHandleFile } from '@gradio/client';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioApps, gradioVersions, startGradioApps } from '../../scripts/gradio-server';
import { Client } from '../../src/client/index';

type Input = unknown[] | (() => unknown[]);
interface Call {
  endpoint: string;
  data: Input;
  /** Compare every data event of `submit` too (not just the final value). */
  stream?: boolean;
}

/** A tiny valid RGB PNG, built by hand (no image library here). */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3)).map((_, i) => (i % (1 + width * 3) === 0 ? 0 : (i * 37) % 256));
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

const calls: Record<string, Call[]> = {
  hello: [{ endpoint: '/predict', data: ['World'] }],
  blocks_layout: [
    { endpoint: '/combine', data: ['Ada', 'Lovelace'] },
    { endpoint: '/shout', data: ['hey'] },
  ],
  stream_text: [{ endpoint: '/predict', data: ['tick', 3], stream: true }],
  progress: [{ endpoint: '/predict', data: [2] }],
  state_counter: [
    { endpoint: '/increment', data: [2] },
    { endpoint: '/increment', data: [3] },
    { endpoint: '/reset', data: [] },
  ],
  error: [
    { endpoint: '/predict', data: ['ok'] },
    { endpoint: '/predict', data: ['bad'] },
  ],
  file_upload: [{ endpoint: '/predict', data: () => [new File(['hello from the sample\n'], 'sample.txt', { type: 'text/plain' })] }],
  image_io: [{ endpoint: '/predict', data: () => [new File([png(4, 3) as BlobPart], 'in.png', { type: 'image/png' })] }],
  chatbot_stream: [{ endpoint: '/chat', data: ['hello there', []] }],
  client_features: [
    { endpoint: '/greet', data: ['Ada', 'Hi'] },
    { endpoint: '/fast', data: ['x'] },
    { endpoint: '/count', data: [3, 'diff'], stream: true },
  ],
};

/** What a call produced, in a comparable form: `predict`'s data or error message, or every streamed value. */
async function run(client: any, call: Call, wrap: (f: File) => unknown) {
  const data = (typeof call.data === 'function' ? call.data() : call.data).map((v) => (v instanceof File ? wrap(v) : v));
  if (!call.stream) {
    // (the official submit iterator does not end after a queue=False call, so non-streamed calls use predict)
    return client.predict(call.endpoint, data).then(
      (result: { data: unknown }) => ({ data: result.data }),
      (error: { message: string }) => ({ error: String(error.message).split(' (/')[0] }),
    );
  }
  const values: unknown[] = [];
  for await (const event of client.submit(call.endpoint, data)) {
    if (event.type === 'data') values.push(structuredClone(event.data));
    if (event.type === 'status' && (event.stage === 'complete' || event.stage === 'error')) break;
  }
  return { stream: values };
}

describe.each(gradioVersions)('gradio-kit/client and @gradio/client get the same data from Gradio %s', (gradio) => {
  // One server for all the apps (each mounted at /<app>): one start-up instead of one per app.
  let started: GradioApps | undefined;
  beforeAll(async () => {
    started = await startGradioApps(Object.keys(calls), { gradio });
  });
  afterAll(async () => {
    await started?.server.stop();
  });

  for (const [app, list] of Object.entries(calls)) {
    it(app, async () => {
      const official = await OfficialClient.connect(`${started?.urls[app]}/`, { events: ['data', 'status'] });
      const ours = await Client.connect(started?.urls[app] ?? '');
      for (const call of list) {
        const theirs = await run(official as never, call, (f) => officialHandleFile(f));
        const mine = await run(ours, call, (f) => f);
        expect(mine, `${app} ${call.endpoint}`).toEqual(theirs);
      }
      official.close();
      ours.close();
    });
  }
});
