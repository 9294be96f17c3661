/**
 * `<gr-image>` inside `<gradio-app>` against a real Gradio server (`examples/apps/media_image.py`): a PNG made
 * here is chosen through the file input, uploaded to the server and sent to a numpy function, which
 * reports the exact pixel size and a sha256 of the pixels it received; the mirrored and inverted output is
 * shown and its pixels are checked; a click on the output reaches the server as select data with the
 * pixel's coordinates; a static image downloads with its bytes; a refused file is a message in the element.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { type Locator, type Page, chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { downloadedBytes, openPage } from '../helpers/browser.ts';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

/** An RGB PNG of `width` x `height` whose pixel (x, y) is `color(x, y)`; and the sha256 of its raw RGB bytes. */
function png(width: number, height: number, color: (x: number, y: number) => [number, number, number]) {
  const rgb = Buffer.alloc(width * height * 3);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    rows[y * (1 + width * 3)] = 0;
    for (let x = 0; x < width; x++) {
      const c = color(x, y);
      c.forEach((v, i) => {
        rgb[(y * width + x) * 3 + i] = v;
        rows[y * (1 + width * 3) + 1 + x * 3 + i] = v;
      });
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { bytes, sha256: createHash('sha256').update(rgb).digest('hex') };
}

/** The `gr-image` whose label is `label`. */
const imageBlock = (app: Locator, label: string) => app.locator('gr-image').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

/** Pixels of an image's bytes, read in the page (no CORS involved): `[r,g,b]` at each point. */
async function pixels(page: Page, bytes: Buffer, points: Array<[number, number]>): Promise<string[]> {
  return page.evaluate(
    async ({ b64, points }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3)).join(','));
    },
    { b64: bytes.toString('base64'), points },
  );
}

