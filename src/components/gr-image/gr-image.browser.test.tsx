import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import type { FileData } from '../../utils/file-data';
import type { UploadFunction } from '../../utils/upload';

/** A PNG of `width` x `height`: left half red, right half blue. */
async function pngFile(width: number, height: number, name = 'pic.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#f00';
  context.fillRect(0, 0, width / 2, height);
  context.fillStyle = '#00f';
  context.fillRect(width / 2, 0, width / 2, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

const dataTransfer = (...files: File[]) => {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
};
const drop = (target: Element, data: DataTransfer) => {
  target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
};
const message = (root: Element) => root.querySelector('.upload-message')?.textContent ?? '';
const image = (root: Element) => root.querySelector('img.image-preview') as HTMLImageElement | null;

/** The colour of pixel (x, y) of an image URL, as `r,g,b`. */
async function pixelAt(url: string, x: number, y: number): Promise<string> {
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0);
  return Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3)).join(',');
}

describe('gr-image in Chromium', () => {
  it('has no axe violations, light and dark, in every state', async () => {
    const src = URL.createObjectURL(await pngFile(40, 20));
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-image label="Input" />
          <gr-image label="Selected" value={{ path: 'a.png', url: src, orig_name: 'a.png' }} selectable />
          <gr-image label="Output" interactive={false} value={{ path: 'a.png', url: src }} />
          <gr-image label="Empty output" interactive={false} />
          <gr-image label="Camera" sources={['webcam']} />
          <gr-image label="Bad" value={{ path: 'x', url: 'javascript:1' }} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      // A message in the element (a refused file) must be readable too.
      drop(root.querySelector('gr-image')!, dataTransfer(new File(['x'], 'notes.txt', { type: 'text/plain' })));
      await vi.waitFor(() => expect(message(root.querySelector('gr-image')!)).toContain('notes.txt'));
      // Colours animate to the theme's (button transitions): check the settled page.
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('the label badge keeps its small icon in every state (no clash with the empty placeholder styles)', async () => {
    const { root } = await render(
      <div>
        <gr-image label="Empty input" />
        <gr-image label="Empty output" interactive={false} />
        <gr-file label="Empty file" />
      </div>,
    );
    for (const svg of Array.from(root.querySelectorAll('.block-label svg'))) expect(getComputedStyle(svg).width).toBe('12px');
  });

  it('choosing a file uploads it: value is FileData, then gr-upload, gr-change, gr-input', async () => {
    const { root } = await render(<gr-image label="Input" />);
    const events: string[] = [];
    for (const name of ['gr-upload', 'gr-change', 'gr-input']) root.addEventListener(name, () => events.push(name));
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, await pngFile(8, 4));
    await vi.waitFor(() => expect(image(root)).not.toBeNull());
    const value = (root as HTMLGrImageElement).value as FileData;
    expect(value).toMatchObject({ orig_name: 'pic.png', mime_type: 'image/png', meta: { _type: 'gradio.FileData' } });
    expect(value.url).toMatch(/^blob:/);
    expect(events).toEqual(['gr-upload', 'gr-change', 'gr-input']);
    await vi.waitFor(() => expect(image(root)!.naturalWidth).toBe(8));
  });

  it('a dropped image is uploaded; the border shows the drag; a refused type says why', async () => {
    const { root } = await render(<gr-image label="Input" />);
    const upload = vi.fn<UploadFunction>(async (files) => files.map((f) => ({ path: `/srv/${f.name}`, url: URL.createObjectURL(f), orig_name: f.name })));
    (root as HTMLGrImageElement).upload = upload;
    const data = dataTransfer(await pngFile(8, 4, 'dropped.png'));
    root.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect(root.querySelector('.block')?.classList.contains('border-focus')).toBe(true));
    root.querySelector('.upload-zone')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect((root as HTMLGrImageElement).value).toMatchObject({ path: '/srv/dropped.png' }));
    expect(root.querySelector('.block')?.classList.contains('border-focus')).toBe(false);
    expect(upload.mock.calls[0][0].map((f) => f.name)).toEqual(['dropped.png']);

    const other = (await render(<gr-image label="Other" />)).root;
    drop(other, dataTransfer(new File(['hello'], 'notes.txt', { type: 'text/plain' })));
    await vi.waitFor(() => expect(message(other)).toBe('"notes.txt" is not an accepted file type (accepted: image).'));
    expect(other.querySelector('.upload-message')?.getAttribute('role')).toBe('alert');
    drop(other, dataTransfer(await pngFile(2, 2, 'a.png'), await pngFile(2, 2, 'b.png')));
    await vi.waitFor(() => expect(message(other)).toBe('Only one file can be uploaded here (got 2).'));
    (other.querySelector('.upload-dismiss') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(other.querySelector('.upload-message')).toBeNull());
  });

  it('paste: with the focus in the element (keyboard), and with the pointer over it', async () => {
    const { root } = await render(
      <div>
        <gr-image label="First" />
        <gr-image label="Second" />
      </div>,
    );
    const [first, second] = Array.from(root.querySelectorAll('gr-image')) as HTMLGrImageElement[];
    await userEvent.tab();
    expect(document.activeElement).toBe(first.querySelector('.upload-zone-button'));
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dataTransfer(await pngFile(6, 6, 'pasted.png')) }),
    );
    await vi.waitFor(() => expect(first.value).toMatchObject({ orig_name: 'pasted.png' }));
    expect(second.value).toBeNull();
    // Focus elsewhere (the page body), pointer over the second element: the paste goes there.
    (document.activeElement as HTMLElement).blur();
    await userEvent.hover(second.querySelector('.upload-zone-button')!);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dataTransfer(await pngFile(6, 6, 'hovered.png')) }),
    );
    await vi.waitFor(() => expect(second.value).toMatchObject({ orig_name: 'hovered.png' }));
    expect(first.value).toMatchObject({ orig_name: 'pasted.png' });
  });

  it('max_file_size refuses before anything is sent, with the sizes in the message', async () => {
    const { root } = await render(<gr-image label="Small" maxFileSize={100} />);
    const upload = vi.fn<UploadFunction>();
    (root as HTMLGrImageElement).upload = upload;
    const big = new File([new Uint8Array(2048)], 'big.png', { type: 'image/png' });
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, big);
    await vi.waitFor(() => expect(message(root)).toBe('"big.png" (2.0 KB) is larger than the maximum file size of 100 B.'));
    expect(upload).not.toHaveBeenCalled();
    expect((root as HTMLGrImageElement).value).toBeNull();
  });

  it('shows per-file progress; Cancel aborts the upload through its signal; failures are shown', async () => {
    const { root } = await render(<gr-image label="Slow" />);
    let signal: AbortSignal | undefined;
    (root as HTMLGrImageElement).upload = (files, options) =>
      new Promise((_resolve, reject) => {
        signal = options?.signal;
        options?.onProgress?.({ name: files[0].name, loaded: files[0].size / 2, total: files[0].size });
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      });
    const file = new File([new Uint8Array(1000)], 'slow.png', { type: 'image/png' });
    drop(root, dataTransfer(file));
    await vi.waitFor(() => expect(root.querySelector('.upload-progress-percent')?.textContent).toBe('50%'));
    expect(root.querySelector('.upload-progress-name')?.textContent).toBe('slow.png');
    expect((root.querySelector('progress') as HTMLProgressElement).value).toBe(50);
    (root.querySelector('.upload-cancel') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(message(root)).toBe('Upload cancelled.'));
    expect(signal?.aborted).toBe(true);
    expect(root.querySelector('.upload-progress')).toBeNull();
    expect((root as HTMLGrImageElement).value).toBeNull();

    (root as HTMLGrImageElement).upload = async () => {
      throw new Error('HTTP 500 from /upload');
    };
    drop(root, dataTransfer(file));
    await vi.waitFor(() => expect(message(root)).toBe('Upload failed: HTTP 500 from /upload'));
  });

  it('a broken image and a 404 URL each show a message naming the URL', async () => {
    const broken = URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' }));
    const { root } = await render(
      <div>
        <gr-image label="Broken" interactive={false} value={{ path: 'b.png', url: broken }} />
        <gr-image label="Missing" interactive={false} value={{ path: 'm.png', url: '/no-such-image-here.png' }} />
      </div>,
    );
    const [a, b] = Array.from(root.querySelectorAll('gr-image'));
    await vi.waitFor(() => expect(a.querySelector('.image-error')?.textContent).toBe(`The image could not be loaded: ${broken}`));
    await vi.waitFor(() => expect(b.querySelector('.image-error')?.textContent).toBe('The image could not be loaded: /no-such-image-here.png'));
  });

  it('select: a click gives the pixel of the natural image; Enter on the focused image its centre', async () => {
    const src = URL.createObjectURL(await pngFile(200, 100));
    const { root } = await render(<gr-image label="Pick" interactive={false} selectable height={300} value={{ path: 'p.png', url: src }} />);
    const selected: unknown[] = [];
    root.addEventListener('gr-select', (event) => selected.push((event as CustomEvent).detail));
    await vi.waitFor(() => expect(image(root)!.naturalWidth).toBe(200));
    const img = image(root)!;
    const box = img.getBoundingClientRect();
    // scale-down: the 200x100 picture is drawn at its natural size, centred in its box.
    const left = box.left + (box.width - 200) / 2;
    const top = box.top + (box.height - 100) / 2;
    img.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: left + 150.5, clientY: top + 20.5 }));
    expect(selected).toEqual([{ index: [150, 20], value: null }]);
    img.focus();
    await userEvent.keyboard('{Enter}');
    expect(selected.at(-1)).toEqual({ index: [100, 50], value: null });
    // Not selectable: nothing.
    (root as HTMLGrImageElement).selectable = false;
    img.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: left + 1, clientY: top + 1 }));
    expect(selected).toHaveLength(2);
  });

  it('webcam: opens the camera on request, takes a mirrored photo and uploads it', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 32;
    const context = canvas.getContext('2d')!;
    const paint = () => {
      context.fillStyle = '#f00';
      context.fillRect(0, 0, 32, 32);
      context.fillStyle = '#00f';
      context.fillRect(32, 0, 32, 32);
    };
    paint();
    const stream = canvas.captureStream(10);
    const timer = setInterval(paint, 50);
    const getUserMedia = vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockResolvedValue(stream);
    try {
      const { root } = await render(<gr-image label="Face" />);
      const uploads: unknown[] = [];
      root.addEventListener('gr-upload', (event) => uploads.push((event as CustomEvent).detail));
      (root.querySelector('[aria-label="Webcam"]') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(root.querySelector('.webcam-start')).not.toBeNull());
      (root.querySelector('.webcam-start') as HTMLButtonElement).click();
      await vi.waitFor(() => expect((root.querySelector('video') as HTMLVideoElement).videoWidth).toBe(64));
      expect(root.querySelector('video')?.classList.contains('mirrored')).toBe(true);
      // The capture button comes with the render after the stream starts: wait for it rather than read it now.
      const capture = await vi.waitFor(() => {
        const button = root.querySelector<HTMLButtonElement>('.webcam-capture');
        if (!button) throw new Error('no capture button yet');
        return button;
      });
      capture.click();
      await vi.waitFor(() => expect(uploads).toHaveLength(1));
      const value = (root as HTMLGrImageElement).value as FileData;
      expect(value.orig_name).toBe('webcam.png');
      // Mirrored: the blue right half of the camera is on the left of the photo.
      expect(await pixelAt(value.url!, 4, 16)).toBe('0,0,255');
      expect(await pixelAt(value.url!, 60, 16)).toBe('255,0,0');
      // The camera is off once the photo is taken.
      expect(stream.getVideoTracks()[0].readyState).toBe('ended');
    } finally {
      clearInterval(timer);
      getUserMedia.mockRestore();
    }
  });

  it('a denied camera is a message in the element', async () => {
    const getUserMedia = vi
      .spyOn(navigator.mediaDevices, 'getUserMedia')
      .mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    try {
      const { root } = await render(<gr-image label="Face" sources={['webcam']} />);
      (root.querySelector('.webcam-start') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(message(root)).toBe('Camera access was denied. Allow the camera for this page and try again.'));
    } finally {
      getUserMedia.mockRestore();
    }
  });

  it('labels, alt text and file names carrying script run nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const src = URL.createObjectURL(await pngFile(4, 4));
    const { root } = await render(
      <div>
        {xssVectors.slice(0, 12).map((v) => (
          <gr-image label={v.payload} value={{ path: v.payload, url: src, orig_name: v.payload }} />
        ))}
      </div>,
    );
    const first = root.querySelector('gr-image')!;
    drop(first, dataTransfer(new File(['x'], xssVectors[1].payload, { type: 'text/plain' })));
    await vi.waitFor(() => expect(message(first)).toContain('is not an accepted file type'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(ran).toEqual([]);
    expect(root.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
  });
});
