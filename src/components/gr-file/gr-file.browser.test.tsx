import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import type { FileData } from '../../utils/file-data';
import type { UploadFunction } from '../../utils/upload';
import { loadKitWords } from '../../utils/i18n';

const fd = (name: string, size = 1234): FileData => ({ path: `/tmp/${name}`, url: `/files/${name}`, orig_name: name, size });
const text = (name: string, body = 'hello') => new File([body], name, { type: 'text/plain' });
const message = (root: Element) => root.querySelector('.upload-message')?.textContent ?? '';

describe('gr-file in Chromium', () => {
  it('has no axe violations, light and dark, in every state', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-file label="Upload" />
          <gr-file label="One" value={fd('report.pdf')} />
          <gr-file label="Many" fileCount="multiple" selectable value={[fd('a.txt'), fd('b.csv', 99_000)]} />
          <gr-file label="Output" interactive={false} value={[fd('out.zip')]} />
          <gr-file label="Empty output" interactive={false} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const first = root.querySelector('gr-file') as HTMLGrFileElement;
      first.fileTypes = ['.pdf'];
      await userEvent.upload(first.querySelector('input[type=file]') as HTMLInputElement, text('notes.txt'));
      await vi.waitFor(() => expect(message(first)).toContain('notes.txt'));
      // Colours animate to the theme's (button transitions): check the settled page.
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('several chosen files upload together, show as rows, and later drops add to the list', async () => {
    const { root } = await render(<gr-file label="Docs" fileCount="multiple" />);
    const events: Array<[string, unknown]> = [];
    for (const name of ['gr-upload', 'gr-change']) root.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, [text('a.txt', 'aaaa'), text('b.txt', 'bb')]);
    await vi.waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
    const value = (root as HTMLGrFileElement).value as FileData[];
    expect(value.map((f) => [f.orig_name, f.size])).toEqual([
      ['a.txt', 4],
      ['b.txt', 2],
    ]);
    expect(events.map(([name]) => name)).toEqual(['gr-upload', 'gr-change']);
    expect(events[0][1]).toEqual(value);
    expect(Array.from(root.querySelectorAll('td.size')).map((td) => td.textContent)).toEqual(['4 B', '2 B']);
    const data = new DataTransfer();
    data.items.add(text('c.txt'));
    root.querySelector('table')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(3));
    // The downloaded file is the uploaded one.
    const link = root.querySelector('td.download a') as HTMLAnchorElement;
    expect(await (await fetch(link.href)).text()).toBe('aaaa');
  });

  it('one file: a second file replaces it; more than one at once is refused', async () => {
    const { root } = await render(<gr-file label="One" />);
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, text('first.txt'));
    await vi.waitFor(() => expect((root as HTMLGrFileElement).value).toMatchObject({ orig_name: 'first.txt' }));
    const data = new DataTransfer();
    data.items.add(text('x.txt'));
    data.items.add(text('y.txt'));
    root.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect(message(root)).toBe('Only one file can be uploaded here (got 2).'));
    const one = new DataTransfer();
    one.items.add(text('second.txt'));
    root.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: one }));
    await vi.waitFor(() => expect((root as HTMLGrFileElement).value).toMatchObject({ orig_name: 'second.txt' }));
  });

  it('refused type, oversize and a failing server are messages; nothing is sent for refusals', async () => {
    const { root } = await render(<gr-file label="PDF only" fileTypes={['.pdf']} maxFileSize={1024} />);
    const upload = vi.fn<UploadFunction>(async () => {
      throw new Error('File too large (max_file_size 1024 B): a.pdf');
    });
    (root as HTMLGrFileElement).upload = upload;
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, text('a.txt'));
    await vi.waitFor(() => expect(message(root)).toBe('"a.txt" is not an accepted file type (accepted: .pdf).'));
    await userEvent.upload(input, new File([new Uint8Array(5000)], 'big.pdf', { type: 'application/pdf' }));
    await vi.waitFor(() => expect(message(root)).toBe('"big.pdf" (4.9 KB) is larger than the maximum file size of 1.0 KB.'));
    expect(upload).not.toHaveBeenCalled();
    await userEvent.upload(input, new File([new Uint8Array(10)], 'a.pdf', { type: 'application/pdf' }));
    await vi.waitFor(() => expect(message(root)).toBe('Upload failed: File too large (max_file_size 1024 B): a.pdf'));
    expect((root as HTMLGrFileElement).value).toBeNull();
  });

  it('keyboard: Tab reaches the drop zone, then names, download links and remove buttons; Enter selects', async () => {
    const { root } = await render(
      <div>
        <gr-file label="Drop" />
        <gr-file label="List" fileCount="multiple" selectable value={[fd('a.txt'), fd('b.txt')]} />
      </div>,
    );
    const list = root.querySelectorAll('gr-file')[1];
    const selected: unknown[] = [];
    list.addEventListener('gr-select', (e) => selected.push((e as CustomEvent).detail));
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('upload-zone-button')).toBe(true);
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      const el = document.activeElement as HTMLElement;
      const name = el.classList.contains('select-file') ? el.querySelector('.sr-only')?.textContent : el.textContent?.trim();
      order.push(el.getAttribute('aria-label') ?? name ?? el.tagName);
    }
    expect(order).toEqual(['Add files', 'Clear', 'a.txt', 'Download a.txt', 'Remove a.txt', 'b.txt', 'Download b.txt', 'Remove b.txt']);
    (list.querySelectorAll('.select-file')[1] as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([{ index: 1, value: 'b.txt' }]);
  });

  it('a download link click emits gr-download and saves the file under its name', async () => {
    const blobUrl = URL.createObjectURL(new Blob(['data']));
    const { root } = await render(<gr-file label="Out" interactive={false} value={{ path: '/tmp/x/out.txt', url: blobUrl, orig_name: 'out.txt' }} />);
    const downloads: unknown[] = [];
    root.addEventListener('gr-download', (e) => downloads.push((e as CustomEvent).detail));
    const clicks: Array<[string, string]> = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push([this.href, this.download]);
    });
    try {
      (root.querySelector('td.download a') as HTMLAnchorElement).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      expect(downloads).toEqual([{ path: '/tmp/x/out.txt', url: blobUrl, orig_name: 'out.txt' }]);
      await vi.waitFor(() => expect(clicks).toEqual([[blobUrl, 'out.txt']]));
    } finally {
      spy.mockRestore();
    }
  });

  it("the kit's words follow the reader's language (lang above the element)", async () => {
    // French is a chunk of its own: loaded first, the first render is already French.
    await loadKitWords('fr');
    const { root } = await render(
      <div lang="fr">
        <gr-file label="Fichiers" />
        <gr-file label="Sortie" value={fd('a.txt')} />
      </div>,
    );
    const [empty, full] = Array.from(root.querySelectorAll('gr-file'));
    expect(empty.querySelector('.upload-zone-text')?.textContent).toBe('Déposez le fichier ici- ou -Cliquez pour envoyer');
    expect(full.querySelector('.toolbar button')?.getAttribute('aria-label')).toBe('Effacer');
    expect(full.querySelector('td.download a')?.textContent).toBe('Télécharger a.txt');
  });

  it('file names carrying script run nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const { root } = await render(
      <gr-file label={xssVectors[0].payload} fileCount="multiple" value={xssVectors.map((v) => ({ path: v.payload, url: '/x', orig_name: v.payload }))} />,
    );
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, text(xssVectors[1].payload));
    await vi.waitFor(() => expect(root.querySelectorAll('tbody tr').length).toBe(xssVectors.length + 1));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(ran).toEqual([]);
    expect(root.querySelectorAll('tbody script, tbody img, tbody iframe')).toHaveLength(0);
  });
});
