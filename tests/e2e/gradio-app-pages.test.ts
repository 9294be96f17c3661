/**
 * Multipage apps in `<gradio-app>` (examples/apps/multipage.py): the navigation bar, pages switched inside the
 * embed without reloading the host page (each page's listeners and `load` events), the `page` attribute and a
 * `src` URL that names a page. Routes exist from Gradio 6 on: on 5.14 the same app has its home page only,
 * and no bar.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

async function open(name: string, attributes = '', path = ''): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(
    suite.site.page(
      name,
      `<script>window.__marker = 'kept';</script><gradio-app src="${suite.servers.multipage.url}/${path}" eager ${attributes}></gradio-app>`,
    ),
  );
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

const field = (app: Locator, label: string) =>
  app.locator('gr-textbox, gr-number', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).locator('textarea, input').first();
const navLinks = (app: Locator) => app.locator('gr-navbar a').allTextContents();

describe.each(gradioVersions)('<gradio-app> multipage apps (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['multipage'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('the bar lists the pages; a page switch stays in the embed and runs that page’s listeners', async () => {
    const { page, app, errors } = await open('pages-switch');
    await app.locator('#home-title').waitFor({ timeout: limit(30_000) });
    await field(app, 'name').fill('Ada');
    await app.locator('gr-button', { hasText: 'Greet' }).locator('button').click();
    await expect.poll(() => field(app, 'greeting').inputValue(), { timeout: limit(20_000) }).toBe('Hello, Ada!');
    if (gradio === 5) {
      expect(await app.locator('gr-navbar').count()).toBe(0);
      expect(errors).toEqual([]);
      return;
    }
    // The hidden page is not listed; the app's extra link is.
    expect(await navLinks(app)).toEqual(['Start', 'Second', 'Gradio']);
    expect(await app.locator('#second-title').count()).toBe(0);
    // The second page's load listener has not run yet (it belongs to that page).
    await app.locator('gr-navbar a', { hasText: 'Second' }).click();
    await app.locator('#second-title').waitFor({ timeout: limit(20_000) });
    expect(await app.locator('#home-title').count()).toBe(0);
    await expect.poll(() => field(app, 'loaded').inputValue(), { timeout: limit(20_000) }).toBe('second page loaded');
    await app.locator('gr-button', { hasText: 'Square' }).locator('button').click();
    await expect.poll(() => field(app, 'square').inputValue(), { timeout: limit(20_000) }).toBe('9');
    expect(await app.locator('gr-navbar a[aria-current="page"]').textContent()).toBe('Second');
    await screenshot(page, 'pages-second');
    // No navigation of the host page happened.
    expect(await page.evaluate(() => (window as unknown as { __marker: string }).__marker)).toBe('kept');
    await app.locator('gr-navbar a', { hasText: 'Start' }).click();
    await app.locator('#home-title').waitFor({ timeout: limit(20_000) });
    expect(await field(app, 'name').inputValue()).toBe('Ada');
    expect(errors).toEqual([]);
  });

  it('the page attribute and a src URL that names a page choose the first page', async () => {
    if (gradio === 5) return;
    const byAttribute = await open('pages-attribute', 'page="second"');
    await byAttribute.app.locator('#second-title').waitFor({ timeout: limit(30_000) });
    await expect.poll(() => field(byAttribute.app, 'loaded').inputValue(), { timeout: limit(20_000) }).toBe('second page loaded');
    // The attribute is reactive.
    await byAttribute.page.evaluate(() => document.querySelector('gradio-app')?.setAttribute('page', ''));
    await byAttribute.app.locator('#home-title').waitFor({ timeout: limit(20_000) });

    const bySrc = await open('pages-src', '', 'hidden');
    await bySrc.app.locator('#hidden-title').waitFor({ timeout: limit(30_000) });
    // A page left out of the bar marks no link as current.
    expect(await bySrc.app.locator('gr-navbar a[aria-current="page"]').count()).toBe(0);
    await screenshot(bySrc.page, 'pages-hidden');
    // The browser logs the one 404 of `root/hidden/config`, the probe that tells a page URL from an app's.
    expect([...byAttribute.errors, ...bySrc.errors].filter((e) => !/404: .*\/hidden\/config/.test(e))).toEqual([]);
  });
});
