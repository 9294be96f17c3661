/**
 * `<gr-audio>` inside `<gradio-app>` against real Gradio 5.14 and 6.25 apps (examples/apps/media_audio.py): a WAV written by
 * the test is uploaded and reaches numpy with its exact rate and sample count; the server's generated tone
 * comes back playable with its waveform; a microphone recording (a page-side oscillator stands in for the
 * microphone) is sent as WAV and the server reads its header. Screenshots in test-results/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { encodeWav } from '../../src/utils/audio-wav.ts';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

/** A 0.5 s, 8 kHz mono sine as WAV bytes (the element's own encoder, on a plain sample array). */
async function wavBytes(): Promise<Buffer> {
  const rate = 8000;
  const samples = Float32Array.from({ length: 4000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 330 * i) / rate));
  const buffer = { sampleRate: rate, numberOfChannels: 1, length: samples.length, duration: 0.5, getChannelData: () => samples };
  return Buffer.from(await encodeWav(buffer as unknown as AudioBuffer).arrayBuffer());
}

describe.each(gradioVersions)('gr-audio in <gradio-app> with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['media_audio'], { gradio });

  it('an uploaded WAV reaches numpy intact; the generated tone comes back with a waveform and plays to the end', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`media-audio-${gradio}`, `<gradio-app src="${suite.servers.media_audio.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const audio = (label: string) => app.locator('gr-audio', { has: page.locator('.block-label, .sr-only', { hasText: new RegExp(`^${label}$`) }) });
    const text = (label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

    await audio('input').locator('input[type=file]').setInputFiles({ name: 'sine.wav', mimeType: 'audio/wav', buffer: await wavBytes() });
    await expect.poll(() => audio('input').locator('audio').count(), { timeout: limit(30_000) }).toBe(1);
    expect(await audio('input').locator('audio').getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*file=/);
    await app.locator('gr-button', { hasText: 'Analyse' }).locator('button').click();
    await expect.poll(() => text('described').inputValue(), { timeout: limit(30_000) }).toBe('8000 Hz, 4000 samples, 0.50 s');

    const tone = audio('tone');
    await expect.poll(() => tone.locator('.waveform > *').count(), { timeout: limit(30_000) }).toBeGreaterThan(0);
    await expect.poll(() => tone.locator('audio').evaluate((a) => (a as HTMLAudioElement).duration), { timeout: limit(30_000) }).toBeCloseTo(1, 1);
    await screenshot(page, `media-audio-${gradio}`);
    await tone.evaluate((el) => {
      (window as unknown as { stopped: boolean }).stopped = false;
      el.addEventListener('gr-stop', () => {
        (window as unknown as { stopped: boolean }).stopped = true;
      });
    });
    await tone.locator('button.play').click();
    await page.waitForFunction(() => (window as unknown as { stopped: boolean }).stopped, null, { timeout: limit(30_000) });
    expect(errors).toEqual([]);
  });

  it('a microphone recording is uploaded as WAV and the server reads it', async () => {
    const { page, errors } = await openPage(suite.browser);
    // The page's microphone: a 440 Hz oscillator (a stream destination is stereo).
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = async () => {
        const ctx = new AudioContext();
        const osc = ctx.createOscillator();
        const dest = ctx.createMediaStreamDestination();
        osc.connect(dest);
        osc.start();
        (window as unknown as { micClock: AudioContext }).micClock = ctx;
        return dest.stream;
      };
    });
    await page.goto(suite.site.page(`media-audio-mic-${gradio}`, `<gradio-app src="${suite.servers.media_audio.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const mic = app.locator('gr-audio', { hasText: 'file input' });
    await mic.locator('.record-button', { hasText: 'Record' }).click();
    await mic.locator('.record-button', { hasText: 'Stop' }).waitFor();
    // Record about half a second of the oscillator's clock.
    await page.waitForFunction(() => ((window as unknown as { micClock?: AudioContext }).micClock?.currentTime ?? 0) > 0.6, null, { timeout: limit(30_000) });
    await mic.locator('.record-button', { hasText: 'Stop' }).click();
    await expect.poll(() => mic.locator('audio').count(), { timeout: limit(30_000) }).toBe(1);
    await app.locator('gr-button', { hasText: 'Header' }).locator('button').click();
    const header = app.locator('gr-textbox', { hasText: 'header' }).locator('textarea, input').first();
    await expect.poll(() => header.inputValue(), { timeout: limit(30_000) }).toMatch(/^[12] ch, 48000 Hz, \d+ frames$/);
    const frames = Number((await header.inputValue()).match(/(\d+) frames/)?.[1]);
    expect(frames).toBeGreaterThan(48000 * 0.2);
    await screenshot(page, `media-audio-recorded-${gradio}`);
    expect(errors).toEqual([]);
  });
});
