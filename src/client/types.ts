import type { SpaceStatus } from './spaces';
/**
 * Public types of `gradio-kit/client`. Names and shapes follow `@gradio/client` 2.x so that moving over is a
 * changed import; the wire facts behind them are in `spec/protocol.md` ([protocol] §n below).
 */
import type { GradioError } from './errors';
import type { FileRef } from './files';
import type { Job } from './job';

/** Options of {@link Client.connect}. */
export interface ClientOptions {
  /**
   * A Hugging Face token (`hf_...`) for private Spaces. Sent as `Authorization: Bearer` only to the app's own
   * origin and to the Space resolver (`huggingface.co/api/spaces/.../host`), never anywhere else.
   */
  token?: string;
  /** Extra headers sent with every request to the app. */
  headers?: Record<string, string>;
  /** `[username, password]` for an app launched with `auth=`; the session cookie is kept per client. */
  auth?: [string, string] | null;
  /** The `fetch` to use. @default globalThis.fetch (read at call time) */
  fetch?: typeof fetch;
  /** Aborts connecting. */
  signal?: AbortSignal;
  /**
   * Milliseconds each HTTP request may take, from sending it to the end of its answer (an event stream: to the
   * start of its answer; its silence is `heartbeatTimeout`'s). An upload's time includes sending the files:
   * raise it for large files over slow links. Past it the call fails with a `TimeoutError`. @default 30000
   */
  timeout?: number;
  /**
   * Milliseconds the session stream may stay silent before its pending calls fail with a `ConnectionError`:
   * the server sends a heartbeat after 15 s without messages ([protocol] §3.3), so silence this long means a
   * dead connection that still looks open (a stalled proxy, a frozen server). A call that hears nothing at
   * all this long after joining the queue (a queued call gets its position every second) was lost by the
   * server, as happens when a stream breaks just as it joins: it fails with a `ConnectionError` too.
   * @default 40000 (two missed heartbeats and a margin)
   */
  heartbeatTimeout?: number;
  /** Reuse a session hash instead of a fresh random one. */
  session_hash?: string;
  /** Keep the `null` slots of `gr.State` outputs in `data` (the browser frontend needs them). @default false */
  with_null_state?: boolean;
  /** Event types that `submit` yields. @default all: ["data", "status", "log", "render"] */
  events?: EventType[];
  /** `fetch` credentials mode. @default "include" with `auth`, else "same-origin" */
  credentials?: RequestCredentials;
  /**
   * For a Space id: called with the Space's state from the Hub while connecting; when set, `connect` waits
   * for a sleeping, building or starting Space to run, and rejects with a `SpaceError` for a paused or broken one.
   */
  onSpaceStatus?: (status: SpaceStatus) => void;
  /** The Hugging Face Hub (a mirror, or a stand-in for tests). @default "https://huggingface.co" */
  hub?: string;
}

/** The app reference classified ([protocol] §1.1). */
export type QueueProtocol = 'sse_v3' | 'sse_v2.1' | 'sse_v2' | 'sse_v1' | 'sse' | 'ws';

/** One `config.components` entry ([protocol] §2.2). */
export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, unknown>;
  skip_api?: boolean;
  api_info?: unknown;
  [key: string]: unknown;
}

/** One `config.dependencies` entry, normalised ([protocol] §2.5). */
export interface DependencyConfig {
  /** fn_index: the array position on servers older than 4.32. */
  id: number;
  targets: Array<[number | null, string]>;
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  /** Whether calls go through the queue; `false` uses the non-queued `/run` route. */
  queue: boolean;
  /** The endpoint name without its slash, or `null` (`api_name=False`, old servers). */
  api_name: string | null;
  /** `api_visibility` (6.x), derived from `show_api` on older servers. */
  api_visibility: 'public' | 'undocumented' | 'private';
  types: { generator: boolean; cancel: boolean };
  connection?: 'sse' | 'stream';
  [key: string]: unknown;
}

/** The app config, normalised across Gradio versions ([protocol] §2). */
export interface Config {
  version: string;
  /** `/gradio_api` on 5.x/6.x, `""` before. */
  api_prefix: string;
  /** The app's public URL, no trailing slash; every API URL is built from it. */
  root: string;
  /** The queue protocol (`"ws"` when the server sent none: Gradio 3.x). */
  protocol: QueueProtocol;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
  connect_heartbeat?: boolean;
  max_file_size?: number | null;
  auth_required?: boolean;
  auth_message?: string | null;
  space_id?: string | null;
  [key: string]: unknown;
}

