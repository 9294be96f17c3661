/**
 * Streamed video output in `<gradio-app>` against real Gradio 5.14 and 6.25 servers
 * (`examples/apps/media_video_stream.py`): a generator yields one-second MPEG-TS chunks of H.264, each a
 * solid colour of its own, and Gradio serves them as a growing HLS playlist. The video plays while the
 * generator still runs, at the encoded size, and shows the chunks' colours in order (read back from the
 * playing frames through a canvas); a second run plays its own playlist from its start; a yielded file Gradio
 * cannot stream ends the stream with an error the user sees, not a spinner that never stops.
 *
 * The chunks restart their timestamps each (as separately made files do): Gradio 6.25 marks each `.ts`
 * segment with `#EXT-X-DISCONTINUITY`, Gradio 5.14 does not, and hls.js plays both as one timeline.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { downloadedBytes, openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit, waitScale } from '../helpers/limits.ts';

/** The app's encoded frame size and its chunks' colours, in order (`WIDTH`, `HEIGHT`, `COLOURS` there). */
const size = { width: 96, height: 64 };
const colours: [number, number, number][] = [
  [220, 40, 40],
  [40, 190, 60],
  [40, 70, 220],
  [230, 200, 40],
];
/** Per channel: the chunks are written as limited-range BT.601 YCbCr, read back as RGB after rounding twice. */
const tolerance = 24;

/** One frame the page saw presented by the streamed video. */
interface Frame {
  mediaTime: number;
  rgb: [number, number, number];
  width: number;
  height: number;
  /** The `yielded` textbox when the frame was presented: how far the generator had got. */
  yielded: string;
}

/**
 * Records every frame the app's video presents (`requestVideoFrameCallback`), with the colour at its
 * centre. The player gets its data through Media Source Extensions (a `blob:` source of the page's origin), so
 * the canvas is not tainted by the server's origin.
 */
function recordFrames() {
  const frames: Frame[] = [];
  (window as unknown as { videoFrames: Frame[] }).videoFrames = frames;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  setInterval(() => {
    const root = document.querySelector('gradio-app')?.shadowRoot;
    const video = root?.querySelector<HTMLVideoElement>('gr-video video');
    if (!root || !video || video.dataset.recorded) return;
    video.dataset.recorded = 'yes';
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const [r, g, b] = context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data;
      const yielded = root.querySelector<HTMLTextAreaElement | HTMLInputElement>('#yielded textarea, #yielded input')?.value ?? '';
      frames.push({ mediaTime: meta.mediaTime, rgb: [r, g, b], width: video.videoWidth, height: video.videoHeight, yielded });
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  }, 20);
}

const framesSeen = (page: Page) => page.evaluate(() => (window as unknown as { videoFrames: Frame[] }).videoFrames);

/** The index of the chunk colour `rgb` is, or -1 when it is none of them. */
const chunkOf = (rgb: readonly number[]) => colours.findIndex((colour) => colour.every((c, i) => Math.abs(c - rgb[i]) <= tolerance));

/** Consecutive equal values once. */
const runs = <T>(values: T[]) => values.filter((value, i) => i === 0 || value !== values[i - 1]);

