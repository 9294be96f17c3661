import type { Config } from '../client/types';
import { layoutTypes, tagFor } from './registry';

/** One node of the rendered tree. */
export interface TreeNode {
  id: number;
  type: string;
  tag: string;
  children: TreeNode[];
}

interface LayoutEntry {
  id: number;
  children?: LayoutEntry[];
}

/**
 * Builds the tree to render from `config.layout` and `config.components` (spec components.md §1.3). The
 * root (the Blocks itself) has no component entry: it becomes a column. A layout id with no component is
 * skipped rather than crashing the app; its children are still rendered.
 */
export function buildTree(config: Pick<Config, 'components'> & { layout?: unknown }): TreeNode {
  const components = new Map(config.components.map((c) => [c.id, c]));
  const visit = (entry: LayoutEntry, isRoot: boolean): TreeNode[] => {
    const children = (entry.children ?? []).flatMap((child) => visit(child, false));
    if (isRoot) return [{ id: entry.id, type: 'column', tag: 'gr-column', children }];
    const component = components.get(entry.id);
    if (component === undefined) return children;
    const { type } = component;
    return [{ id: entry.id, type, tag: tagFor(type, component.props.name), children: layoutTypes.has(type) ? children : [] }];
  };
  const layout = config.layout as LayoutEntry | undefined;
  if (!layout || typeof layout.id !== 'number') {
    throw new Error('the app config has no layout tree (config.layout)');
  }
  return visit(layout, true)[0];
}
