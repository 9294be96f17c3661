import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';
import { decodeAudio, encodeWav } from '../../utils/audio-wav';

/** A sine tone as a WAV blob URL (rendered offline, encoded by hand). */
async function toneUrl(seconds: number, hz = 440): Promise<string> {
  const ctx = new OfflineAudioContext(1, Math.round(seconds * 8000), 8000);
  const osc = ctx.createOscillator();
  osc.frequency.value = hz;
  osc.connect(ctx.destination);
  osc.start();
  return URL.createObjectURL(encodeWav(await ctx.startRendering()));
}
const file = (url: string, name = 'tone.wav') => ({ path: name, url, orig_name: name, mime_type: 'audio/wav' });
const durationOf = async (url: string) => (await decodeAudio(await (await fetch(url)).blob())).duration;

/** Replaces getUserMedia with a live oscillator stream (or a refusal) for the recorder tests. */
function fakeMicrophone(refuse?: string): { ctx: AudioContext; restore: () => void } {
  const ctx = new AudioContext();
  const original = navigator.mediaDevices.getUserMedia;
  navigator.mediaDevices.getUserMedia = async () => {
    if (refuse) throw new DOMException('refused', refuse);
    const osc = ctx.createOscillator();
    const dest = ctx.createMediaStreamDestination();
    osc.connect(dest);
    osc.start();
    return dest.stream;
  };
  return { ctx, restore: () => (navigator.mediaDevices.getUserMedia = original) };
}

