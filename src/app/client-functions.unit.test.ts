/**
 * The client-side function interpreter: the whole recorded corpus (tests/fixtures/client-functions.json, made by
 * scripts/record-client-functions.sh from Gradio 6.25's own transpiler and the Python functions themselves),
 * then refusals (syntax outside the subset, forbidden names, the step budget) and malformed sources.
 */
import { describe, expect, it, vi } from 'vitest';
import corpus from '../../tests/fixtures/client-functions.json';
import type { Client } from '../client/client';
import type { DependencyConfig } from '../client/types';
import { ClientFunctionUnsupportedError, type CompiledFunction, compileClientFunction } from './client-functions';
import { type EngineHost, EventEngine, type Toast } from './events';

interface Sample {
  args: unknown[];
  python: { value?: unknown; error?: string };
  js?: { value?: unknown; error?: string; undefined?: boolean };
  expect?: 'python' | 'refuse';
}
interface Case {
  name: string;
  js: string | null;
  transpileError: string | null;
  samples: Sample[];
}

const cases = (corpus as { cases: Case[] }).cases;
const transpiled = cases.filter((c) => c.js !== null);

function compiled(source: string): CompiledFunction {
  const fn = compileClientFunction(source);
  if ('unsupported' in fn) throw new Error(`refused: ${fn.unsupported}`);
  return fn;
}