describe.each(gradioVersions)('streamed video output in <gradio-app> with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['media_video_stream'], { gradio });

  async function open(name: string) {
    const { page, errors } = await openPage(suite.browser);
    await page.addInitScript(recordFrames);
    await page.goto(suite.site.page(`${name}-${gradio}`, `<gradio-app src="${suite.servers.media_video_stream.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    return { page, app, player: app.locator('gr-video'), errors };
  }

  const yielded = (app: Locator) => app.locator('#yielded').locator('textarea, input').first();

  it('plays the chunks as they are yielded, at the encoded size, in order of their colours', async () => {
    const { page, app, player, errors } = await open('media-video-stream');
    // The live source's pause between chunks (1 s) grows with the machine's load (twice the factor: once did
    // not do under stress-ng with the whole suite), so that "presented while the generator still runs" means
    // the same on a loaded machine, where the first frame takes longer.
    if (waitScale() > 1) await app.locator('gr-number', { hasText: 'pause' }).locator('input').fill(String(2 * waitScale()));
    await app.locator('gr-button', { hasText: 'Stream colours' }).locator('button').click();
    await expect
      .poll(() => player.evaluate((el) => (el as HTMLGrVideoElement).value), { timeout: limit(30_000) })
      // Both versions send Gradio 5's `{video, subtitles}` shape here (without subtitles).
      .toMatchObject({ video: { is_stream: true, url: expect.stringMatching(/\/stream\/[^/]+\/\d+\/\d+\/playlist\.m3u8$/) } });
    const video = player.locator('video');
    // The first frames are presented while the generator still runs: before its last chunk is yielded.
    await expect.poll(async () => (await framesSeen(page)).length, { timeout: limit(30_000) }).toBeGreaterThan(0);
    const first = (await framesSeen(page))[0];
    expect(first.yielded).toMatch(/^[1-3] of 4 chunks$/);
    // Four chunks of 1 s: playback reaches the end of the last one and stops there.
    await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).ended), { timeout: limit(30_000) }).toBe(true);
    expect(await yielded(app).inputValue()).toBe('4 of 4 chunks');
    expect(await video.evaluate((v) => (v as HTMLVideoElement).src)).toMatch(/^blob:/);
    expect(await video.evaluate((v) => (v as HTMLVideoElement).duration)).toBeCloseTo(4, 1);
    const frames = await framesSeen(page);
    for (const frame of frames) expect({ width: frame.width, height: frame.height }).toEqual(size);
    // Every frame shown is one of the chunks' colours, and the chunks come in the order they were yielded.
    const unknown = frames.filter((frame) => chunkOf(frame.rgb) < 0);
    expect(unknown).toEqual([]);
    // On an idle machine every chunk shows; a loaded one may drop a whole chunk's frames (a load run skipped
    // chunk 1), so there the order, the first and the last count.
    const shownChunks = runs(frames.map((frame) => chunkOf(frame.rgb)));
    if (waitScale() > 1) expect(shownChunks.filter((chunk, i) => i > 0 && chunk <= shownChunks[i - 1])).toEqual([]);
    else expect(shownChunks).toEqual([0, 1, 2, 3]);
    expect([shownChunks[0], shownChunks.at(-1)]).toEqual([0, 3]);
    // Each chunk's frames at its own second of the timeline (frames are 0.1 s apart).
    expect(frames.filter((frame) => Math.floor(frame.mediaTime + 0.05) !== chunkOf(frame.rgb))).toEqual([]);
    // The stream's last value leaves the player as it was: no error in place of the video.
    expect(await player.locator('video').count()).toBe(1);
    expect(await player.locator('.error, [role=alert]').count()).toBe(0);
    await screenshot(page, 'media-video-stream');
    // Download saves the whole stream (Gradio's `…/playlist-file`), not the playlist's text. Without ffmpeg
    // the app's stand-in joins the chunks as they are: MPEG-TS packets, one PAT per chunk.
    const [download] = await Promise.all([page.waitForEvent('download'), player.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('video-stream.mp4');
    const saved = await downloadedBytes(download);
    expect(saved.length % 188).toBe(0);
    const packets = Array.from({ length: saved.length / 188 }, (_, i) => saved.subarray(i * 188, (i + 1) * 188));
    expect(packets.filter((packet) => packet[0] !== 0x47)).toEqual([]);
    expect(packets.filter((packet) => (packet[1] & 0x5f) === 0x40 && packet[2] === 0).length).toBe(4);
    expect(errors).toEqual([]);
  });

  it('a second run replaces the ended stream and plays its own chunks from the first', async () => {
    const { page, app, player, errors } = await open('media-video-stream-again');
    await app.locator('gr-number', { hasText: 'chunks' }).locator('input').fill('2');
    await app.locator('gr-number', { hasText: 'pause' }).locator('input').fill('0.5');
    const video = player.locator('video');
    const urls: string[] = [];
    const streamUrl = async () => ((await player.evaluate((el) => (el as HTMLGrVideoElement).value)) as { video?: { url: string } } | null)?.video?.url;
    for (const run of [1, 2]) {
      const before = (await framesSeen(page)).length;
      await app.locator('gr-button', { hasText: 'Stream colours' }).locator('button').click();
      // This run's playlist (each run has its own URL), played to its end.
      await expect.poll(async () => { const url = await streamUrl(); return Boolean(url && !urls.includes(url)); }, { timeout: limit(30_000) }).toBe(true);
      urls.push((await streamUrl()) as string);
      await expect.poll(() => yielded(app).inputValue(), { timeout: limit(30_000) }).toBe('2 of 2 chunks');
      await expect
        .poll(() => video.evaluate((v) => { const m = v as HTMLVideoElement; return m.ended && m.currentTime > 1.9; }), { timeout: limit(30_000) })
        .toBe(true);
      expect(await video.evaluate((v) => (v as HTMLVideoElement).duration), `run ${run}`).toBeCloseTo(2, 1);
      const frames = (await framesSeen(page)).slice(before);
      expect(runs(frames.map((frame) => chunkOf(frame.rgb))), `run ${run}`).toEqual([0, 1]);
    }
    expect(errors).toEqual([]);
  });

  it('a yielded file that is neither .ts nor .mp4 ends the stream with an error shown to the user', async () => {
    const { page, app, player, errors } = await open('media-video-stream-wrong');
    await app.locator('gr-button', { hasText: 'Stream a WebM' }).locator('button').click();
    // Gradio's own message (mount_gradio_app and the app's launch() show errors): in a toast, and in the
    // status of each output of the event.
    const message = 'Video must be in .mp4 or .ts format to be streamed as chunks';
    await expect.poll(() => app.locator('gr-toast [role=alert]').allTextContents(), { timeout: limit(30_000) }).toEqual([expect.stringContaining(message)]);
    const tracker = app.locator('.component', { has: page.locator('gr-video') }).locator('gr-status-tracker');
    await expect.poll(() => tracker.locator('.error').count(), { timeout: limit(15_000) }).toBe(1);
    expect(await tracker.textContent()).toContain(message);
    expect(await app.locator('gr-status-tracker gr-loader').count()).toBe(0);
    expect(await yielded(app).inputValue()).toBe('1 chunk');
    // Gradio ends the playlist after the chunk it had (#EXT-X-ENDLIST): the player plays that chunk to its
    // end and stops, rather than waiting for more.
    const video = player.locator('video');
    await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).ended), { timeout: limit(30_000) }).toBe(true);
    expect(await video.evaluate((v) => (v as HTMLVideoElement).duration)).toBeCloseTo(1, 1);
    expect(runs((await framesSeen(page)).map((frame) => chunkOf(frame.rgb)))).toEqual([0]);
    await screenshot(page, 'media-video-stream-wrong');
    expect(errors).toEqual([]);
  });
});
