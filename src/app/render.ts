/**
 * `@gr.render` updates (spec protocol.md §10.5): a render function's result replaces what that function made
 * before. This module keeps, per render, which components and listeners it made, and turns a
 * `render_config` into one change the runtime applies to its tree, store and event engine:
 *
 * - the container's new children (its layout);
 * - the components and listeners to drop: the previous run's, and those of renders nested in them;
 * - the new components, with the props to keep from a previous component of the same `key` (what the user
 *   typed survives a re-render: the props named by `preserved_by_key`, `value` by default, when they changed
 *   since that component was made);
 * - the new listeners, whose `load` targets the runtime then fires.
 *
 * The new children are stamped with the update's generation (`stamp`) and put in the tree shown
 * (`replaceChildren`): the page's first tree is made without this module (`./tree.ts`).
 *
 * It is version-agnostic: Gradio 5.14 marks rendered components with `renderable` only (no `rendered_in`) and
 * names keys `"<render id>-<key>"`; 6.x adds `rendered_in` and hashes keys. Neither is needed here: a render's
 * components are the ones its `render_config` lists, and keys are compared as the server sends them.
 */
import type { ComponentConfig, DependencyConfig } from '../client/types';
import { type HubButtonRole, hubButtons } from './hub-buttons';
import type { AppStore } from './store';
import { type TreeNode, layoutChildren } from './tree';

/** One node of a layout tree as the server sends it. */
export interface LayoutEntry {
  id: number;
  children?: LayoutEntry[];
}

/** The `render_config` of a render trigger's result. */
export interface RenderConfig {
  render_id: number;
  layout: LayoutEntry;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
}

/** What one `render_config` changes. */
export interface RenderChange {
  /** The render container, whose children are replaced. */
  containerId: number;
  /** The container's new layout (its own id at the root). */
  layout: LayoutEntry;
  /** Components made by earlier runs that are gone now (never the container). */
  removedComponents: number[];
  /** The components to add or replace, the container included. */
  components: ComponentConfig[];
  /** Props to keep from before, by new component id (camelCase is the runtime's business: these are config keys). */
  preserved: Map<number, Record<string, unknown>>;
  /** Listener ids to drop. */
  removedDependencies: Set<number>;
  /** The render's listeners. */
  dependencies: DependencyConfig[];
}

interface RenderRecord {
  container: number;
  components: Map<number, ComponentConfig>;
  dependencies: Set<number>;
}

/**
 * Reads a component's current props from the runtime (those named, by their config keys), to tell what the
 * user changed; `undefined` for a component the runtime does not have.
 */
export type CurrentProps = (id: number, names: readonly string[]) => Record<string, unknown> | undefined;

/** Throws a clear error for a `render_config` that is not one. */
export function checkRenderConfig(value: unknown): RenderConfig {
  const rc = value as Partial<RenderConfig> | null;
  if (
    !rc ||
    typeof rc !== 'object' ||
    typeof rc.render_id !== 'number' ||
    !rc.layout ||
    typeof rc.layout.id !== 'number' ||
    !Array.isArray(rc.components) ||
    !Array.isArray(rc.dependencies)
  ) {
    throw new Error('The server sent a malformed @gr.render update (render_config).');
  }
  return rc as RenderConfig;
}

const keyOf = (component: ComponentConfig): string | null => {
  const key = component.key ?? component.props.key;
  return key === null || key === undefined ? null : JSON.stringify(key);
};

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The renders of one app, and what each made. */
export class Renders {
  readonly #records = new Map<number, RenderRecord>();

