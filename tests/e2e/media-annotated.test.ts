/**
 * `<gr-annotated-image>` and `<gr-image-slider>` inside `<gradio-app>` against real Gradio servers
 * (`examples/apps/media_annotated.py`): the server's annotated output (base image and mask PNGs) shows with
 * its legend, a legend click reaches the server as select data; on Gradio 6 (5.14 has no ImageSlider), an
 * uploaded picture and its inverse come back to the slider, whose divider the keyboard moves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

async function open(name: string) {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.media_annotated.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

describe.each(gradioVersions)('annotated image and image slider in <gradio-app> (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['media_annotated'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('shows the annotated output with its masks and legend; a legend click sends select data', async () => {
    const { page, app, errors } = await open(`media-annotated-${gradio}`);
    await app.locator('gr-button', { hasText: 'Annotate' }).locator('button').click();
    const annotated = app.locator('gr-annotated-image');
    await expect.poll(() => annotated.locator('img.mask').count(), { timeout: limit(30_000) }).toBe(2);
    await expect
      .poll(() => annotated.locator('img.base-image').evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: limit(10_000) })
      .toBe(120);
    for (const mask of await annotated.locator('img.mask').all()) {
      await expect.poll(() => mask.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: limit(10_000) }).toBe(120);
      expect((await mask.getAttribute('src'))?.startsWith(`${suite.servers.media_annotated.url}/`)).toBe(true);
    }
    expect(await annotated.locator('.legend-item').allTextContents()).toEqual(['box', 'region']);
    await annotated.locator('.legend-item', { hasText: 'region' }).hover();
    await expect.poll(() => annotated.locator('img.mask.dimmed').count()).toBe(1);
    await screenshot(page, 'media-annotated');
    await annotated.locator('.legend-item', { hasText: 'region' }).click();
    await expect.poll(() => app.locator('gr-textbox', { hasText: 'chosen' }).locator('textarea, input').first().inputValue(), { timeout: limit(30_000) }).toBe(
      '1 region',
    );
    expect(errors).toEqual([]);
  });

  it.runIf(gradio === 6)('the slider shows the uploaded picture and its inverse; the keyboard moves the divider', async () => {
    const { page, app, errors } = await open(`media-slider-${gradio}`);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEUlEQVR4nGP4z8DAwMDAAAAfAAL/JbqUlwAAAABJRU5ErkJggg==',
      'base64',
    );
    const source = app.locator('gr-image').filter({ has: page.locator('.block-label', { hasText: /^source$/ }) });
    await source.locator('input[type=file]').setInputFiles({ name: 'two.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => source.evaluate((el) => (el as HTMLGrImageElement).value), { timeout: limit(30_000) }).toMatchObject({ orig_name: 'two.png' });
    await app.locator('gr-button', { hasText: 'Compare' }).locator('button').click();
    const slider = app.locator('gr-image-slider');
    await expect.poll(() => slider.locator('img.slider-image').count(), { timeout: limit(30_000) }).toBe(2);
    const value = (await slider.evaluate((el) => (el as HTMLGrImageSliderElement).value)) as Array<{ url: string }>;
    expect(value).toHaveLength(2);
    for (const file of value) expect(file.url.startsWith(`${suite.servers.media_annotated.url}/`)).toBe(true);
    const divider = slider.getByRole('slider');
    await divider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp');
    await expect.poll(() => divider.getAttribute('aria-valuenow')).toBe('10');
    await screenshot(page, 'media-slider');
    expect(errors).toEqual([]);
  });
});
