import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

const fd = (name: string, size = 2048) => ({
  path: `/tmp/gradio/${name}`,
  url: `http://x/file=/tmp/gradio/${name}`,
  orig_name: name,
  size,
  mime_type: null,
  meta: { _type: 'gradio.FileData' as const },
});
const rows = (root: Element) =>
  Array.from(root.querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.querySelectorAll('td')).map((td) => (td.querySelector('.sr-only') && td.classList.contains('filename') ? td.querySelector('.sr-only')?.textContent : td.textContent?.trim())),
  );

describe('gr-file', () => {
  it('renders Gradio defaults: an empty dashed drop zone labelled "File", one file of any type', async () => {
    const { root } = await render(<gr-file />);
    expect(root.querySelector('.block-label')?.textContent).toBe('File');
    expect(root.querySelector('.block')?.getAttribute('style')).toContain('border-style: dashed');
    expect(root.querySelector('.upload-zone-main')?.textContent).toBe('Drop File Here');
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.hasAttribute('accept')).toBe(false);
    expect(input.multiple).toBe(false);
    expect(root.querySelector('table')).toBeNull();
  });

  it('file_types and file_count shape the input: accept, multiple, folder', async () => {
    const { root, setProps } = await render(<gr-file fileTypes={['image', '.pdf']} fileCount="multiple" />);
    const input = () => root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input().getAttribute('accept')).toBe('image/*,.pdf');
    expect(input().multiple).toBe(true);
    await setProps({ fileCount: 'directory' });
    expect(input().hasAttribute('webkitdirectory')).toBe(true);
    expect(root.querySelector('.upload-zone-main')?.textContent).toBe('Drop Folder Here');
  });

  it('a value shows a table of name, size and download link; nothing is emitted for values set by code', async () => {
    const { root, setProps } = await render(<gr-file label="Docs" />);
    const calls = listen(root, ['gr-change', 'gr-upload', 'gr-clear', 'gr-delete', 'gr-select']);
    await setProps({ value: fd('report.final.pdf', 1536) });
    expect(rows(root)).toEqual([['report.final.pdf', '1.5 KB', 'Download report.final.pdf']]);
    const link = root.querySelector('td.download a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://x/file=/tmp/gradio/report.final.pdf');
    expect(link.getAttribute('download')).toBe('report.final.pdf');
    expect(root.querySelector('caption')?.textContent).toBe('Docs');
    // One file: Clear, no per-row remove.
    expect(root.querySelector('td.remove')).toBeNull();
    expect(root.querySelector('.toolbar [aria-label="Clear"]')).not.toBeNull();
    expect(root.querySelector('.block')?.getAttribute('style') ?? '').not.toContain('dashed');
    await setProps({ value: null });
    expect(root.querySelector('.upload-zone')).not.toBeNull();
    expect(calls).toEqual([]);
  });

  it('several files: remove one emits gr-delete with it and gr-change; Clear emits gr-change(null) and gr-clear', async () => {
    const a = fd('a.txt');
    const b = fd('b.txt');
    const { root, waitForChanges } = await render(<gr-file fileCount="multiple" value={[a, b]} />);
    const calls = listen(root, ['gr-delete', 'gr-change', 'gr-clear']);
    const seen: unknown[] = [];
    root.addEventListener('gr-delete', () => seen.push((root as HTMLGrFileElement).value));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    (root.querySelector('[aria-label="Remove a.txt"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls).toEqual([
      ['gr-delete', a],
      ['gr-change', [b]],
    ]);
    expect(rows(root).map((r) => r[0])).toEqual(['b.txt']);
    // While gr-delete is handled, the value already lacks the removed file.
    expect(seen).toEqual([[b]]);
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls.slice(2)).toEqual([
      ['gr-change', null],
      ['gr-clear', null],
    ]);
    expect((root as HTMLGrFileElement).value).toBeNull();
  });

  it('selectable: a file name is a button that emits {index, value: name}', async () => {
    const { root } = await render(<gr-file selectable interactive={false} fileCount="multiple" value={[fd('a.txt'), fd('b.csv')]} />);
    const calls = listen(root, ['gr-select']);
    (root.querySelectorAll('.select-file')[1] as HTMLButtonElement).click();
    expect(calls).toEqual([['gr-select', { index: 1, value: 'b.csv' }]]);
  });

  it('static: no drop zone, no remove or clear; an empty icon without a value', async () => {
    const { root, setProps } = await render(<gr-file interactive={false} />);
    expect(root.querySelector('.upload-zone')).toBeNull();
    expect(root.querySelector('.empty svg')).not.toBeNull();
    await setProps({ value: [fd('a.txt'), fd('b.txt')], fileCount: 'multiple' });
    expect(root.querySelector('td.remove, .toolbar')).toBeNull();
  });

  it('a script URL gives no link; names are text, never markup; junk in the list is skipped', async () => {
    const evil = '<img src=x onerror="window.__xss(1)">.txt';
    const { root } = await render(
      <gr-file fileCount="multiple" value={[{ ...fd('x'), orig_name: evil, url: 'javascript:alert(1)' }, 'junk' as never, null as never]} />,
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(root.querySelector('td.download a')).toBeNull();
    expect(root.querySelector('td.download')?.textContent).toBe('Link not allowed');
    expect(root.querySelector('td.filename .sr-only')?.textContent).toBe(evil);
    expect(root.querySelector('td.filename .file-name')?.textContent).toBe(evil);
    expect(root.querySelector('td.filename img')).toBeNull();
  });
});
