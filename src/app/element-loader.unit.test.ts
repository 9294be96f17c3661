import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElements, elementLoaderKey } from '../utils/element-loader';
import { type TreeNode, treeTags } from './tree';

const globals = globalThis as Record<symbol | string, unknown>;

/** A registry of defined tags standing in for `customElements` (Node has none). */
function fakeRegistry(defined: string[]) {
  const tags = new Set(defined);
  globals.customElements = { get: (tag: string) => (tags.has(tag) ? class {} : undefined) };
  return tags;
}

afterEach(() => {
  delete globals[elementLoaderKey];
  delete globals.customElements;
});

describe('defineElements (the one-tag embed loads the elements a layout names)', () => {
  it('does nothing where no loader is registered (the CDN entry, a bundler build)', async () => {
    fakeRegistry([]);
    await expect(defineElements(['gr-textbox'])).resolves.toBeUndefined();
  });

  it('asks the loader once for each tag not defined yet, and waits for all of them', async () => {
    const tags = fakeRegistry(['gr-row']);
    const asked: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    globals[elementLoaderKey] = async (tag: string) => {
      asked.push(tag);
      await gate;
      tags.add(tag);
    };
    let done = false;
    const loading = defineElements(['gr-row', 'gr-textbox', 'gr-button', 'gr-textbox', 'div']).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(asked).toEqual(['gr-textbox', 'gr-button']);
    expect(done).toBe(false);
    release();
    await loading;
    expect(done).toBe(true);
    // Defined now: not asked again.
    await defineElements(['gr-textbox']);
    expect(asked).toEqual(['gr-textbox', 'gr-button']);
  });

  it('rejects naming the element whose code could not load', async () => {
    fakeRegistry([]);
    globals[elementLoaderKey] = vi.fn(async (tag: string) => {
      if (tag === 'gr-image') throw new TypeError('Failed to fetch dynamically imported module');
    });
    await expect(defineElements(['gr-textbox', 'gr-image'])).rejects.toThrow(/<gr-image> element could not be loaded: Failed to fetch/);
  });
});

describe('treeTags', () => {
  it("lists every node's tag, and <gr-tab> for a tab item", () => {
    const node = (id: number, type: string, tag: string, children: TreeNode[] = []): TreeNode => ({ id, type, tag, children });
    const tree = node(0, 'column', 'gr-column', [node(1, 'tabs', 'gr-tabs', [node(2, 'tabitem', 'gr-tab', [node(3, 'image', 'gr-image')])]), node(4, 'textbox', 'gr-textbox')]);
    expect(new Set(treeTags(tree))).toEqual(new Set(['gr-column', 'gr-tabs', 'gr-tab', 'gr-image', 'gr-textbox']));
  });
});
