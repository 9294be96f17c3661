/**
 * `gr.BrowserState` in `<gradio-app>` against a real app (examples/apps/browser_state.py) on both Gradio
 * versions: a value a listener puts in it is stored in the page's localStorage encrypted as Gradio's own
 * frontend stores it, and a reload gives it back to the app's load listener (through the server).
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { decryptState } from '../../src/utils/browser-state-crypto.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;
const key = 'gradio-kit-test-name';
const field = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

async function open(page: Page, name: string): Promise<Locator> {
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.browser_state.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return page.locator('gradio-app');
}

describe.each(gradioVersions)('gr.BrowserState in <gradio-app> (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['browser_state'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('stores a value encrypted with the secret, and a reload gives it to the load listener', async () => {
    const { page, errors } = await openPage(suite.browser);
    let app = await open(page, `browser-state-${gradio}`);
    await expect.poll(() => field(app, 'loaded').inputValue(), { timeout: limit(15_000) }).toBe('stored: nobody');
    await field(app, 'name').fill('ada');
    await app.locator('gr-button', { hasText: 'Save' }).locator('button').click();
    // The default is not written back; the saved name is, encrypted.
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key), { timeout: limit(15_000) }).not.toBeNull();
    const stored = (await page.evaluate((k) => localStorage.getItem(k), key)) as string;
    expect(stored).toMatch(/^[A-Za-z0-9+/=]+:U2FsdGVkX1/);
    expect(stored).not.toContain('ada');
    expect(JSON.parse(decryptState(stored, 's3cret'))).toBe('ada');

    await page.reload();
    await waitForAppReady(page);
    app = page.locator('gradio-app');
    await expect.poll(() => field(app, 'loaded').inputValue(), { timeout: limit(15_000) }).toBe('stored: ada');
    expect(errors).toEqual([]);
  });

  it("reads a value stored in Gradio's format by another frontend (made with OpenSSL here)", async () => {
    const { page, errors } = await openPage(suite.browser);
    // The site's origin is the same for every page of the suite: store first, then embed.
    await page.goto(suite.site.page(`browser-state-blank-${gradio}`, '<p>blank</p>'));
    // `printf '%s' '"grace"' | openssl enc -aes-256-cbc -md md5 -salt -pass pass:$(printf '%s' s3cret | sha256sum | cut -c1-64) -base64 -A`
    const fromOpenSsl = 'AAAAAAAAAAAAAAAAAAAAAA==:U2FsdGVkX1+ggBhmn5oPYb/EZBWjXlQc8NqsuG/DI8s=';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, fromOpenSsl]);
    const app = await open(page, `browser-state-foreign-${gradio}`);
    await expect.poll(() => field(app, 'loaded').inputValue(), { timeout: limit(15_000) }).toBe('stored: grace');
    expect(errors).toEqual([]);
  });
});
