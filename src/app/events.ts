/**
 * The event engine behind `<gradio-app>`: runs the config's dependencies when their targets fire
 * (spec protocol.md §5.6, components.md §1.4): trigger modes, cancels, client-side `js`, queued and
 * non-queued calls through the client, streamed outputs, update dictionaries, chains
 * (`trigger_after` + success / failure), state-change events, status trackers and toasts.
 */
import type { Client } from '../client/client';
import type { Job } from '../client/job';
import type { DependencyConfig, GradioEvent, ProgressData, StatusEvent } from '../client/types';
import type { StreamChunkDetail } from '../utils/media-stream';
import type { CompiledFunction } from './client-functions';
import { hubRoleOfJs } from './hub-buttons';
import { constantResult, runJs } from './js-functions';

/** What a status tracker shows for one component (Gradio's `loading_status`). */
export interface LoadingStatus {
  status: 'pending' | 'generating' | 'error' | null;
  showProgress: 'full' | 'minimal' | 'hidden';
  queuePosition?: number | null;
  queueSize?: number | null;
  eta?: number | null;
  progress?: ProgressData[] | null;
  message?: string | null;
  /** When the current event started (ms since the epoch), for the tracker's timer. */
  timeStart?: number;
}

/** A message for the toast stack. */
export interface Toast {
  type: 'info' | 'warning' | 'error' | 'success';
  title: string;
  message: string;
  /** Seconds; `null` keeps it until closed. */
  duration: number | null;
}

/** What the engine needs from the app around it. */
export interface EngineHost {
  /** The current wire value of a component. */
  getValue(id: number): unknown;
  /** Sets a component's value (a plain output). */
  setValue(id: number, value: unknown): void;
  /** Applies an update dictionary's props (snake_case keys, `__type__` removed, `value` included). */
  updateProps(id: number, props: Record<string, unknown>): void;
  /** Shows or clears the status tracker of a component. */
  setStatus(id: number, status: LoadingStatus | null): void;
  /** Shows a toast. */
  toast(toast: Toast): void;
  /**
   * Shows (a message) or clears (`null`) an input's validation error: what an event's validator said of that
   * input. Returns whether the message is in view; the engine toasts the ones that are not (a hidden input,
   * a `gr.State`), and all of them when the host has no such method.
   */
  setValidation?(id: number, message: string | null): boolean;
  /** Brings a component into view (`scroll_to_output`). */
  scrollTo?(id: number): void;
  /**
   * Applies a `@gr.render` update (the `render_config` of a render trigger's result). The job's next message
   * waits for a returned promise.
   */
  render?(renderConfig: unknown): void | Promise<void>;
  /** Told of every call the engine sends to the server (the API recorder listens here). */
  onSubmit?(dep: DependencyConfig, inputs: unknown[]): void;
  /**
   * Resolves once the given components hold their latest value: an element that makes its value
   * asynchronously (the image editor uploading its last stroke) is waited for before its value is read.
   */
  settleInputs?(ids: readonly number[]): Promise<void>;
  /**
   * An event failed because the server no longer knows the login (it expired, or the user logged out
   * elsewhere): the host asks the user to sign in again instead of showing the client's error.
   */
  loginExpired?(): void;
}

export interface EngineOptions {
  /** Run the app's client-side JavaScript (`js` of dependencies). Off unless the page opts in. */
  allowJs: boolean;
  /** The server's `show_error`: show the text of non-`gr.Error` exceptions. */
  showError: boolean;
  /**
   * Whether `.then()` listeners run after a failed event: Gradio 5's frontend runs them (as Gradio documents),
   * Gradio 6's runs only `.failure()` ones then. Follow the server's major.
   * @default true
   */
  thenAfterFailure?: boolean;
}

type SubmitClient = Pick<Client, 'submit'>;
/** How an event ended. `rejected`: its validator refused the inputs, and nothing is chained after it. */
type Outcome = 'success' | 'failure' | 'cancelled' | 'rejected';

interface Running {
  jobs: Set<{ cancel(): Promise<void> }>;
  /**
   * `always_last`: the latest trigger that arrived while running (its event data and target), run once more
   * when the current run ends; `null` when none came.
   */
  deferred: { eventData: unknown; triggerId: number | null } | null;
}

/** The start of a streamed event: the first chunk's listener hears from the job through `ready`. */
interface StreamStart {
  detail: StreamChunkDetail;
  /** Settles the first chunk's `waitUntil` (with the job's `processed()`, or `false` when no job started). */
  ready(processed: Promise<boolean> | boolean): void;
}

