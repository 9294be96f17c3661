/**
 * The client loads its call code (queue-session.ts) with the first call, not with `connect`: what a call does
 * while that code loads, and when it cannot load. The calls replay a recorded Gradio 6.25 transcript.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadTranscript, replay } from '../../tests/client/helpers/fixtures';
import { AbortError, ConnectionError } from './errors';
import { Client } from './index';

/** Whether the next load of the call code fails, as a dropped network would make a dynamic import fail. */
const load = vi.hoisted(() => ({ fail: false }));
vi.mock('./queue-session', async (importOriginal) => {
  if (load.fail) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

const transcript = loadTranscript('gradio-6.25', 'stream_text-predict');
const joins = (requests: { url: string }[]) => requests.filter((r) => r.url.endsWith('/queue/join')).length;

describe('the call code, loaded with the first call', () => {
  it('fails the call with a ConnectionError when it cannot load, and loads again for the next call', async () => {
    const server = replay(transcript, [1]);
    const client = await Client.connect(transcript.config.root, { fetch: server.fetch });
    load.fail = true;
    const failed = client.submit('/predict', ['tick', 2]);
    const error = await failed.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/Could not load the client's call code: .*dynamically imported module/);
    expect(failed.done).toBe(true);
    expect(joins(server.requests)).toBe(0);

    load.fail = false;
    vi.resetModules();
    const result = await client.submit('/predict', ['tick', 2]).result;
    expect(result.data[0]).toContain('tick 1');
    expect(joins(server.requests)).toBe(1);
    client.close();
  });

  it('a call cancelled before the code has loaded ends once, with an AbortError, and never reaches the server', async () => {
    const server = replay(transcript, [1]);
    const client = await Client.connect(transcript.config.root, { fetch: server.fetch });
    const job = client.submit('/predict', ['tick', 2]);
    // Synchronously after submit: the import has not resolved yet, whether or not the module was loaded before.
    await job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(AbortError);
    // The run starts once the code is there: it must find the job done and send nothing.
    await client.submit('/predict', ['tick', 1]).result;
    expect(joins(server.requests)).toBe(1);
    expect(server.requests.filter((r) => r.url.endsWith('/cancel'))).toHaveLength(0);
    client.close();
  });
});
