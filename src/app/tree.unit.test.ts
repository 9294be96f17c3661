/**
 * Config checks before rendering (`checkConfig` in tree.ts): real configs of Gradio 5.14 and 6.25 pass
 * untouched; malformed or hostile ones lose what cannot run, with a warning each, or fail with a ConfigError
 * that says why, without exhausting the stack or freezing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseConfig } from '../client/config';
import type { ComponentConfig } from '../client/types';
import { ConfigError, MAX_LAYOUT_DEPTH, buildTree, checkConfig, layoutChildren } from './tree';

/** The recorded traffic of the project's own 5.14 and 6.25 servers (README: `GRADIO_FIXTURES`). */
const fixtures = process.env.GRADIO_FIXTURES ?? resolve(import.meta.dirname, '../../tests/fixtures/traffic');

/** Every recorded `/config` answer: `[name, config]`. */
function recordedConfigs(): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const version of ['gradio-5.14', 'gradio-6.25']) {
    let files: string[] = [];
    try {
      files = readdirSync(join(fixtures, version)).filter((f) => f.endsWith('-config.txt'));
    } catch {
      continue;
    }
    expect(files.length, `recorded configs in ${join(fixtures, version)}`).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(fixtures, version, file), 'utf8');
      const body = text.slice(text.indexOf('{', text.indexOf('=== RESPONSE ===')));
      out.push([`${version}/${file}`, JSON.parse(body)]);
    }
  }
  return out;
}

const component = (id: number, type = 'textbox', props: unknown = { label: `c${id}` }) => ({ id, type, props });
const base = (extra: Record<string, unknown> = {}) => ({
  components: [component(1), component(2), component(3, 'row')],
  layout: { id: 0, children: [{ id: 3, children: [{ id: 1 }, { id: 2 }] }] },
  dependencies: [{ id: 0, targets: [[1, 'change']], inputs: [1], outputs: [2] }],
  ...extra,
});

describe('checkConfig', () => {
  const recorded = recordedConfigs();
  it('passes every recorded Gradio 5.14 and 6.25 config with no warning and nothing left out', () => {
    for (const [name, raw] of recorded) {
      const config = normaliseConfig(raw, 'http://127.0.0.1:7860');
      const checked = checkConfig(config);
      expect(checked.warnings, name).toEqual([]);
      expect(checked.config.components.length, name).toBe(config.components.length);
      expect(checked.config.dependencies.length, name).toBe(config.dependencies.length);
      expect(buildTree(checked.config), name).toEqual(buildTree(config));
    }
  });

  it('a config without components or layout is a ConfigError that names what is missing', () => {
    expect(() => checkConfig({ layout: { id: 0 } })).toThrow(ConfigError);
    expect(() => checkConfig({ components: 'x', layout: { id: 0 } })).toThrow(/config\.components/);
    expect(() => checkConfig({ components: [] })).toThrow(/config\.layout/);
    expect(() => checkConfig({ components: [], layout: { id: 'root' } })).toThrow(/config\.layout/);
  });

  it('leaves out malformed and duplicate components (the first of an id wins), and fixes props that are no object', () => {
    const { config, warnings } = checkConfig(
      base({ components: [component(1), null, { id: '2', type: 'textbox' }, component(1, 'number'), component(2, 'textbox', 'oops'), component(3, 'row')] }),
    );
    expect(config.components.map((c) => [c.id, c.type])).toEqual([
      [1, 'textbox'],
      [2, 'textbox'],
      [3, 'row'],
    ]);
    expect(config.components[1].props).toEqual({});
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/component id 1 is given twice/);
  });

  it('places each layout id once: duplicates and cycles are left out, with a warning', () => {
    const layout = { id: 0, children: [{ id: 3, children: [{ id: 1 }, { id: 1 }, { id: 3, children: [{ id: 2 }] }, { id: 0 }] }, { id: 2 }, 'x'] };
    const { config, warnings } = checkConfig(base({ layout }));
    expect(buildTree(config).children.map((n) => [n.id, n.children.map((c) => c.id)])).toEqual([
      [3, [1]],
      [2, []],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/4 layout entries .* placed twice/)]);
    // The renderer itself also places an id once (a `@gr.render` layout is not checked beforehand).
    const components = new Map<number, ComponentConfig>(config.components.map((c: ComponentConfig) => [c.id, c]));
    expect(layoutChildren({ id: 0, children: [{ id: 1 }, { id: 1 }, { id: 0 }] }, components).map((n) => n.id)).toEqual([1]);
  });

  it('a layout nested far deeper than the stack allows is a ConfigError, not a stack overflow', () => {
    const depth = 30_000;
    const opening = Array.from({ length: depth }, (_, i) => `{"id":${i + 1},"children":[`).join('');
    const layout = { id: 0, children: [JSON.parse(`${opening}{"id":${depth + 1}}${']}'.repeat(depth)}`)] };
    const components = Array.from({ length: depth + 2 }, (_, i) => component(i, 'column', {}));
    const started = performance.now();
    expect(() => checkConfig({ components, layout })).toThrow(new RegExp(`deeper than ${MAX_LAYOUT_DEPTH} levels`));
    expect(performance.now() - started).toBeLessThan(2_000);
    // Just within the limit renders.
    let ok: Record<string, unknown> = { id: MAX_LAYOUT_DEPTH };
    for (let i = MAX_LAYOUT_DEPTH - 1; i > 0; i--) ok = { id: i, children: [ok] };
    expect(() => buildTree(checkConfig({ components, layout: { id: 0, children: [ok] } }).config)).not.toThrow();
  });

  it('leaves out events that are malformed or name components that do not exist; the app itself is a valid target', () => {
    const dependencies = [
      { id: 0, targets: [[1, 'change']], inputs: [1], outputs: [2] },
      { id: 1, targets: [[0, 'load']], inputs: [], outputs: [1] },
      { id: 2, targets: [[1, 'submit']], inputs: [1], outputs: [99] },
      { id: 3, targets: [[42, 'click'], [43, 'click']], inputs: [], outputs: [] },
      { id: 4, targets: 'click', inputs: [], outputs: [] },
      { id: 5, targets: [], inputs: ['1'], outputs: [] },
      null,
    ];
    const { config, warnings } = checkConfig(base({ dependencies }));
    expect(config.dependencies.map((d) => (d as { id: number }).id)).toEqual([0, 1]);
    expect(warnings).toEqual([
      'event 2 names missing component 99: it is left out',
      'event 3 names missing components 42, 43: it is left out',
      'event 4 has malformed targets: it is left out',
      'event 5 has malformed inputs: it is left out',
      'event 6 is not an object: it is left out',
    ]);
    expect(checkConfig(base({ dependencies: { 0: {} } })).warnings).toEqual(['the dependencies are not a list: no event runs']);
  });
});