/** A `gr-stream` detail (spec protocol.md §6.8: a `.stream()` listener's chunk). */
function isStreamChunk(detail: unknown): detail is StreamChunkDetail {
  return typeof detail === 'object' && detail !== null && 'value' in detail && 'signal' in detail;
}

/** The interpreter of client-side functions (about 25 KB), loaded only by apps whose config has one. */
let interpreter: Promise<typeof import('./client-functions')> | null = null;
const loadInterpreter = () => {
  interpreter ??= import('./client-functions');
  return interpreter;
};

/** Starts loading the interpreter as soon as the app is known to need it, so a first click does not wait. */
function preloadInterpreter(deps: readonly DependencyConfig[]): void {
  if (deps.some(hasClientFunction)) void loadInterpreter().catch(() => undefined);
}

function hasClientFunction(dep: DependencyConfig): boolean {
  return typeof dep.js_implementation === 'string' && dep.js_implementation.trim() !== '';
}

/** True for Gradio's update dictionaries (`gr.update(...)`, `gr.skip()`, a returned component). */
export function isUpdate(value: unknown): value is Record<string, unknown> & { __type__: 'update' } {
  return typeof value === 'object' && value !== null && (value as { __type__?: unknown }).__type__ === 'update';
}

export class EventEngine {
  #deps: readonly DependencyConfig[];
  readonly #client: SubmitClient;
  readonly #host: EngineHost;
  readonly #options: EngineOptions;
  readonly #running = new Map<number, Running>();
  /** Pending events per output id: the tracker stays on until the last one ends. */
  readonly #pendingCount = new Map<number, number>();
  readonly #warnedJs = new Set<number>();
  /** Compiled `js_implementation`s by source text (or why each was refused). */
  readonly #clientFunctions = new Map<string, CompiledFunction | { unsupported: string }>();
  /** Jobs this engine cancelled (a cancel ends a job's iteration quietly; its chain runs as cancelled). */
  readonly #cancelled = new WeakSet<object>();
  /** The open streamed event of each `.stream()` listener (its job takes the next chunks). */
  readonly #streams = new Map<number, Job>();
  #disposed = false;

  constructor(deps: readonly DependencyConfig[], client: SubmitClient, host: EngineHost, options: EngineOptions) {
    this.#deps = deps;
    this.#client = client;
    this.#host = host;
    this.#options = options;
    this.#streamProps(deps);
    preloadInterpreter(deps);
  }

