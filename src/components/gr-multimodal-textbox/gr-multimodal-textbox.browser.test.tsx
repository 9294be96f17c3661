import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { scriptUrlPattern, xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import { limit } from '../../../tests/helpers/limits.ts';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const image = { path: 'cat.png', url: pixel, orig_name: 'cat.png', mime_type: 'image/png' };
const pdf = { path: 'r.pdf', url: pixel, orig_name: 'r.pdf', mime_type: 'application/pdf' };

/** A paste of `data` on `target`, as the browser sends it. */
function paste(target: Element, data: DataTransfer) {
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

describe('gr-multimodal-textbox in Chromium', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${mode} theme`, async () => {
      const { root } = await render(
        <div>
          <gr-multimodal-textbox value={{ text: 'hi', files: [image, pdf] }} placeholder="Message" label="Chat input" />
          <gr-multimodal-textbox value="" submitBtn="Send" stopBtn="Stop now" label="With texts" />
          <gr-multimodal-textbox value={{ text: 'read only', files: [image] }} interactive={false} label="Static" />
        </div>,
      );
      const handle = applyTheme(root as HTMLElement, 'default', { mode });
      expect(await axeViolations(root)).toEqual([]);
      handle.remove();
    });
  }

  it('keyboard: Tab reaches the remove buttons, paperclip, text and submit; Enter submits from the text', async () => {
    const { root } = await render(<gr-multimodal-textbox value={{ text: '', files: [image] }} />);
    const submit = vi.fn();
    root.addEventListener('gr-submit', submit);
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove cat.png');
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Attach files');
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    await userEvent.keyboard('hello{Shift>}{Enter}{/Shift}there{Enter}');
    expect(submit.mock.calls.map((c) => c[0].detail)).toEqual([{ text: 'hello\nthere', files: [image] }]);
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Submit');
  });

  it('the textarea grows with its text up to max_lines, then scrolls', async () => {
    const { root, setProps } = await render(<gr-multimodal-textbox value="one" maxLines={4} />);
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    const oneLine = area.getBoundingClientRect().height;
    await setProps({ value: 'a\nb\nc' });
    await vi.waitFor(() => expect(area.getBoundingClientRect().height).toBeGreaterThan(oneLine + 20));
    await setProps({ value: Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n') });
    await vi.waitFor(() => expect(area.scrollHeight).toBeGreaterThan(area.clientHeight));
    // Capped at max_lines (4): far less than the 12 lines it holds.
    const capped = area.getBoundingClientRect().height;
    expect(capped).toBeLessThan(area.scrollHeight * 0.6);
  });

  it('a pasted image is uploaded and attached; a long pasted text becomes a .txt file', async () => {
    const upload = vi.fn(async (files: File[]) =>
      files.map((f) => ({ path: `/srv/${f.name}`, url: pixel, orig_name: f.name, mime_type: f.type, size: f.size })),
    );
    const { root } = await render(<gr-multimodal-textbox fileCount="multiple" upload={upload} maxPlainTextLength={10} />);
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    const images = new DataTransfer();
    images.items.add(new File([new Uint8Array([1, 2, 3])], 'shot.png', { type: 'image/png' }));
    paste(area, images);
    await vi.waitFor(() => expect(root.querySelectorAll('.thumbnail')).toHaveLength(1));
    const text = new DataTransfer();
    text.setData('text/plain', 'a very long pasted text');
    paste(area, text);
    await vi.waitFor(() => expect(root.querySelectorAll('.thumbnail')).toHaveLength(2));
    expect(Array.from(root.querySelectorAll('.thumbnail-name')).map((n) => n.textContent)).toEqual(['shot.png', 'pasted_text.txt']);
    const sent = upload.mock.calls[1][0][0] as File;
    expect(await sent.text()).toBe('a very long pasted text');
    expect(area.value).toBe('');
    // A short text is typed in as usual (the browser inserts it; nothing is uploaded).
    const short = new DataTransfer();
    short.setData('text/plain', 'short');
    paste(area, short);
    expect(upload).toHaveBeenCalledTimes(2);
  });

  it('a dropped file is checked against file_count: two files on a single input are refused with a message', async () => {
    const upload = vi.fn(async () => []);
    const { root } = await render(<gr-multimodal-textbox upload={upload} />);
    const data = new DataTransfer();
    data.items.add(new File(['a'], 'a.txt', { type: 'text/plain' }));
    data.items.add(new File(['b'], 'b.txt', { type: 'text/plain' }));
    const host = root as HTMLElement;
    host.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    host.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Only one file'));
    expect(upload).not.toHaveBeenCalled();
  });

  it('the microphone (Chromium\'s fake one) records a voice note that is attached as a WAV file; axe light and dark while recording', async () => {
    const upload = vi.fn(async (files: File[]) =>
      files.map((f) => ({ path: `/srv/${f.name}`, url: URL.createObjectURL(f), orig_name: f.name, mime_type: f.type, size: f.size })),
    );
    const { root } = await render(
      <gr-multimodal-textbox sources={['upload', 'microphone']} fileCount="multiple" upload={upload} label="Voice input" />,
    );
    const changes = vi.fn();
    root.addEventListener('gr-change', changes);
    (root.querySelector('[aria-label="Record audio"]') as HTMLButtonElement).click();
    const stop = await vi.waitUntil(() => root.querySelector<HTMLButtonElement>('[aria-label="Stop recording"]'), { timeout: limit(10_000) });
    expect(root.querySelector('.recording-bar [role="status"]')?.textContent).toBe('Recording');
    for (const mode of ['light', 'dark'] as const) {
      const handle = applyTheme(root as HTMLElement, 'default', { mode });
      expect(await axeViolations(root)).toEqual([]);
      handle.remove();
    }
    // Record two seconds by the element's own clock, so that the WAV holds at least one: under load (a load run
    // saw 0.9 s of audio at 0:01) the capture starts later than the clock.
    await vi.waitFor(() => expect(root.querySelector('.recording-time')?.textContent).toMatch(/^0:0[2-9]$/), { timeout: limit(10_000) });
    stop.click();
    await vi.waitFor(() => expect(root.querySelector('.thumbnail-name')?.textContent).toBe('recording.wav'), { timeout: limit(10_000) });
    expect(root.querySelector('.recording-bar')).toBeNull();
    const sent = upload.mock.calls[0][0][0] as File;
    expect(sent.type).toBe('audio/wav');
    // A real WAV of the recording: the browser decodes it to at least the second recorded.
    const decoded = await new AudioContext().decodeAudioData(await sent.arrayBuffer());
    expect(decoded.duration).toBeGreaterThan(0.9);
    expect(changes.mock.calls.at(-1)?.[0].detail.files.map((f: { orig_name: string }) => f.orig_name)).toEqual(['recording.wav']);
  });

  it('recording while sending attaches the note first; a refused microphone is said in the element', async () => {
    const upload = vi.fn(async (files: File[]) => files.map((f) => ({ path: `/srv/${f.name}`, url: pixel, orig_name: f.name, mime_type: f.type, size: f.size })));
    const { root } = await render(<gr-multimodal-textbox sources={['microphone']} value="hello" upload={upload} />);
    expect(root.querySelector('[aria-label="Attach files"]')).toBeNull();
    const submit = vi.fn();
    root.addEventListener('gr-submit', submit);
    (root.querySelector('[aria-label="Record audio"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[aria-label="Stop recording"]')).not.toBeNull(), { timeout: limit(10_000) });
    await vi.waitFor(() => expect(root.querySelector('.recording-time')?.textContent).toMatch(/^0:0[1-9]$/), { timeout: limit(10_000) });
    (root.querySelector('.submit-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1), { timeout: limit(10_000) });
    expect(submit.mock.calls[0][0].detail.text).toBe('hello');
    expect(submit.mock.calls[0][0].detail.files.map((f: { orig_name: string }) => f.orig_name)).toEqual(['recording.wav']);
    // Refused: the browser's NotAllowedError becomes a message, and the button is back. (First the note of
    // the send above is done with: no recording bar, the Record button back.)
    await vi.waitFor(() => expect(root.querySelector('.recording-bar')).toBeNull(), { timeout: limit(15_000) });
    await vi.waitFor(() => expect((root.querySelector('[aria-label="Record audio"]') as HTMLButtonElement | null)?.disabled).toBe(false), { timeout: limit(15_000) });
    const denied = vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    try {
      (root.querySelector('[aria-label="Record audio"]') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent ?? '').toContain('Microphone access was denied'), {
        timeout: limit(15_000),
      });
      expect(root.querySelector('.recording-bar')).toBeNull();
      expect(root.querySelector('[aria-label="Record audio"]')).not.toBeNull();
    } finally {
      denied.mockRestore();
    }
  });

  it('file names and alt text from values never run script', async () => {
    const ran = vi.fn();
    (window as unknown as { __xss?: (name: string) => void }).__xss = ran;
    const files = xssVectors.map((v) => ({ path: v.payload, orig_name: v.payload, url: `javascript:window.__xss('url')`, mime_type: 'image/png' }));
    const { root } = await render(<gr-multimodal-textbox value={{ text: xssVectors[0].payload, files }} placeholder={xssVectors[1].payload} />);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).not.toHaveBeenCalled();
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        expect(/^on/i.test(attribute.name)).toBe(false);
        if (/href|src/i.test(attribute.name)) expect(scriptUrlPattern.test(attribute.value)).toBe(false);
      }
    }
    expect(root.querySelectorAll('.thumbnail img')).toHaveLength(0);
    delete (window as unknown as { __xss?: unknown }).__xss;
  });
});
