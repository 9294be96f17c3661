import { describe, expect, it } from 'vitest';
import { chunkedStream, loadTranscript, predictTranscripts, sseMessages, versions } from '../../tests/client/helpers/fixtures';
import { readSse } from './sse';

async function collect(text: string, sizes?: number[]): Promise<string[]> {
  const out: string[] = [];
  await readSse(chunkedStream(text, sizes), (data) => out.push(data));
  return out;
}

describe('readSse', () => {
  for (const version of versions) {
    for (const name of predictTranscripts(version)) {
      it(`reads every message of ${version}/${name}, whatever the chunking`, async () => {
        const { sse } = loadTranscript(version, name);
        const expected = sseMessages(sse);
        for (const sizes of [[sse.length], [1], [7, 3, 64], [2048]]) {
          const got = (await collect(sse, sizes)).map((data) => JSON.parse(data));
          expect(got).toEqual(expected);
        }
      });
    }
  }

  it('handles CRLF and CR line endings, also split across chunks', async () => {
    const text = 'data: a\r\n\r\ndata: b\r\rdata: c\n\n';
    for (const sizes of [[1], [8], [text.length]]) {
      expect(await collect(text, sizes)).toEqual(['a', 'b', 'c']);
    }
    expect((await collect('data: x\r', [8])).length).toBe(0);
    expect(await collect('data: a\r\ndata: b\r\n\r\n', [8, 1])).toEqual(['a\nb']);
  });

  it('joins data lines, skips comments and other fields', async () => {
    const text = ': comment\nevent: complete\ndata: ["x",\ndata:1]\nid: 7\nretry: 10\n\ndata\n\ndata:  two spaces\n\n';
    expect(await collect(text)).toEqual(['["x",\n1]', '', ' two spaces']);
  });

  it('drops an event cut off by the end of the stream', async () => {
    expect(await collect('data: {"msg":"a"}\n\ndata: {"msg":"b"')).toEqual(['{"msg":"a"}']);
  });

  it('rejects when the body errors', async () => {
    const stream = chunkedStream('data: 1\n\n', [4], new Error('reset'));
    await expect(readSse(stream, () => {})).rejects.toThrow('reset');
  });

  it('ends when its signal aborts, even with a read that would never settle', async () => {
    // A body whose second read never settles, as a Node 20 fetch body sometimes did after its request's abort.
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return new Promise(() => {});
        sent = true;
        controller.enqueue(new TextEncoder().encode('data: 1\n\n'));
      },
    });
    const signal = new AbortController();
    const seen: string[] = [];
    const reading = readSse(body, (data) => {
      seen.push(data);
      queueMicrotask(() => signal.abort());
    }, signal.signal);
    await expect(reading).resolves.toBeUndefined();
    expect(seen).toEqual(['1']);
    const aborted = new AbortController();
    aborted.abort();
    await expect(readSse(new ReadableStream({ pull: () => new Promise(() => {}) }), () => {}, aborted.signal)).resolves.toBeUndefined();
  });

  it('decodes multi-byte characters split across chunks', async () => {
    expect(await collect('data: héllo ✓\n\n', [1])).toEqual(['héllo ✓']);
  });

  it('hands the event loop a turn while it works through a backlog of chunks already received', async () => {
    // 200 chunks queued before reading: each read() resolves as a microtask; the listener spends ~1 ms on each.
    const text = 'data: x\n\n'.repeat(200);
    let timerRan = false;
    let eventsBeforeTimer = 0;
    let events = 0;
    setTimeout(() => {
      timerRan = true;
      eventsBeforeTimer = events;
    }, 0);
    await readSse(chunkedStream(text, Array(200).fill(9)), () => {
      events++;
      const until = performance.now() + 1;
      while (performance.now() < until) {
        // busy: a listener with work to do
      }
    });
    expect(events).toBe(200);
    // Without the turn, the timer would only run once all 200 (~200 ms) were handled.
    expect(timerRan).toBe(true);
    expect(eventsBeforeTimer).toBeLessThan(200);
  });
});
