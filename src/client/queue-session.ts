/**
 * The calls of one client session ([protocol] §3, §4, §6.8, §7): JOINs, the session stream that multiplexes every
 * job's messages by `event_id`, uploads, cancels, and closing the stream once idle. Loaded by `Client` with its
 * first call, not with `Client.connect`: a page that shows an app before anything runs (`<gradio-app>`) does not
 * pay for it up front.
 */
import { ConnectionError, type GradioError, ValidationError } from './errors';
import { FileRef, isFileData, resolveFileUrl, toUploadFile, type UploadFile, uploadedFileData, walk } from './files';
import { httpError } from './http';
import type { RequestOptions } from './connection';
import type { Job } from './job';
import { parseMessage, type WireMessage } from './protocol';
import { readSse } from './sse';
import type { ApiInfo, ClientOptions, ComponentConfig, Config, DependencyConfig, FileData, SubmitOptions, UploadProgress } from './types';

/** What the calls take from their client: its session, config, options and requests. */
export interface SessionHost {
  readonly session_hash: string;
  readonly config: Config;
  readonly options: ClientOptions;
  /** The app's components by id (those `@gr.render` added included). */
  readonly components: ReadonlyMap<number, ComponentConfig>;
  /** `{root}{api_prefix}`: where the API routes live. */
  api(): string;
  /** How long a stream or a just-joined call may stay silent. */
  silence(): number;
  /** `fetch` with the client's headers, credentials, timeout and typed errors. */
  request(url: string, init?: RequestOptions): Promise<Response>;
  /** A JSON request; the typed error on a non-2xx answer. */
  json(url: string, body?: unknown, init?: RequestOptions): Promise<any>;
  /** The dependency an endpoint names; throws `NotFoundError`. */
  dependency(endpoint: string | number): DependencyConfig;
  viewApi(): Promise<ApiInfo>;
  /** Opens the session heartbeat again if the app wants one and it broke. */
  openHeartbeat(): void;
}

/**
 * How long an idle session stream is left for the server to close before the client closes it (see
 * `#closeIdleStreamLater`): a heartbeat period ([protocol] §3.3, 15 s), so that a server too busy to send its
 * `close_stream` promptly is not taken for one that never will. Exported for tests.
 */
export const IDLE_STREAM_GRACE_MS = 15_000;
/** At most this many events of failed calls wait for the session's next JOIN to be cancelled (see `#failAll`). */
const MAX_ORPHANS = 1000;

/** How {@link QueueSession.upload} (and `Client.upload`) uploads. */
export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  uploadId?: string;
  endpoint?: string;
  /** Aborting it stops the upload: the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** The calls of one session; its client makes it on its first call. */
export class QueueSession {
  #host: SessionHost;
  #jobs = new Map<string, Job>();
  #buffer = new Map<string, WireMessage[]>();
  #joining = 0;
  /** Session streams that broke so far: a JOIN answered after a break may have lost its messages with it. */
  #breaks = 0;
  #stream?: AbortController;
  /** Closes an idle session stream after the grace (see `#closeIdleStreamLater`); a new call clears it. */
  #idleTimer?: ReturnType<typeof setTimeout>;
  /** `/cancel` requests under way: the server completes each cancelled event when its request arrives. */
  #cancelling = 0;
  /** Events of calls that a broken stream failed, cancelled on the server once the session has joined again. */
  #orphans: { eventId: string; fn_index: number }[] = [];

  constructor(host: SessionHost) {
    this.#host = host;
  }

