/**
 * `Client`: connects to a Gradio app (through a `Connection`, `connection.ts`), describes its API and runs its
 * endpoints over the queue (sse_v1 to sse_v3) or the non-queued route. One session stream per client
 * multiplexes all its jobs by `event_id`.
 * `[protocol] §n` points at `spec/protocol.md`.
 */
import { Connection } from './connection';
import { AbortError, ConnectionError, NotFoundError } from './errors';
import type { FileRef, UploadFile } from './files';
import { failure } from './http';
import { Job, type JobHost } from './job';
import type { QueueSession, SessionHost, UploadOptions } from './queue-session';
import { sendsDiffs } from './protocol';
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
} from './types';

/** The inputs of a call as the implementation sees them (the public signatures type them per endpoint). */
type Inputs = unknown[] | Record<string, unknown>;

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

  readonly #connection: Connection;
  #components = new Map<number, ComponentConfig>();
  #info?: Promise<ApiInfo>;
  /**
   * The session's calls (`queue-session.ts`), loaded with the first call or upload: connecting and reading
   * the config do not need them. A load that failed (a chunk the network lost) is tried again by the next call.
   */
  #calls?: Promise<QueueSession>;
  /** The same, once loaded: the jobs it runs reach it synchronously. */
  #session?: QueueSession;
  #host: JobHost;

  /** Use {@link Client.connect}, which also fetches the config. */
  protected constructor(connection: Connection) {
    this.#connection = connection;
    this.config = connection.config;
    this.session_hash = connection.session_hash;
    for (const component of this.config.components) this.#components.set(component.id, component);
    this.#host = {
      diffs: sendsDiffs(this.config.protocol),
      events: connection.options.events,
      // A job hears from the server only through the session, so the session is there when it shapes data.
      shape: (data, fnIndex, changed) => this.#session!.shape(data, fnIndex, changed),
      // A job can end, or be cancelled, before the session's code has loaded (its load failed; `cancel()` right
      // after `submit`): it never reached the server then, so there is nothing to release, and it never will
      // (the run skips a job that is done).
      release: (job, cancelled) => this.#session?.release(job, cancelled) ?? Promise.resolve(),
      rendered: this.#rendered.bind(this),
      // A chunk or a close asked for that early waits for the code, then finds no event yet, as it would have.
      sendChunk: (job, data) => this.#calls$().then((session) => session.sendChunk(job, data)),
      closeStream: (job) => this.#calls$().then((session) => session.closeStream(job)),
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
    return new Client<Api>(await Connection.open(src, options));
  }

  /**
   * A client over a connection already open (`connection.ts`): `<gradio-app>` renders an app from the
   * connection's config first and loads the client's code after.
   */
  static fromConnection<Api extends ApiTypes<Api> = UntypedApi>(connection: Connection): Client<Api> {
    return new Client<Api>(connection);
  }

  /** How long a stream or a just-joined call may stay silent (the `heartbeatTimeout` option). */
  get #silence(): number {
    return this.#connection.options.heartbeatTimeout ?? 40_000;
  }

  /** `{root}{api_prefix}`: where the API routes live. */
  get #api(): string {
    return this.#connection.api;
  }

  /**
   * The app's API from `{prefix}/info` (fetched once), with `fn_index` and `type` added to each endpoint.
   * @throws the typed error when `/info` cannot be read (connecting does not need it).
   */
  view_api(): Promise<ApiInfo> {
    this.#info ??= this.#connection.json(`${this.#api}/info`).then(
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
    const key: unknown = await this.#connection.json(`${this.config.root}/gradio_api/deep_link?session_hash=${encodeURIComponent(this.session_hash)}`);
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
    this.#calls$().then(
      (session) => (this.#connection.closed ? job._fail(new AbortError('Client closed'), true) : session.run(job, dep, label, data, options)),
      (cause) => job._fail(new ConnectionError(`Could not load the client's call code: ${failure(cause)}`, { endpoint: label, cause })),
    );
    return job;
  }

  /** The session's calls, loaded once (see `#calls`). */
  #calls$(): Promise<QueueSession> {
    this.#calls ??= import('./queue-session').then(
      ({ QueueSession }) => {
        this.#session = new QueueSession(this.#sessionHost());
        return this.#session;
      },
      (error) => {
        this.#calls = undefined;
        throw error;
      },
    );
    return this.#calls;
  }

  /** What the session's calls take from this client. */
  #sessionHost(): SessionHost {
    const client = this;
    return {
      session_hash: this.session_hash,
      get config() {
        return client.config;
      },
      options: this.#connection.options,
      components: this.#components,
      api: () => this.#api,
      silence: () => this.#silence,
      request: (url, init) => this.#connection.request(url, init),
      json: (url, body, init) => this.#connection.json(url, body, init),
      dependency: (endpoint) => this.#dependency(endpoint),
      viewApi: () => this.view_api(),
      openHeartbeat: () => this.#connection.openHeartbeat(),
    };
  }

  /**
   * Uploads files to `{prefix}/upload` and returns their FileData (name and MIME type kept). With `onProgress`,
   * follows the server's `upload_progress` stream for the same `upload_id`.
   * @throws {ValidationError} status 413 when a file exceeds the app's `max_file_size`.
   */
  async upload(files: Array<Blob | FileRef | UploadFile>, options: UploadOptions = {}): Promise<FileData[]> {
    return (await this.#calls$()).upload(files, options);
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
    return this.#connection.json(`${this.#api}/component_server/`, body, { signal: options.signal, endpoint: `component_server ${fnName}` });
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

  /** Ends the session: cancels every pending job (`AbortError`), closes the streams and the heartbeat. */
  close(): void {
    this.#session?.close(new AbortError('Client closed'));
    this.#connection.close();
  }
}