function refusal(source: string, args: unknown[] = [], maxSteps?: number): string {
  const fn = compileClientFunction(source, { maxSteps });
  if ('unsupported' in fn) return fn.unsupported;
  try {
    const value = fn.call(args);
    throw new Error(`ran and returned ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof ClientFunctionUnsupportedError) return error.message;
    throw error;
  }
}

describe('the recorded corpus (Gradio 6.25 groovy output)', () => {
  it('holds Gradio-validated functions, functions with inputs, and transpiler refusals', () => {
    expect(corpus.gradio).toBe('6.25.0');
    expect(transpiled.length).toBeGreaterThanOrEqual(40);
    expect(cases.some((c) => c.transpileError !== null)).toBe(true);
    const expectations = transpiled.flatMap((c) => c.samples.map((s) => s.expect));
    expect(new Set(expectations)).toEqual(new Set(['python', 'refuse']));
  });

  describe.each(transpiled.map((c) => [c.name, c] as const))('%s', (_name, entry) => {
    const source = entry.js as string;
    const allRefused = entry.samples.every((s) => s.expect === 'refuse');

    it(allRefused ? 'is refused when compiled or run' : 'compiles', () => {
      const fn = compileClientFunction(source);
      if (!allRefused) expect(fn).not.toHaveProperty('unsupported');
    });

    it.each(entry.samples.map((s) => [JSON.stringify(s.args), s] as const))('args %s', (_args, sample) => {
      if (sample.expect === 'refuse') {
        expect(refusal(source, sample.args)).toMatch(/\S/);
        return;
      }
      expect(compiled(source).call(sample.args)).toEqual(sample.python.value);
    });
  });
});

describe('supported constructs beyond the corpus', () => {
  it('runs an arrow function, template literals, Math, String, ternaries and classic for loops', () => {
    const fn = compiled(`(name, n) => {
      let parts = [];
      for (let i = 0; i < n; i++) { parts.push(\`\${name}-\${i}\`); }
      const joined = parts.join('|');
      return n > 2 ? joined.toUpperCase() : String(Math.max(n, 7));
    }`);
    expect(fn.params).toEqual(['name', 'n']);
    expect(fn.call(['ab', 3])).toBe('AB-0|AB-1|AB-2');
    expect(fn.call(['ab', 1])).toBe('7');
  });

  it('runs break, continue, while, compound assignment and dict writes', () => {
    const fn = compiled(`function (items) {
      let out = {'kept': 0, 'total': 0};
      for (const x of items) {
        if (x === 'stop') { break; }
        out['total'] += 1;
        if (x === 'skip') { continue; }
        out['kept'] = out['kept'] + 1;
      }
      let k = 3;
      while (k > 0) { k -= 1; }
      out['k'] = k;
      return out;
    }`);
    expect(fn.call([['a', 'skip', 'b', 'stop', 'c']])).toEqual({ kept: 2, total: 3, k: 0 });
  });

  it('never changes the caller’s arguments', () => {
    const args = [[1, 2, 3]];
    const fn = compiled('function f(items) { items[0] = 99; items.push(4); return items; }');
    expect(fn.call(args)).toEqual([99, 2, 3, 4]);
    expect(args).toEqual([[1, 2, 3]]);
  });

  it('follows automatic semicolons: a line break ends a statement, and return on its own line returns nothing', () => {
    expect(compiled('function f(a) {\n  let b = a + 1\n  let c = b * 2\n  return c\n}').call([1])).toBe(4);
    expect(compiled('function f(a) {\n  return\n  a\n}').call([1])).toBeUndefined();
    expect(compiled('function f() {\n  let a = 1\n  let b = 5\n  a\n  ++b\n  return [a, b]\n}').call([])).toEqual([1, 6]);
    expect(compileClientFunction('function f(a) { let b = a let c = b; }')).toHaveProperty('unsupported');
  });

  it('walks a list the body appends to, as both languages do, until the step budget ends it', () => {
    expect(compiled('function f(a) { for (const x of a) { if (x < 3) { a.push(x + 1); } } return a; }').call([[1]])).toEqual([1, 2, 3]);
    expect(refusal('function f(a) { for (const x of a) { a.push(x); } }', [[1]], 1000)).toMatch(/steps|too long/);
  });

  it('compares values of different kinds as both languages do (not equal), except booleans with numbers', () => {
    const same = compiled('function f(a, b) { return [a === b, a !== b]; }');
    expect(same.call([true, 'x'])).toEqual([false, true]);
    expect(same.call(['1', 1])).toEqual([false, true]);
    expect(same.call([null, 0])).toEqual([false, true]);
    expect(() => same.call([true, 1])).toThrow(ClientFunctionUnsupportedError);
  });

  it('returns undefined (no change) when the function returns nothing', () => {
    expect(compiled('function () { let a = 1; }').call([])).toBeUndefined();
    expect(compiled('() => { return; }').call([])).toBeUndefined();
  });
});

describe('refusals', () => {
  it.each([
    ['class', 'function f() { class A {} }'],
    ['try', 'function f() { try { return 1; } catch (e) { return 2; } }'],
    ['new', 'function f() { return new Date(); }'],
    ['async', 'async function f() { return 1; }'],
    ['await', 'function f(p) { return await p; }'],
    ['var', 'function f() { var a = 1; return a; }'],
    ['loose equality', 'function f(a) { return a == 1; }'],
    ['typeof', 'function f(a) { return typeof a; }'],
    ['in', "function f(a) { return 'x' in a; }"],
    ['a nested function', 'function f() { function g() {} return 1; }'],
    ['destructuring', 'function f(a) { let [x] = a; return x; }'],
    ['spread', 'function f(a) { return [...a]; }'],
    ['optional chaining', 'function f(a) { return a?.b; }'],
    ['a regular expression', 'function f(a) { return /x/.test(a); }'],
    ['an unquoted object key (a Python variable key)', 'function f(k) { return {k: 1}; }'],
    ['a number key', "function f() { return {1: 'a'}; }"],
    ['a Python escape', "function f() { return '\\U0001f600'; }"],
    ['an octal escape', "function f() { return '\\01'; }"],
    ['a generator', 'function* f() { return 1; }'],
    ['a default parameter', 'function f(a = 1) { return a; }'],
    ['exponentiation', 'function f(a) { return a ** 2; }'],
    ['a declaration as the body of if', 'function f(a) { if (a) let b = 1; return a; }'],
    ['a declaration as the body of a loop', 'function f(a) { while (a) const b = 1; return a; }'],
    ['a label', 'function f(a) { outer: for (const x of a) {} }'],
  ])('refuses %s when compiling', (_what, source) => {
    const fn = compileClientFunction(source);
    expect(fn).toHaveProperty('unsupported');
  });

  it.each([
    ['window', 'function f() { return window.location.href; }', /"window" is not allowed/],
    ['document', "function f() { document.title = 'x'; }", /"document" is not allowed/],
    ['globalThis', 'function f() { return globalThis; }', /"globalThis" is not allowed/],
    ['eval', "function f() { return eval('1'); }", /"eval" is not allowed/],
    ['Function', "function f() { return Function('return 1')(); }", /"Function" is not allowed/],
    ['this', 'function f() { return this; }', /"this" is not allowed/],
    ['fetch', "function f() { fetch('/x'); }", /"fetch" is not allowed/],
    ['constructor', "function f(s) { return s.constructor.constructor('return 1')(); }", /"constructor" is not allowed/],
    ['__proto__ as a property', 'function f(o) { return o.__proto__; }', /"__proto__" is not allowed/],
    ['prototype', 'function f() { return Object.prototype; }', /"prototype" is not allowed/],
    ['__proto__ as a key', "function f() { return {'__proto__': 1}; }", /"__proto__" is not allowed/],
    ['an undeclared name', 'function f() { return somewhere; }', /unknown name "somewhere"/],
    ['a Python constant', 'function f() { let flag = True; return flag; }', /unknown name "True"/],
    ['an assignment to an undeclared name', 'function f() { leaked = 1; }', /undeclared name "leaked"/],
    ['a call of a local value', 'function f(g) { return g(); }', /only built-in functions/],
  ])('refuses %s', (_what, source, reason) => {
    expect(refusal(source, [{}])).toMatch(reason);
  });

  it('refuses computed access to forbidden keys at run time', () => {
    expect(refusal("function f(o) { return o['__proto__']; }", [{}])).toMatch(/not allowed/);
    expect(refusal("function f(o, k) { o[k] = 1; return o; }", [{}, 'constructor'])).toMatch(/not allowed/);
    expect(refusal("function f(o) { return o['toString']; }", [{}])).toMatch(/missing/);
    expect(refusal('function f(s) { return s.constructor; }', ['x'])).toMatch(/not allowed/);
  });

  it('refuses inputs that are not plain data', () => {
    const fn = compiled('function f(a) { return a; }');
    expect(() => fn.call([() => 1])).toThrow(ClientFunctionUnsupportedError);
    expect(() => fn.call([new Map()])).toThrow(ClientFunctionUnsupportedError);
    expect(() => fn.call([Number.NaN])).toThrow(ClientFunctionUnsupportedError);
  });

  it('ends an infinite loop with a refusal, never a hang', () => {
    expect(refusal('function f() { while (true) {} }')).toMatch(/more than 100000 steps/);
    expect(refusal('function f() { for (;;) {} }', [], 500)).toMatch(/more than 500 steps/);
    expect(refusal('function f() { let n = 0; while (n >= 0) { n += 1; } return n; }')).toMatch(/steps/);
  });

  it('refuses a range or a string too large to build', () => {
    expect(refusal('function f() { return Array.from({length: 1e9}, (_, i) => i); }')).toMatch(/steps/);
    expect(refusal("function f() { let s = 'ab'; while (s.length > 0) { s = s + s; } return s; }")).toMatch(/too long/);
    expect(refusal("function f() { return 'x'.repeat(1e9); }")).toMatch(/too long/);
  });

  it('refuses where JavaScript and Python disagree, at run time', () => {
    expect(refusal('function f(a, b) { return a + b; }', ['a', 1])).toMatch(/differs/);
    expect(refusal('function f(a, b) { return a + b; }', [[1], [2]])).toMatch(/differs/);
    expect(refusal('function f(a) { return a === [1]; }', [[1]])).toMatch(/differs/);
    expect(refusal('function f(a) { return a === 1; }', [true])).toMatch(/boolean/);
    expect(refusal('function f(a) { if (a) { return 1; } return 2; }', [[]])).toMatch(/empty list/);
    expect(refusal('function f(a) { return a[3]; }', [[1]])).toMatch(/out of range/);
    expect(refusal('function f(a, i) { return a[i]; }', [[1], -1])).toMatch(/out of range/);
    expect(refusal("function f(a) { return a['x']; }", [{}])).toMatch(/missing/);
    expect(refusal('function f(a) { return a / 0; }', [1])).toMatch(/division by zero/);
    expect(refusal('function f(a) { return a % 2; }', [-3])).toMatch(/negative/);
    expect(refusal('function f(a) { return a.length; }', ['😀'])).toMatch(/length/);
    expect(refusal('function f(a) { return a.upper(); }', ['x'])).toMatch(/"upper"/);
    expect(refusal('function f(a) { a.append(1); }', [[]])).toMatch(/"append"/);
    expect(refusal('function f(a) { return a.split(); }', ['a b'])).toMatch(/split/);
    expect(refusal('function f(a) { for (let k of a) {} }', [{ a: 1 }])).toMatch(/iterating/);
    expect(refusal('function f(n) { return Array.from({length: n}, (_, i) => i); }', [-1])).toMatch(/range/);
    expect(refusal('function f(a) { return Math.round(a); }', [2.5])).toMatch(/half/);
    expect(refusal('function f(a) { return `$' + '{a}`; }', [1e21])).toMatch(/text/);
  });

  it('refuses a let used before its declaration and a const reassigned', () => {
    expect(refusal('function f(n) { while (n > 0) { let n = (n - 1); } return 0; }', [1])).toMatch(/before its declaration/);
    expect(refusal('function f() { const a = 1; a = 2; return a; }')).toMatch(/constant/);
  });
});

describe('malformed sources', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['not a function', '1 + 2'],
    ['the literal true (js=True never became code)', 'true'],
    ['an unterminated string', "function f() { return 'abc; }"],
    ['an unterminated comment', 'function f() { /* x }'],
    ['a missing brace', 'function f() { return 1;'],
    ['an extra brace', 'function f() { return 1; }}'],
    ['two functions', 'function f() {} function g() {}'],
    ['an operator with no operand (groovy output for %)', 'function f(n) { return (n  2); }'],
    ['a stray character', 'function f() { return 1 # 2; }'],
    ['a dangling operator', 'function f(a) { return a +; }'],
    ['an unterminated template', 'function f(a) { return `x$' + '{a`; }'],
    ['a bad number', 'function f() { return 1abc; }'],
  ])('refuses %s with a message', (_what, source) => {
    const fn = compileClientFunction(source);
    expect(fn).toHaveProperty('unsupported');
    expect((fn as { unsupported: string }).unsupported).toMatch(/\S/);
  });
});