  /** Runs a job the client made: uploads its files, joins the queue (or calls the route), follows its event. */
  async run(job: Job, dep: DependencyConfig, endpoint: string, data: unknown[] | Record<string, unknown>, options: SubmitOptions): Promise<void> {
    // The session is busy again: an idle close armed by an earlier call would hit this one's stream.
    clearTimeout(this.#idleTimer);
    // Cancelled while this module loaded: nothing to upload or join.
    if (job.done) return;
    try {
      const inputs = await this.#inputs(dep, endpoint, data, options.onUploadProgress);
      if (job.done) return;
      const body = {
        data: inputs,
        event_data: options.eventData ?? null,
        fn_index: dep.id,
        trigger_id: options.triggerId ?? null,
        session_hash: this.#host.session_hash,
      };
      const init = { endpoint, signal: job.controller.signal };
      job._status({ stage: 'pending', queue: dep.queue });
      this.#host.openHeartbeat();
      if (!dep.queue) {
        // [protocol] §4.1: the non-queued route answers with the output object itself
        const output = await this.#host.json(`${this.#host.api()}/run/${dep.api_name ?? 'predict'}`, body, init);
        job._message({ msg: 'process_completed', output, success: true });
        return;
      }
      if (!this.#host.config.protocol.startsWith('sse_v')) {
        throw new ConnectionError(`Protocol "${this.#host.config.protocol}" (Gradio < 4.9) not supported`, { endpoint });
      }
      this.#joining++;
      const breaks = this.#breaks;
      let eventId: string | undefined;
      try {
        // [protocol] §3.2: JOIN carries the inputs; everything else arrives on the session stream
        eventId = (await this.#host.json(`${this.#host.api()}/queue/join`, body, init)).event_id as string;
      } finally {
        this.#joining--;
        // A failed JOIN: what was buffered for JOINs under way is nobody's once none is left
        if (eventId === undefined && !this.#joining) this.#buffer.clear();
      }
      job.eventId = eventId;
      if (job.done) return void this.#cancelOnServer(job);
      if (breaks !== this.#breaks) {
        // [protocol] §3.3 (no resume): the session stream broke while this JOIN was under way, so messages of
        // this event may have gone with it; waiting for them could hang forever. Fail it, and stop it there.
        this.#buffer.delete(eventId);
        if (!this.#joining) this.#buffer.clear();
        job._fail(new ConnectionError('Connection lost while joining the queue; the call was stopped', { url: `${this.#host.api()}/queue/join`, endpoint }));
        return void this.#cancelOnServer(job);
      }
      this.#jobs.set(eventId, job);
      this.#watchJoined(job, endpoint);
      for (const orphan of this.#orphans.splice(0)) void this.#cancelOnServer(orphan);
      // [protocol] §3.9: messages can arrive before the JOIN answer; they were buffered
      for (const message of this.#buffer.get(eventId) ?? []) job._message(message);
      this.#buffer.delete(eventId);
      if (!this.#joining) this.#buffer.clear();
      if (!job.done) this.#openStream();
    } catch (error) {
      job._fail(error as GradioError);
    }
  }

  /**
   * [protocol] §6.8: a later chunk of a streaming event goes to `POST {prefix}/stream/{event_id}` as a
   * PredictBody; the server keeps it as the event's latest input and runs the function on it. `false` when the
   * event is over (404 on Gradio 6; Gradio 5 fails with 500 for an unknown event).
   */
  async sendChunk(job: Job, data: unknown[] | Record<string, unknown>): Promise<boolean> {
    const dep = this.#host.dependency(job.fn_index);
    const endpoint = dep.api_name ? `/${dep.api_name}` : String(dep.id);
    const inputs = await this.#inputs(dep, endpoint, data);
    if (job.done || !job.eventId) return false;
    const body = { data: inputs, event_data: null, fn_index: dep.id, session_hash: this.#host.session_hash };
    try {
      await this.#host.json(`${this.#host.api()}/stream/${job.eventId}`, body, { endpoint, signal: job.controller.signal });
      return true;
    } catch (error) {
      if (job.done || (error as GradioError).status === 404) return false;
      throw error;
    }
  }

  /** [protocol] §6.8: `POST {prefix}/stream/{event_id}/close` ends a streaming event (404: already over). */
  async closeStream(job: Job): Promise<void> {
    if (!job.eventId) return;
    await this.#host.json(`${this.#host.api()}/stream/${job.eventId}/close`, {}, { endpoint: job.fn_index.toString() }).catch(() => {});
  }

  /**
   * [protocol] §3.3: when a session stream disconnects, the server drops the session's queued events and stops
   * its running ones; a JOIN that reached it just before it noticed is dropped too, silently. A queued event
   * hears from the server at least every second (`estimation`) and a started one gets `process_starts`, so a
   * job with no message at all for `heartbeatTimeout` after its JOIN was lost: it fails instead of hanging.
   */
  #watchJoined(job: Job, endpoint: string): void {
    const silence = this.#host.silence();
    const timer = setTimeout(() => {
      if (job.done) return;
      job._fail(new ConnectionError(`The server sent nothing about this call for ${silence} ms: it was lost`, { endpoint, url: this.#host.api() }));
      void this.#cancelOnServer(job);
    }, silence);
    job._onNews = () => clearTimeout(timer);
  }

  /**
   * Resolves named parameters, fills the `skip_api` slots (`gr.State`, buttons) with `null`, and uploads the
   * files found in the values ([protocol] §7.3, §6.5).
   */
  async #inputs(dep: DependencyConfig, endpoint: string, data: unknown[] | Record<string, unknown>, onProgress?: (p: UploadProgress) => void): Promise<unknown[]> {
    let values: unknown[];
    if (Array.isArray(data)) values = [...data];
    else {
      const info = (await this.#host.viewApi()).named_endpoints[endpoint];
      if (!info) throw new ValidationError('Not in /info: pass an array', { endpoint });
      const names = info.parameters.map((p) => p.parameter_name);
      const unknown = Object.keys(data).filter((key) => !names.includes(key));
      if (unknown.length) throw new ValidationError(`Unknown parameter "${unknown[0]}"`, { endpoint });
      values = info.parameters.map((p) => {
        if (p.parameter_name! in data) return data[p.parameter_name!];
        if (p.parameter_has_default) return p.parameter_default;
        throw new ValidationError(`Missing required parameter "${p.parameter_name}"`, { endpoint });
      });
    }
    const skip = dep.inputs.map((id) => !!this.#host.components.get(id)?.skip_api);
    if (values.length === skip.filter((s) => !s).length && values.length < skip.length) {
      let next = 0;
      values = skip.map((s) => (s ? null : values[next++]));
    }
    const found: Array<FileRef | Blob> = [];
    walk(values, (node) => {
      if (node instanceof FileRef || node instanceof Blob) found.push(node);
    });
    if (!found.length) return values;
    const uploaded = await this.upload(await Promise.all(found.map(toUploadFile)), { onProgress, endpoint });
    return walk(values, (node) => {
      const i = found.indexOf(node as Blob);
      return i < 0 ? undefined : uploaded[i];
    }) as unknown[];
  }

  /**
   * Uploads files to `{prefix}/upload` and returns their FileData (name and MIME type kept). With `onProgress`,
   * follows the server's `upload_progress` stream for the same `upload_id`.
   * @throws {ValidationError} status 413 when a file exceeds the app's `max_file_size`.
   */
  async upload(files: Array<Blob | FileRef | UploadFile>, options: UploadOptions = {}): Promise<FileData[]> {
    const ready = await Promise.all(files.map((f) => ('blob' in f ? f : toUploadFile(f))));
    const uploadId = options.uploadId ?? Math.random().toString(36).slice(2, 13);
    const form = new FormData();
    for (const file of ready) form.append('files', file.blob, file.name);
    const progress = new AbortController();
    if (options.onProgress) this.#uploadProgress(uploadId, progress.signal, options.onProgress);
    try {
      const paths: string[] = await this.#host.json(`${this.#host.api()}/upload?upload_id=${uploadId}`, undefined, {
        method: 'POST',
        body: form,
        endpoint: options.endpoint,
        signal: options.signal,
      });
      return paths.map((path, i) => uploadedFileData(path, ready[i], `${this.#host.api()}/file=`));
    } catch (error) {
      const e = error as GradioError;
      if (e.status === 413) {
        throw new ValidationError(`File too large (max_file_size ${this.#host.config.max_file_size} B): ${ready.map((f) => f.name)}`, e);
      }
      throw e;
    } finally {
      progress.abort();
    }
  }

  #uploadProgress(uploadId: string, signal: AbortSignal, onProgress: (p: UploadProgress) => void): void {
    const loaded = new Map<string, number>();
    this.#host.request(`${this.#host.api()}/upload_progress?upload_id=${uploadId}`, { signal, stream: true })
      .then((response) =>
        readSse(response.body!, (data) => {
          const m = parseMessage(data);
          if (m?.msg !== 'update') return;
          const name = m.orig_name as string;
          loaded.set(name, (loaded.get(name) ?? 0) + (m.chunk_size as number));
          onProgress({ orig_name: name, loaded: loaded.get(name)! });
        }, signal),
      )
      .catch(() => {});
  }

  /** Drops state slots (unless `with_null_state`) and makes FileData URLs absolute. */
  shape(data: unknown[], fnIndex: number, changed?: unknown[]): unknown[] {
    const { root, protocol, dependencies } = this.#host.config;
    const legacy = /^sse_v[12]$/.test(protocol);
    for (const part of changed ?? [data]) {
      walk(part, (node) => {
        if (isFileData(node, legacy)) resolveFileUrl(node, root, `${this.#host.api()}/file=`);
        return undefined;
      });
    }
    if (this.#host.options.with_null_state) return data;
    const outputs = dependencies.find((d) => d.id === fnIndex)?.outputs ?? [];
    return data.filter((_, i) => this.#host.components.get(outputs[i])?.type !== 'state');
  }

  /**
   * Opens the session stream unless it is open ([protocol] §3.3, Appendix B.2). It stays open while jobs are
   * pending; `close_stream` (sse_v3) or the end of the stream with nothing pending (sse_v1/v2) closes it.
   */
  #openStream(): void {
    if (this.#stream) return;
    const stream = new AbortController();
    this.#stream = stream;
    const url = `${this.#host.api()}/queue/data?session_hash=${this.#host.session_hash}`;
    let closed = false;
    let count = 0;
    // [protocol] §3.3: the server sends a heartbeat after 15 s without messages (hard-coded in 5.x and 6.x), so
    // a stream silent for `heartbeatTimeout` is dead even if its connection looks open (a stalled proxy).
    const silence = this.#host.silence();
    let last = Date.now();
    let silent = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      const idle = Date.now() - last;
      if (idle < silence) {
        watchdog = setTimeout(watch, silence - idle);
        // A watchdog alone is no reason for Node to stay up: a live connection keeps it up anyway.
        (watchdog as { unref?: () => void }).unref?.();
      } else {
        silent = true;
        stream.abort();
      }
    };
    void (async () => {
      let failure: unknown;
      try {
        const response = await this.#host.request(url, { signal: stream.signal, stream: true });
        if (!response.ok) throw await httpError(response, url);
        last = Date.now();
        watch();
        await readSse(
          response.body!,
          (data) => {
            count++;
            last = Date.now();
            const message = parseMessage(data);
            if (message) closed = this.#route(message) || closed;
          },
          stream.signal,
        );
      } catch (error) {
        failure = error;
      }
      clearTimeout(watchdog);
      if (this.#stream === stream) this.#stream = undefined;
      const aborted = stream.signal.aborted && !silent;
      stream.abort(); // done with this response: lets its request go (see `Connection.request`)
      if (aborted) return;
      // [protocol] §3.3: close_stream with jobs still pending (joined just before it) → open a new stream;
      // sse_v1/v2 simply end the response. Otherwise the stream broke: every pending job fails, and so do
      // the JOINs under way (see `#run`).
      const ended = !failure && count && (closed || this.#host.config.protocol !== 'sse_v3');
      if (!ended) this.#breaks++;
      if (!this.#jobs.size) return;
      if (ended) return this.#openStream();
      const reason = silent
        ? `no message for ${silence} ms (the server sends a heartbeat every 15 s)`
        : ((failure as Error)?.message ?? 'stream ended');
      this.#failAll(new ConnectionError(`Connection lost: ${reason}`, { url, cause: failure }));
    })();
  }

  /** Routes one stream message; returns true for `close_stream`. */
  #route(message: WireMessage): boolean {
    const { msg, event_id: id } = message;
    if (msg === 'close_stream') return true;
    if (!id) {
      // Session-wide: heartbeats are ignored; `unexpected_error` (sse_v3) / `server_stopped` (sse_v1) fail all.
      if (msg === 'unexpected_error' || msg === 'server_stopped') {
        this.#failAll(new ConnectionError(`The server failed unexpectedly: ${message.message ?? msg}`, { body: message }));
      }
      return false;
    }
    const job = this.#jobs.get(id);
    if (job) job._message(message);
    else if (this.#joining) {
      // Possibly for a JOIN whose answer has not arrived yet; ids of finished jobs are simply dropped.
      const list = this.#buffer.get(id) ?? [];
      list.push(message);
      this.#buffer.set(id, list);
    }
    return false;
  }

  /**
   * Fails every pending job, and keeps their events to cancel on the server at the session's next JOIN. A server
   * that lost the stream still counts a running event as pending for the session (Gradio 5.14 and 6.25), and a
   * session with an event pending never has its stream closed by the server again: the client was left to close
   * it itself, and the server then dropped whatever the session had joined before it noticed. A `/cancel`
   * completes the event there, but only while the session has a message queue, which Gradio 6 deletes when the
   * stream breaks and a JOIN makes again; and Gradio 5.14 breaks the stream a second `/cancel` of one event
   * completes (a `ValueError`), so each is sent once.
   */
  #failAll(error: GradioError): void {
    for (const job of [...this.#jobs.values()]) {
      job._fail(error);
      if (job.eventId) this.#orphans.push({ eventId: job.eventId, fn_index: job.fn_index });
    }
    // (bounded: a client whose streams keep breaking and whose JOINs keep failing keeps only the newest)
    this.#orphans.splice(0, this.#orphans.length - MAX_ORPHANS);
  }

  /** Forgets a job that ended; tells the server when it was cancelled. */
  async release(job: Job, cancelled: boolean): Promise<void> {
    if (job.eventId) this.#jobs.delete(job.eventId);
    // A cancelled event stays pending on the server until its `/cancel` arrives, which then completes it and
    // closes the stream: the grace starts once the server has answered. Starting it before, a `/cancel` slower
    // than the grace (a loaded server) had the client close the stream, and a call made right after the cancel
    // could join the session before the server noticed the close, and be dropped with the session's other events
    // (tests/integration/faults.test.ts; the hang seen under load came from streams the server never closed,
    // see `#failAll`).
    if (cancelled) await this.#cancelOnServer(job);
    if (!this.#jobs.size && !this.#joining) this.#closeIdleStreamLater();
  }

  /**
   * Nothing is pending: the server closes the session stream itself (close_stream after the last event's
   * process_completed; after a `/cancel` it completes the cancelled event for that purpose). Closing it from
   * here would make the server drop every event of the session once it notices the disconnect, which on a
   * loaded server is seconds later; an event joined meanwhile (a call right after a cancel) then gets
   * `process_starts` and nothing more, ever (seen on Gradio 5.14). So the stream is aborted here only if the
   * server has not closed it after a grace period ([protocol] §3.3: an abandoned event is never completed), with
   * no call started and no `/cancel` under way meanwhile.
   */
  #closeIdleStreamLater(): void {
    const stream = this.#stream;
    if (!stream) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#stream !== stream || this.#jobs.size || this.#joining || this.#cancelling) return;
      stream.abort();
      this.#stream = undefined;
    }, IDLE_STREAM_GRACE_MS);
    (this.#idleTimer as { unref?: () => void }).unref?.();
  }

  /** [protocol] §5.3: `POST {prefix}/cancel` (4.31+); failures are ignored, the job has already ended. */
  async #cancelOnServer(job: { eventId: string | null; fn_index: number }): Promise<void> {
    if (!job.eventId) return;
    const body = { session_hash: this.#host.session_hash, fn_index: job.fn_index, event_id: job.eventId };
    this.#cancelling++;
    try {
      await this.#host.json(`${this.#host.api()}/cancel`, body).catch(() => {});
    } finally {
      this.#cancelling--;
    }
  }

  /** Ends the session's calls: every pending job fails with `error`, the session stream closes. */
  close(error: GradioError): void {
    for (const job of [...this.#jobs.values()]) job._fail(error, true);
    this.#jobs.clear();
    clearTimeout(this.#idleTimer);
    this.#stream?.abort();
  }
}