/** One parameter or return value of an endpoint in `/info` ([protocol] §7.1). */
export interface ApiData {
  label: string;
  parameter_name?: string;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  /** The JSON schema of the value. */
  type: Record<string, unknown>;
  python_type: { type: string; description: string };
  component: string;
  example_input?: unknown;
}

/** One endpoint as {@link Client.view_api} describes it. */
export interface EndpointInfo {
  /** The dependency's `id`, usable as `endpoint` in `predict` / `submit`. */
  fn_index: number;
  parameters: ApiData[];
  returns: ApiData[];
  type: { generator: boolean; cancel: boolean };
  description?: string;
  [key: string]: unknown;
}

/** The app's API: `/info`, with `fn_index` and type added to every endpoint. */
export interface ApiInfo {
  /** Keyed `"/name"`. */
  named_endpoints: Record<string, EndpointInfo>;
  unnamed_endpoints: Record<string, EndpointInfo>;
}

/** A file value as Gradio sends and receives it ([protocol] §6.1). */
export interface FileData {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream?: boolean;
  meta: { _type: 'gradio.FileData' };
}

/** One `gr.Progress` tracker ([protocol] §3.3). */
export interface ProgressData {
  progress: number | null;
  index: number | null;
  length: number | null;
  unit: string | null;
  desc: string | null;
}

export type EventType = 'data' | 'status' | 'log' | 'render';

/** Fields every event carries. */
export interface EventBase {
  /** `"/name"`, or the fn_index as a string for a nameless dependency. */
  endpoint: string;
  fn_index: number;
  time: Date;
}

/**
 * A status change. `stage`, as in `@gradio/client`:
 * - `"pending"`: queued (`original_msg: "estimation"`, with `position` = rank, `size` = queue size and `eta`),
 *   started (`original_msg: "process_starts"`, `eta`), or progressing (`original_msg: "progress"`, `progress_data`);
 * - `"generating"` / `"streaming"`: an intermediate output follows as a `data` event;
 * - `"complete"`: the job ended well; `"error"`: it failed, `error` tells how (the iteration then ends).
 */
export interface StatusEvent extends EventBase {
  type: 'status';
  stage: 'pending' | 'generating' | 'streaming' | 'complete' | 'error';
  /** Whether the call goes through the queue. */
  queue: boolean;
  original_msg?: string;
  position?: number | null;
  size?: number;
  eta?: number | null;
  progress_data?: ProgressData[];
  changed_state_ids?: number[];
  /** `stage: "error"`: the typed error, with its message and title. */
  error?: GradioError;
  message?: string;
  title?: string;
  duration?: number | null;
  visible?: boolean;
  /** The stream to the server broke. */
  broken?: boolean;
  [key: string]: unknown;
}

/** Output values: one entry per output (state outputs dropped unless `with_null_state`). */
export interface DataEvent<T = unknown[]> extends EventBase {
  type: 'data';
  data: T;
  event_data?: unknown;
  trigger_id?: number | null;
}

/** A `gr.Info` / `gr.Warning` / `gr.Success` message ([protocol] §10.7). */
export interface LogEvent extends EventBase {
  type: 'log';
  log: string;
  title: string;
  level: 'info' | 'warning' | 'success' | 'error';
  /** Seconds to show it; `null`: until closed. */
  duration: number | null;
  visible: boolean;
}

/** A `@gr.render` update ([protocol] §10.5). */
export interface RenderEvent extends EventBase {
  type: 'render';
  data: Record<string, unknown>;
}

/** Any event of a job; `T` is the type of its `data` events' `data`. */
export type GradioEvent<T = unknown[]> = StatusEvent | DataEvent<T> | LogEvent | RenderEvent;

/** What `predict` resolves to: the final `data` event. */
export type PredictResult<T = unknown[]> = DataEvent<T>;

