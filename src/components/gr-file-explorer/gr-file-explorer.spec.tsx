import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

/** An in-memory server tree, listed as Gradio's `ls` answers (folders first, then files). */
const tree: Record<string, Array<{ name: string; type: 'file' | 'folder'; valid: boolean }>> = {
  '': [
    { name: 'docs', type: 'folder', valid: true },
    { name: 'notes.txt', type: 'file', valid: true },
  ],
  docs: [
    { name: 'deep', type: 'folder', valid: true },
    { name: 'guide.md', type: 'file', valid: true },
  ],
  'docs/deep': [{ name: 'inner.txt', type: 'file', valid: true }],
};
const fakeLs = () => vi.fn(async (folder: string[]) => tree[folder.join('/')] ?? []);
const names = (root: Element) => Array.from(root.querySelectorAll('[role=treeitem] .name')).map((n) => n.textContent);
const item = (root: Element, name: string) =>
  Array.from(root.querySelectorAll<HTMLElement>('[role=treeitem]')).find((li) => li.querySelector('.name')?.textContent === name) as HTMLElement;
const key = (el: HTMLElement, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('gr-file-explorer', () => {
  it('lists the root through ls as an ARIA tree labelled "File Explorer"', async () => {
    const ls = fakeLs();
    const { root } = await render(<gr-file-explorer ls={ls} />);
    await vi.waitFor(() => expect(names(root)).toEqual(['docs', 'notes.txt']));
    expect(ls).toHaveBeenCalledWith([]);
    expect(root.querySelector('.block-label')?.textContent).toBe('File Explorer');
    const treeEl = root.querySelector('[role=tree]') as HTMLElement;
    expect(treeEl.getAttribute('aria-multiselectable')).toBe('true');
    const docs = item(root, 'docs');
    expect(docs.getAttribute('aria-expanded')).toBe('false');
    expect(docs.getAttribute('aria-level')).toBe('1');
    expect(docs.getAttribute('tabindex')).toBe('0');
    expect(item(root, 'notes.txt').getAttribute('tabindex')).toBe('-1');
    expect(item(root, 'notes.txt').getAttribute('aria-checked')).toBe('false');
  });

  it('folders list when first opened; checking emits select, input and change with segment lists', async () => {
    const ls = fakeLs();
    const { root, waitForChanges } = await render(<gr-file-explorer ls={ls} />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(2));
    const calls = listen(root, ['gr-select', 'gr-input', 'gr-change']);
    (item(root, 'docs').querySelector('.arrow') as HTMLElement).click();
    await vi.waitFor(() => expect(names(root)).toEqual(['docs', 'deep', 'guide.md', 'notes.txt']));
    expect(ls).toHaveBeenLastCalledWith(['docs']);
    expect(item(root, 'guide.md').getAttribute('aria-level')).toBe('2');
    (item(root, 'guide.md').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    expect(calls).toEqual([
      ['gr-select', { index: [0, 1], value: 'docs/guide.md', selected: true }],
      ['gr-input', [['docs', 'guide.md']]],
      ['gr-change', [['docs', 'guide.md']]],
    ]);
    (item(root, 'notes.txt').querySelector('.name') as HTMLElement).click();
    await waitForChanges();
    expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs', 'guide.md'], ['notes.txt']]);
    expect(item(root, 'notes.txt').getAttribute('aria-checked')).toBe('true');
    // Closing a folder does not ask again when reopened.
    (item(root, 'docs').querySelector('.arrow') as HTMLElement).click();
    await waitForChanges();
    expect(names(root)).toEqual(['docs', 'notes.txt']);
    (item(root, 'docs').querySelector('.arrow') as HTMLElement).click();
    await waitForChanges();
    expect(ls).toHaveBeenCalledTimes(2);
  });

  it('checking a folder checks what it holds, also what is listed later; unchecking a child unchecks the folder', async () => {
    const { root, waitForChanges } = await render(<gr-file-explorer ls={fakeLs()} />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(2));
    (item(root, 'docs').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs']]);
    (item(root, 'docs').querySelector('.arrow') as HTMLElement).click();
    await vi.waitFor(() => expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs'], ['docs', 'deep'], ['docs', 'guide.md']]));
    (item(root, 'guide.md').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs', 'deep']]);
  });

  it('single: checking replaces the selection; the tree is not multiselectable', async () => {
    const { root, waitForChanges } = await render(<gr-file-explorer ls={fakeLs()} fileCount="single" />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(2));
    expect(root.querySelector('[role=tree]')?.hasAttribute('aria-multiselectable')).toBe(false);
    (item(root, 'notes.txt').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    (item(root, 'docs').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs']]);
  });

  it('keyboard: arrows move and open, Space checks, Left returns to the parent', async () => {
    const { root, waitForChanges } = await render(<gr-file-explorer ls={fakeLs()} />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(2));
    key(item(root, 'docs'), 'ArrowRight');
    await vi.waitFor(() => expect(names(root)).toEqual(['docs', 'deep', 'guide.md', 'notes.txt']));
    expect(item(root, 'docs').getAttribute('aria-expanded')).toBe('true');
    key(item(root, 'docs'), 'ArrowRight');
    await vi.waitFor(() => expect(item(root, 'deep').getAttribute('tabindex')).toBe('0'));
    key(item(root, 'deep'), 'ArrowDown');
    await vi.waitFor(() => expect(item(root, 'guide.md').getAttribute('tabindex')).toBe('0'));
    key(item(root, 'guide.md'), ' ');
    await waitForChanges();
    expect((root as HTMLGrFileExplorerElement).value).toEqual([['docs', 'guide.md']]);
    key(item(root, 'guide.md'), 'ArrowLeft');
    await vi.waitFor(() => expect(item(root, 'docs').getAttribute('tabindex')).toBe('0'));
    key(item(root, 'docs'), 'ArrowLeft');
    await vi.waitFor(() => expect(names(root)).toEqual(['docs', 'notes.txt']));
    key(item(root, 'docs'), 'End');
    await vi.waitFor(() => expect(item(root, 'notes.txt').getAttribute('tabindex')).toBe('0'));
  });

  it('a value set by code checks its entries and emits nothing; not interactive: nothing can be checked', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-file-explorer ls={fakeLs()} />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(2));
    const calls = listen(root, ['gr-select', 'gr-input', 'gr-change']);
    await setProps({ value: [['notes.txt']] });
    expect(item(root, 'notes.txt').getAttribute('aria-checked')).toBe('true');
    await setProps({ interactive: false });
    (item(root, 'docs').querySelector('.check') as HTMLElement).click();
    await waitForChanges();
    // Not checkable: no checkbox state (the row still opens: it is not disabled).
    expect(item(root, 'docs').hasAttribute('aria-checked')).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a failing or malformed listing is a message; no ls says there is no server; names are text', async () => {
    const failing = vi.fn(async () => {
      throw new Error('Function not found.');
    });
    const { root, setProps } = await render(<gr-file-explorer ls={failing} />);
    await vi.waitFor(() => expect(root.querySelector('.message')?.textContent).toBe('Could not list the files: Function not found.'));
    await setProps({ ls: async () => ({ not: 'a list' }) });
    await vi.waitFor(() => expect(root.querySelector('.message')?.textContent).toBe('The listing of the root folder is not a list of files.'));
    await setProps({ ls: async () => [{ name: '../../etc', type: 'folder', valid: true }] });
    await vi.waitFor(() => expect(root.querySelector('.message')?.textContent).toBe('The listing of the root folder has an invalid entry at position 1.'));
    const evil = '<img src=x onerror="window.__xss(1)">';
    await setProps({ ls: async () => [{ name: evil, type: 'file', valid: true }], label: evil });
    await vi.waitFor(() => expect(names(root)).toEqual([evil]));
    expect(root.querySelector('.block-label')?.textContent).toBe(evil);
    expect(root.querySelector('img')).toBeNull();
    await setProps({ ls: null });
    expect(root.querySelector('.note')?.textContent).toBe('No server to list files from.');
  });
});