  /**
   * The change a `render_config` makes. `current` reads a component's live props (config keys), for the
   * props kept by key.
   */
  apply(value: unknown, current: CurrentProps): RenderChange {
    const rc = checkRenderConfig(value);
    const containerId = rc.layout.id;
    const removedComponents = new Set<number>();
    const removedDependencies = new Set<number>();
    const previous = this.#records.get(rc.render_id);
    const byKey = new Map<string, ComponentConfig>();
    if (previous) {
      for (const component of previous.components.values()) {
        const key = keyOf(component);
        if (key !== null) byKey.set(key, component);
      }
      this.#drop(rc.render_id, removedComponents, removedDependencies);
    }

    const preserved = new Map<number, Record<string, unknown>>();
    const made = new Map<number, ComponentConfig>();
    for (const component of rc.components) {
      if (component.id === containerId) continue;
      made.set(component.id, component);
      removedComponents.delete(component.id);
      const key = keyOf(component);
      const before = key === null ? undefined : byKey.get(key);
      if (!before) continue;
      const names = Array.isArray(component.props.preserved_by_key) ? (component.props.preserved_by_key as string[]) : ['value'];
      const live = current(before.id, names);
      if (!live) continue;
      const kept: Record<string, unknown> = {};
      for (const name of names) {
        // Only what changed since the component was made (by the user or a listener) wins over the new props.
        if (name in live && !same(live[name], before.props[name])) kept[name] = live[name];
      }
      if (Object.keys(kept).length > 0) preserved.set(component.id, kept);
    }
    removedComponents.delete(containerId);
    this.#records.set(rc.render_id, {
      container: containerId,
      components: made,
      dependencies: new Set(rc.dependencies.map((dep) => dep.id)),
    });
    for (const dep of rc.dependencies) removedDependencies.delete(dep.id);
    return {
      containerId,
      layout: rc.layout,
      removedComponents: [...removedComponents],
      components: rc.components,
      preserved,
      removedDependencies,
      dependencies: rc.dependencies,
    };
  }

  /** Forgets a render's run, and the renders whose containers it made (nested renders), recursively. */
  #drop(renderId: number, components: Set<number>, dependencies: Set<number>): void {
    const record = this.#records.get(renderId);
    if (!record) return;
    this.#records.delete(renderId);
    for (const id of record.components.keys()) components.add(id);
    for (const id of record.dependencies) dependencies.add(id);
    for (const [nestedId, nested] of this.#records) {
      if (record.components.has(nested.container)) this.#drop(nestedId, components, dependencies);
    }
  }
}

/** What an update changed in the store, and what the tree and the event engine take next. */
export interface AppliedRender {
  change: RenderChange;
  /** The page's Hugging Face buttons after the update. */
  hubRoles: Map<number, HubButtonRole>;
  /** The container's new children, stamped with the update's generation. */
  children: TreeNode[];
}

/**
 * Applies a `render_config` to the store of the page shown: the container's previous components out, the new
 * ones in (keeping what the user typed in keyed ones). `dependencies` are the page's listeners before it.
 */
export function applyToStore(
  renders: Renders,
  store: AppStore,
  dependencies: readonly DependencyConfig[],
  renderConfig: unknown,
  generation: number,
): AppliedRender {
  const change = renders.apply(renderConfig, (id, names) => store.currentProps(id, names));
  const removed = change.removedDependencies;
  const next = [...dependencies.filter((dep) => !removed.has(dep.id)), ...change.dependencies];
  store.removeComponents(change.removedComponents);
  store.addComponents(change.components, next, change.preserved);
  const hubRoles = hubButtons(store.components.values(), next);
  return { change, hubRoles, children: stamp(layoutChildren(change.layout, store.components, hubRoles), generation) };
}

/** A subtree with every node stamped with `generation`. */
export function stamp(nodes: TreeNode[], generation: number): TreeNode[] {
  return nodes.map((node) => ({ ...node, generation, children: stamp(node.children, generation) }));
}

/**
 * A copy of `tree` where the node `id` has new children (a `@gr.render` container refilled); `tree` itself is
 * unchanged. The same tree when no node has that id.
 */
export function replaceChildren(tree: TreeNode, id: number, children: TreeNode[]): TreeNode {
  if (tree.id === id) return { ...tree, children };
  let changed = false;
  const next = tree.children.map((child) => {
    const replaced = replaceChildren(child, id, children);
    if (replaced !== child) changed = true;
    return replaced;
  });
  return changed ? { ...tree, children: next } : tree;
}
