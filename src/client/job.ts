/**
 * A job: one call of one endpoint. It is an `AsyncIterable` of events and owns its `AbortController`, as
 * openai-node's `Stream` does: leaving a `for await` early, `cancel()` or an aborted `signal` stop it and tell
 * the server. The session stream feeds it the wire messages of its `event_id` ([protocol] Appendix B.3).
 */
import { AbortError, type AppError, type GradioError, ValidationError, appError } from './errors';
import { applyDiff, type Edit, type EditedAt, type WireMessage } from './protocol';
import type { DataEvent, EventType, GradioEvent, PredictResult, StatusEvent } from './types';

/** How a job reaches its client (kept out of the public type). */
export interface JobHost {
  /**
   * Turns a full output list into what users see (drops state slots, makes file URLs absolute). With
   * `changed`, only those parts can hold new files (the rest was shaped before): only they are looked through.
   */
  shape(data: unknown[], fnIndex: number, changed?: unknown[]): unknown[];
  /** Whether intermediate generator outputs are diffs. */
  diffs: boolean;
  /** Event types to yield. */
  events?: EventType[];
  /** Forget the job; tell the server when it was cancelled. */
  release(job: Job, cancelled: boolean): Promise<void>;
  /** Learn a `@gr.render` update's components and listeners, so that they can be called. */
  rendered?(renderConfig: unknown): void;
  /** Sends a later chunk of a streaming event; `false` when the server no longer knows the event. */
  sendChunk?(job: Job, data: unknown[] | Record<string, unknown>): Promise<boolean>;
  /** Asks the server to end a streaming event. */
  closeStream?(job: Job): Promise<void>;
}

/** How long `closeStream()` waits for the server to end the event before cancelling it. */
const CLOSE_GRACE_MS = 3000;

/** A promise with its settle function. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const noop = () => {};

/** A running call: iterate it for its events, `await job.result` for its final data, `cancel()` to stop it. */
export class Job implements AsyncIterable<GradioEvent>, AsyncIterator<GradioEvent> {
  /** Aborting it cancels the job. */
  readonly controller: AbortController = new AbortController();
  /** The server's id for this run, once the queue accepted it (`null` before, and for non-queued calls). */
  eventId: string | null = null;
  /** @internal Runs when the job ends or hears from the server for the first time (see `Client#run`). */
  _onNews?: () => void;
  /**
   * Settles when the job ends: the final `data` event, or the typed error (`AppError`, `QueueFullError`,
   * `AbortError`, ...). Never an unhandled rejection when unused.
   */
  readonly result: Promise<PredictResult>;

  #host: JobHost;
  #base: { endpoint: string; fn_index: number };
  /** Events not yet taken by `next()`. */
  #queued: GradioEvent[] = [];
  /** `next()` calls waiting for an event, oldest first (almost always one: a `for await` loop). */
  #waiting: Array<(result: IteratorResult<GradioEvent, undefined>) => void> = [];
  #ended = false;
  #buffer: boolean;
  #value?: unknown[];
  #last?: DataEvent;
  #settle!: (error?: GradioError) => void;
  /** Stops listening to the caller's signal (a long-lived signal must not collect one listener per job). */
  #unlisten: () => void;
  /** A `connection: "stream"` event ([protocol] §6.8). */
  #stream = false;
  /** The chunk the server has not answered yet (the first one: the submitted inputs). */
  #inFlight: { promise: Promise<boolean>; resolve: (open: boolean) => void } | null = null;
  #closing = false;

  constructor(host: JobHost, endpoint: string, fn_index: number, buffer: boolean, signal?: AbortSignal) {
    this.#host = host;
    this.#base = { endpoint, fn_index };
    this.#buffer = buffer;
    this.result = new Promise<PredictResult>((resolve, reject) => {
      this.#settle = (error) => (error ? reject(error) : resolve(this.#last as PredictResult));
    });
    this.result.catch(noop);
    const onAbort = () => this.cancel();
    signal?.addEventListener('abort', onAbort);
    this.#unlisten = () => signal?.removeEventListener('abort', onAbort);
    this.controller.signal.addEventListener('abort', onAbort);
    if (signal?.aborted) queueMicrotask(onAbort);
  }

  /** The dependency this job runs. */
  get fn_index(): number {
    return this.#base.fn_index;
  }

  /** Whether the job has ended (completed, failed or cancelled). */
  get done(): boolean {
    return this.#ended;
  }

  /** `@gradio/client` compatibility: the event id, or `null` while unknown. */
  event_id(): string | null {
    return this.eventId;
  }

