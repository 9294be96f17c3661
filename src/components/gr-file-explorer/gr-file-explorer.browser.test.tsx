import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';

const folders: Record<string, Array<{ name: string; type: 'file' | 'folder'; valid: boolean }>> = {
  '': [
    { name: 'docs', type: 'folder', valid: true },
    { name: 'empty', type: 'folder', valid: true },
    { name: 'notes.txt', type: 'file', valid: true },
    { name: 'other.md', type: 'file', valid: false },
  ],
  docs: [{ name: 'guide.md', type: 'file', valid: true }],
  empty: [],
};
const ls = async (folder: string[]) => folders[folder.join('/')] ?? [];
const names = (root: Element) => Array.from(root.querySelectorAll('[role=treeitem] .name')).map((n) => n.textContent);
const focusedName = () => (document.activeElement as HTMLElement | null)?.querySelector('.name')?.textContent;

describe('gr-file-explorer in Chromium', () => {
  it('has no axe violations, light and dark: listed, opened, checked, read-only, failed, and with no server', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-file-explorer label="Files" ls={ls} value={[['notes.txt']]} />
          <gr-file-explorer label="One" ls={ls} fileCount="single" interactive={false} />
          <gr-file-explorer
            label="Broken"
            ls={async () => {
              throw new Error('Function not found.');
            }}
          />
          <gr-file-explorer label="Alone" />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const first = root.querySelector('gr-file-explorer') as HTMLElement;
      await vi.waitFor(() => expect(names(first)).toHaveLength(4));
      (first.querySelector('[role=treeitem] .arrow') as HTMLElement).click();
      await vi.waitFor(() => expect(names(first)).toContain('guide.md'));
      await vi.waitFor(() => expect(root.querySelector('.message')).not.toBeNull());
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('keyboard: one tab stop; arrows move, open and close folders; Space and Enter check; invalid entries cannot be checked', async () => {
    const { root } = await render(
      <div>
        <button type="button">before</button>
        <gr-file-explorer label="Files" ls={ls} />
        <button type="button">after</button>
      </div>,
    );
    const explorer = root.querySelector('gr-file-explorer') as HTMLGrFileExplorerElement;
    await vi.waitFor(() => expect(names(explorer)).toHaveLength(4));
    (root.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.tab();
    expect(focusedName()).toBe('docs');
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(names(explorer)).toEqual(['docs', 'guide.md', 'empty', 'notes.txt', 'other.md']));
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(focusedName()).toBe('guide.md'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(explorer.value).toEqual([['docs', 'guide.md']]));
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(focusedName()).toBe('docs'));
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(names(explorer)).toEqual(['docs', 'empty', 'notes.txt', 'other.md']));
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(focusedName()).toBe('other.md'));
    await userEvent.keyboard(' ');
    expect(explorer.value).toEqual([['docs', 'guide.md']]);
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(focusedName()).toBe('notes.txt'));
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(explorer.value).toEqual([['docs', 'guide.md'], ['notes.txt']]));
    // An empty folder says so once opened.
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(focusedName()).toBe('empty'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(root.querySelector('[aria-expanded=true]')?.textContent).toContain('(empty)'));
    // The tree is one tab stop: Tab leaves it.
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('after');
  });

  it('XSS vectors as label and file names run nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (n: string) => void }).__xss = (n) => ran.push(n);
    const listing = xssVectors.map((v) => ({ name: v.payload.replace(/[\\/]/g, '\u2215'), type: 'file', valid: true }));
    const { root } = await render(<gr-file-explorer label={xssVectors[1].payload} ls={async () => listing} />);
    await vi.waitFor(() => expect(names(root)).toHaveLength(xssVectors.length));
    expect(root.querySelector('img, script, iframe, svg:not(.icon), a')).toBeNull();
    expect(ran).toEqual([]);
  });
});
