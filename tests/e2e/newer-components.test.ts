/**
 * Newer component types in `<gradio-app>`, against the real `newer_components` app: a ParamViewer (5.14 and
 * 6.25) rendered from the config and refilled by a listener, and a Dialogue (6.25 only: Gradio 5.14 has no
 * `gr.Dialogue`) whose user edits reach the server through its change and submit listeners. The Hugging Face
 * buttons come as plain `button` configs (their `props.name` is `button` on both versions): the runtime tells
 * them apart (src/app/hub-buttons.ts) and the DeepLinkButton's link restores a session. A Component subclass defined in the app
 * stands in for a custom component. Screenshots in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

async function open(name: string): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.newer_components.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

const field = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

describe.each(gradioVersions)('newer component types in <gradio-app> (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['newer_components'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('ParamViewer: renders the config value, and a listener refills it from the server', async () => {
    const { page, app, errors } = await open(`newer-params-${gradio}`);
    const viewer = app.locator('gr-param-viewer');
    await expect.poll(() => viewer.locator('summary .signature').allTextContents(), { timeout: limit(15_000) }).toEqual(['seed: int = 0']);
    await app.locator('gr-button', { hasText: 'Load params' }).locator('button').click();
    await expect
      .poll(() => viewer.locator('summary .signature').allTextContents(), { timeout: limit(15_000) })
      .toEqual(['prompt: str = ""', 'temperature: float = 0.7']);
    await viewer.locator('summary').first().click();
    expect(await viewer.locator('details').first().locator('.description strong').textContent()).toBe('complete');
    // The Hugging Face buttons of the app render (as Gradio's own page does off Spaces: a button that does nothing).
    expect(await app.locator('gr-button', { hasText: 'Duplicate Space' }).count()).toBe(1);
    await screenshot(page, 'newer-components-params');
    expect(errors).toEqual([]);
  });

  it.runIf(gradio === 6)('DeepLinkButton (6.x): copies a link to the app that restores the session\'s values', async () => {
    const { page, app, errors } = await open(`newer-deeplink-${gradio}`);
    // What the button writes to the clipboard, without the browser's permission prompt.
    await page.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    const viewer = app.locator('gr-param-viewer');
    await app.locator('gr-button', { hasText: 'Load params' }).locator('button').click();
    await expect.poll(() => viewer.locator('summary .signature').count(), { timeout: limit(15_000) }).toBe(2);
    const button = app.locator('gr-deep-link-button');
    await button.locator('button').click();
    await expect.poll(() => button.locator('button').textContent(), { timeout: limit(15_000) }).toContain('Link Copied!');
    const [link] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`${suite.servers.newer_components.url}/`);
    expect(url.searchParams.get('deep_link')).toMatch(/^\w+/);
    // Gradio's generated js for the button is the element's job: nothing warns that it was not run.
    expect(await app.locator('[role="status"]', { hasText: 'JavaScript not run' }).count()).toBe(0);

    // The link as an embed's src restores what the listener had put in the ParamViewer.
    const restored = await openPage(suite.browser);
    await restored.page.goto(suite.site.page(`newer-deeplink-restored-${gradio}`, `<gradio-app src="${link}" eager></gradio-app>`));
    await waitForAppReady(restored.page);
    await expect
      .poll(() => restored.page.locator('gradio-app gr-param-viewer summary .signature').allTextContents(), { timeout: limit(15_000) })
      .toEqual(['prompt: str = ""', 'temperature: float = 0.7']);
    expect([...errors, ...restored.errors]).toEqual([]);
  });

  it('a custom component (a Component subclass the kit does not know) shows the custom-component block', async () => {
    const { page, app, errors } = await open(`newer-custom-${gradio}`);
    const fallback = app.locator('gr-fallback');
    await fallback.waitFor({ timeout: limit(15_000) });
    expect(await fallback.getAttribute('aria-label')).toBe('Custom component: Document');
    expect(await fallback.locator('code').textContent()).toBe('pdf');
    // The runtime does not hand gr-fallback the app's root yet, so it names no link (see the newtypes report).
    expect(await fallback.textContent()).toContain("only the app's own page can show");
    await screenshot(page, 'newer-components-custom');
    expect(errors).toEqual([]);
  });

  it.runIf(gradio === 6)('Dialogue (6.x only): edits and Enter reach the server through change and submit', async () => {
    const { page, app, errors } = await open(`newer-dialogue-${gradio}`);
    const dialogue = app.locator('gr-dialogue');
    await expect.poll(() => dialogue.locator('input.line-text').first().inputValue(), { timeout: limit(15_000) }).toBe('Welcome');
    expect(await dialogue.locator('.block-title').first().textContent()).toBe('Transcript');
    await dialogue.locator('button.add').click();
    const second = dialogue.locator('input.line-text').nth(1);
    await second.fill('Hi there');
    await expect.poll(() => field(app, 'dialogue changed').inputValue(), { timeout: limit(15_000) }).toBe('Host: Welcome | Guest: Hi there');
    await second.press('Enter');
    await expect.poll(() => field(app, 'dialogue submitted').inputValue(), { timeout: limit(15_000) }).toBe('Host: Welcome | Guest: Hi there');
    // The text view edits the same transcript.
    await dialogue.locator('input[role="switch"]').check();
    expect(await dialogue.locator('textarea').inputValue()).toBe('[Host] Welcome\n[Guest] Hi there');
    await screenshot(page, 'newer-components-dialogue');
    expect(errors).toEqual([]);
  });
});