  /**
   * For an endpoint of a `.stream()` listener (webcam, microphone; `connection: "stream"`): sends the next chunk
   * of inputs to the running event (`POST {prefix}/stream/{event_id}`; files in it are uploaded first). The
   * inputs given to `submit` were the first chunk. One chunk at a time: a chunk waits until the server has run
   * the function on the previous one, so none overwrites another (the server keeps only the latest chunk).
   *
   * @param data The inputs, as for `submit` (a positional array or named parameters).
   * @returns `true` once the server has run the function on this chunk (its result arrived as a `data` event),
   * `false` when the stream has ended (closed, `time_limit` reached, cancelled or failed): nothing was sent.
   * @throws {ValidationError} the endpoint does not stream. The request's typed error when sending failed.
   */
  async sendChunk(data: unknown[] | Record<string, unknown>): Promise<boolean> {
    if (!this.#stream || !this.#host.sendChunk) {
      throw new ValidationError('Not a streaming event: sendChunk needs the endpoint of a `.stream()` listener', { endpoint: this.#base.endpoint });
    }
    // One chunk at a time, in order of the calls.
    while (this.#inFlight) if (!(await this.#inFlight.promise)) return false;
    if (this.#ended) return false;
    const chunk = deferred<boolean>();
    this.#inFlight = chunk;
    try {
      if (!(await this.#host.sendChunk(this, data))) this.#chunkDone(false);
    } catch (error) {
      this.#chunkDone(!this.#ended);
      throw error;
    }
    return chunk.promise;
  }

  /** `@gradio/client` compatibility: {@link Job.sendChunk}. */
  send_chunk(data: unknown[] | Record<string, unknown>): Promise<boolean> {
    return this.sendChunk(data);
  }

  /**
   * Resolves when the server has run the function on the last chunk sent (the first: the submitted inputs):
   * `true` while the stream stays open for another chunk, `false` once it has ended.
   */
  processed(): Promise<boolean> {
    return this.#inFlight?.promise ?? Promise.resolve(!this.#ended);
  }

  /**
   * Ends a streaming event (`POST {prefix}/stream/{event_id}/close`): the server runs the function once more on
   * the last chunk and completes the job with that result. Resolves when the job has ended. Gradio 5 does not
   * end an event without a `time_limit` this way (it waits 30 s for another chunk): a job still running after
   * 3 s is cancelled. Does nothing once the job has ended.
   */
  async closeStream(): Promise<void> {
    if (this.#ended) return;
    if (!this.#stream || !this.#host.closeStream) return void (await this.cancel());
    this.#closing = true;
    await this.#host.closeStream(this).catch(noop);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_GRACE_MS);
    });
    await Promise.race([this.result.then(noop, noop), grace]);
    clearTimeout(timer);
    if (!this.#ended) await this.cancel();
  }

  /** `@gradio/client` compatibility: {@link Job.closeStream}. */
  close_stream(): Promise<void> {
    return this.closeStream();
  }

  /** Whether `closeStream()` was called: the stream takes no more chunks. */
  get closing(): boolean {
    return this.#closing || this.#ended;
  }

  /** @internal Marks a streaming event whose first chunk (the submitted inputs) is on its way. */
  _streaming(): void {
    this.#stream = true;
    this.#inFlight = deferred<boolean>();
  }

  #chunkDone(open: boolean): void {
    const chunk = this.#inFlight;
    this.#inFlight = null;
    chunk?.resolve(open);
  }

  /**
   * Stops the job: ends the iteration, rejects `result` with an `AbortError`, and tells the server
   * (`POST {prefix}/cancel`); resolves once the server answered. Does nothing once the job has ended.
   */
  cancel(): Promise<void> {
    if (this.#ended) return Promise.resolve();
    this._fail(new AbortError('Cancelled', { endpoint: this.#base.endpoint }), true);
    this.controller.abort();
    return this.#host.release(this, true);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<GradioEvent, undefined>> {
    // Not `async`, and an event goes straight to a waiting `next()` (see `_emit`): one promise per event.
    const value = this.#queued.shift();
    if (value || this.#ended) return Promise.resolve(value ? { value, done: false } : { value: undefined, done: true });
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Called when a `for await` is left early: cancels the job. */
  async return(): Promise<IteratorResult<GradioEvent, undefined>> {
    this.#queued = [];
    await this.cancel();
    return { value: undefined, done: true };
  }

  /** @internal Delivers an event to the iterator. */
  _emit(event: Partial<GradioEvent> & { type: EventType }): void {
    if (this.#ended) return;
    // Callers pass a new object: completed in place (same keys, same order as `{...event, ...base, time}`).
    const full = event as GradioEvent;
    full.endpoint = this.#base.endpoint;
    full.fn_index = this.#base.fn_index;
    full.time = new Date();
    if (full.type === 'data') this.#last = full;
    if (this.#buffer && (!this.#host.events || this.#host.events.includes(full.type))) {
      const waiting = this.#waiting.shift();
      if (waiting) waiting({ value: full, done: false });
      else this.#queued.push(full);
    }
  }

  /** @internal Emits a status event. */
  _status(status: Omit<StatusEvent, 'type' | 'endpoint' | 'fn_index' | 'time' | 'queue'> & { queue?: boolean }): void {
    // Only queued calls get an event id; the first `pending` status says `queue` itself.
    this._emit({ type: 'status', queue: !!this.eventId, ...status });
  }

  /** @internal Ends the job with an error (an `error` status, then the end of the iteration). */
  _fail(error: GradioError, quiet?: boolean): void {
    if (this.#ended) return;
    if (!quiet) {
      const { title, duration, visible } = error as AppError;
      this._status({ stage: 'error', error, message: error.message, title, duration, visible });
    }
    this.#end(error);
  }

  /** @internal The server said something about this job (or it ended): no longer lost. */
  _heard(): void {
    this._onNews?.();
    this._onNews = undefined;
  }

  #end(error?: GradioError): void {
    this.#ended = true;
    this.#chunkDone(false);
    this._heard();
    this.#unlisten();
    for (const waiting of this.#waiting.splice(0)) waiting({ value: undefined, done: true });
    this.#settle(error);
    if (!error || error.name !== 'AbortError') void this.#host.release(this, false);
  }

  /** @internal Handles one wire message of this event ([protocol] §3.3, Appendix A, B.3). */
  _message(m: WireMessage): void {
    this._heard();
    const output = (m.output ?? {}) as Record<string, any>;
    switch (m.msg) {
      case 'estimation':
        this._status({
          stage: 'pending',
          original_msg: m.msg,
          position: m.rank as number | null,
          size: m.queue_size as number,
          eta: m.rank_eta as number | null,
        });
        return;
      case 'process_starts':
        this._status({ stage: 'pending', original_msg: m.msg, position: 0, eta: m.eta as number | null });
        return;
      case 'progress':
        this._status({ stage: 'pending', original_msg: m.msg, progress_data: m.progress_data as [] });
        return;
      case 'log':
        this._emit({
          type: 'log',
          log: m.log as string,
          // (4.x logs may lack title and duration)
          title: m.title as string,
          level: m.level as 'info',
          duration: m.duration as number | null,
          visible: m.visible !== false,
        });
        return;
      case 'process_generating':
      case 'process_streaming':
        if (!m.success) break;
        this._status({
          stage: m.msg === 'process_generating' ? 'generating' : 'streaming',
          changed_state_ids: output.changed_state_ids,
          time_limit: m.time_limit,
        });
        // [protocol] §3.5: the first update holds full values, later ones edit lists (sse_v2+), except for
        // `stream` connections, which always send full values.
        if (this.#value && this.#host.diffs && m.msg === 'process_generating') {
          // A new list each update; the values share what the edits left alone with the previous ones (a
          // token appended to a long chat copies the chat's list and one message, nothing else).
          const changed: unknown[] = [];
          const noteEdit: EditedAt = (container, key, op) => {
            const slots = container as Record<string | number, unknown>;
            // A file whose path or URL was edited gets its URL again; a value put in place is looked through.
            if (!Array.isArray(container) && typeof slots.path === 'string') changed.push(container);
            if (op === 'replace' || op === 'add') changed.push(slots[key]);
          };
          const edits = output.data as Edit[][];
          this.#value = (this.#value as unknown[]).map((value, i) => {
            if (!edits[i]?.length) return value;
            const next = applyDiff(value ?? null, edits[i], noteEdit);
            // An edit of the whole value (`path` []: a file output going from null to a file) lands nowhere else.
            if (edits[i].some(([, path]) => path.length === 0)) changed.push(next);
            return next;
          });
          this._data(this.#value as unknown[], changed);
        } else {
          this.#value = output.data;
          this._data(this.#value as unknown[]);
        }
        // [protocol] §6.8: one result per run of the function, which ran on the chunk in flight
        if (m.msg === 'process_streaming') this.#chunkDone(true);
        return;
      case 'process_completed':
        if (!m.success) break;
        // After a cancel the output is `{}`: nothing to deliver ([protocol] §5.8).
        if (output.data) this._data(output.data);
        if (output.render_config) {
          this.#host.rendered?.(output.render_config);
          this._emit({ type: 'render', data: output.render_config });
        }
        this._status({
          stage: 'complete',
          changed_state_ids: output.changed_state_ids,
          eta: output.average_duration,
        });
        this.#end();
        return;
      default:
        return; // unknown message types are ignored
    }
    // `success: false`: an error payload ([protocol] §3.6)
    this._fail(appError(output, this.#base.endpoint, m.title as string));
  }

  /** @internal Emits a `data` event for a full output list. */
  _data(data: unknown[], changed?: unknown[]): void {
    this._emit({ type: 'data', data: this.#host.shape(data, this.#base.fn_index, changed) });
  }
}

