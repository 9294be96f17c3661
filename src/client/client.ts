/**
 * `Client`: connects to a Gradio app, describes its API and runs its endpoints over the queue (sse_v1 to
 * sse_v3) or the non-queued route. One session stream per client multiplexes all its jobs by `event_id`.
 * `[protocol] §n` points at `spec/protocol.md`.
 */
import {
  AbortError,
  AuthError,
  ConnectionError,
  type GradioError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './errors';
import { FileRef, isFileData, resolveFileUrl, toUploadFile, type UploadFile, uploadedFileData, walk } from './files';
import { appError, Job, type JobHost } from './job';
import { waitForSpace } from './spaces';
import { normaliseConfig, parseMessage, sendsDiffs, trimSlash, type WireMessage } from './protocol';
import { readSse } from './sse';
import type {
  ApiInfo,
  ApiTypes,
  ClientOptions,
  ComponentConfig,
  Config,
  DependencyConfig,
  EndpointName,
  FileData,
  JobOf,
  OutputsOf,
  PredictArgs,
  PredictResult,
  SubmitArgs,
  SubmitOptions,
  TypedJob,
  UntypedApi,
  UploadProgress,
} from './types';

interface RequestInit2 extends RequestInit {
  /** Named in error messages. */
  endpoint?: string;
  /** A stream: `close()` must still abort it after its answer has started. */
  stream?: boolean;
}

const HF = 'https://huggingface.co';
/**
 * How long an idle session stream is left for the server to close before the client closes it (see
 * `#closeIdleStreamLater`): a heartbeat period ([protocol] §3.3, 15 s), so that a server too busy to send its
 * `close_stream` promptly is not taken for one that never will. Exported for tests.
 */
export const IDLE_STREAM_GRACE_MS = 15_000;
/** At most this many events of failed calls wait for the session's next JOIN to be cancelled (see `#failAll`). */
const MAX_ORPHANS = 1000;

/** The inputs of a call as the implementation sees them (the public signatures type them per endpoint). */
type Inputs = unknown[] | Record<string, unknown>;

/** Reads a body as JSON when it parses, else as text. */
async function readBody(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The typed error for a non-2xx answer. */
async function httpError(response: Response, url: string, endpoint?: string): Promise<GradioError> {
  const body = await readBody(response).catch(() => undefined);
  const { status } = response;
  const detail = body?.detail;
  const details = { url, endpoint, status, body };
  // What the server said; a gateway's HTML error page or a long text is not repeated, only its status.
  const said = (typeof detail === 'string' && detail) || detail?.error || (typeof body === 'string' && body.length < 200 && !body.includes('<') && body);
  const text = String(said || response.statusText || `HTTP ${status}`);
  if (status === 401 || status === 403) {
    // [protocol] §8.1: a login cookie the server no longer knows (expired, logged out, server restarted) is a 401
    const message = status === 401 ? `Not logged in, or the login expired: connect again with \`auth\` (server: ${text})` : text;
    const error = new AuthError(message, details);
    error.authMessage = detail?.auth_message;
    return error;
  }
  if (status === 404) return new NotFoundError(text, details);
  if (status === 429) {
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
    const wait = Number.isFinite(retryAfter) ? `: try again in ${retryAfter} s` : ': try again later';
    const error = new RateLimitError(`Too many requests${wait} (server: ${text})`, details);
    if (Number.isFinite(retryAfter)) error.retryAfter = retryAfter;
    return error;
  }
  // [protocol] §3.2: 503 "Queue is full. Max size is N and size is M." Any other 503 (Gradio's "Queue is
  // stopped.", a gateway's maintenance page) is the server being unavailable.
  if (status === 503 && /queue is full/i.test(text)) return new QueueFullError(text, details);
  if (status === 502 || status === 503 || status === 504) {
    return new ConnectionError(`Server unavailable (${status} ${response.statusText || 'from a gateway'}): ${text}`, details);
  }
  if (status === 400 || status === 413 || status === 422) {
    const error = new ValidationError(Array.isArray(detail) ? JSON.stringify(detail) : text, details);
    if (Array.isArray(detail)) error.errors = detail;
    return error;
  }
  // A 500 from a call is the function failing (an app error); from the config or a stream, a broken server.
  if (status === 500 && endpoint !== undefined) {
    return appError(typeof body === 'object' && body ? body : { error: text }, endpoint, undefined, url);
  }
  return new ConnectionError(text, details);
}

/** What a failed `fetch` says, with the system error under it (`fetch failed: ECONNRESET`). */
function failure(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  const text = cause instanceof Error ? cause.message : String(cause);
  return inner ? `${text}: ${inner.code ?? inner.message}` : text;
}

/**
 * A connection to one Gradio app. Create it with {@link Client.connect}; every method is safe to pass around
 * unbound (no `this` tricks needed: they are ordinary methods, call them on the client).
 *
 * `Api` types `predict` and `submit` with the app's own endpoints (an interface written by
 * `npx gradio-kit types <app>`); without it any endpoint and any data are accepted.
 */
export class Client<Api extends ApiTypes<Api> = UntypedApi> {
  /** The app config, normalised across Gradio versions. */
  readonly config: Config;
  /** This client's session: `gr.State` and the queue stream are per session. */
  readonly session_hash: string;

  #options: ClientOptions;
  #base: string;
  #origin = '';
  #cookie = '';
  #closed = false;
  /** The controllers of the requests under way (streams: until aborted); `close()` aborts them. */
  #live = new Set<AbortController>();
  #components = new Map<number, ComponentConfig>();
  #info?: Promise<ApiInfo>;
  #jobs = new Map<string, Job>();
  #buffer = new Map<string, WireMessage[]>();
  #joining = 0;
  /** Session streams that broke so far: a JOIN answered after a break may have lost its messages with it. */
  #breaks = 0;
  /** The session heartbeat: not wanted by the app, open, or to be (re)opened by the next call. */
  #heartbeat: 'none' | 'open' | 'closed' = 'none';
  #stream?: AbortController;
  /** Closes an idle session stream after the grace (see `#closeIdleStreamLater`); a new call clears it. */
  #idleTimer?: ReturnType<typeof setTimeout>;
  /** `/cancel` requests under way: the server completes each cancelled event when its request arrives. */
  #cancelling = 0;
  /** Events of calls that a broken stream failed, cancelled on the server once the session has joined again. */
  #orphans: { eventId: string; fn_index: number }[] = [];
  #host: JobHost;

  /** Use {@link Client.connect}, which also fetches the config. */
  protected constructor(base: string, options: ClientOptions) {
    this.#options = options;
    this.#base = base;
    this.session_hash = options.session_hash ?? Math.random().toString(36).slice(2, 13);
    this.config = undefined as unknown as Config;
    this.#host = {
      diffs: true,
      events: options.events,
      shape: this.#shape.bind(this),
      release: this.#release.bind(this),
      rendered: this.#rendered.bind(this),
      sendChunk: this.#sendChunk.bind(this),
      closeStream: this.#closeStream.bind(this),
    };
  }

  /**
   * Connects to an app: resolves `src`, logs in when `auth` is given, fetches and normalises the config, and
   * opens the session heartbeat when the app asks for it ([protocol] §1.8).
   *
   * @param src A full URL (`http://localhost:7860`, `https://host/sub/path/`), a Space id (`user/space`) or a
   * `*.hf.space` host.
   * @throws {NotFoundError} no such app or Space. {@link AuthError} login refused or required.
   * {@link ConnectionError} unreachable or not a Gradio app. {@link TimeoutError}, {@link AbortError}.
   * @typeParam Api The app's typed API, as `npx gradio-kit types <app>` writes it: `predict` and `submit` then
   * accept its named endpoints only, with their parameters, and type `data` with their outputs.
   */
  static async connect<Api extends ApiTypes<Api> = UntypedApi>(src: string, options: ClientOptions = {}): Promise<Client<Api>> {
    const client = new Client<Api>('', options);
    await client.#connect(src.trim());
    return client;
  }

  /** How long a stream or a just-joined call may stay silent (the `heartbeatTimeout` option). */
  get #silence(): number {
    return this.#options.heartbeatTimeout ?? 40_000;
  }

  /** `{root}{api_prefix}`: where the API routes live. */
  get #api(): string {
    return this.config.root + this.config.api_prefix;
  }

  /**
   * [protocol] §1.6: `https://host/app/second` may name the page `second` of the app at `https://host/app`
   * (whose `/config` describes every page); then that app, else `null`.
   */
  async #appOfPage(base: string, signal?: AbortSignal): Promise<{ base: string; config: any } | null> {
    if (new URL(base).pathname.length <= 1) return null;
    const parent = base.slice(0, base.lastIndexOf('/'));
    const page = decodeURIComponent(base.slice(base.lastIndexOf('/') + 1));
    const answer = await this.#request(`${parent}/config`, { signal }).catch(() => null);
    const config = answer?.ok ? await readBody(answer).catch(() => null) : null;
    const pages: unknown = config?.pages;
    const known = Array.isArray(pages) && pages.some((entry) => Array.isArray(entry) && entry[0] === page);
    return known ? { base: parent, config } : null;
  }

  async #connect(src: string): Promise<void> {
    const { token, auth, signal } = this.#options;
    let base = src;
    if (/^[\w.-]+\/[\w.-]+$/.test(src)) {
      // [protocol] §1.1: a Space id is resolved through the Hub; the token goes to it (and to the app only)
      const hub = trimSlash(this.#options.hub ?? HF);
      const get = (url: string) => this.#request(url, { signal, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const url = `${hub}/api/spaces/${src}/host`;
      const response = await get(url);
      if (!response.ok) throw new NotFoundError(`No Space ${src} (or private)`, { url, status: response.status });
      base = (await readBody(response)).host;
      const { onSpaceStatus } = this.#options;
      if (onSpaceStatus) {
        // [protocol] §1.7: a sleeping Space wakes when its app is asked for; poll the Hub until it runs
        const app = trimSlash(base);
        await waitForSpace(hub, src, { get, onStatus: onSpaceStatus, signal, wake: () => this.#request(`${app}/config`, { signal }) });
      }
    } else if (/^[\w.-]+\.hf\.space(\/|$)/i.test(src)) base = `https://${src}`;
    else if (!/^https?:\/\//i.test(src)) throw new ValidationError(`Not a URL or Space: ${src}`);
    // [protocol] §10.12: an app URL may carry a deep link (`?deep_link=<key>`), which its config restores.
    const address = new URL(base);
    const deepLink = address.searchParams.get('deep_link');
    address.search = '';
    address.hash = '';
    this.#base = base = trimSlash(address.toString());
    this.#origin = address.origin;
    if (auth) await this.#login(auth, signal);
    const url = `${base}/config`;
    let response = await this.#request(deepLink ? `${url}?deep_link=${encodeURIComponent(deepLink)}` : url, { signal });
    // An unknown key gives an empty app (`deep_link_state: "invalid"`, no components): the plain app instead.
    if (deepLink && response.ok) {
      const restored = await readBody(response.clone()).catch(() => null);
      if (restored?.deep_link_state === 'invalid') response = await this.#request(url, { signal });
    }
    let raw: any;
    if (response.ok) raw = await readBody(response);
    else {
      const page = response.status === 404 ? await this.#appOfPage(base, signal) : null;
      if (!page) throw await httpError(response, url);
      this.#base = base = page.base;
      raw = page.config;
    }
    if (typeof raw !== 'object' || !raw) throw new ConnectionError('Not a Gradio app', { url });
    (this as { config: Config }).config = normaliseConfig(raw, base);
    this.#origin = new URL(this.config.root).origin;
    for (const component of this.config.components) this.#components.set(component.id, component);
    this.#host.diffs = sendsDiffs(this.config.protocol);
    this.#heartbeat = raw.connect_heartbeat ? 'closed' : 'none';
    this.#openHeartbeat();
  }

  /**
   * [protocol] §5.2: keeps the session heartbeat open for the life of the session (its payloads mean nothing).
   * When it breaks (the server restarted, a proxy cut it), the next call opens it again.
   */
  #openHeartbeat(): void {
    if (this.#heartbeat !== 'closed' || this.#closed) return;
    this.#heartbeat = 'open';
    const heartbeat = `${this.#api}/heartbeat/${this.session_hash}`;
    this.#request(heartbeat, { stream: true })
      .then((r) => r.body && readSse(r.body, () => {}))
      .catch(() => {})
      .finally(() => {
        this.#heartbeat = 'closed';
      });
  }

  async #login([username, password]: [string, string], signal?: AbortSignal): Promise<void> {
    const url = `${this.#base}/login`;
    // [protocol] §8.1: an OAuth2 password form; 400 means incorrect credentials (not 401)
    const response = await this.#request(url, { signal, method: 'POST', body: new URLSearchParams({ username, password }) });
    if (!response.ok) {
      const error = await httpError(response, url);
      throw error.status === 400 ? new AuthError('Login refused: incorrect credentials', error) : error;
    }
    // Node can read Set-Cookie and keeps it per client; browsers keep it in their jar (`credentials`).
    this.#cookie = (response.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  }

  /**
   * `fetch` with this client's headers (token and cookie only to the app's origin), credentials, timeout and
   * signals; network failures, timeouts and aborts become typed errors.
   */
  async #request(url: string, init: RequestInit2 = {}): Promise<Response> {
    const { headers, token, timeout = 30_000, credentials, auth } = this.#options;
    const all: Record<string, string> = { ...headers, ...(init.headers as Record<string, string>) };
    if (url.startsWith(this.#origin + '/')) {
      if (token) all.authorization = `Bearer ${token}`;
      if (this.#cookie) all.cookie = this.#cookie;
    }
    // One controller per request, aborted by `close()` (which aborts every controller in `#live`) and by the
    // caller's signal through a listener. Not a listener on one client-wide signal: 200 concurrent calls
    // would be 200 listeners on it (Node warns past 10), and `AbortSignal.any` keeps every derived signal
    // alive as long as the long-lived client signal in Node 20.
    const controller = new AbortController();
    let timedOut = false;
    let responded = false;
    const abort = () => controller.abort();
    const { signal } = init;
    const live = this.#live;
    live.add(controller);
    signal?.addEventListener('abort', abort);
    const detach = () => {
      live.delete(controller);
      signal?.removeEventListener('abort', abort);
    };
    if (this.#closed || signal?.aborted) abort();
    const id = setTimeout(() => {
      timedOut = true;
      abort();
    }, timeout);
    try {
      const response = await (this.#options.fetch ?? globalThis.fetch)(url, {
        ...init,
        headers: all,
        credentials: credentials ?? (auth ? 'include' : 'same-origin'),
        signal: controller.signal,
      });
      if (init.stream) return response;
      responded = true;
      // Not a stream: the whole answer is read within the timeout, so that a body which stops coming (a
      // stalled server or proxy) fails the call instead of hanging it.
      const { status, statusText, headers: answerHeaders } = response;
      const body = await response.arrayBuffer();
      return new Response([101, 204, 205, 304].includes(status) ? null : body, { status, statusText, headers: answerHeaders });
    } catch (cause) {
      const details = { url, endpoint: init.endpoint, cause };
      if (timedOut) throw new TimeoutError(`No answer in ${timeout} ms`, details);
      if (controller.signal.aborted) throw new AbortError('Aborted', details);
      throw new ConnectionError(`${responded ? 'Answer broke off' : 'Unreachable'}: ${failure(cause)}`, details);
    } finally {
      // The timeout covered the whole answer, or a stream's start: its body may take as long as it lives.
      clearTimeout(id);
      // A stream stays abortable until it is aborted: its caller aborts its signal once done with it.
      if (!init.stream || controller.signal.aborted) detach();
      else controller.signal.addEventListener('abort', detach);
    }
  }

  /** A JSON request; the typed error on a non-2xx answer. */
  async #json(url: string, body?: unknown, init: RequestInit2 = {}): Promise<any> {
    const request: RequestInit2 = body === undefined ? init : {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...init,
    };
    const response = await this.#request(url, request);
    if (!response.ok) throw await httpError(response, url, init.endpoint);
    try {
      return await readBody(response);
    } catch (cause) {
      throw new ConnectionError('Answer broke off', { url, endpoint: init.endpoint, cause });
    }
  }

  /**
   * The app's API from `{prefix}/info` (fetched once), with `fn_index` and `type` added to each endpoint.
   * @throws the typed error when `/info` cannot be read (connecting does not need it).
   */
  view_api(): Promise<ApiInfo> {
    this.#info ??= this.#json(`${this.#api}/info`).then(
      (info: ApiInfo) => {
        for (const [name, endpoint] of Object.entries(info.named_endpoints ?? {})) {
          const dep = this.config.dependencies.find((d) => `/${d.api_name}` === name);
          if (dep) Object.assign(endpoint, { fn_index: dep.id, type: dep.types });
        }
        return info;
      },
      (error) => {
        this.#info = undefined;
        throw error;
      },
    );
    return this.#info;
  }

  /** camelCase alias of {@link Client.view_api}. */
  viewApi(): Promise<ApiInfo> {
    return this.view_api();
  }

  /**
   * Saves this session's component values on the server and resolves with the key of a link that restores
   * them: the app's URL with `?deep_link=<key>` (connecting to such a URL restores them). `""` when the server
   * has nothing saved for this session. The route is `GET /gradio_api/deep_link` on every version that has it
   * (spec protocol.md §10.12; Gradio 5.x before `gr.DeepLinkButton` answers 404: a {@link NotFoundError}).
   */
  async deepLink(): Promise<string> {
    const key: unknown = await this.#json(`${this.config.root}/gradio_api/deep_link?session_hash=${encodeURIComponent(this.session_hash)}`);
    if (typeof key !== 'string') throw new ConnectionError('The deep link answer is not a string', { url: this.config.root });
    return key;
  }

  /**
   * Runs an endpoint and resolves with its final output.
   *
   * @param endpoint `"/name"` (or `"name"`) or a fn_index.
   * @param data The inputs: a positional array (one value per API parameter; `gr.State` and button slots are
   * filled in), or an object of named parameters (missing ones take their `/info` defaults).
   * @returns `{ type: "data", data, endpoint, fn_index, time }`; `data` has one entry per output.
   * @throws {AppError} `gr.Error` (title and message) or a failed function. {@link QueueFullError},
   * {@link ValidationError}, {@link NotFoundError}, {@link AuthError}, {@link ConnectionError},
   * {@link TimeoutError}, {@link AbortError}.
   * @typeParam T The type of `data`: the endpoint's outputs for a typed client; `unknown[]` unless given otherwise.
   */
  predict<T = never, E extends EndpointName<Api> = EndpointName<Api>>(
    endpoint: E,
    ...args: PredictArgs<Api, E>
  ): Promise<PredictResult<[T] extends [never] ? OutputsOf<Api, E> : T>>;
  async predict(endpoint: string | number, data?: object, eventData?: unknown): Promise<PredictResult<unknown>> {
    return this.#submit(endpoint, data as Inputs, { eventData }, false).result;
  }

  /**
   * Starts an endpoint and returns its {@link Job}: an `AsyncIterable` of `status`, `data`, `log` and `render`
   * events (all by default) that ends after the `complete` or `error` status. `job.cancel()`, `options.signal`
   * or leaving the loop early cancels it and tells the server.
   *
   * @throws {NotFoundError} synchronously for an unknown endpoint.
   */
  submit<E extends EndpointName<Api>>(endpoint: E, ...args: SubmitArgs<Api, E>): JobOf<Api, E>;
  submit(endpoint: string | number, data?: object, options: SubmitOptions = {}): Job | TypedJob<unknown> {
    return this.#submit(endpoint, data as Inputs, options, true);
  }

  #submit(endpoint: string | number, data: unknown[] | Record<string, unknown> = [], options: SubmitOptions, iterate: boolean): Job {
    const dep = this.#dependency(endpoint);
    const label = dep.api_name ? `/${dep.api_name}` : String(dep.id);
    const job = new Job(this.#host, label, dep.id, iterate, options.signal);
    // [protocol] §6.8: a `.stream()` listener's inputs are its first chunk; later ones go to `job.sendChunk`
    if (dep.connection === 'stream') job._streaming();
    void this.#run(job, dep, label, data, options);
    return job;
  }

  #dependency(endpoint: string | number): DependencyConfig {
    const { dependencies } = this.config;
    const name = typeof endpoint === 'string' ? endpoint.replace(/^\//, '') : null;
    const dep = dependencies.find((d) => (name === null ? d.id === endpoint : d.api_name === name));
    if (!dep) {
      const names = dependencies.filter((d) => d.api_visibility === 'public').map((d) => `/${d.api_name}`);
      throw new NotFoundError(`No endpoint ${name ? `/${name}` : endpoint} (endpoints: ${names})`, { url: this.config.root });
    }
    return dep;
  }

  async #run(job: Job, dep: DependencyConfig, endpoint: string, data: unknown[] | Record<string, unknown>, options: SubmitOptions): Promise<void> {
    // The session is busy again: an idle close armed by an earlier call would hit this one's stream.
    clearTimeout(this.#idleTimer);
    try {
      const inputs = await this.#inputs(dep, endpoint, data, options.onUploadProgress);
      if (job.done) return;
      const body = {
        data: inputs,
        event_data: options.eventData ?? null,
        fn_index: dep.id,
        trigger_id: options.triggerId ?? null,
        session_hash: this.session_hash,
      };
      const init = { endpoint, signal: job.controller.signal };
      job._status({ stage: 'pending', queue: dep.queue });
      this.#openHeartbeat();
      if (!dep.queue) {
        // [protocol] §4.1: the non-queued route answers with the output object itself
        const output = await this.#json(`${this.#api}/run/${dep.api_name ?? 'predict'}`, body, init);
        job._message({ msg: 'process_completed', output, success: true });
        return;
      }
      if (!this.config.protocol.startsWith('sse_v')) {
        throw new ConnectionError(`Protocol "${this.config.protocol}" (Gradio < 4.9) not supported`, { endpoint });
      }
      this.#joining++;
      const breaks = this.#breaks;
      let eventId: string | undefined;
      try {
        // [protocol] §3.2: JOIN carries the inputs; everything else arrives on the session stream
        eventId = (await this.#json(`${this.#api}/queue/join`, body, init)).event_id as string;
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
        job._fail(new ConnectionError('Connection lost while joining the queue; the call was stopped', { url: `${this.#api}/queue/join`, endpoint }));
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
  async #sendChunk(job: Job, data: unknown[] | Record<string, unknown>): Promise<boolean> {
    const dep = this.#dependency(job.fn_index);
    const endpoint = dep.api_name ? `/${dep.api_name}` : String(dep.id);
    const inputs = await this.#inputs(dep, endpoint, data);
    if (job.done || !job.eventId) return false;
    const body = { data: inputs, event_data: null, fn_index: dep.id, session_hash: this.session_hash };
    try {
      await this.#json(`${this.#api}/stream/${job.eventId}`, body, { endpoint, signal: job.controller.signal });
      return true;
    } catch (error) {
      if (job.done || (error as GradioError).status === 404) return false;
      throw error;
    }
  }

  /** [protocol] §6.8: `POST {prefix}/stream/{event_id}/close` ends a streaming event (404: already over). */
  async #closeStream(job: Job): Promise<void> {
    if (!job.eventId) return;
    await this.#json(`${this.#api}/stream/${job.eventId}/close`, {}, { endpoint: job.fn_index.toString() }).catch(() => {});
  }

  /**
   * [protocol] §3.3: when a session stream disconnects, the server drops the session's queued events and stops
   * its running ones; a JOIN that reached it just before it noticed is dropped too, silently. A queued event
   * hears from the server at least every second (`estimation`) and a started one gets `process_starts`, so a
   * job with no message at all for `heartbeatTimeout` after its JOIN was lost: it fails instead of hanging.
   */
  #watchJoined(job: Job, endpoint: string): void {
    const silence = this.#silence;
    const timer = setTimeout(() => {
      if (job.done) return;
      job._fail(new ConnectionError(`The server sent nothing about this call for ${silence} ms: it was lost`, { endpoint, url: this.#api }));
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
      const info = (await this.view_api()).named_endpoints[endpoint];
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
    const skip = dep.inputs.map((id) => !!this.#components.get(id)?.skip_api);
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
  async upload(
    files: Array<Blob | FileRef | UploadFile>,
    options: {
      onProgress?: (progress: UploadProgress) => void;
      uploadId?: string;
      endpoint?: string;
      /** Aborting it stops the upload: the promise rejects with an `AbortError`. */
      signal?: AbortSignal;
    } = {},
  ): Promise<FileData[]> {
    const ready = await Promise.all(files.map((f) => ('blob' in f ? f : toUploadFile(f))));
    const uploadId = options.uploadId ?? Math.random().toString(36).slice(2, 13);
    const form = new FormData();
    for (const file of ready) form.append('files', file.blob, file.name);
    const progress = new AbortController();
    if (options.onProgress) this.#uploadProgress(uploadId, progress.signal, options.onProgress);
    try {
      const paths: string[] = await this.#json(`${this.#api}/upload?upload_id=${uploadId}`, undefined, {
        method: 'POST',
        body: form,
        endpoint: options.endpoint,
        signal: options.signal,
      });
      return paths.map((path, i) => uploadedFileData(path, ready[i], `${this.#api}/file=`));
    } catch (error) {
      const e = error as GradioError;
      if (e.status === 413) {
        throw new ValidationError(`File too large (max_file_size ${this.config.max_file_size} B): ${ready.map((f) => f.name)}`, e);
      }
      throw e;
    } finally {
      progress.abort();
    }
  }

  // --- Component server functions ([protocol] §10.8) ---------------------------------------------------------

  /**
   * Calls a component's server function (one of the names in its config's `props.server_fns`, e.g. a
   * FileExplorer's `ls`) in this client's session, and resolves with the function's JSON return value.
   *
   * @param componentId The component's `id` in the config.
   * @param fnName The function's name (`"ls"`).
   * @param data Its argument (`ls` takes the folder as a list of path segments, `[]` or `null` for the root).
   * @throws {NotFoundError} no such function on that component (404 "Function not found.").
   * {@link ValidationError} a body the server refuses. {@link AppError} the function failed (500).
   * {@link ConnectionError}, {@link TimeoutError}, {@link AbortError}.
   */
  async componentServer(componentId: number, fnName: string, data: unknown, options: { signal?: AbortSignal } = {}): Promise<unknown> {
    // [protocol] §10.8: JSON body {data, component_id, fn_name, session_hash}; the answer is the return value.
    const body = { data, component_id: componentId, fn_name: fnName, session_hash: this.session_hash };
    return this.#json(`${this.#api}/component_server/`, body, { signal: options.signal, endpoint: `component_server ${fnName}` });
  }

  #uploadProgress(uploadId: string, signal: AbortSignal, onProgress: (p: UploadProgress) => void): void {
    const loaded = new Map<string, number>();
    this.#request(`${this.#api}/upload_progress?upload_id=${uploadId}`, { signal, stream: true })
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
  #shape(data: unknown[], fnIndex: number, changed?: unknown[]): unknown[] {
    const { root, protocol, dependencies } = this.config;
    const legacy = /^sse_v[12]$/.test(protocol);
    for (const part of changed ?? [data]) {
      walk(part, (node) => {
        if (isFileData(node, legacy)) resolveFileUrl(node, root, `${this.#api}/file=`);
        return undefined;
      });
    }
    if (this.#options.with_null_state) return data;
    const outputs = dependencies.find((d) => d.id === fnIndex)?.outputs ?? [];
    return data.filter((_, i) => this.#components.get(outputs[i])?.type !== 'state');
  }

  /**
   * Opens the session stream unless it is open ([protocol] §3.3, Appendix B.2). It stays open while jobs are
   * pending; `close_stream` (sse_v3) or the end of the stream with nothing pending (sse_v1/v2) closes it.
   */
  #openStream(): void {
    if (this.#stream) return;
    const stream = new AbortController();
    this.#stream = stream;
    const url = `${this.#api}/queue/data?session_hash=${this.session_hash}`;
    let closed = false;
    let count = 0;
    // [protocol] §3.3: the server sends a heartbeat after 15 s without messages (hard-coded in 5.x and 6.x), so
    // a stream silent for `heartbeatTimeout` is dead even if its connection looks open (a stalled proxy).
    const silence = this.#silence;
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
        const response = await this.#request(url, { signal: stream.signal, stream: true });
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
      stream.abort(); // done with this response: lets its request go (see `#request`)
      if (aborted) return;
      // [protocol] §3.3: close_stream with jobs still pending (joined just before it) → open a new stream;
      // sse_v1/v2 simply end the response. Otherwise the stream broke: every pending job fails, and so do
      // the JOINs under way (see `#run`).
      const ended = !failure && count && (closed || this.config.protocol !== 'sse_v3');
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

  /**
   * [protocol] §10.5: a render's listeners replace those of its previous run (`rendered_in`), and its
   * components join the known ones (by id), so that the new listeners can be submitted.
   */
  #rendered(value: unknown): void {
    const rc = value as { render_id?: unknown; components?: ComponentConfig[]; dependencies?: DependencyConfig[] };
    if (typeof rc?.render_id !== 'number' || !Array.isArray(rc.components) || !Array.isArray(rc.dependencies)) return;
    const added = new Set(rc.dependencies.map((dep) => dep.id));
    this.config.dependencies = [
      ...this.config.dependencies.filter((dep) => dep.rendered_in !== rc.render_id && !added.has(dep.id)),
      ...rc.dependencies,
    ];
    const known = new Set(rc.components.map((c) => c.id));
    this.config.components = [...this.config.components.filter((c) => !known.has(c.id)), ...rc.components];
    for (const component of rc.components) this.#components.set(component.id, component);
  }

  async #release(job: Job, cancelled: boolean): Promise<void> {
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
    const body = { session_hash: this.session_hash, fn_index: job.fn_index, event_id: job.eventId };
    this.#cancelling++;
    try {
      await this.#json(`${this.#api}/cancel`, body).catch(() => {});
    } finally {
      this.#cancelling--;
    }
  }

  /** Ends the session: cancels every pending job (`AbortError`), closes the streams and the heartbeat. */
  close(): void {
    const error = new AbortError('Client closed');
    for (const job of [...this.#jobs.values()]) job._fail(error, true);
    this.#jobs.clear();
    this.#closed = true;
    clearTimeout(this.#idleTimer);
    this.#stream?.abort();
    for (const controller of this.#live) controller.abort();
  }
}
