/**
 * Streaming input for Gradio's `.stream()` listeners (webcam frames in `gr-image`, microphone chunks in
 * `gr-audio`): while the user streams, the element takes a chunk every `stream_every` seconds and emits it as
 * `gr-stream` with a {@link StreamChunkDetail}. A listener holds the next chunk back with
 * `detail.waitUntil(promise)` until the server has run the function on this one (so no chunk is sent while
 * another is in flight); the stream stops when the user stops it (after one last chunk, with `finish`: what
 * was captured since the previous chunk is not lost), `time_limit` seconds after it started,
 * when a `waitUntil` promise resolves to `false` (the server ended the stream) or rejects, and when the
 * element goes away. Then `detail.signal` aborts, which is how a listener learns the stream is over.
 */

/** Detail of a streaming element's `gr-stream` event. */
export interface StreamChunkDetail<T = unknown> {
  /** The chunk, in Gradio's wire format for the element (a frame `{url: "data:image/jpeg;base64,…"}`, an audio FileData). */
  value: T;
  /** The chunk's number in this stream, from 0 (0 starts the stream). */
  index: number;
  /** Aborts when this stream stops (user, `time_limit`, the server, the element removed). */
  signal: AbortSignal;
  /**
   * Call during the event: the element sends no further chunk until `promise` settles. Resolving to `false`
   * (the server ended the stream) or rejecting stops the stream.
   */
  waitUntil(promise: Promise<unknown>): void;
}

/** Why a stream stopped. */
export type StreamEndReason = 'stopped' | 'time-limit' | 'ended' | 'error';

export interface ChunkPacerOptions<T> {
  /** Seconds between chunks (Gradio's `stream_every`). */
  every(): number;
  /** Seconds the stream may last (Gradio's `time_limit`); `null` or 0: no limit. */
  timeLimit(): number | null;
  /** The next chunk; `null` when there is nothing to send yet (no frame, no new samples). */
  take(): Promise<T | null>;
  /** Awaited before the last chunk's `take` after `finish` (the source handing over what it still holds). */
  beforeLast?(): Promise<void>;
  /** Sends a chunk (the element emits `gr-stream`). */
  emit(detail: StreamChunkDetail<T>): void;
  /** The stream stopped (once per `start`). */
  onEnd(reason: StreamEndReason, error?: unknown): void;
}

/** Smallest interval between chunks, whatever `stream_every` says. */
const MIN_INTERVAL_MS = 20;

/** Resolves after `ms`, or at once when one of `signals` aborts. */
function pause(ms: number, ...signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signals.some((signal) => signal.aborted)) return resolve();
    const done = () => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const signal of signals) signal.addEventListener('abort', done);
  });
}

/**
 * Paces one stream at a time: a chunk every `every()` seconds, measured from the start of the previous one,
 * and never before the listeners' `waitUntil` promises of the previous chunk settled.
 */
export class ChunkPacer<T> {
  #options: ChunkPacerOptions<T>;
  #controller: AbortController | null = null;
  /** Aborts when `finish` is called: the wait for the next chunk's time ends at once. */
  #finish: AbortController | null = null;
  #limit?: ReturnType<typeof setTimeout>;
  #sent = 0;

  constructor(options: ChunkPacerOptions<T>) {
    this.#options = options;
  }

  /** Whether a stream is running. */
  get active(): boolean {
    return this.#controller !== null;
  }

  /** Whether the running stream is sending its last chunk (after `finish`). */
  get finishing(): boolean {
    return this.#controller !== null && (this.#finish?.signal.aborted ?? false);
  }

  /** Chunks emitted by the current (or last) stream. */
  get sent(): number {
    return this.#sent;
  }

  /** Starts a stream (does nothing while one runs). */
  start(): void {
    if (this.#controller) return;
    const controller = new AbortController();
    this.#controller = controller;
    this.#finish = new AbortController();
    this.#sent = 0;
    const limit = this.#options.timeLimit();
    if (limit && limit > 0) this.#limit = setTimeout(() => this.stop('time-limit'), limit * 1000);
    void this.#loop(controller.signal);
  }

  /**
   * Stops the running stream after one last chunk (the user's Stop): once the chunk in flight, if any, was
   * processed, `take` runs once more and its chunk is sent and waited for; then the stream stops with
   * `'stopped'`. Gradio's own frontend drops that tail; a recording's last second is worth keeping. `stop`
   * still ends the stream at once (the time limit does too).
   */
  finish(): void {
    if (this.#controller) this.#finish?.abort();
  }

  /** Stops the running stream: its signal aborts and `onEnd` runs. */
  stop(reason: StreamEndReason = 'stopped', error?: unknown): void {
    const controller = this.#controller;
    if (!controller) return;
    this.#controller = null;
    clearTimeout(this.#limit);
    controller.abort();
    this.#options.onEnd(reason, error);
  }

  async #loop(signal: AbortSignal): Promise<void> {
    const finish = (this.#finish as AbortController).signal;
    let next = performance.now();
    while (!signal.aborted) {
      await pause(next - performance.now(), signal, finish);
      if (signal.aborted) return;
      const last = finish.aborted;
      if (last) await this.#options.beforeLast?.();
      if (signal.aborted) return;
      next = performance.now() + Math.max(MIN_INTERVAL_MS, (Number(this.#options.every()) || 0.5) * 1000);
      let value: T | null;
      try {
        value = await this.#options.take();
      } catch (error) {
        if (!signal.aborted) this.stop('error', error);
        return;
      }
      if (signal.aborted) return;
      if (value !== null) {
        const waits: Promise<unknown>[] = [];
        this.#options.emit({ value, index: this.#sent++, signal, waitUntil: (promise) => waits.push(promise) });
        const results = await Promise.allSettled(waits);
        if (signal.aborted) return;
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) return this.stop('error', failed.reason);
        if (results.some((r) => r.status === 'fulfilled' && r.value === false)) return this.stop('ended');
      }
      if (last) return this.stop('stopped');
    }
  }
}
