import type { ComponentConfig, Config } from '../client/types';
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

/** A subtree with every node stamped with `generation`. */
export function stamp(nodes: TreeNode[], generation: number): TreeNode[] {
  return nodes.map((node) => ({ ...node, generation, children: stamp(node.children, generation) }));
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
  const visit = (node: LayoutEntry): TreeNode[] => {
    const children = (node.children ?? []).flatMap(visit);
    const component = components.get(node.id);
    if (component === undefined) return children;
    const { type } = component;
    const tag = roles?.get(node.id)?.tag ?? tagFor(type, component.props.name);
    return [{ id: node.id, type, tag, children: layoutTypes.has(type) ? children : [] }];
  };
  return (entry.children ?? []).flatMap(visit);
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
