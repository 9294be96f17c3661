/**
 * A small server-sent-events reader over `fetch` response bodies.
 *
 * Decision (issue 3): we read SSE with our own `ReadableStream` line parser instead of the `eventsource`
 * package or the browser's `EventSource`, because
 * - it works identically in Node >= 20 and in browsers through the injectable `fetch`,
 * - it can send headers (`Authorization` for a Hugging Face token, the login `Cookie` in Node), which the
 *   browser `EventSource` cannot,
 * - it keeps `gradio-kit/client` free of dependencies and within its 6,000 B gzip bundle aim.
 *
 * It implements the parts of the WHATWG "event stream interpretation" that Gradio's queue uses: `data:` (several
 * lines joined with `\n`), comments, the three line endings. `event:` is not needed (the queue names its
 * messages inside the JSON, [protocol] §3.3); `id:` and `retry:` are ignored because Gradio never sends them
 * and a broken queue stream is never resumed ([protocol] §3.3 "no resume/replay").
 */

/** The longest run of buffered chunks handled in one task (see `readSse`). */
const SLICE_MS = 10;

/** Called once per dispatched event with its data (event types are not used by the queue protocol). */
export type SseListener = (data: string) => void;

/**
 * Reads `body` to its end, calling `listener` for each complete event. Resolves at the end of the stream, or
 * when `signal` aborts; rejects when reading fails (network error, abort of the request). An event cut off by
 * the end of the stream is dropped (the spec: "if the data buffer is not empty when the stream ends, it is
 * discarded").
 *
 * `signal` cancels the reader itself: aborting the request's own signal should error the body, but in Node
 * 20's fetch a `read()` pending on a Gradio 6 queue stream sometimes never settled after that abort, and the
 * caller's timers kept the process alive for their full length (40 s after `client.close()`).
 */
export async function readSse(body: ReadableStream<Uint8Array>, listener: SseListener, signal?: AbortSignal): Promise<void> {
  const reader = body.getReader();
  const stop = () => void reader.cancel(signal?.reason).catch(() => {});
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  try {
    await readEvents(reader, listener);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, listener: SseListener): Promise<void> {
  const decoder = new TextDecoder();
  const stream = { stream: true };
  // The unfinished last line, and the event's data so far (`undefined`: no `data` line yet). Lines are cut out
  // of the decoded chunk with `slice` (no split array, no copies), and a one-line event's data goes to the
  // listener as it is (no join): the queue's stream carries thousands of small events.
  let rest = '';
  let data: string | undefined;
  let lastWasCr = false;
  // A backlog of chunks already received makes each `read()` resolve as a microtask, so the whole backlog would
  // be handled in one task (300 ms once in a page catching up on a streamed chat). After `SLICE_MS` of that, the
  // event loop gets a turn (input, frames); a `read()` that had to wait started a new task anyway.
  let sliceStart = performance.now();
  for (;;) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    const asked = performance.now();
    const { done, value } = await reader.read();
    if (done) return;
    const got = performance.now();
    if (got - asked > 1) sliceStart = got;
    let text = decoder.decode(value, stream);
    // A `\r\n` split across two chunks: the `\r` already ended the line, so skip the `\n`.
    if (lastWasCr && text[0] === '\n') text = text.slice(1);
    lastWasCr = text.endsWith('\r');
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    text = rest + text;
    let start = 0;
    let end = text.indexOf('\n');
    while (end >= 0) {
      const line = text.slice(start, end);
      start = end + 1;
      end = text.indexOf('\n', start);
      if (!line) {
        // spec: a blank line dispatches the event, if there is data
        if (data !== undefined) listener(data);
        data = undefined;
        continue;
      }
      // spec: the field name is up to the first ":" (a line starting with ":" is a comment), and one space
      // after it is dropped; a line without ":" is a field with an empty value; data lines join with "\n".
      const colon = line.indexOf(':');
      if (colon < 0 ? line !== 'data' : colon !== 4 || !line.startsWith('data')) continue;
      const field = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
      data = data === undefined ? field : `${data}\n${field}`;
    }
    rest = text.slice(start);
  }
}
