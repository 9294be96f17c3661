import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import { limit } from '../../../tests/helpers/limits.ts';

/** A live canvas stream: a moving square, drawn every frame. */
function canvasStream(): { stream: MediaStream; frames: () => number; stop: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  let frames = 0;
  let running = true;
  const draw = () => {
    if (!running) return;
    ctx.fillStyle = '#123';
    ctx.fillRect(0, 0, 64, 48);
    ctx.fillStyle = '#f97316';
    ctx.fillRect(frames % 48, 12, 16, 16);
    frames++;
    requestAnimationFrame(draw);
  };
  draw();
  return { stream: canvas.captureStream(30), frames: () => frames, stop: () => (running = false) };
}

let webm: Blob | undefined;
/** A short WebM made with Chromium's MediaRecorder (once per file). */
async function webmBlob(): Promise<Blob> {
  if (webm) return webm;
  const source = canvasStream();
  const recorder = new MediaRecorder(source.stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  recorder.start(100);
  await vi.waitFor(() => expect(source.frames()).toBeGreaterThan(20));
  await new Promise<void>((resolve) => {
    recorder.onstop = () => resolve();
    recorder.stop();
  });
  source.stop();
  webm = new Blob(chunks, { type: 'video/webm' });
  return webm;
}
const file = (url: string, name = 'clip.webm') => ({ path: name, url, orig_name: name, mime_type: 'video/webm' });
const srt = `data:text/plain,${encodeURIComponent('1\n00:00:00,000 --> 00:00:05,000\nHello subtitles\n')}`;

describe('gr-video in Chromium', () => {
  // Recording the clip and two axe passes over five players took over 15 s on a loaded CI machine.
  it('has no axe violations in light and dark (player with subtitles, upload, webcam source)', async () => {
    const url = URL.createObjectURL(await webmBlob());
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-video value={file(url)} subtitles={srt} />
          <gr-video value={file(url)} interactive label="Editable" />
          <gr-video interactive label="Upload" />
          <gr-video interactive sources={['webcam']} label="Camera" />
          <gr-video label="Empty" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      await vi.waitFor(() => expect(root.querySelector('track')).not.toBeNull());
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
      root.remove();
    }
  }, limit(60_000));

  it('SRT subtitles become a WebVTT track with their cue; playback fires play then end and stop', async () => {
    const { root } = await render(<gr-video value={file(URL.createObjectURL(await webmBlob()))} subtitles={srt} />);
    const events: string[] = [];
    for (const name of ['gr-play', 'gr-end', 'gr-stop']) root.addEventListener(name, () => events.push(name));
    await vi.waitFor(() => expect(root.querySelector('track')?.getAttribute('src')).toMatch(/^blob:/));
    const video = root.querySelector('video') as HTMLVideoElement;
    const track = video.textTracks[0];
    track.mode = 'hidden';
    await vi.waitFor(() => expect(track.cues?.length).toBe(1));
    expect(((track.cues as TextTrackCueList)[0] as VTTCue).text).toBe('Hello subtitles');
    video.muted = true;
    await video.play();
    await vi.waitFor(() => expect(events).toEqual(['gr-play', 'gr-end', 'gr-stop']));
  });

  it('a broken file and a 404 URL each show a clear message; bad subtitles say so; XSS in label and name runs nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const payload = xssVectors[1].payload;
    const { root } = await render(
      <div>
        <gr-video value={file('data:video/webm;base64,bm90IGEgdmlkZW8=', 'broken.webm')} />
        <gr-video value={file('/no-such-video-404.webm', 'missing.webm')} />
        <gr-video value={file('/no-such-video-404.webm', payload)} label={payload} />
        <gr-video value={file(URL.createObjectURL(await webmBlob()))} subtitles="/no-such-subtitles.srt" label="subs" />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.media-error')).toHaveLength(3));
    const messages = Array.from(root.querySelectorAll('.media-error')).map((m) => m.textContent);
    expect(messages[0]).toMatch(/^"broken\.webm" could not be (played|loaded)/);
    expect(messages[1]).toMatch(/^"missing\.webm" could not be (played|loaded)/);
    expect(messages[2]).toContain(payload);
    await vi.waitFor(() => expect(root.querySelector('.track-error')?.textContent).toBe('The subtitles "no-such-subtitles.srt" could not be loaded (HTTP 404).'));
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(ran).toEqual([]);
  });

  it('upload: a WebM becomes the value (FileData; {video, subtitles} for a Gradio 5 config)', async () => {
    const { root, setProps } = await render(<gr-video interactive />);
    const events: string[] = [];
    for (const name of ['gr-upload', 'gr-change']) root.addEventListener(name, () => events.push(name));
    const choose = async () => {
      const input = root.querySelector('input[type=file]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([await webmBlob()], 'mine.webm', { type: 'video/webm' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    await choose();
    await vi.waitFor(() => expect(root.querySelector('video')).not.toBeNull());
    expect(((root as HTMLGrVideoElement).value as { orig_name: string }).orig_name).toBe('mine.webm');
    expect(events).toEqual(['gr-upload', 'gr-change']);
    await setProps({ value: null, mirrorWebcam: true });
    await vi.waitFor(() => expect(root.querySelector('.upload-zone')).not.toBeNull());
    await choose();
    await vi.waitFor(() => expect((root as HTMLGrVideoElement).value).not.toBeNull());
    const legacy = (root as HTMLGrVideoElement).value as { video: { orig_name: string }; subtitles: null };
    expect([legacy.video.orig_name, legacy.subtitles]).toEqual(['mine.webm', null]);
    await vi.waitFor(() => expect(root.querySelector("video")?.getAttribute("src")).toMatch(/^blob:/));
  });

  it('records from the webcam (MediaRecorder, WebM): start and stop recording, then change', async () => {
    const source = canvasStream();
    const original = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = async () => source.stream;
    try {
      const { root } = await render(<gr-video interactive sources={['webcam']} includeAudio={false} />);
      const events: string[] = [];
      for (const name of ['gr-start-recording', 'gr-stop-recording', 'gr-change', 'gr-upload']) root.addEventListener(name, () => events.push(name));
      const button = (text: string) => Array.from(root.querySelectorAll<HTMLButtonElement>('.webcam button')).find((b) => b.textContent === text);
      button('Open camera')?.click();
      await vi.waitFor(() => expect(button('Record')).toBeDefined());
      await vi.waitFor(() => expect((root.querySelector('video.preview') as HTMLVideoElement).readyState).toBeGreaterThan(1));
      button('Record')?.click();
      const start = source.frames();
      await vi.waitFor(() => expect(source.frames() - start).toBeGreaterThan(15));
      button('Stop recording')?.click();
      await vi.waitFor(() => expect((root as HTMLGrVideoElement).value).not.toBeNull());
      const value = (root as HTMLGrVideoElement).value as { orig_name: string; mime_type: string; size: number };
      expect([value.orig_name, value.mime_type]).toEqual(['recording.webm', 'video/webm']);
      expect(value.size).toBeGreaterThan(100);
      expect(events).toEqual(['gr-start-recording', 'gr-stop-recording', 'gr-change']);
    } finally {
      navigator.mediaDevices.getUserMedia = original;
      source.stop();
    }
  });

  it('a refused camera says so in the element', async () => {
    const original = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = async () => {
      throw new DOMException('no', 'NotAllowedError');
    };
    try {
      const { root } = await render(<gr-video interactive sources={['webcam']} />);
      (root.querySelector('.webcam button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('Camera access was denied'));
    } finally {
      navigator.mediaDevices.getUserMedia = original;
    }
  });
});