describe("groovy's lost update values", () => {
  it('refuses update texts that are expressions or local names, and keeps words and literals', () => {
    const update = (value: string, decl = '') =>
      compileClientFunction(`function f() {\n${decl}    return {"value": ${JSON.stringify(value)}, "__type__": "update"};\n}`);
    expect(update('label', "    let label = 'computed';\n")).toHaveProperty('unsupported', expect.stringMatching(/"value".*"label"/));
    expect(update('(2 + 3)')).toHaveProperty('unsupported');
    expect(update("['a', x]")).toHaveProperty('unsupported');
    expect(update('items.includes(x)')).toHaveProperty('unsupported');
    for (const kept of ['stop', 'Hello, world', 'fixed text', '1', 'null', 'a b c', '']) {
      expect(update(kept)).not.toHaveProperty('unsupported');
    }
    // Outside an update dictionary, strings are plain data.
    expect(compileClientFunction("function f() { let x = 1; return {'value': 'x'}; }")).not.toHaveProperty('unsupported');
  });
});

describe('deep nesting', () => {
  it('refuses a source nested deeper than the stack allows', () => {
    const deep = `function f() { return ${'('.repeat(20000)}1${')'.repeat(20000)}; }`;
    expect(compileClientFunction(deep)).toHaveProperty('unsupported');
  });
});