/** Options of {@link Client.submit}. */
export interface SubmitOptions {
  /** Aborting it cancels the job (and tells the server). */
  signal?: AbortSignal;
  /** The event payload (`gr.EventData`), e.g. `{ index, value }` for `select`. */
  eventData?: unknown;
  /** The id of the component that fired the event. */
  triggerId?: number | null;
  /** Called while input files upload. */
  onUploadProgress?: (progress: UploadProgress) => void;
}

/** Progress of an upload, summed per file from the server's `upload_progress` stream ([protocol] §6.3). */
export interface UploadProgress {
  /** The file being received. */
  orig_name: string;
  /** Bytes of that file received so far (approximate). */
  loaded: number;
}

/** A file input: FileData the server already has (or a URL, from `handle_file`), or a file to upload. */
export type FileInput = FileData | FileRef | Blob;

/**
 * The types of one named endpoint, as `gradio-kit types` writes them (see {@link Client.connect}).
 * `parameters` are the named inputs (optional ones have a default on the server), `positional` the same in
 * order, and `returns` the outputs in `data` (state outputs left out).
 */
export interface EndpointTypes {
  parameters: object;
  positional: readonly unknown[];
  returns: unknown;
}

/** The untyped API (`Client` without a type argument): any endpoint name or fn_index, any data. */
export interface UntypedApi {
  [endpoint: string]: { parameters: Record<string, unknown>; positional: readonly unknown[]; returns: unknown[] };
}

/** An app's typed API: `"/name"` keys, an {@link EndpointTypes} each (what `gradio-kit types` generates). */
export type ApiTypes<Api> = { [E in keyof Api]: EndpointTypes };

type NamedEndpoint<Api> = Extract<keyof Api, string>;
type WithoutSlash<K> = K extends `/${infer Name}` ? Name : never;

/**
 * What `predict` and `submit` accept as `endpoint`: any name or fn_index for the untyped API; the named
 * endpoints (`"/greet"`, or `"greet"`) of a typed one.
 */
export type EndpointName<Api> = string extends keyof Api
  ? string | number
  : NamedEndpoint<Api> | WithoutSlash<NamedEndpoint<Api>>;

/** The types of the endpoint `E` of `Api`. */
export type EndpointOf<Api, E> = E extends keyof Api
  ? Api[E]
  : E extends string
    ? `/${E}` extends keyof Api
      ? Api[`/${E}`]
      : never
    : never;

/** The inputs of an endpoint: an object of named parameters, or a positional array. */
export type InputsOf<Api, E> = EndpointOf<Api, E> extends infer T extends EndpointTypes
  ? T['parameters'] | T['positional']
  : never;

/** The outputs of an endpoint, as in `data`. */
export type OutputsOf<Api, E> = EndpointOf<Api, E> extends infer T extends EndpointTypes ? T['returns'] : never;

/** Whether the endpoint can be called without inputs (every parameter has a default). */
type Optional<Api, E> = EndpointOf<Api, E> extends infer T extends EndpointTypes
  ? {} extends T['parameters']
    ? true
    : false
  : true;

/** The arguments of `predict` after the endpoint: the inputs are required when a parameter is. */
export type PredictArgs<Api, E> = Optional<Api, E> extends true
  ? [data?: InputsOf<Api, E>, eventData?: unknown]
  : [data: InputsOf<Api, E>, eventData?: unknown];

/** The arguments of `submit` after the endpoint. */
export type SubmitArgs<Api, E> = Optional<Api, E> extends true
  ? [data?: InputsOf<Api, E>, options?: SubmitOptions]
  : [data: InputsOf<Api, E>, options?: SubmitOptions];

/** A {@link Job} whose `data` events and `result` carry the endpoint's typed outputs `T`. */
export type TypedJob<T> = Omit<Job, 'result' | 'next' | 'return' | typeof Symbol.asyncIterator> & {
  /** Settles when the job ends: the final `data` event, or the typed error. */
  readonly result: Promise<PredictResult<T>>;
  next(): Promise<IteratorResult<GradioEvent<T>, undefined>>;
  return(): Promise<IteratorResult<GradioEvent<T>, undefined>>;
  [Symbol.asyncIterator](): TypedJob<T>;
};

/** What `submit` returns: a {@link Job} for the untyped API, a {@link TypedJob} for a typed one. */
export type JobOf<Api, E> = string extends keyof Api ? Job : TypedJob<OutputsOf<Api, E>>;
