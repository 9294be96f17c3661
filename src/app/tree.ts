import type { ComponentConfig, Config, DependencyConfig } from '../client/types';
import type { HubButtonRole } from './hub-buttons';
import { layoutTypes, tagFor } from './registry';
import type { LayoutEntry } from './render';

/** One node of the rendered tree. */
export interface TreeNode {
  id: number;
  type: string;
  tag: string;
  children: TreeNode[];
  /**
   * Set on the nodes a `@gr.render` run made: the element's key changes with it, so a re-run makes new
   * elements (Stencil places a new keyed child among old ones in a scoped container's slot out of order).
   */
  generation?: number;
}

/** The key a node's element is rendered with. */
export const nodeKey = (node: TreeNode): string | number => (node.generation ? `${node.id}@${node.generation}` : node.id);

/** The element tags a subtree renders (a tab item's `<gr-tab>` included). */
export function treeTags(node: TreeNode): string[] {
  const tags = [node.tag];
  if (node.type === 'tabitem' || node.type === 'walkthroughstep') tags.push('gr-tab');
  for (const child of node.children) tags.push(...treeTags(child));
  return tags;
}

/** How deep a layout may nest (Gradio's own apps stay far below; deeper would exhaust the render's stack). */
export const MAX_LAYOUT_DEPTH = 128;

/** A config the runtime cannot show at all: the message says what is wrong with it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError' as const;
}

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A config's parts {@link checkConfig} vouches for. */
type Checked<C> = C & {
  components: ComponentConfig[];
  layout: LayoutEntry;
  dependencies: DependencyConfig[];
};

/** What {@link checkConfig} returns: a config the runtime can render, and what it left out or fixed. */
export interface CheckedConfig<C> {
  config: Checked<C>;
  /** One sentence per problem, for a warning the reader sees (empty for a sound config). */
  warnings: string[];
}

/**
 * Checks a config from a server before the runtime uses it, so a malformed or hostile one gives a clear
 * error or a fallback, never a crash or a frozen page:
 *
 * - no component list or no layout tree: {@link ConfigError};
 * - a component entry without an integer `id` or a string `type`: left out; `props` that are not an object
 *   become `{}`; an `id` given twice: the first entry wins;
 * - a layout entry without an integer `id`, one already placed (a duplicate, or a cycle), or `children` that
 *   are not a list: left out; a layout deeper than {@link MAX_LAYOUT_DEPTH}: {@link ConfigError};
 * - a dependency whose `targets`, `inputs` or `outputs` are not lists of ids, or that names a component that
 *   does not exist (nor is the app itself, which `load` targets): left out.
 *
 * Pure: `config` is not changed.
 */
export function checkConfig<C extends object>(input: C): CheckedConfig<C> {
  const config = input as Record<string, unknown>;
  const warnings: string[] = [];
  if (!Array.isArray(config.components)) throw new ConfigError('the app config has no component list (config.components)');
  const components: ComponentConfig[] = [];
  const ids = new Set<number>();
  config.components.forEach((entry: unknown, index: number) => {
    if (!isRecord(entry) || !isId(entry.id) || typeof entry.type !== 'string') {
      warnings.push(`component entry ${index} has no integer id or no type: left out`);
      return;
    }
    if (ids.has(entry.id)) {
      warnings.push(`component id ${entry.id} is given twice: the second (${entry.type}) is left out`);
      return;
    }
    ids.add(entry.id);
    components.push((isRecord(entry.props) ? entry : { ...entry, props: {} }) as unknown as ComponentConfig);
  });
  const layout = checkLayout(config.layout, warnings);
  const known = new Set([...ids, layout.id]);
  const dependencies: DependencyConfig[] = [];
  const rawDependencies: unknown[] = Array.isArray(config.dependencies) ? config.dependencies : [];
  if (config.dependencies !== undefined && !Array.isArray(config.dependencies)) warnings.push('the dependencies are not a list: no event runs');
  rawDependencies.forEach((dep, index) => {
    const problem = dependencyProblem(dep, known);
    if (problem) warnings.push(`event ${isRecord(dep) && isId(dep.id) ? dep.id : index} ${problem}: it is left out`);
    else dependencies.push(dep as DependencyConfig);
  });
  return { config: { ...input, components, layout, dependencies } as Checked<C>, warnings };
}