  /**
   * [protocol] §6.8: a `.stream()` listener's `stream_every` (its `event_specific_args`) and `time_limit` are
   * props of the streaming element.
   */
  #streamProps(deps: readonly DependencyConfig[]): void {
    for (const dep of deps) {
      if (dep.connection !== 'stream') continue;
      for (const [id, name] of dep.targets) {
        if (id !== null && name === 'stream') this.#host.updateProps(id, { stream_every: dep.stream_every ?? 0.5, time_limit: dep.time_limit ?? null });
      }
    }
  }

  /** The dependencies a `[component id, event]` pair triggers, in config order. */
  listeners(targetId: number | null, eventName: string): DependencyConfig[] {
    return this.#deps.filter((dep) =>
      dep.targets.some(([id, name]) => name === eventName && (eventName === 'load' || id === targetId)),
    );
  }

  /** Whether any dependency listens to this event of this component (the runtime listens only then). */
  hasListeners(targetId: number, eventName: string): boolean {
    return this.listeners(targetId, eventName).length > 0;
  }

  /** A component fired `eventName` (with its event data): run every dependency it triggers. */
  dispatch(targetId: number | null, eventName: string, eventData: unknown = null): void {
    for (const dep of this.listeners(targetId, eventName)) void this.#trigger(dep, eventData, targetId);
  }

  /** Runs the app's `load` listeners, once, after the first render. */
  load(): void {
    this.dispatch(null, 'load');
  }

  /**
   * A `@gr.render` update: drops the listeners of the render's previous run (cancelling their jobs), adds
   * its new ones and runs their `load` targets.
   */
  replaceDependencies(removed: ReadonlySet<number>, added: readonly DependencyConfig[]): void {
    for (const id of removed) {
      const running = this.#running.get(id);
      if (!running) continue;
      running.deferred = null;
      for (const job of running.jobs) void this.#cancelJob(job);
    }
    const addedIds = new Set(added.map((dep) => dep.id));
    this.#deps = [...this.#deps.filter((dep) => !removed.has(dep.id) && !addedIds.has(dep.id)), ...added];
    this.#streamProps(added);
    preloadInterpreter(added);
    for (const dep of added) {
      if (dep.targets.some(([, name]) => name === 'load')) void this.#trigger(dep, null, null);
    }
  }

  /** Every listener the engine knows now (the config's, and those of `@gr.render` runs). */
  get dependencies(): readonly DependencyConfig[] {
    return this.#deps;
  }

  /** Cancels every running job (the app is going away). */
  /** Whether a listener runs on `event` of component `id` (for elements that show a control only then). */
  listens(id: number, event: string): boolean {
    return this.#deps.some((dep) => dep.targets.some(([target, name]) => target === id && name === event));
  }

  dispose(): void {
    this.#disposed = true;
    for (const running of this.#running.values()) {
      running.deferred = null;
      for (const job of running.jobs) this.#cancelJob(job);
    }
  }

  #cancelJob(job: { cancel(): Promise<void> }): Promise<void> {
    this.#cancelled.add(job);
    return job.cancel().catch(() => undefined);
  }

  async #trigger(dep: DependencyConfig, eventData: unknown, triggerId: number | null): Promise<void> {
    if (this.#disposed) return;
    let stream: StreamStart | undefined;
    if (dep.connection === 'stream' && isStreamChunk(eventData)) {
      // [protocol] §6.8: a chunk of a running stream goes to its event; the element waits until it was processed
      const open = this.#streams.get(dep.id);
      if (open && !open.closing) {
        eventData.waitUntil(open.sendChunk(this.#inputs(dep, eventData, triggerId)));
        return;
      }
      stream = this.#streamStart(eventData);
    }
    try {
      await this.#triggerRun(dep, eventData, triggerId, stream);
    } finally {
      stream?.ready(false);
    }
  }

  /** The first chunk starts the event: its `waitUntil` settles once the server has run the function on it. */
  #streamStart(detail: StreamChunkDetail): StreamStart {
    let ready!: (processed: Promise<boolean> | boolean) => void;
    detail.waitUntil(
      new Promise<boolean>((resolve) => {
        ready = resolve;
      }),
    );
    return { detail, ready };
  }

  /** The input values: the store's, with a streamed chunk in its trigger's slot. */
  #inputs(dep: DependencyConfig, eventData: unknown, triggerId: number | null): unknown[] {
    const chunk = dep.connection === 'stream' && isStreamChunk(eventData);
    return dep.inputs.map((id) => (chunk && id === triggerId ? (eventData as StreamChunkDetail).value : this.#host.getValue(id)));
  }

  async #triggerRun(dep: DependencyConfig, eventData: unknown, triggerId: number | null, stream?: StreamStart): Promise<void> {
    const running = this.#running.get(dep.id);
    const mode = (dep.trigger_mode as string | undefined) ?? 'once';
    if (running && running.jobs.size > 0) {
      if (mode === 'once') return;
      if (mode === 'always_last') {
        running.deferred = { eventData, triggerId };
        return;
      }
    }
    const outcome = await this.#run(dep, eventData, triggerId, stream);
    const after = this.#running.get(dep.id);
    const latest = after?.deferred;
    if (after && latest && after.jobs.size === 0 && !this.#disposed) {
      after.deferred = null;
      void this.#trigger(dep, latest.eventData, latest.triggerId);
    }
    this.#chain(dep, outcome, triggerId);
  }

  /** `.then()` after any end, `.success()` after success, `.failure()` after failure (spec §5.6). */
  #chain(dep: DependencyConfig, outcome: Outcome, triggerId: number | null): void {
    if (outcome === 'rejected') return;
    for (const next of this.#deps) {
      if (next.trigger_after !== dep.id) continue;
      const onSuccess = Boolean(next.trigger_only_on_success);
      const onFailure = Boolean(next.trigger_only_on_failure);
      const runs = onSuccess
        ? outcome === 'success'
        : onFailure
          ? outcome === 'failure'
          : outcome !== 'failure' || this.#options.thenAfterFailure !== false;
      if (runs) void this.#trigger(next, null, triggerId);
    }
  }

  async #cancelDeps(ids: readonly number[]): Promise<void> {
    const cancels: Promise<void>[] = [];
    for (const id of ids) {
      const running = this.#running.get(id);
      if (!running) continue;
      running.deferred = null;
      for (const job of running.jobs) cancels.push(this.#cancelJob(job));
    }
    // The server answers /cancel only when the function returns (spec §5.8): do not wait for it.
    void Promise.all(cancels);
  }

  async #run(dep: DependencyConfig, eventData: unknown, triggerId: number | null, stream?: StreamStart): Promise<Outcome> {
    const cancels = (dep.cancels as number[] | undefined) ?? [];
    if (cancels.length > 0) await this.#cancelDeps(cancels);
    const js = typeof dep.js === 'string' && dep.js.trim() ? dep.js : null;
    if (!dep.backend_fn && !js && !dep.js_implementation) return 'success';

    if (this.#host.settleInputs && dep.inputs.length > 0) await this.#host.settleInputs(dep.inputs);
    let inputs = this.#inputs(dep, eventData, triggerId);
    if (js) {
      const result = await this.#runJs(dep, js, inputs);
      if (result.failed) return 'failure';
      if (!dep.backend_fn) {
        if (result.value !== undefined) this.#applyOutputs(dep, this.#wrap(result.value, dep.outputs.length));
        return 'success';
      }
      if (result.value !== undefined) inputs = this.#wrap(result.value, dep.inputs.length);
    }
    // [protocol] §5.6: a `js_implementation` (Gradio 6 `js=True`) runs instead of the server call. It is
    // interpreted, never evaluated; when the interpreter refuses it, the backend runs the event (§2.7).
    // Only an event with one waits for the interpreter (an await here would let a second trigger in first).
    const client = hasClientFunction(dep) ? await this.#clientFunction(dep) : null;
    if (client && 'call' in client) {
      const { ClientFunctionUnsupportedError } = await loadInterpreter();
      try {
        const value = client.call(inputs);
        if (value !== undefined) this.#applyOutputs(dep, Array.isArray(value) ? value : [value]);
        return 'success';
      } catch (error) {
        if (!(error instanceof ClientFunctionUnsupportedError)) throw error;
      }
    }
    if (!dep.backend_fn) return this.#clientFunctionFailed(dep, client);
    return this.#submit(dep, inputs, stream ? null : eventData, triggerId, stream);
  }

  /** The dependency's compiled `js_implementation` (cached), why it was refused, or `null` when it has none. */
  async #clientFunction(dep: DependencyConfig): Promise<CompiledFunction | { unsupported: string } | null> {
    const source = dep.js_implementation;
    if (!hasClientFunction(dep) || typeof source !== 'string') return null;
    let compiled = this.#clientFunctions.get(source);
    if (!compiled) {
      const { compileClientFunction } = await loadInterpreter();
      compiled = compileClientFunction(source);
      this.#clientFunctions.set(source, compiled);
    }
    return compiled;
  }

  /** A client-side function with no backend to fall back on could not run: say so. */
  #clientFunctionFailed(dep: DependencyConfig, client: CompiledFunction | { unsupported: string } | null): Outcome {
    if (!client) return 'success';
    const reason = 'unsupported' in client ? client.unsupported : 'the function refused its inputs';
    this.#host.toast({
      type: 'error',
      title: 'Error',
      message: `The client-side function of event ${dep.id} cannot run in this page: ${reason}.`,
      duration: 10,
    });
    return 'failure';
  }

  async #runJs(dep: DependencyConfig, js: string, inputs: unknown[]): Promise<{ value?: unknown; failed?: boolean }> {
    // Gradio's own code of the Hugging Face buttons: their elements do that job (hub-buttons.ts).
    if (hubRoleOfJs(js)) return {};
    const constant = constantResult(js);
    if (constant) return { value: constant.value };
    if (!this.#options.allowJs) {
      if (!this.#warnedJs.has(dep.id)) {
        this.#warnedJs.add(dep.id);
        this.#host.toast({
          type: 'warning',
          title: 'JavaScript not run',
          message: 'This app uses client-side JavaScript, which this page does not allow (see the allow-js attribute).',
          duration: 10,
        });
      }
      // Without the page's consent the function is skipped: a backend still runs with the plain inputs.
      return {};
    }
    try {
      const outputs = dep.outputs.map((id) => this.#host.getValue(id));
      return { value: await runJs(js, [...inputs, ...outputs]) };
    } catch (error) {
      this.#host.toast({ type: 'error', title: 'Error', message: `JavaScript error: ${String(error)}`, duration: 10 });
      return { failed: true };
    }
  }

  /** A non-array result of a one-slot function is that slot's value. */
  #wrap(value: unknown, slots: number): unknown[] {
    return slots === 1 && !Array.isArray(value) ? [value] : Array.isArray(value) ? value : [value];
  }

  #trackedOutputs(dep: DependencyConfig): number[] {
    const on = dep.show_progress_on as number[] | null | undefined;
    return on && on.length > 0 ? on : dep.outputs;
  }

  #setPending(ids: number[], status: LoadingStatus): void {
    for (const id of ids) this.#host.setStatus(id, status);
  }

  #release(ids: number[], final: LoadingStatus | null): void {
    for (const id of ids) {
      const left = (this.#pendingCount.get(id) ?? 1) - 1;
      if (left > 0) this.#pendingCount.set(id, left);
      else this.#pendingCount.delete(id);
      // An error stays visible; otherwise the tracker clears when the last overlapping event ends.
      if (final) this.#host.setStatus(id, final);
      else if (left <= 0) this.#host.setStatus(id, null);
    }
  }

  async #submit(dep: DependencyConfig, inputs: unknown[], eventData: unknown, triggerId: number | null, stream?: StreamStart): Promise<Outcome> {
    const running = this.#running.get(dep.id) ?? { jobs: new Set(), deferred: null };
    this.#running.set(dep.id, running);
    const tracked = this.#trackedOutputs(dep);
    const showProgress = ((dep.show_progress as string | undefined) ?? 'full') as LoadingStatus['showProgress'];
    const timeStart = Date.now();
    for (const id of tracked) this.#pendingCount.set(id, (this.#pendingCount.get(id) ?? 0) + 1);
    let status: LoadingStatus = { status: 'pending', showProgress, timeStart };
    this.#setPending(tracked, status);
    // A new run of the event takes back what its validator said last time.
    for (const id of dep.inputs) this.#host.setValidation?.(id, null);

    this.#host.onSubmit?.(dep, inputs);
    const job = this.#client.submit(dep.id, inputs, {
      eventData: dep.collects_event_data ? eventData : null,
      triggerId,
    });
    running.jobs.add(job);
    if (stream) this.#openStream(dep, job, stream);
    let outcome: Outcome = 'success';
    let finalStatus: LoadingStatus | null = null;
    let verdicts: (string | null)[] | undefined;
    try {
      for await (const event of job as AsyncIterable<GradioEvent>) {
        if (event.type === 'data') {
          this.#applyOutputs(dep, event.data as unknown[]);
        } else if (event.type === 'render') {
          await this.#host.render?.(event.data);
        } else if (event.type === 'log') {
          this.#host.toast({ type: event.level, title: event.title, message: event.log, duration: event.duration });
        } else if (event.type === 'status') {
          const next = this.#status(dep, event, status);
          if (next === 'error') {
            verdicts = validatorVerdicts(event.error);
            if (verdicts) {
              outcome = 'rejected';
            } else {
              outcome = 'failure';
              finalStatus = { status: 'error', showProgress, message: event.message ?? null };
              this.#errorToast(event);
            }
          } else if (next) {
            status = next;
            this.#setPending(tracked, status);
          }
          if (event.stage === 'complete') {
            for (const id of event.changed_state_ids ?? []) this.dispatch(id, 'change');
          }
        }
      }
    } catch (error) {
      outcome = this.#cancelled.has(job) ? 'cancelled' : 'failure';
      if (outcome === 'failure') {
        finalStatus = { status: 'error', showProgress, message: String(error) };
        if (error instanceof Error && error.name === 'AuthError' && this.#host.loginExpired) this.#host.loginExpired();
        else this.#host.toast({ type: 'error', title: 'Error', message: error instanceof Error ? error.message : String(error), duration: 10 });
      }
    } finally {
      running.jobs.delete(job);
      if (this.#streams.get(dep.id) === job) this.#streams.delete(dep.id);
      if (this.#cancelled.has(job) && outcome !== 'failure') outcome = 'cancelled';
      this.#release(tracked, finalStatus);
      // After the outputs' trackers: an input that is also an output (a chat box) keeps its message.
      if (verdicts) this.#showVerdicts(dep, verdicts);
    }
    if (outcome === 'success' && dep.scroll_to_output && dep.outputs.length > 0) this.#host.scrollTo?.(dep.outputs[0]);
    return outcome;
  }

  /** A streamed event started: later chunks go to its job, and the element's stop closes it. */
  #openStream(dep: DependencyConfig, job: Job, stream: StreamStart): void {
    this.#streams.set(dep.id, job);
    stream.ready(job.processed());
    const { signal } = stream.detail;
    if (signal.aborted) void job.closeStream();
    else signal.addEventListener('abort', () => void job.closeStream(), { once: true });
  }

  /** The tracker state a status event leads to, `'error'` for a failed job, `null` for no change. */
  #status(dep: DependencyConfig, event: StatusEvent, current: LoadingStatus): LoadingStatus | 'error' | null {
    switch (event.stage) {
      case 'pending':
        return {
          ...current,
          status: 'pending',
          queuePosition: event.position ?? current.queuePosition,
          queueSize: event.size ?? current.queueSize,
          eta: event.eta ?? current.eta,
          progress: event.progress_data ?? current.progress,
        };
      case 'generating':
      case 'streaming':
        // A streamed event's outputs update in place as each chunk's result arrives: no progress shown.
        if (dep.connection === 'stream') return { ...current, status: null };
        return dep.types.generator ? { ...current, status: 'generating', progress: null } : null;
      case 'error':
        return 'error';
      default:
        return null;
    }
  }

  /**
   * Puts each rejected input's message on that input, as Gradio's frontend does (a banner on the input's
   * block; no toast). Messages the page cannot show on their input are toasted instead of dropped.
   */
  #showVerdicts(dep: DependencyConfig, verdicts: readonly (string | null)[]): void {
    const unseen: string[] = [];
    dep.inputs.forEach((id, index) => {
      const message = verdicts[index] ?? null;
      const shown = this.#host.setValidation?.(id, message) ?? false;
      if (message !== null && !shown) unseen.push(message);
    });
    // A rejection whose results do not line up with the inputs still says something.
    for (const message of verdicts.slice(dep.inputs.length)) if (message !== null) unseen.push(message);
    if (unseen.length > 0) this.#host.toast({ type: 'error', title: 'Error', message: unseen.join('; '), duration: 10 });
  }

  #errorToast(event: StatusEvent): void {
    const error = event.error;
    if (error?.name === 'AuthError' && this.#host.loginExpired) {
      this.#host.loginExpired();
      return;
    }
    const isAppError = error?.name === 'AppError';
    if (event.visible === false) return;
    // The toast shows what the app said (`gr.Error("...")`), not the client's message with its endpoint.
    const said = (error?.body as { error?: unknown } | undefined)?.error;
    const text = typeof said === 'string' && said ? said.replace(/^'(.*)'$/s, '$1') : (event.message ?? error?.message);
    // An app error shows what the app said; the client's own errors (connection lost, server unavailable, queue
    // full, login expired) say what happened between this page and the server, which is no secret of the app.
    const message =
      isAppError || error || this.#options.showError
        ? (text ?? 'Error')
        : 'An error occurred on the server (the app does not show its details).';
    this.#host.toast({
      type: 'error',
      title: event.title ?? 'Error',
      message,
      duration: event.duration === undefined ? 10 : event.duration,
    });
  }

  /** Applies one output array: a plain value, an update dictionary, or `gr.skip()` (no keys). */
  #applyOutputs(dep: DependencyConfig, data: unknown[]): void {
    dep.outputs.forEach((id, index) => {
      if (index >= data.length) return;
      const value = data[index];
      if (isUpdate(value)) {
        const { __type__: _type, ...props } = value;
        if (Object.keys(props).length > 0) this.#host.updateProps(id, props);
      } else {
        this.#host.setValue(id, value);
      }
    });
  }
}

/**
 * What an event's validator said, input by input (Gradio 5.45+: `POST /queue/join` answers 422 with one
 * result per input, `{"__type__": "validate", "is_valid": false, "message", "parameter_name"}` for the inputs
 * it rejected, `{"is_valid": true, "message": ""}` for the others): each rejected input's message (a default
 * when the validator gave none), `null` for an accepted one; `undefined` when the error is not a validator's
 * rejection (a 422 of pydantic's, for one, has no `is_valid`).
 */
export function validatorVerdicts(error: { name?: string; errors?: unknown } | undefined): (string | null)[] | undefined {
  if (error?.name !== 'ValidationError' || !Array.isArray(error.errors)) return undefined;
  const results = error.errors as unknown[];
  const isResult = (result: unknown): result is { is_valid: boolean; message?: unknown } =>
    Boolean(result) && typeof result === 'object' && typeof (result as { is_valid?: unknown }).is_valid === 'boolean';
  if (results.length === 0 || !results.every(isResult) || results.every((result) => result.is_valid)) return undefined;
  return results.map((result) => (result.is_valid ? null : typeof result.message === 'string' && result.message ? result.message : 'Invalid input'));
}
