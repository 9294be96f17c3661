/**
 * `<gr-multimodal-textbox>` in a multimodal `gr.ChatInterface` (examples/apps/chat_multimodal.py) embedded
 * with `<gradio-app>` on a real Gradio server: an image and a text file travel with the text (the app
 * reports their names, bytes and pixel size), the image shows in the chat, a refused file type is named in
 * the element, and the stop button ends a streaming reply. Screenshots in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;
/** The Gradio major of the suite running now (in page names; screenshot() names the version itself). */
let major = 5;

/** A real PNG of `width` x `height` red pixels, drawn by the page's canvas. */
async function png(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#ff0000';
        context.fillRect(0, 0, w, h);
      }
      return canvas.toDataURL('image/png');
    },
    [width, height],
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

async function open(name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(suite.site.page(`${name}-gradio${major}`, `<gradio-app src="${suite.servers.chat_multimodal.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

const lastBot = (app: Locator) =>
  app
    .locator('gr-chatbot .message.bot')
    .last()
    .evaluate((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
    .catch(() => '');

describe.each(gradioVersions)('multimodal chat in <gradio-app> (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['chat_multimodal'], { gradio });
  beforeAll(() => {
    suite = started;
    major = gradio;
  });

  it('sends an image and a text file with the text; the server gets their bytes; the chat shows the image', async () => {
    const { page, app, errors } = await open('chat-multimodal-send');
    const box = app.locator('gr-multimodal-textbox');
    await box.locator('input[type="file"]').setInputFiles([
      { name: 'red.png', mimeType: 'image/png', buffer: await png(page, 7, 5) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello notes') },
    ]);
    await expect.poll(() => box.locator('.thumbnail-name').allTextContents(), { timeout: limit(20_000) }).toEqual(['red.png', 'notes.txt']);
    await box.locator('textarea').fill('what are these?');
    await screenshot(page, 'chat-multimodal-attached');
    await box.locator('textarea').press('Enter');
    await expect
      .poll(() => lastBot(app), { timeout: limit(30_000) })
      .toMatch(/^text='what are these\?' files=\[red\.png \(\d+ bytes, 7x5\), notes\.txt \(11 bytes\)\]/);
    // The user's files show in the chat: the image as an image (from the server's URL).
    const image = app.locator('gr-chatbot .message.user img');
    await expect.poll(() => image.count(), { timeout: limit(15_000) }).toBe(1);
    expect(await image.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gradio_api\/file=/);
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: limit(15_000) }).toBe(7);
    expect(await app.locator('gr-chatbot .message.user .file-link').textContent()).toContain('notes.txt');
    // The textbox was cleared by the app after the submit.
    await expect.poll(() => box.locator('textarea').inputValue(), { timeout: limit(15_000) }).toBe('');
    expect(await box.locator('.thumbnail').count()).toBe(0);
    await screenshot(page, 'chat-multimodal-sent');
    expect(errors).toEqual([]);
  });

  it('the stop button appears while the reply streams and stops it; a refused type is named', async () => {
    const { page, app, errors } = await open('chat-multimodal-stop');
    const box = app.locator('gr-multimodal-textbox');
    await box.locator('input[type="file"]').setInputFiles([{ name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b') }]);
    await expect.poll(() => box.locator('[role="alert"]').textContent(), { timeout: limit(10_000) }).toContain('data.csv');
    expect(await box.locator('.thumbnail').count()).toBe(0);
    await box.locator('textarea').fill('long one');
    await box.locator('.submit-button').click();
    const stop = box.locator('.stop-button');
    await stop.waitFor({ timeout: limit(20_000) });
    await expect.poll(() => lastBot(app), { timeout: limit(20_000) }).toContain(' w3');
    await screenshot(page, 'chat-multimodal-streaming');
    await stop.click();
    // The reply stops well before its end, and the submit button comes back.
    await box.locator('.submit-button').waitFor({ timeout: limit(20_000) });
    // Known open bug (closing note): after Stop the partial reply may be re-rendered empty by the cancelled
    // chain, for a moment or for good; what is asserted is that the stream stopped: the end never comes.
    const seen: string[] = [];
    for (let look = 0; look < 10; look++) {
      seen.push(await lastBot(app));
      await page.waitForTimeout(200);
    }
    expect(seen.filter((text) => text.includes('w60'))).toEqual([]);
    await screenshot(page, 'chat-multimodal-stopped');
    expect(errors).toEqual([]);
  });
});
