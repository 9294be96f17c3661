import { describe, expect, it } from 'vitest';
import type { ComponentConfig, DependencyConfig } from '../client/types';
import { type RenderConfig, Renders } from './render';

/** Shapes as real servers send them: 5.14 keys `"<render>-<key>"` with no `rendered_in`; 6.x hashes the key. */
const box = (id: number, key: unknown, extra: Partial<ComponentConfig> = {}): ComponentConfig => ({
  id,
  type: 'textbox',
  props: { label: `box ${id}`, key: String(key), value: '' },
  key,
  renderable: 1,
  ...extra,
});
const dep = (id: number, inputs: number[], renderedIn = 1, extra: Partial<DependencyConfig> = {}): DependencyConfig =>
  ({ id, targets: [[99, 'click']], inputs, outputs: [7], backend_fn: true, queue: true, api_name: null, rendered_in: renderedIn, ...extra }) as DependencyConfig;
const config = (renderId: number, container: number, components: ComponentConfig[], deps: DependencyConfig[]): RenderConfig => ({
  render_id: renderId,
  layout: { id: container, children: components.map((c) => ({ id: c.id })) },
  components: [{ id: container, type: 'column', props: {}, renderable: renderId }, ...components],
  dependencies: deps,
});

describe('Renders', () => {
  it('a first run adds its components and listeners and removes nothing', () => {
    const renders = new Renders();
    const change = renders.apply(config(1, 9, [box(17, '1-box-0'), box(18, '1-box-1')], [dep(4, [17, 18])]), () => undefined);
    expect(change.containerId).toBe(9);
    expect(change.removedComponents).toEqual([]);
    expect([...change.removedDependencies]).toEqual([]);
    expect(change.components.map((c) => c.id)).toEqual([9, 17, 18]);
    expect(change.dependencies.map((d) => d.id)).toEqual([4]);
  });

  it('a re-run drops the previous components and listeners that are not made again', () => {
    const renders = new Renders();
    renders.apply(config(1, 9, [box(17, '1-box-0'), box(18, '1-box-1'), box(19, '1-box-2')], [dep(4, [17, 18, 19])]), () => undefined);
    const change = renders.apply(config(1, 9, [box(22, '1-box-0')], [dep(5, [22])]), () => undefined);
    expect(change.removedComponents.sort()).toEqual([17, 18, 19]);
    expect([...change.removedDependencies]).toEqual([4]);
    // Another render's run is untouched.
    const other = renders.apply(config(2, 30, [box(31, 'x')], []), () => undefined);
    expect(other.removedComponents).toEqual([]);
  });

  it('keeps what the user changed in a component of the same key (value by default, 5.14)', () => {
    const renders = new Renders();
    renders.apply(config(1, 9, [box(17, '1-box-0'), box(18, '1-box-1')], []), () => undefined);
    const live: Record<number, Record<string, unknown>> = { 17: { value: 'typed' }, 18: { value: '' } };
    const change = renders.apply(config(1, 9, [box(20, '1-box-0'), box(21, '1-box-1'), box(22, '1-box-2')], []), (id, names) =>
      Object.fromEntries(names.filter((n) => n in (live[id] ?? {})).map((n) => [n, live[id][n]])),
    );
    expect(change.preserved.get(20)).toEqual({ value: 'typed' });
    // Unchanged since it was made: the new props win.
    expect(change.preserved.has(21)).toBe(false);
    expect(change.preserved.has(22)).toBe(false);
  });

  it('6.x: keeps only the props named by preserved_by_key, with hashed keys and stable ids', () => {
    const renders = new Renders();
    const made = (value: string) =>
      box(17, -259560235180582180, { props: { label: 'a', value, preserved_by_key: ['value'], key: 'box-0' }, rendered_in: 1 });
    renders.apply(config(1, 9, [made('')], []), () => undefined);
    const change = renders.apply(config(1, 9, [made('')], []), () => ({ value: 'kept', label: 'changed' }));
    expect(change.preserved.get(17)).toEqual({ value: 'kept' });
    // The same id made again is not removed.
    expect(change.removedComponents).toEqual([]);
  });

  it('a re-run of an outer render drops the components and listeners of renders nested in it', () => {
    const renders = new Renders();
    renders.apply(config(1, 9, [{ id: 40, type: 'column', props: {} }], [dep(3, [], 1, { render_id: 2 })]), () => undefined);
    renders.apply(config(2, 40, [box(41, 'inner')], [dep(6, [41], 2)]), () => undefined);
    const change = renders.apply(config(1, 9, [], []), () => undefined);
    expect(change.removedComponents.sort()).toEqual([40, 41]);
    expect([...change.removedDependencies].sort()).toEqual([3, 6]);
  });

  it('refuses a malformed render_config clearly', () => {
    const renders = new Renders();
    expect(() => renders.apply({ render_id: 1 }, () => undefined)).toThrow(/malformed @gr.render update/);
    expect(() => renders.apply(null, () => undefined)).toThrow(/malformed/);
  });
});
