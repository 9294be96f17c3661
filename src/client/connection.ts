/**
 * `Connection`: what reaching a Gradio app takes before any call is made. It resolves `src` (a Space through
 * the Hub, woken if it sleeps), logs in, fetches and normalises the config, keeps the session heartbeat open,
 * and makes every HTTP request of its client (token and cookie only to the app's origin, timeouts, typed
 * errors). `Client.connect` opens one and wraps it; `<gradio-app>` opens one alone, renders the app from its
 * config, and loads `Client` (with `Job`) after the first render. `[protocol] §n` points at `spec/protocol.md`.
 */
import { AbortError, AuthError, ConnectionError, NotFoundError, TimeoutError, ValidationError } from './errors';
import { failure, httpError, readBody } from './http';
import { normaliseConfig, trimSlash } from './config';
import type { ClientOptions, Config } from './types';

const HF = 'https://huggingface.co';

/** A request as the connection makes it. */
export interface RequestOptions extends RequestInit {
  /** Named in error messages. */
  endpoint?: string;
  /** A stream: `close()` must still abort it after its answer has started. */
  stream?: boolean;
}

/** Reads a stream to its end, ignoring what it says (the heartbeat's payloads mean nothing). */
async function drain(body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  while (!(await reader.read()).done);
}

/** One session with one Gradio app: its config, its session hash and its requests. */
export class Connection {
  /** The app config, normalised across Gradio versions (`@gr.render` updates change its lists). */
  readonly config: Config;
  /** This session's hash: `gr.State` and the queue stream are per session. */
  readonly session_hash: string;
  readonly options: ClientOptions;
  #base = '';
  #origin = '';
  #cookie = '';
  #closed = false;
  /** The controllers of the requests under way (streams: until aborted); `close()` aborts them. */
  #live = new Set<AbortController>();
  /** The session heartbeat: not wanted by the app, open, or to be (re)opened by the next call. */
  #heartbeat: 'none' | 'open' | 'closed' = 'none';

  private constructor(options: ClientOptions) {
    this.options = options;
    this.session_hash = options.session_hash ?? Math.random().toString(36).slice(2, 13);
    this.config = undefined as unknown as Config;
  }

  /**
   * Opens a connection: resolves `src`, logs in when `options.auth` is given, fetches and normalises the
   * config, and opens the session heartbeat when the app asks for it ([protocol] §1.8).
   * @throws {NotFoundError} no such app or Space. {@link AuthError} login refused or required.
   * {@link ConnectionError} unreachable or not a Gradio app. {@link TimeoutError}, {@link AbortError}.
   */
  static async open(src: string, options: ClientOptions = {}): Promise<Connection> {
    const connection = new Connection(options);
    await connection.#open(src.trim());
    return connection;
  }

  /** Whether `close()` has ended this session. */
  get closed(): boolean {
    return this.#closed;
  }

  /** `{root}{api_prefix}`: where the API routes live. */
  get api(): string {
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
    const answer = await this.request(`${parent}/config`, { signal }).catch(() => null);
    const config = answer?.ok ? await readBody(answer).catch(() => null) : null;
    const pages: unknown = config?.pages;
    const known = Array.isArray(pages) && pages.some((entry) => Array.isArray(entry) && entry[0] === page);
    return known ? { base: parent, config } : null;
  }

