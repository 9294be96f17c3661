import { describe, expect, h, it, render } from '@stencil/vitest';

const file = (name: string, mime = 'image/png') => ({
  path: `/tmp/gradio/${name}`,
  url: `http://host/gradio_api/file=/tmp/gradio/${name}`,
  orig_name: name,
  mime_type: mime,
  meta: { _type: 'gradio.FileData' as const },
});
const a = { image: file('a.png'), caption: 'first' };
const b = { image: file('b.png'), caption: null };
const c = { video: file('c.mp4', 'video/mp4'), caption: 'clip' };
const items = [a, b, c];

describe('gr-gallery', () => {
  it('renders Gradio defaults: "Gallery" badge, an empty state, then a grid of lazy thumbnails', async () => {
    const { root, setProps } = await render(<gr-gallery />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Gallery');
    expect(root.querySelector('.empty')).not.toBeNull();
    await setProps({ value: items });
    const thumbs = Array.from(root.querySelectorAll('.grid .thumbnail'));
    expect(thumbs.map((t) => t.getAttribute('aria-label'))).toEqual(['Image 1 of 3: first', 'Image 2 of 3', 'Video 3 of 3: clip']);
    const img = root.querySelector('.grid img') as HTMLImageElement;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(img.getAttribute('src')).toBe(a.image.url);
    expect(root.querySelector('.grid video')?.getAttribute('data-src')).toBe(c.video.url);
    expect(Array.from(root.querySelectorAll('.caption')).map((c) => c.textContent)).toEqual(['first', 'clip']);
    expect(root.querySelector('.preview')).toBeNull();
  });

  it('reads [file, caption] pairs, bare FileData and URLs; an unreadable item shows a message', async () => {
    const { root } = await render(<gr-gallery value={[[file('x.webm', ''), 'pair'], file('y.png'), 'http://h/z.png', { nope: 1 }] as never} />);
    // A failed item's name says why, as its visible text does.
    const labels = Array.from(root.querySelectorAll('.grid .thumbnail')).map((t) => t.getAttribute('aria-label'));
    expect(labels).toEqual(['Video 1 of 4: pair', 'Image 2 of 4', 'Image 3 of 4', 'Item 4 of 4. This item is not an image or a video.']);
    expect(root.querySelector('.kind-invalid .media-error')?.textContent).toBe('This item is not an image or a video.');
  });

  it('columns per breakpoint become CSS variables; height and rows size the grid', async () => {
    const { root } = await render(<gr-gallery value={items} columns={[1, 3]} height={300} rows={2} />);
    const wrap = root.querySelector('.grid-wrap') as HTMLElement;
    expect(wrap.style.getPropertyValue('--cols-base')).toBe('1');
    expect(wrap.style.getPropertyValue('--cols-sm')).toBe('3');
    expect(wrap.style.getPropertyValue('--cols-2xl')).toBe('3');
    expect(wrap.style.height).toBe('300px');
    expect(wrap.style.getPropertyValue('--grid-rows')).toBe('2');
    expect(root.querySelector('.grid')?.classList.contains('fixed-rows')).toBe(true);
  });

  it('a click selects and opens the preview: gr-select with the item, gr-preview-open; close emits gr-preview-close', async () => {
    const { root, waitForChanges } = await render(<gr-gallery value={items} />);
    const events: string[] = [];
    root.addEventListener('gr-select', (e) => events.push(`select:${JSON.stringify((e as CustomEvent).detail)}`));
    root.addEventListener('gr-preview-open', () => events.push('open'));
    root.addEventListener('gr-preview-close', () => events.push('close'));
    (root.querySelectorAll('.grid .thumbnail')[1] as HTMLButtonElement).click();
    await waitForChanges();
    expect(events).toEqual([`select:${JSON.stringify({ index: 1, value: items[1], selected: true })}`, 'open']);
    expect((root as HTMLGrGalleryElement).selectedIndex).toBe(1);
    expect(root.querySelector('.preview')?.getAttribute('aria-label')).toBe('Image 2 of 3');
    expect(root.querySelector('.preview-figure img')?.getAttribute('src')).toBe(b.image.url);
    (root.querySelector('.preview .next') as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('.preview-figure video')?.getAttribute('src')).toBe(c.video.url);
    expect(root.querySelector('figcaption')?.textContent).toBe('clip');
    (root.querySelector('.preview .close') as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('.preview')).toBeNull();
    expect(events.slice(2)).toEqual([`select:${JSON.stringify({ index: 2, value: items[2], selected: true })}`, 'close']);
  });

  it('programmatic selectedIndex and value changes emit nothing; preview=true opens the first item', async () => {
    const { root, setProps } = await render(<gr-gallery value={items} preview />);
    const events: string[] = [];
    for (const name of ['gr-select', 'gr-preview-open', 'gr-preview-close']) root.addEventListener(name, () => events.push(name));
    expect(root.querySelector('.preview')?.getAttribute('aria-label')).toBe('Image 1 of 3: first');
    await setProps({ selectedIndex: 2 });
    expect(root.querySelector('.preview-figure video')).not.toBeNull();
    await setProps({ value: items.slice(0, 1) });
    expect((root as HTMLGrGalleryElement).selectedIndex).toBe(0);
    await setProps({ value: [] });
    expect((root as HTMLGrGalleryElement).selectedIndex).toBeNull();
    expect(events).toEqual([]);
  });

  it('allowPreview=false: a click selects (pressed) without a preview', async () => {
    const { root, waitForChanges } = await render(<gr-gallery value={items} allowPreview={false} />);
    (root.querySelector('.grid .thumbnail') as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('.preview')).toBeNull();
    expect(root.querySelector('.grid .thumbnail')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('toolbar: download of the previewed item (no fullscreen API in happy-dom); Gradio 6 buttons list replaces the show flags', async () => {
    const { root, setProps } = await render(<gr-gallery value={items} selectedIndex={0} />);
    const labels = () => Array.from(root.querySelectorAll('.preview .toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(labels()).toEqual(['Download', 'Close preview']);
    await setProps({ showDownloadButton: false });
    expect(labels()).toEqual(['Close preview']);
    await setProps({ buttons: ['download'] });
    expect(labels()).toEqual(['Download', 'Close preview']);
  });

  it('script URLs never reach src or href; the item says why', async () => {
    const { root } = await render(<gr-gallery value={[{ image: { path: 'x', url: 'javascript:alert(1)' }, caption: '<b>x</b>' }]} selectedIndex={0} />);
    expect(root.innerHTML).not.toContain('javascript:');
    expect(root.querySelector('.preview .media-error')?.textContent).toContain('not an allowed media address');
    expect(root.querySelector('figcaption')?.textContent).toBe('<b>x</b>');
    expect(root.querySelector('figcaption b')).toBeNull();
  });

  it('degrades gracefully on a bad value', async () => {
    const { root } = await render(<gr-gallery value={'nope' as never} columns={'x' as never} />);
    expect(root.querySelector('.empty')).not.toBeNull();
  });
});