describe('in the event engine', () => {
  interface Submitted {
    fnIndex: number;
    data: unknown[];
  }

  function engine(deps: Partial<DependencyConfig>[], values: Record<number, unknown> = {}) {
    const submitted: Submitted[] = [];
    const set = new Map<number, unknown>();
    const props = new Map<number, Record<string, unknown>>();
    const toasts: Toast[] = [];
    const client = {
      submit(fnIndex: number, data: unknown[]) {
        submitted.push({ fnIndex, data });
        return {
          async cancel() {},
          async *[Symbol.asyncIterator]() {
            yield { type: 'data', data: ['from the server'], endpoint: '/x', fn_index: fnIndex, time: new Date() };
            yield { type: 'status', stage: 'complete', endpoint: '/x', fn_index: fnIndex, time: new Date() };
          },
        };
      },
    } as unknown as Pick<Client, 'submit'>;
    const host: EngineHost = {
      getValue: (id) => values[id],
      setValue: (id, value) => set.set(id, value),
      updateProps: (id, p) => props.set(id, p),
      setStatus: () => undefined,
      toast: (t) => toasts.push(t),
    };
    const full = deps.map(
      (d, id) =>
        ({
          id,
          targets: [[100 + id, 'click']],
          inputs: [],
          outputs: [],
          backend_fn: true,
          queue: true,
          api_name: `f${id}`,
          api_visibility: 'public',
          types: { generator: false, cancel: false },
          js: null,
          js_implementation: null,
          trigger_mode: 'multiple',
          ...d,
        }) as DependencyConfig,
    );
    const events = new EventEngine(full, client, host, { allowJs: false, showError: true });
    return { events, submitted, set, props, toasts };
  }

  it('runs a js_implementation in place of the server call, without allow-js, and applies updates', async () => {
    const t = engine([
      {
        js: true,
        outputs: [1, 2],
        js_implementation:
          'function toggle() {\n    return [{"visible": false, "__type__": "update"}, {"value": "hi", "label": "L", "__type__": "update"}];\n}',
      },
    ]);
    t.events.dispatch(100, 'click');
    await vi.waitFor(() => expect(t.props.get(2)).toEqual({ value: 'hi', label: 'L' }));
    expect(t.props.get(1)).toEqual({ visible: false });
    expect(t.submitted).toEqual([]);
    expect(t.toasts).toEqual([]);
  });

  it('passes the input values and sets a plain result as the single output', async () => {
    const t = engine([{ inputs: [1, 2], outputs: [3], js_implementation: 'function add(a, b) {\n    return (a + b);\n}' }], {
      1: 2,
      2: 40,
    });
    t.events.dispatch(100, 'click');
    await vi.waitFor(() => expect(t.set.get(3)).toBe(42));
    expect(t.submitted).toEqual([]);
  });

  it('falls back to the server when the interpreter refuses the source or the inputs', async () => {
    const t = engine(
      [
        { inputs: [1], outputs: [3], js_implementation: 'function f(s) {\n    return s.upper();\n}' },
        { inputs: [1], outputs: [3], js_implementation: 'function f(s) {\n    return document.title;\n}' },
      ],
      { 1: 'abc' },
    );
    t.events.dispatch(100, 'click');
    t.events.dispatch(101, 'click');
    await vi.waitFor(() => expect(t.submitted.map((s) => s.fnIndex).sort()).toEqual([0, 1]));
    expect(t.submitted[0].data).toEqual(['abc']);
    await vi.waitFor(() => expect(t.set.get(3)).toBe('from the server'));
    expect(t.toasts).toEqual([]);
  });

  it('calls the server for js: true without an implementation, and never runs true as code', async () => {
    const t = engine([{ js: true, js_implementation: null, outputs: [3] }]);
    t.events.dispatch(100, 'click');
    await vi.waitFor(() => expect(t.submitted).toHaveLength(1));
    await vi.waitFor(() => expect(t.set.get(3)).toBe('from the server'));
    expect(t.toasts).toEqual([]);
  });

  it('says why in a toast when a refused function has no backend', async () => {
    const t = engine([{ backend_fn: false, outputs: [3], js_implementation: 'function f() {\n    return window.name;\n}' }]);
    t.events.dispatch(100, 'click');
    await vi.waitFor(() => expect(t.toasts).toHaveLength(1));
    expect(t.toasts[0].message).toMatch(/cannot run in this page: "window" is not allowed/);
    expect(t.submitted).toEqual([]);
  });
});

