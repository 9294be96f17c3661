/**
 * `<gr-video>` inside `<gradio-app>` against real Gradio 5.14 and 6.25 apps (examples/apps/media_video.py): a
 * WebM made in the page with Chromium's MediaRecorder is uploaded, the server reports exactly the bytes it
 * received, and the video comes back playable with its SRT subtitles shown as a WebVTT track. WebM passes
 * through without ffmpeg. Screenshots in test-results/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

describe.each(gradioVersions)('gr-video in <gradio-app> with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['media_video'], { gradio });

  it('an uploaded WebM reaches the server byte for byte and comes back playable with subtitles', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`media-video-${gradio}`, `<gradio-app src="${suite.servers.media_video.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const video = (label: string) => app.locator('gr-video', { has: page.locator('.block-label, .sr-only', { hasText: new RegExp(`^${label}$`) }) });

    // A one-second WebM of a moving square, recorded in the page.
    const base64 = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 48;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      let frame = 0;
      const timer = setInterval(() => {
        ctx.fillStyle = '#123';
        ctx.fillRect(0, 0, 64, 48);
        ctx.fillStyle = '#f97316';
        ctx.fillRect(frame++ % 48, 12, 16, 16);
      }, 33);
      const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      recorder.start(100);
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (frame > 30) {
            clearInterval(check);
            resolve();
          }
        }, 20);
      });
      await new Promise<void>((resolve) => {
        recorder.onstop = () => resolve();
        recorder.stop();
      });
      clearInterval(timer);
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    });
    const buffer = Buffer.from(base64, 'base64');
    await video('input').locator('input[type=file]').setInputFiles({ name: 'square.webm', mimeType: 'video/webm', buffer });
    await expect.poll(() => video('input').locator('video').count(), { timeout: limit(30_000) }).toBe(1);
    await app.locator('gr-button', { hasText: 'Run' }).locator('button').click();
    const received = app.locator('gr-textbox', { hasText: 'received' }).locator('textarea, input').first();
    await expect.poll(() => received.inputValue(), { timeout: limit(60_000) }).toBe(`${buffer.length} bytes, .webm`);

    const out = video('output').locator('video');
    await expect.poll(() => out.count(), { timeout: limit(30_000) }).toBe(1);
    expect(await out.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*file=.*\.webm$/);
    await expect.poll(() => video('output').locator('track').getAttribute('src'), { timeout: limit(30_000) }).toMatch(/^blob:/);
    const cue = await out.evaluate(async (el) => {
      const trackElement = el.querySelector('track') as HTMLTrackElement;
      trackElement.track.mode = 'showing';
      // 2: LOADED.
      if (trackElement.readyState !== 2) await new Promise((resolve) => trackElement.addEventListener('load', resolve, { once: true }));
      return (trackElement.track.cues?.[0] as VTTCue | undefined)?.text;
    });
    expect(cue).toBe('Passed through');
    // It plays to the end.
    const ended = await out.evaluate(async (el) => {
      const v = el as HTMLVideoElement;
      v.muted = true;
      const done = new Promise<boolean>((resolve) => v.addEventListener('ended', () => resolve(true), { once: true }));
      await v.play();
      return done;
    });
    expect(ended).toBe(true);
    await screenshot(page, `media-video-${gradio}`);
    expect(errors).toEqual([]);
  });
});
