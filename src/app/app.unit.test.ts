/**
 * The runtime's logic in Node: tree building, prop conversion, interactivity, constant js helpers, and the
 * event engine's rules (trigger modes, chains, cancels, updates, skip, statuses) driven through a scripted
 * client. The same engine runs against real Gradio servers in the e2e suite.
 */
import { describe, expect, it } from 'vitest';
import type { ComponentConfig, DependencyConfig, GradioEvent } from '../client/types';
import { type EngineHost, EventEngine, type EngineOptions, type LoadingStatus, type Toast, validatorVerdicts } from './events';
import { isInteractive } from './interactivity';
import { constantResult } from './js-functions';
import { camelCase, elementProps } from './props';
import { tagFor } from './registry';
import { AppStore } from './store';
import { buildTree } from './tree';

function dep(partial: Partial<DependencyConfig> & { id: number }): DependencyConfig {
  return {
    targets: [],
    inputs: [],
    outputs: [],
    backend_fn: true,
    queue: true,
    api_name: null,
    api_visibility: 'public',
    types: { generator: false, cancel: false },
    js: null,
    trigger_mode: 'once',
    trigger_after: null,
    ...partial,
  } as DependencyConfig;
}

/** A job whose events the test pushes, like the client's Job (an async iterable that can be cancelled). */
class ScriptedJob implements AsyncIterable<GradioEvent> {
  events: GradioEvent[] = [];
  ended = false;
  cancelled = false;
  #wake: () => void = () => undefined;
  constructor(
    readonly fnIndex: number,
    readonly data: unknown[],
    readonly options: Record<string, unknown>,
  ) {}
  push(event: Partial<GradioEvent> & { type: string }) {
    this.events.push({ endpoint: '/x', fn_index: this.fnIndex, time: new Date(), ...event } as GradioEvent);
    this.#wake();
  }
  end() {
    this.ended = true;
    this.#wake();
  }
  async cancel() {
    this.cancelled = true;
    this.end();
  }
  async *[Symbol.asyncIterator]() {
    while (true) {
      while (this.events.length) yield this.events.shift() as GradioEvent;
      if (this.ended) return;
      await new Promise<void>((wake) => (this.#wake = wake));
    }
  }
  complete(data: unknown[]) {
    this.push({ type: 'data', data } as never);
    this.push({ type: 'status', stage: 'complete' } as never);
    this.end();
  }
}

function setup(deps: DependencyConfig[], options: EngineOptions = { allowJs: false, showError: false }) {
  const jobs: ScriptedJob[] = [];
  const values = new Map<number, unknown>();
  const props = new Map<number, Record<string, unknown>>();
  const statuses = new Map<number, LoadingStatus | null>();
  const toasts: Toast[] = [];
  const client = {
    submit(fnIndex: number, data: unknown[], opts: Record<string, unknown>) {
      const job = new ScriptedJob(fnIndex, data, opts);
      jobs.push(job);
      return job;
    },
  };
  const host: EngineHost = {
    getValue: (id) => values.get(id) ?? null,
    setValue: (id, value) => values.set(id, value),
    updateProps: (id, p) => props.set(id, { ...props.get(id), ...p }),
    setStatus: (id, status) => statuses.set(id, status),
    toast: (toast) => toasts.push(toast),
  };
  const engine = new EventEngine(deps, client as never, host, options);
  return { engine, jobs, values, props, statuses, toasts, host };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('config -> tree and props', () => {
  it('synthesises a root column and maps types to tags, unknown types to the fallback', () => {
    const tree = buildTree({
      components: [
        { id: 1, type: 'row', props: {} },
        { id: 2, type: 'textbox', props: {} },
        { id: 3, type: 'model4d', props: {} },
      ],
      layout: { id: 0, children: [{ id: 1, children: [{ id: 2 }, { id: 3 }] }] },
    });
    expect(tree).toEqual({
      id: 0,
      type: 'column',
      tag: 'gr-column',
      children: [
        {
          id: 1,
          type: 'row',
          tag: 'gr-row',
          children: [
            { id: 2, type: 'textbox', tag: 'gr-textbox', children: [] },
            { id: 3, type: 'model4d', tag: 'gr-fallback', children: [] },
          ],
        },
      ],
    });
    expect(tagFor('checkboxgroup')).toBe('gr-checkbox-group');
    expect(tagFor('constructor')).toBe('gr-fallback');
    expect(tagFor('button', 'clearbutton')).toBe('gr-clear-button');
    expect(tagFor('button', 'button')).toBe('gr-button');
  });

  it('a config without a layout is a clear error', () => {
    expect(() => buildTree({ components: [] })).toThrow(/no layout tree/);
  });

  it('converts snake_case props and drops server bookkeeping', () => {
    expect(camelCase('show_label')).toBe('showLabel');
    expect(camelCase('_selectable')).toBe('selectable');
    expect(elementProps({ show_copy_button: true, max_lines: 20, name: 'textbox', value: 'a_b' })).toEqual({
      showCopyButton: true,
      maxLines: 20,
      value: 'a_b',
    });
  });

  it('starts an input the config leaves without a value as the official frontend does ("" for text, 0 for a number)', () => {
    const component = (id: number, type: string, props: Record<string, unknown> = {}) => ({ id, type, props }) as ComponentConfig;
    const store = new AppStore(
      [component(1, 'textbox'), component(2, 'number'), component(3, 'code'), component(4, 'multimodaltextbox'), component(5, 'textbox', { value: 'kept' }), component(6, 'number', { value: null }), component(7, 'dropdown'), component(8, 'toString')],
      [],
    );
    const value = (id: number) => store.engineAccess().getValue(id);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(value)).toEqual(['', 0, '', { text: '', files: [] }, 'kept', null, null, null]);
    // Each component gets its own value object.
    expect(value(4)).not.toBe(new AppStore([component(9, 'multimodaltextbox')], []).engineAccess().getValue(9));
  });

  it('applies Gradio’s interactivity rule', () => {
    const deps = [dep({ id: 0, inputs: [1], outputs: [2] })];
    expect(isInteractive(1, {}, deps)).toBe(true);
    expect(isInteractive(2, {}, deps)).toBe(false);
    expect(isInteractive(2, { interactive: true }, deps)).toBe(true);
    expect(isInteractive(3, { value: '' }, deps)).toBe(true);
    expect(isInteractive(3, { value: 'text' }, deps)).toBe(false);
    expect(isInteractive(1, { interactive: false }, deps)).toBe(false);
  });

  it('recognises constant js helpers as data, and nothing else', () => {
    expect(constantResult('() => [null, null]')).toEqual({ value: [null, null] });
    expect(constantResult('() => [{"variant": null, "visible": true, "__type__": "update"}]')).toEqual({
      value: [{ variant: null, visible: true, __type__: 'update' }],
    });
    expect(constantResult('() => alert(1)')).toBeUndefined();
    expect(constantResult('(x) => [x]')).toBeUndefined();
  });
});

describe('event engine', () => {
  it('runs the listeners of a trigger with the inputs, applies outputs, clears the tracker', async () => {
    const t = setup([dep({ id: 0, targets: [[5, 'click']], inputs: [1], outputs: [2] })]);
    t.values.set(1, 'Ada');
    t.engine.dispatch(5, 'click');
    await tick();
    expect(t.jobs).toHaveLength(1);
    expect(t.jobs[0].data).toEqual(['Ada']);
    expect(t.statuses.get(2)?.status).toBe('pending');
    t.jobs[0].push({ type: 'status', stage: 'pending', position: 2, size: 5, eta: 1.5 } as never);
    await tick();
    expect(t.statuses.get(2)).toMatchObject({ status: 'pending', queuePosition: 2, queueSize: 5, eta: 1.5 });
    t.jobs[0].complete(['Hello, Ada!']);
    await tick();
    expect(t.values.get(2)).toBe('Hello, Ada!');
    expect(t.statuses.get(2)).toBeNull();
  });

  it('other components and other events do not trigger it', async () => {
    const t = setup([dep({ id: 0, targets: [[5, 'click']], outputs: [2] })]);
    t.engine.dispatch(6, 'click');
    t.engine.dispatch(5, 'change');
    await tick();
    expect(t.jobs).toHaveLength(0);
  });

  it('trigger_mode once ignores, multiple runs, always_last defers one re-run', async () => {
    const t = setup([
      dep({ id: 0, targets: [[1, 'click']], trigger_mode: 'once' }),
      dep({ id: 1, targets: [[2, 'click']], trigger_mode: 'multiple' }),
      dep({ id: 2, targets: [[3, 'click']], trigger_mode: 'always_last' }),
    ]);
    for (const id of [1, 2, 3]) {
      t.engine.dispatch(id, 'click');
      t.engine.dispatch(id, 'click');
      t.engine.dispatch(id, 'click');
    }
    await tick();
    const count = (fn: number) => t.jobs.filter((job) => job.fnIndex === fn).length;
    expect([count(0), count(1), count(2)]).toEqual([1, 3, 1]);
    t.jobs.find((job) => job.fnIndex === 2)?.complete([]);
    await tick();
    await tick();
    expect(count(2)).toBe(2);
  });

  it('applies update dictionaries as props, and gr.skip() leaves the value alone', async () => {
    const t = setup([dep({ id: 0, targets: [[9, 'click']], outputs: [1, 2, 3] })]);
    t.values.set(3, 'kept');
    t.engine.dispatch(9, 'click');
    await tick();
    t.jobs[0].complete(['plain', { __type__: 'update', visible: false, label: 'New' }, { __type__: 'update' }]);
    await tick();
    expect(t.values.get(1)).toBe('plain');
    expect(t.props.get(2)).toEqual({ visible: false, label: 'New' });
    expect(t.values.get(3)).toBe('kept');
    expect(t.props.has(3)).toBe(false);
  });

  it('chains: success after success, failure after failure, then after both', async () => {
    const t = setup([
      dep({ id: 0, targets: [[1, 'click']] }),
      dep({ id: 1, trigger_after: 0, trigger_only_on_success: true }),
      dep({ id: 2, trigger_after: 0, trigger_only_on_failure: true }),
      dep({ id: 3, trigger_after: 0 }),
    ]);
    t.engine.dispatch(1, 'click');
    await tick();
    t.jobs[0].complete([]);
    await tick();
    await tick();
    expect(t.jobs.map((job) => job.fnIndex).sort()).toEqual([0, 1, 3]);

    const f = setup([
      dep({ id: 0, targets: [[1, 'click']], outputs: [4] }),
      dep({ id: 1, trigger_after: 0, trigger_only_on_success: true }),
      dep({ id: 2, trigger_after: 0, trigger_only_on_failure: true }),
    ]);
    f.engine.dispatch(1, 'click');
    await tick();
    f.jobs[0].push({ type: 'status', stage: 'error', message: 'Bad input', title: 'Error', error: { name: 'AppError' } } as never);
    f.jobs[0].end();
    await tick();
    await tick();
    expect(f.jobs.map((job) => job.fnIndex).sort()).toEqual([0, 2]);
    expect(f.statuses.get(4)?.status).toBe('error');

    // After a failure, .then() runs on Gradio 5 and not on Gradio 6 (thenAfterFailure false).
    for (const [thenAfterFailure, expected] of [
      [true, [0, 1, 2]],
      [false, [0, 2]],
    ] as const) {
      const v = setup(
        [
          dep({ id: 0, targets: [[1, 'click']] }),
          dep({ id: 1, trigger_after: 0 }),
          dep({ id: 2, trigger_after: 0, trigger_only_on_failure: true }),
        ],
        { allowJs: false, showError: false, thenAfterFailure },
      );
      v.engine.dispatch(1, 'click');
      await tick();
      v.jobs[0].push({ type: 'status', stage: 'error', message: 'x', error: { name: 'AppError' } } as never);
      v.jobs[0].end();
      await tick();
      await tick();
      expect(v.jobs.map((job) => job.fnIndex).sort()).toEqual(expected);
    }
    expect(f.toasts).toEqual([{ type: 'error', title: 'Error', message: 'Bad input', duration: 10 }]);
  });

  it("shows the client's own errors (connection lost...) as they are; an error with no details says so", async () => {
    const t = setup([dep({ id: 0, targets: [[1, 'click']] }), dep({ id: 1, targets: [[2, 'click']] })]);
    t.engine.dispatch(1, 'click');
    await tick();
    t.jobs[0].push({ type: 'status', stage: 'error', message: 'Connection lost', error: { name: 'ConnectionError' } } as never);
    t.jobs[0].end();
    await tick();
    expect(t.toasts[0].message).toBe('Connection lost');
    // A failure that carries no error (nothing the server or the client said): no text to show.
    t.engine.dispatch(2, 'click');
    await tick();
    t.jobs[1].push({ type: 'status', stage: 'error', message: 'raw text' } as never);
    t.jobs[1].end();
    await tick();
    expect(t.toasts[1].message).toBe('An error occurred on the server (the app does not show its details).');
  });

  it("a validator's rejection (422 from the join) puts each message on its input, chains nothing, and clears on the next run", async () => {
    const t = setup([
      dep({ id: 0, targets: [[1, 'click']], inputs: [10, 11, 12], outputs: [20] }),
      dep({ id: 1, trigger_after: 0 } as never),
      dep({ id: 2, trigger_after: 0, trigger_only_on_failure: true } as never),
    ]);
    const shown = new Map<number, string | null>();
    // Input 12 is not in view (hidden, or a gr.State): its message must reach the user another way.
    t.host.setValidation = (id, message) => {
      shown.set(id, message);
      return id !== 12;
    };
    t.engine.dispatch(1, 'click');
    await tick();
    // The server's answer for three inputs, the first accepted (gradio/queueing.py process_validation_response).
    const results = [
      { is_valid: true, message: '' },
      { __type__: 'validate', is_valid: false, message: 'Location must not be in London', parameter_name: 'location' },
      { __type__: 'validate', is_valid: false, message: '', parameter_name: 'age' },
    ];
    t.jobs[0].push({ type: 'status', stage: 'error', message: JSON.stringify(results), error: { name: 'ValidationError', errors: results } } as never);
    t.jobs[0].end();
    await tick();
    expect([...shown]).toEqual([
      [10, null],
      [11, 'Location must not be in London'],
      [12, 'Invalid input'],
    ]);
    expect(t.toasts.map((toast) => toast.message)).toEqual(['Invalid input']);
    // No .then() and no .failure() after a rejection; the output's tracker is cleared, not an error.
    expect(t.jobs).toHaveLength(1);
    expect(t.statuses.get(20)).toBeNull();
    // The next run takes the messages back before the server answers.
    t.engine.dispatch(1, 'click');
    await tick();
    expect([...shown.values()]).toEqual([null, null, null]);

    expect(validatorVerdicts({ name: 'ValidationError', errors: [{ type: 'missing', loc: ['body', 'data'], msg: 'Field required' }] })).toBeUndefined();
    expect(validatorVerdicts({ name: 'AppError', errors: results })).toBeUndefined();
    expect(validatorVerdicts({ name: 'ValidationError', errors: [{ is_valid: true, message: '' }] })).toBeUndefined();
  });

  it("without a place for messages on inputs, a validator's rejection is toasted", async () => {
    const t = setup([dep({ id: 0, targets: [[1, 'click']], inputs: [10, 11] })]);
    t.engine.dispatch(1, 'click');
    await tick();
    const results = [
      { __type__: 'validate', is_valid: false, message: 'Age must be at least 3', parameter_name: 'age' },
      { __type__: 'validate', is_valid: false, message: 'Location must not be in London', parameter_name: 'location' },
    ];
    t.jobs[0].push({ type: 'status', stage: 'error', message: JSON.stringify(results), error: { name: 'ValidationError', errors: results } } as never);
    t.jobs[0].end();
    await tick();
    expect(t.toasts.map((toast) => toast.message)).toEqual(['Age must be at least 3; Location must not be in London']);
  });

  it('cancels the running jobs of the ids in `cancels` before running', async () => {
    const t = setup([
      dep({ id: 0, targets: [[1, 'click']], types: { generator: true, cancel: false } }),
      dep({ id: 1, targets: [[2, 'click']], backend_fn: false, cancels: [0] } as never),
    ]);
    t.engine.dispatch(1, 'click');
    await tick();
    t.engine.dispatch(2, 'click');
    await tick();
    expect(t.jobs).toHaveLength(1);
    expect(t.jobs[0].cancelled).toBe(true);
  });

  it('runs constant js helpers without consent, warns once for other js', async () => {
    const t = setup([
      dep({ id: 0, targets: [[8, 'click']], outputs: [1, 2], backend_fn: false, js: '() => [null, null]' }),
      dep({ id: 1, targets: [[9, 'click']], outputs: [3], backend_fn: false, js: '(x) => x.toUpperCase()' }),
    ]);
    t.values.set(1, 'a');
    t.values.set(2, 'b');
    t.engine.dispatch(8, 'click');
    t.engine.dispatch(9, 'click');
    t.engine.dispatch(9, 'click');
    await tick();
    expect([t.values.get(1), t.values.get(2)]).toEqual([null, null]);
    expect(t.values.has(3)).toBe(false);
    expect(t.toasts.filter((toast) => toast.title === 'JavaScript not run')).toHaveLength(1);
    expect(t.jobs).toHaveLength(0);
  });

  it('runs js with consent: its result replaces the inputs of a backend call', async () => {
    const t = setup([dep({ id: 0, targets: [[9, 'click']], inputs: [1], outputs: [2], js: '(x) => x.toUpperCase()' })], {
      allowJs: true,
      showError: false,
    });
    t.values.set(1, 'shout');
    t.engine.dispatch(9, 'click');
    await tick();
    await tick();
    expect(t.jobs[0].data).toEqual(['SHOUT']);
  });

  it('passes event data only to listeners that collect it, and dispatches changed states', async () => {
    const t = setup([
      dep({ id: 0, targets: [[1, 'select']], collects_event_data: true } as never),
      dep({ id: 1, targets: [[1, 'select']] }),
      dep({ id: 2, targets: [[7, 'change']] }),
    ]);
    t.engine.dispatch(1, 'select', { index: 2, value: 'b' });
    await tick();
    expect(t.jobs[0].options.eventData).toEqual({ index: 2, value: 'b' });
    expect(t.jobs[1].options.eventData).toBeNull();
    t.jobs[0].push({ type: 'status', stage: 'complete', changed_state_ids: [7] } as never);
    t.jobs[0].end();
    await tick();
    expect(t.jobs.map((job) => job.fnIndex)).toEqual([0, 1, 2]);
  });

  it('runs load listeners', async () => {
    const t = setup([dep({ id: 0, targets: [[null as never, 'load']] })]);
    t.engine.load();
    await tick();
    expect(t.jobs).toHaveLength(1);
  });
});