describe('robustness', () => {
  /** A small deterministic generator (mulberry32), so a failure names a reproducible seed. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = ['(', ')', '{', '}', '[', ']', ';', ',', '.', '=', '+', '-', '!', '<', '`', "'", '"', '\n', 'let ', 'return ', 'x', '0', 'for ', 'of ', '=>', '${'];
  const values = [0, 1, -1, 2.5, '', 'a', 'ab😀', null, true, [], [1, 'a'], {}, { a: 1 }, [[1]]];

  it('never fails other than by refusing, on mutated corpus sources and arbitrary inputs', () => {
    const next = random(20261201);
    const sources = transpiled.map((c) => c.js as string);
    let ran = 0;
    for (let round = 0; round < 3000; round++) {
      const base = sources[Math.floor(next() * sources.length)];
      let source = base;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * source.length);
        const cut = next() < 0.5 ? Math.floor(next() * 4) : 0;
        const piece = next() < 0.7 ? pieces[Math.floor(next() * pieces.length)] : '';
        source = source.slice(0, at) + piece + source.slice(at + cut);
      }
      const fn = compileClientFunction(source, { maxSteps: 5000 });
      if ('unsupported' in fn) {
        expect(typeof fn.unsupported, source).toBe('string');
        continue;
      }
      const args = fn.params.map(() => values[Math.floor(next() * values.length)]);
      try {
        fn.call(args);
        ran++;
      } catch (error) {
        expect(error, `${source}\n${JSON.stringify(args)}`).toBeInstanceOf(ClientFunctionUnsupportedError);
      }
    }
    expect(ran).toBeGreaterThan(50);
  });
});