/** Why a dependency cannot run (malformed, or naming a component that does not exist); `null` when it can. */
function dependencyProblem(dep: unknown, known: ReadonlySet<number>): string | null {
  if (!isRecord(dep)) return 'is not an object';
  const targets = dep.targets ?? [];
  // A chained event (`.then()`) targets `[null, "then"]`.
  const target = (t: unknown) => Array.isArray(t) && (t[0] === null || isId(t[0])) && typeof t[1] === 'string';
  if (!Array.isArray(targets) || !targets.every(target)) {
    return 'has malformed targets';
  }
  const lists = { inputs: dep.inputs ?? [], outputs: dep.outputs ?? [] };
  for (const [name, list] of Object.entries(lists)) {
    if (!Array.isArray(list) || !list.every(isId)) return `has malformed ${name}`;
  }
  // A `load` event's target is the Blocks it belongs to, which may be a nested Blocks (a ChatInterface inside
  // gr.Blocks) that is no component of the config: Gradio runs every load event whatever its target.
  const triggering = targets.filter((t) => t[1] !== 'load').map((t) => t[0] as number | null);
  const named = [...triggering.filter(isId), ...(lists.inputs as number[]), ...(lists.outputs as number[])];
  const missing = [...new Set(named.filter((id) => !known.has(id)))];
  return missing.length > 0 ? `names missing component${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : null;
}

/**
 * A copy of the layout tree keeping only well-formed entries, each id once, walked without recursion (a
 * hostile config may nest far deeper than the call stack allows).
 * @throws {ConfigError} no layout, or one nested deeper than {@link MAX_LAYOUT_DEPTH}.
 */
function checkLayout(raw: unknown, warnings: string[]): LayoutEntry {
  if (!isRecord(raw) || !isId(raw.id)) throw new ConfigError('the app config has no layout tree (config.layout)');
  const root: LayoutEntry = { id: raw.id, children: [] };
  const placed = new Set<number>([raw.id]);
  const stack: Array<{ source: Record<string, unknown>; copy: LayoutEntry; depth: number }> = [{ source: raw, copy: root, depth: 0 }];
  let dropped = 0;
  while (stack.length > 0) {
    const { source, copy, depth } = stack.pop() as (typeof stack)[number];
    if (source.children === undefined || source.children === null) continue;
    if (!Array.isArray(source.children)) {
      warnings.push(`the children of layout entry ${copy.id} are not a list: left out`);
      continue;
    }
    if (depth + 1 > MAX_LAYOUT_DEPTH && source.children.length > 0) {
      throw new ConfigError(`the app's layout nests deeper than ${MAX_LAYOUT_DEPTH} levels`);
    }
    for (const child of source.children as unknown[]) {
      if (!isRecord(child) || !isId(child.id) || placed.has(child.id)) {
        dropped++;
        continue;
      }
      placed.add(child.id);
      const entry: LayoutEntry = { id: child.id, children: [] };
      copy.children?.push(entry);
      stack.push({ source: child, copy: entry, depth: depth + 1 });
    }
  }
  if (dropped > 0) warnings.push(`${dropped} layout entr${dropped > 1 ? 'ies' : 'y'} without an id or placed twice (a duplicate or a cycle): left out`);
  return root;
}

/**
 * Builds the tree to render from `config.layout` and `config.components` (spec components.md §1.3). The
 * root (the Blocks itself) has no component entry: it becomes a column. A layout id with no component is
 * skipped rather than crashing the app; its children are still rendered.
 */
export function buildTree(config: Pick<Config, 'components'> & { layout?: unknown }, roles?: ReadonlyMap<number, HubButtonRole>): TreeNode {
  const components = new Map(config.components.map((c) => [c.id, c]));
  const layout = config.layout as LayoutEntry | undefined;
  if (!layout || typeof layout.id !== 'number') {
    throw new Error('the app config has no layout tree (config.layout)');
  }
  return { id: layout.id, type: 'column', tag: 'gr-column', children: layoutChildren(layout, components, roles) };
}

/**
 * The nodes under a layout entry (a layout id with no component is skipped; its children are kept). `roles`
 * (from `hubButtons`) gives the Hugging Face buttons their own elements.
 */
export function layoutChildren(
  entry: LayoutEntry,
  components: ReadonlyMap<number, ComponentConfig>,
  roles?: ReadonlyMap<number, HubButtonRole>,
): TreeNode[] {
  // Each id renders once, however often a layout (a `@gr.render` one included) names it.
  const placed = new Set<number>([entry.id]);
  const visit = (node: LayoutEntry, depth: number): TreeNode[] => {
    if (placed.has(node.id)) return [];
    placed.add(node.id);
    if (depth > MAX_LAYOUT_DEPTH) throw new ConfigError(`the app's layout nests deeper than ${MAX_LAYOUT_DEPTH} levels`);
    const children = (Array.isArray(node.children) ? node.children : []).flatMap((child) => visit(child, depth + 1));
    const component = components.get(node.id);
    if (component === undefined) return children;
    const { type } = component;
    const tag = roles?.get(node.id)?.tag ?? tagFor(type, component.props.name);
    return [{ id: node.id, type, tag, children: layoutTypes.has(type) ? children : [] }];
  };
  return (Array.isArray(entry.children) ? entry.children : []).flatMap((child) => visit(child, 1));
}
