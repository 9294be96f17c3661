/**
 * `<gr-gallery>` inside `<gradio-app>` against real Gradio 5.14 and 6.25 apps (examples/apps/media_gallery.py): the server's
 * generated tiles show as thumbnails with captions, a click opens the preview and reaches the server's
 * `.select()` listener with the index and item, the gallery value goes back to the server intact, and a
 * caption carrying markup stays text. Screenshots in test-results/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

describe.each(gradioVersions)('gr-gallery in <gradio-app> with a real Gradio app (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite(['media_gallery'], { gradio });

  it('shows generated tiles, reports the selection to the server and sends the gallery back', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`media-gallery-${gradio}`, `<gradio-app src="${suite.servers.media_gallery.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const field = (label: string) => app.locator('gr-textbox, gr-number', { hasText: label }).locator('textarea, input').first();
    const button = (text: string) => app.locator('gr-button', { hasText: text }).locator('button');
    const gallery = app.locator('gr-gallery');

    await field('count').fill('6');
    await button('Make').click();
    const thumbs = gallery.locator('.grid .thumbnail');
    await expect.poll(() => thumbs.count(), { timeout: limit(30_000) }).toBe(6);
    // Every tile decodes from the server's file URL.
    await expect
      .poll(() => gallery.locator('.grid img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth === 96).length), {
        timeout: limit(30_000),
      })
      .toBe(6);
    expect(await gallery.locator('.caption').first().textContent()).toBe('Tile 0');
    const src = await gallery.locator('.grid img').first().getAttribute('src');
    expect(src).toMatch(/\/file=.*\.png$/);
    await screenshot(page, `media-gallery-grid-${gradio}`);

    await thumbs.nth(2).click();
    await expect.poll(() => field('chosen').inputValue(), { timeout: limit(30_000) }).toBe('selected 2: Tile 2');
    await expect.poll(() => gallery.locator('.preview').getAttribute('aria-label')).toBe('Image 3 of 6: Tile 2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => field('chosen').inputValue(), { timeout: limit(30_000) }).toBe('selected 3: Tile 3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The caption with markup is shown as text; nothing ran.
    await expect.poll(() => gallery.locator('figcaption').textContent()).toBe('<img src=x onerror="window.__xss=1">');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await screenshot(page, `media-gallery-preview-${gradio}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => gallery.locator('.preview').count()).toBe(0);

    await button('Send back').click();
    await expect
      .poll(() => field('received').inputValue(), { timeout: limit(30_000) })
      .toBe('6 items: .png|Tile 0, .png|Tile 1, .png|Tile 2, .png|Tile 3, .png|Tile 4, .png|<img src=x onerror="window.__xss=1">');
    expect(errors).toEqual([]);
  });

  it('files added to an interactive gallery are uploaded and reach the server as images', async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page(`media-gallery-upload-${gradio}`, `<gradio-app src="${suite.servers.media_gallery.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    const mine = app.locator('gr-gallery', { hasText: 'mine' });
    await expect.poll(() => mine.locator('.upload-zone-button').count()).toBe(1);
    // Two PNGs of different sizes, drawn in the page.
    const pngs = await page.evaluate(() =>
      [
        [3, 2],
        [5, 4],
      ].map(([w, h]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        (canvas.getContext('2d') as CanvasRenderingContext2D).fillRect(0, 0, w, h);
        return canvas.toDataURL('image/png').split(',')[1];
      }),
    );
    await mine.locator('input[type=file]').setInputFiles(
      pngs.map((b64, i) => ({ name: `p${i}.png`, mimeType: 'image/png', buffer: Buffer.from(b64, 'base64') })),
    );
    await expect.poll(() => mine.locator('.grid img').count(), { timeout: limit(30_000) }).toBe(2);
    // The thumbnails come from the server's upload, not from blob: URLs.
    expect(await mine.locator('.grid img').first().getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*file=/);
    await screenshot(page, `media-gallery-upload-${gradio}`);
    await app.locator('gr-button', { hasText: 'Describe mine' }).locator('button').click();
    const out = app.locator('gr-textbox', { hasText: 'mine received' }).locator('textarea, input').first();
    await expect.poll(() => out.inputValue(), { timeout: limit(30_000) }).toBe('2 items: 3x2, 5x4');
    expect(errors).toEqual([]);
  });
});
