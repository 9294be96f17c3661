import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';

/** A w x h PNG of one colour, as a data URL (drawn on a canvas). */
function png(color: string, w = 40, h = 30): string {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, w, h);
  return canvas.toDataURL('image/png');
}
const file = (url: string, name: string) => ({ path: name, url, orig_name: name, meta: { _type: 'gradio.FileData' as const } });
const items = () => [
  { image: file(png('red'), 'red.png'), caption: 'Red' },
  { image: file(png('green'), 'green.png'), caption: 'Green' },
  { image: file(png('blue'), 'blue.png'), caption: null },
];

describe('gr-gallery in Chromium', () => {
  it('has no axe violations in light and dark, grid and preview', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-gallery value={items()} />
          <gr-gallery value={items()} selectedIndex={1} label="Previewed" />
          <gr-gallery value={[]} label="Empty" />
          <gr-gallery value={items()} showLabel={false} allowPreview={false} />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      await vi.waitFor(() => expect(root.querySelectorAll('gr-gallery .thumbnail').length).toBe(9));
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
      root.remove();
    }
  });

  it('keyboard: Tab to a thumbnail, Enter opens the preview (focused), arrows move, Escape closes and refocuses', async () => {
    const { root } = await render(<gr-gallery value={items()} />);
    const events: string[] = [];
    root.addEventListener('gr-select', (e) => events.push(`select ${(e as CustomEvent).detail.index}`));
    root.addEventListener('gr-preview-open', () => events.push('open'));
    root.addEventListener('gr-preview-close', () => events.push('close'));
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Fullscreen');
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Image 2 of 3: Green');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.classList.contains('preview')).toBe(true));
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(root.querySelector('.preview')?.getAttribute('aria-label')).toBe('Image 3 of 3'));
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(root.querySelector('.preview')?.getAttribute('aria-label')).toBe('Image 1 of 3: Red'));
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(root.querySelector('.preview')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Image 3 of 3'));
    expect(events).toEqual(['select 1', 'open', 'select 2', 'select 0', 'select 2', 'close']);
  });

  it('a broken file and a 404 URL each show a clear message', async () => {
    const { root } = await render(
      <gr-gallery
        value={[
          { image: file('data:image/png;base64,bm90IGFuIGltYWdl', 'broken.png'), caption: 'broken' },
          { image: file('/no-such-file-404.png', 'missing.png'), caption: 'missing' },
          { video: file('data:video/mp4;base64,AAAAAAAA', 'broken.mp4'), caption: 'bad video' },
        ]}
      />,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.grid .media-error')).toHaveLength(3));
    const messages = Array.from(root.querySelectorAll('.grid .media-error')).map((m) => m.textContent);
    expect(messages[0]).toBe('"broken.png" could not be loaded: the file is missing, damaged or not an image file this browser can show.');
    expect(messages[1]).toContain('"missing.png" could not be loaded');
    expect(messages[2]).toContain('"broken.mp4" could not be played');
    expect(root.querySelector('.media-error')?.getAttribute('role')).toBe('alert');
  });

  it('XSS through captions, labels and file names runs nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const value = xssVectors.map((v) => ({ image: file(png('gray', 4, 4), v.payload), caption: v.payload }));
    const { root, waitForChanges } = await render(<gr-gallery value={value} label={xssVectors[1].payload} />);
    (root.querySelector('.grid .thumbnail') as HTMLButtonElement).click();
    await waitForChanges();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(root.querySelector('figcaption')?.textContent).toBe(xssVectors[0].payload);
    expect(root.querySelectorAll('script, iframe, object, embed, svg:not(.icon)')).toHaveLength(0);
    expect(ran).toEqual([]);
  });

  it('500 thumbnails over HTTP: before any scroll the gallery asks for those near the view only, then for those it is scrolled to', async () => {
    // A file the test server serves (by path: an imported asset this small would be inlined as a data URL), a
    // distinct URL per item, so that every request shows in Resource Timing.
    const base = `${location.origin}/src/components/gr-gallery/test-thumbnail.svg`;
    const many = Array.from({ length: 500 }, (_, i) => ({ image: file(`${base}?item=${i}`, `${i}.svg`), caption: `#${i}` }));
    const requested = () => performance.getEntriesByType('resource').filter((e) => e.name.startsWith(`${base}?item=`)).length;
    const { root } = await render(<gr-gallery value={many} columns={4} height={300} />);
    const images = () => Array.from(root.querySelectorAll<HTMLImageElement>('.grid img'));
    const asked = () => images().filter((img) => img.hasAttribute('src'));
    const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth > 0;
    expect(images()).toHaveLength(500);
    await vi.waitFor(() => expect(images().slice(0, 4).every(loaded)).toBe(true));
    // The far items carry their URL in data-src only: nothing can fetch them.
    expect(images().slice(100).some((img) => img.hasAttribute('src'))).toBe(false);
    expect(images()[499].dataset.src).toBe(`${base}?item=499`);
    expect(asked().length).toBeLessThan(100);
    expect(requested()).toBeLessThanOrEqual(asked().length);
    // Jumped to the end: the last row gets its URLs and loads; the rows jumped over are still not asked for.
    const wrap = root.querySelector('.grid-wrap') as HTMLElement;
    wrap.scrollTop = wrap.scrollHeight;
    await vi.waitFor(() => expect(images().slice(-4).every(loaded)).toBe(true));
    expect(images()[250].hasAttribute('src')).toBe(false);
    expect(asked().length).toBeLessThan(200);
    expect(requested()).toBeLessThanOrEqual(asked().length);
    // The preview's strip of 500 does the same along its own scroll: the selected one is scrolled to and loads.
    root.setAttribute('selected-index', '300');
    const selected = () => root.querySelector<HTMLImageElement>('.strip .thumbnail.selected img');
    await vi.waitFor(() => expect(selected() && loaded(selected() as HTMLImageElement)).toBe(true));
    const strip = Array.from(root.querySelectorAll<HTMLImageElement>('.strip img'));
    expect(strip).toHaveLength(500);
    expect(strip[100].hasAttribute('src')).toBe(false);
  });

  for (const height of [undefined, 300]) {
    it(`fullscreen, 500 thumbnails (height ${height ?? 'auto'}): the grid fills the screen, only thumbnails near the view are asked for; scrolled to the end, the last ones load`, async () => {
      const base = `${location.origin}/src/components/gr-gallery/test-thumbnail.svg`;
      const many = Array.from({ length: 500 }, (_, i) => ({ image: file(`${base}?full${height}=${i}`, `${i}.svg`), caption: `#${i}` }));
      const { root } = await render(<gr-gallery value={many} columns={4} allowPreview={false} height={height} />);
      const images = () => Array.from(root.querySelectorAll<HTMLImageElement>('.grid img'));
      const asked = () => images().filter((img) => img.hasAttribute('src'));
      const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth > 0;
      await vi.waitFor(() => expect(images().slice(0, 4).every(loaded)).toBe(true));
      await userEvent.click(root.querySelector('button[aria-label="Fullscreen"]') as HTMLElement);
      await vi.waitFor(() => expect(document.fullscreenElement).toBe(root));
      const wrap = root.querySelector('.grid-wrap') as HTMLElement;
      await vi.waitFor(() => expect(wrap.clientHeight).toBeGreaterThan(window.innerHeight * 0.6));
      await new Promise((done) => setTimeout(done, 300));
      expect(asked().length).toBeLessThan(100);
      // The grid scrolls inside the fullscreen element: jump to the end.
      expect(wrap.scrollHeight).toBeGreaterThan(wrap.clientHeight + 100);
      wrap.scrollTop = wrap.scrollHeight;
      await vi.waitFor(() => expect(images().slice(-4).every(loaded)).toBe(true));
      expect(images()[250].hasAttribute('src')).toBe(false);
      expect(asked().length).toBeLessThan(200);
      await document.exitFullscreen();
      if (height) await vi.waitFor(() => expect(wrap.clientHeight).toBeLessThanOrEqual(300));
    });
  }

  it('interactive: the upload zone takes images (blob URLs without a server), a refused type says why, items are removed', async () => {
    const { root } = await render(<gr-gallery interactive label="Mine" />);
    const events: string[] = [];
    for (const name of ['gr-upload', 'gr-change', 'gr-delete'])
      root.addEventListener(name, (e) => events.push(`${name}:${JSON.stringify((e as CustomEvent).detail).length > 2 ? 'data' : 'empty'}`));
    expect(root.querySelector('.upload-zone-button')?.textContent).toContain('Drop Media Here');
    const blob = async (color: string) => (await fetch(png(color))).blob();
    const choose = async (files: File[]) => {
      const input = root.querySelector('input[type=file]') as HTMLInputElement;
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    await choose([new File([await blob('red')], 'r.png', { type: 'image/png' }), new File([await blob('blue')], 'b.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(root.querySelectorAll('.grid .thumbnail')).toHaveLength(2));
    const value = (root as HTMLGrGalleryElement).value as { image: { url: string; orig_name: string } }[];
    expect(value.map((v) => v.image.orig_name)).toEqual(['r.png', 'b.png']);
    expect(value[0].image.url).toMatch(/^blob:/);
    expect(events).toEqual(['gr-upload:data', 'gr-change:data']);
    await choose([new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('notes.txt'));
    expect(root.querySelectorAll('.grid .thumbnail')).toHaveLength(2);
    (root.querySelector('.remove') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelectorAll('.grid .thumbnail')).toHaveLength(1));
    expect(((root as HTMLGrGalleryElement).value as { image: { orig_name: string } }[])[0].image.orig_name).toBe('b.png');
    expect(events.slice(2)).toEqual(['gr-delete:data', 'gr-change:data']);
    expect(await axeViolations(root)).toEqual([]);
  });
});
