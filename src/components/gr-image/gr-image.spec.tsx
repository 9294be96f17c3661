import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { listen } from '../../../tests/helpers/form-events';

const file = { path: '/tmp/a.png', url: 'http://x/file=/tmp/a.png', orig_name: 'a.png', size: 3, mime_type: 'image/png', meta: { _type: 'gradio.FileData' as const } };
const labels = (root: Element) => Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());

describe('gr-image', () => {
  it('renders Gradio defaults: an empty interactive drop zone labelled "Image", dashed, with three sources', async () => {
    const { root } = await render(<gr-image />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Image');
    expect(root.querySelector('.block')?.getAttribute('style')).toContain('border-style: dashed');
    const zone = root.querySelector('.upload-zone-button') as HTMLButtonElement;
    expect(zone.textContent).toBe('Drop Image Here- or -Click to upload');
    expect(zone.getAttribute('aria-labelledby')?.split(' ')[0]).toBe(root.querySelector('.block-label')?.id);
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('image/*');
    expect(input.multiple).toBe(false);
    const sources = Array.from(root.querySelectorAll('.source-selection button'));
    expect(sources.map((b) => b.getAttribute('aria-label'))).toEqual(['Upload', 'Webcam', 'Paste from clipboard']);
    expect(sources[0].getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows a value set by code with its name as alt text, and emits nothing', async () => {
    const { root, setProps } = await render(<gr-image label="Photo" />);
    const calls = listen(root, ['gr-change', 'gr-upload', 'gr-input', 'gr-clear', 'gr-select']);
    await setProps({ value: file });
    const img = root.querySelector('img.image-preview') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(file.url);
    expect(img.getAttribute('alt')).toBe('Photo: a.png');
    expect(root.querySelector('.upload-zone')).toBeNull();
    expect(root.querySelector('.source-selection')).toBeNull();
    expect(labels(root.querySelector('.toolbar')!)).toEqual(['Download', 'Fullscreen', 'Clear']);
    await setProps({ value: null });
    expect(root.querySelector('.upload-zone')).not.toBeNull();
    expect(calls).toEqual([]);
  });

  it('toolbar: Gradio 6 `buttons` wins over Gradio 5 `show_*_button`; share needs a handler', async () => {
    const { root, setProps } = await render(<gr-image value={file} interactive={false} showDownloadButton={false} />);
    expect(labels(root.querySelector('.toolbar')!)).toEqual(['Fullscreen']);
    await setProps({ buttons: ['download', 'share'] });
    expect(labels(root.querySelector('.toolbar')!)).toEqual(['Download']);
    const share = vi.fn();
    await setProps({ share });
    expect(labels(root.querySelector('.toolbar')!)).toEqual(['Download', 'Share']);
    (root.querySelector('.toolbar [aria-label="Share"]') as HTMLButtonElement).click();
    expect(share).toHaveBeenCalledWith(file);
  });

  it('Clear empties the value and emits gr-clear, gr-change(null), gr-input(null)', async () => {
    const { root, waitForChanges } = await render(<gr-image value={file} />);
    const calls = listen(root, ['gr-clear', 'gr-change', 'gr-input']);
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect((root as HTMLGrImageElement).value).toBeNull();
    expect(calls).toEqual([
      ['gr-clear', null],
      ['gr-change', null],
      ['gr-input', null],
    ]);
    expect(root.querySelector('.upload-zone')).not.toBeNull();
  });

  it('static: no drop zone or sources; an empty placeholder; no clear button', async () => {
    const { root, setProps } = await render(<gr-image interactive={false} />);
    expect(root.querySelector('.upload-zone')).toBeNull();
    expect(root.querySelector('.source-selection')).toBeNull();
    expect(root.querySelector('.empty svg')).not.toBeNull();
    expect(root.querySelector('.block')?.getAttribute('style') ?? '').not.toContain('dashed');
    await setProps({ value: file });
    expect(root.querySelector('[aria-label="Clear"]')).toBeNull();
  });

  it('refuses a script URL with a message instead of loading it', async () => {
    const { root } = await render(<gr-image value={{ path: 'x', url: 'javascript:alert(1)' }} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('URL is not allowed');
  });

  it('an image that fails to load is replaced by a message naming its URL; a new value tries again', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-image value={{ path: 'x', url: 'http://x/missing.png' }} />);
    root.querySelector('img')?.dispatchEvent(new CustomEvent('error'));
    await waitForChanges();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The image could not be loaded: http://x/missing.png');
    await setProps({ value: file });
    expect(root.querySelector('img')?.getAttribute('src')).toBe(file.url);
  });

  it('sources: one source shows no selector; webcam first shows the camera start button; placeholder text', async () => {
    const { root, setProps } = await render(<gr-image sources={['upload']} placeholder="Drop a face" />);
    expect(root.querySelector('.source-selection')).toBeNull();
    expect(root.querySelector('.upload-zone-main')?.textContent).toBe('Drop a face');
    // The active source follows `sources` when it is no longer offered.
    await setProps({ sources: ['webcam', 'clipboard'] });
    expect(root.querySelector('.webcam-start')?.textContent).toBe('Click to Access Webcam');
    expect(root.querySelector('video')).not.toBeNull();
    expect(root.querySelector('.source-selection [aria-pressed="true"]')?.getAttribute('aria-label')).toBe('Webcam');
  });

  it('label text is text, never markup; hidden label stays for screen readers; elem props apply', async () => {
    const { root } = await render(
      <gr-image label={'<img src=x onerror="window.__xss(1)">'} showLabel={false} elemId="pic" elemClasses={['c1']} height={300} />,
    );
    const label = root.querySelector('.sr-only');
    expect(label?.textContent).toBe('<img src=x onerror="window.__xss(1)">');
    expect(root.querySelector('.block-label img, .sr-only img')).toBeNull();
    expect(root.querySelector('.block')?.id).toBe('pic');
    expect(root.classList.contains('c1')).toBe(true);
    expect((root.querySelector('.image-frame') as HTMLElement).style.height).toBe('300px');
  });
});