async function open(name: string) {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.media_image.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

describe.each(gradioVersions)('<gr-image> in <gradio-app> with a real Gradio server (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['media_image'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('uploads a chosen PNG; the server receives its exact pixels; the transformed output shows; select sends pixel coordinates', async () => {
    const { page, app, errors } = await open(`media-image-roundtrip-${gradio}`);
    // 120x80: left half red, right half blue.
    const picture = png(120, 80, (x) => (x < 60 ? [255, 0, 0] : [0, 0, 255]));
    const input = imageBlock(app, 'input');
    await input.locator('input[type=file]').setInputFiles({ name: 'halves.png', mimeType: 'image/png', buffer: picture.bytes });
    // The value is the server's FileData: a path in Gradio's upload cache, served from the app.
    await expect
      .poll(() => input.evaluate((el) => (el as HTMLGrImageElement).value), { timeout: limit(30_000) })
      .toMatchObject({ orig_name: 'halves.png', size: picture.bytes.length, mime_type: 'image/png' });
    const value = (await input.evaluate((el) => (el as HTMLGrImageElement).value)) as { path: string; url: string };
    expect(value.url.startsWith(`${suite.servers.media_image.url}/`)).toBe(true);
    expect(value.path).not.toBe('halves.png');
    await expect.poll(() => input.locator('img.image-preview').evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: limit(10_000) }).toBe(120);

    await app.locator('gr-button', { hasText: 'Run' }).locator('button').click();
    await expect.poll(() => textbox(app, 'received').inputValue(), { timeout: limit(30_000) }).toBe(`120x80 sha256=${picture.sha256}`);

    // Output: mirrored and inverted. Left is inverted blue (yellow), right is inverted red (cyan).
    const output = imageBlock(app, 'output');
    const outImg = output.locator('img.image-preview');
    await expect.poll(() => outImg.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: limit(30_000) }).toBe(120);
    const outUrl = await outImg.getAttribute('src');
    expect(outUrl?.startsWith(`${suite.servers.media_image.url}/`)).toBe(true);
    const outBytes = Buffer.from(await (await fetch(outUrl!)).arrayBuffer());
    expect(await pixels(page, outBytes, [[5, 5], [115, 70]])).toEqual(['255,255,0', '0,255,255']);
    await screenshot(page, 'media-image-roundtrip');

    // A click on pixel (30, 20) of the output reaches the server as select data.
    const box = await outImg.evaluate((img) => {
      const r = img.getBoundingClientRect();
      const i = img as HTMLImageElement;
      const scale = Math.min(r.width / i.naturalWidth, r.height / i.naturalHeight, 1);
      return { left: r.left + (r.width - i.naturalWidth * scale) / 2, top: r.top + (r.height - i.naturalHeight * scale) / 2, scale };
    });
    await page.mouse.click(box.left + 30.5 * box.scale, box.top + 20.5 * box.scale);
    await expect.poll(() => textbox(app, 'selected').inputValue(), { timeout: limit(30_000) }).toBe('30,20');
    expect(errors).toEqual([]);
  });

  it('a static image downloads with the bytes the server serves', async () => {
    const { page, app, errors } = await open(`media-image-download-${gradio}`);
    const generated = imageBlock(app, 'generated');
    const preview = generated.locator('img.image-preview');
    const src = await preview.getAttribute('src');
    expect(src).toBeTruthy();
    // Every picture of the app loaded first, so that no late layout shift moves the button under the click.
    await expect
      .poll(() => app.evaluate((el) => [...el.shadowRoot!.querySelectorAll('img')].every((img) => img.complete)), { timeout: limit(20_000) })
      .toBe(true);
    // A popup instead of a download would mean the element could not fetch the file: say so rather than time out.
    const popup = page.waitForEvent('popup', { timeout: limit(30_000) }).then((p) => `a popup opened at ${p.url()}`, () => 'no popup');
    const [download] = await Promise.all([
      Promise.race([page.waitForEvent('download', { timeout: limit(30_000) }), popup.then((why) => Promise.reject(new Error(why)))]),
      generated.getByRole('button', { name: 'Download' }).click(),
    ]);
    const saved = await downloadedBytes(download);
    const served = Buffer.from(await (await fetch(src!)).arrayBuffer());
    expect(saved.equals(served)).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await pixels(page, saved, [[10, 10], [45, 10], [80, 10]])).toEqual(['255,0,0', '0,255,0', '0,0,255']);
    expect(errors).toEqual([]);
  });

  it('a dropped text file is refused in the element, nothing reaches the server; a pasted image is uploaded', async () => {
    const { page, app, errors } = await open(`media-image-refused-${gradio}`);
    const input = imageBlock(app, 'input');
    await input.evaluate((el) => {
      const data = new DataTransfer();
      data.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      el.querySelector('.upload-zone')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await expect.poll(() => input.locator('.upload-message').textContent()).toBe('"notes.txt" is not an accepted file type (accepted: image).');
    expect(await input.evaluate((el) => (el as HTMLGrImageElement).value)).toBeNull();
    await screenshot(page, 'media-image-refused');

    const picture = png(10, 10, () => [0, 128, 0]);
    await input.locator('.upload-zone-button').focus();
    await input.evaluate((_el, b64) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'pasted.png', { type: 'image/png' }));
      // The focused element is inside <gradio-app>'s shadow root: the paste starts there, as a user's would.
      const focused = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)!;
      if (!focused.classList.contains('upload-zone-button')) throw new Error(`focus is on ${focused.tagName}`);
      focused.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
    }, picture.bytes.toString('base64'));
    await expect
      .poll(() => input.evaluate((el) => (el as HTMLGrImageElement).value), { timeout: limit(30_000) })
      .toMatchObject({ orig_name: 'pasted.png', size: picture.bytes.length });
    await app.locator('gr-button', { hasText: 'Run' }).locator('button').click();
    await expect.poll(() => textbox(app, 'received').inputValue(), { timeout: limit(30_000) }).toBe(`10x10 sha256=${picture.sha256}`);
    expect(errors).toEqual([]);
  });
  it('webcam (Chromium fake camera): a photo is taken, uploaded, and its exact size reaches the server', async () => {
    // The shared launch flags have no fake camera: this test launches its own Chromium with one.
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
      headless: true,
    });
    try {
      const page = await browser.newPage();
      await page.goto(suite.site.page(`media-image-webcam-${gradio}`, `<gradio-app src="${suite.servers.media_image.url}/" eager></gradio-app>`));
      await waitForAppReady(page);
      const app = page.locator('gradio-app');
      const input = imageBlock(app, 'input');
      await input.getByRole('button', { name: 'Webcam' }).click();
      await input.getByRole('button', { name: 'Click to Access Webcam' }).click();
      const video = input.locator('video');
      await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).videoWidth), { timeout: limit(20_000) }).toBeGreaterThan(0);
      const size = await video.evaluate((v) => `${(v as HTMLVideoElement).videoWidth}x${(v as HTMLVideoElement).videoHeight}`);
      expect(await video.evaluate((v) => v.classList.contains('mirrored'))).toBe(true);
      await screenshot(page, 'media-image-webcam');
      await input.getByRole('button', { name: 'Take a photo' }).click();
      await expect
        .poll(() => input.evaluate((el) => (el as HTMLGrImageElement).value), { timeout: limit(30_000) })
        .toMatchObject({ orig_name: 'webcam.png', mime_type: 'image/png' });
      await app.locator('gr-button', { hasText: 'Run' }).locator('button').click();
      await expect.poll(() => textbox(app, 'received').inputValue(), { timeout: limit(30_000) }).toMatch(new RegExp(`^${size} sha256=[0-9a-f]{64}$`));
    } finally {
      await browser.close();
    }
  });
});