  async #open(src: string): Promise<void> {
    const { token, auth, signal } = this.options;
    let base = src;
    if (/^[\w.-]+\/[\w.-]+$/.test(src)) {
      // [protocol] §1.1: a Space id is resolved through the Hub; the token goes to it (and to the app only)
      const hub = trimSlash(this.options.hub ?? HF);
      const { onSpaceStatus } = this.options;
      // The Space code loads beside the Hub's answer: only Space ids need it.
      const spaces = onSpaceStatus ? import('./spaces') : null;
      spaces?.catch(() => undefined);
      const get = (url: string) => this.request(url, { signal, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const url = `${hub}/api/spaces/${src}/host`;
      const response = await get(url);
      if (!response.ok) throw new NotFoundError(`No Space ${src} (or private)`, { url, status: response.status });
      base = (await readBody(response)).host;
      if (spaces && onSpaceStatus) {
        // [protocol] §1.7: a sleeping Space wakes when its app is asked for; poll the Hub until it runs
        const { waitForSpace } = await spaces.catch((cause) => {
          throw new ConnectionError(`Could not load the client's Space code: ${failure(cause)}`, { url, cause });
        });
        const app = trimSlash(base);
        await waitForSpace(hub, src, { get, onStatus: onSpaceStatus, signal, wake: () => this.request(`${app}/config`, { signal }) });
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
    let response = await this.request(deepLink ? `${url}?deep_link=${encodeURIComponent(deepLink)}` : url, { signal });
    // An unknown key gives an empty app (`deep_link_state: "invalid"`, no components): the plain app instead.
    if (deepLink && response.ok) {
      const restored = await readBody(response.clone()).catch(() => null);
      if (restored?.deep_link_state === 'invalid') response = await this.request(url, { signal });
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
    this.#heartbeat = raw.connect_heartbeat ? 'closed' : 'none';
    this.openHeartbeat();
  }

  /**
   * [protocol] §5.2: keeps the session heartbeat open for the life of the session (its payloads mean nothing).
   * When it breaks (the server restarted, a proxy cut it), the next call opens it again.
   */
  openHeartbeat(): void {
    if (this.#heartbeat !== 'closed' || this.#closed) return;
    this.#heartbeat = 'open';
    const heartbeat = `${this.api}/heartbeat/${this.session_hash}`;
    this.request(heartbeat, { stream: true })
      .then((r) => r.body && drain(r.body))
      .catch(() => {})
      .finally(() => {
        this.#heartbeat = 'closed';
      });
  }

  async #login([username, password]: [string, string], signal?: AbortSignal): Promise<void> {
    const url = `${this.#base}/login`;
    // [protocol] §8.1: an OAuth2 password form; 400 means incorrect credentials (not 401)
    const response = await this.request(url, { signal, method: 'POST', body: new URLSearchParams({ username, password }) });
    if (!response.ok) {
      const error = await httpError(response, url);
      throw error.status === 400 ? new AuthError('Login refused: incorrect credentials', error) : error;
    }
    // Node can read Set-Cookie and keeps it per connection; browsers keep it in their jar (`credentials`).
    this.#cookie = (response.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  }

  /**
   * `fetch` with this connection's headers (token and cookie only to the app's origin), credentials, timeout
   * and signals; network failures, timeouts and aborts become typed errors.
   */
  async request(url: string, init: RequestOptions = {}): Promise<Response> {
    const { headers, token, timeout = 30_000, credentials, auth } = this.options;
    const all: Record<string, string> = { ...headers, ...(init.headers as Record<string, string>) };
    if (url.startsWith(this.#origin + '/')) {
      if (token) all.authorization = `Bearer ${token}`;
      if (this.#cookie) all.cookie = this.#cookie;
    }
    // One controller per request, aborted by `close()` (which aborts every controller in `#live`) and by the
    // caller's signal through a listener. Not a listener on one connection-wide signal: 200 concurrent calls
    // would be 200 listeners on it (Node warns past 10), and `AbortSignal.any` keeps every derived signal
    // alive as long as the long-lived connection signal in Node 20.
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
      const response = await (this.options.fetch ?? globalThis.fetch)(url, {
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
  async json(url: string, body?: unknown, init: RequestOptions = {}): Promise<any> {
    const request: RequestOptions = body === undefined ? init : {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...init,
    };
    const response = await this.request(url, request);
    if (!response.ok) throw await httpError(response, url, init.endpoint);
    try {
      return await readBody(response);
    } catch (cause) {
      throw new ConnectionError('Answer broke off', { url, endpoint: init.endpoint, cause });
    }
  }

  /** Ends the session's requests: those under way are aborted, later ones fail with an `AbortError`. */
  close(): void {
    this.#closed = true;
    for (const controller of this.#live) controller.abort();
  }
}