describe('gr-audio in Chromium', () => {
  it('has no axe violations in light and dark (player, upload, recorder)', async () => {
    const url = await toneUrl(1);
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-audio value={file(url)} />
          <gr-audio value={file(url)} interactive label="Editable" />
          <gr-audio interactive label="Upload" />
          <gr-audio interactive sources={['microphone']} label="Mic" />
          <gr-audio label="Empty" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      await vi.waitFor(() => expect(root.querySelectorAll('gr-audio .waveform > *').length).toBe(2));
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
      root.remove();
    }
  });

  it('draws the waveform with wavesurfer; keyboard plays (gr-play) and the end fires gr-stop', async () => {
    const { root } = await render(<gr-audio value={file(await toneUrl(0.4))} />);
    const events: string[] = [];
    for (const name of ['gr-play', 'gr-pause', 'gr-stop']) root.addEventListener(name, () => events.push(name));
    await vi.waitFor(() => expect(root.querySelector('.waveform > *')).not.toBeNull());
    await vi.waitFor(() => expect((root.querySelector('.seek') as HTMLInputElement).disabled).toBe(false));
    const play = root.querySelector('.play') as HTMLButtonElement;
    play.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(events).toContain('gr-stop'));
    expect(events[0]).toBe('gr-play');
    await vi.waitFor(() => expect(root.querySelector('.play')?.getAttribute('aria-label')).toBe('Play'));
  });

  it('a broken file and a 404 URL each show a clear message; XSS in the label and file name runs nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (name: string) => void }).__xss = (name) => ran.push(name);
    const payload = xssVectors[1].payload;
    const { root } = await render(
      <div>
        <gr-audio value={file('data:audio/wav;base64,bm90IGF1ZGlv', 'broken.wav')} />
        <gr-audio value={file('/no-such-audio-404.wav', 'missing.wav')} />
        <gr-audio value={file('/no-such-audio-404.wav', payload)} label={payload} />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.media-error')).toHaveLength(3));
    const messages = Array.from(root.querySelectorAll('.media-error')).map((m) => m.textContent);
    expect(messages[0]).toMatch(/^"broken\.wav" could not be (played|loaded)/);
    expect(messages[1]).toMatch(/^"missing\.wav" could not be (played|loaded)/);
    expect(messages[2]).toContain(payload);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(ran).toEqual([]);
  });

  it('upload: a chosen WAV becomes the value (blob URL without a server); a text file is refused with a message', async () => {
    const { root } = await render(<gr-audio interactive />);
    const events: string[] = [];
    for (const name of ['gr-upload', 'gr-change']) root.addEventListener(name, () => events.push(name));
    const choose = (f: File) => {
      const input = root.querySelector('input[type=file]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(f);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    choose(new File(['hi'], 'notes.txt', { type: 'text/plain' }));
    await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('notes.txt'));
    choose(new File([await (await fetch(await toneUrl(0.5))).blob()], 'beep.wav', { type: 'audio/wav' }));
    await vi.waitFor(() => expect(root.querySelector('audio')).not.toBeNull());
    expect((root as HTMLGrAudioElement).value?.orig_name).toBe('beep.wav');
    expect(events).toEqual(['gr-upload', 'gr-change']);
  });

  it('records from the microphone (MediaRecorder) and sends WAV: start, pause, stop events, then change and input', async () => {
    const mic = fakeMicrophone();
    try {
      const { root } = await render(<gr-audio interactive sources={['microphone']} />);
      const events: string[] = [];
      for (const name of ['gr-start-recording', 'gr-pause-recording', 'gr-stop-recording', 'gr-change', 'gr-input', 'gr-upload'])
        root.addEventListener(name, () => events.push(name));
      const button = (text: string) => Array.from(root.querySelectorAll<HTMLButtonElement>('.recorder button')).find((b) => b.textContent === text);
      button('Record')?.click();
      await vi.waitFor(() => expect(button('Stop')).toBeDefined());
      const t0 = mic.ctx.currentTime;
      await vi.waitFor(() => expect(mic.ctx.currentTime - t0).toBeGreaterThan(0.3));
      button('Pause')?.click();
      await vi.waitFor(() => expect(button('Resume')).toBeDefined());
      button('Resume')?.click();
      const t1 = mic.ctx.currentTime;
      await vi.waitFor(() => expect(mic.ctx.currentTime - t1).toBeGreaterThan(0.3));
      button('Stop')?.click();
      await vi.waitFor(() => expect((root as HTMLGrAudioElement).value).not.toBeNull());
      const value = (root as HTMLGrAudioElement).value as { url: string; orig_name: string; mime_type: string };
      expect([value.orig_name, value.mime_type]).toEqual(['recording.wav', 'audio/wav']);
      const head = new Uint8Array(await (await fetch(value.url)).arrayBuffer()).slice(0, 4);
      expect(String.fromCharCode(...head)).toBe('RIFF');
      expect(await durationOf(value.url)).toBeGreaterThan(0.3);
      expect(events).toEqual(['gr-start-recording', 'gr-pause-recording', 'gr-stop-recording', 'gr-change', 'gr-input']);
    } finally {
      mic.restore();
    }
  });

  it('a refused microphone says so in the element', async () => {
    const mic = fakeMicrophone('NotAllowedError');
    try {
      const { root } = await render(<gr-audio interactive sources={['microphone']} />);
      (root.querySelector('.record-button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('Microphone access was denied'));
    } finally {
      mic.restore();
    }
  });

  it('trims: a region on the waveform, start / end fields, Trim makes a WAV of that part (change and input)', async () => {
    const { root } = await render(<gr-audio interactive value={file(await toneUrl(2), 'long.wav')} />);
    const events: string[] = [];
    for (const name of ['gr-change', 'gr-input', 'gr-upload']) root.addEventListener(name, () => events.push(name));
    await vi.waitFor(() => expect((root.querySelector('.trim-button') as HTMLButtonElement).disabled).toBe(false));
    (root.querySelector('.trim-button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelectorAll('.trim-field input')).toHaveLength(2));
    const [start, end] = Array.from(root.querySelectorAll<HTMLInputElement>('.trim-field input'));
    await userEvent.fill(start, '0.5');
    start.dispatchEvent(new Event('change'));
    await userEvent.fill(end, '1.5');
    end.dispatchEvent(new Event('change'));
    (Array.from(root.querySelectorAll<HTMLButtonElement>('.trim button')).find((b) => b.textContent === 'Trim') as HTMLButtonElement).click();
    await vi.waitFor(() => expect((root as HTMLGrAudioElement).value?.orig_name).toBe('long-trimmed.wav'));
    expect(await durationOf((root as HTMLGrAudioElement).value?.url as string)).toBeCloseTo(1, 1);
    expect(events).toEqual(['gr-change', 'gr-input']);
  });
});
