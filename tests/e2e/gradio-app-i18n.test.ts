/**
 * Translations in `<gradio-app>` (examples/apps/i18n_app.py): the app's `gr.I18n` texts (Gradio 6) in the
 * browser's language and in the `locale` attribute's, with Gradio's fallbacks (base language, English, the
 * key), switched live; and the kit's own words in the same language (the footer, the API page, an audio
 * input's sources and upload prompt). On 5.14 (no gr.I18n) the app is plain English and only the kit's words
 * follow the locale.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

/** Opens the app in a browser context whose language is `browserLocale`. */
async function open(name: string, browserLocale: string, attributes = ''): Promise<{ page: Page; app: Locator }> {
  const context = await suite.browser.newContext({ locale: browserLocale });
  const page = await context.newPage();
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.i18n_app.url}/" eager ${attributes}></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app') };
}

const labels = (app: Locator) =>
  app.locator('gr-textbox').evaluateAll((els) => els.map((el) => (el as HTMLElement & { label?: string }).label));
const greeting = (app: Locator) => app.locator('#greeting').innerText();
const button = (app: Locator) => app.locator('gr-button button').innerText();
const footer = (app: Locator) => app.locator('footer.embed-info').innerText();

describe.each(gradioVersions)('<gradio-app> translations (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['i18n_app'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it("the browser's language: the app's texts (with fallbacks) and the kit's words", async () => {
    const { page, app } = await open('i18n-browser', 'fr-FR');
    if (gradio === 5) {
      expect(await labels(app)).toEqual(['Your name', 'English only', 'no_such_key']);
    } else {
      // fr-FR -> fr; a key only English has -> English; a key no language has -> the key.
      expect(await labels(app)).toEqual(['Votre nom', 'English only', 'no_such_key']);
      expect((await greeting(app)).trim()).toBe('Bienvenue');
      expect((await button(app)).trim()).toBe('Dire bonjour');
    }
    expect(await footer(app)).toContain('Hébergée sur');
    await screenshot(page, 'i18n-fr');
    await page.context().close();
  });

  it('the locale attribute wins over the browser, and changing it switches the texts live', async () => {
    const { page, app } = await open('i18n-attribute', 'fr-FR', 'locale="de-AT"');
    if (gradio === 6) {
      expect(await labels(app)).toEqual(['Ihr Name', 'English only', 'no_such_key']);
      expect((await button(app)).trim()).toBe('Hallo sagen');
    }
    expect(await footer(app)).toContain('Gehostet bei');
    await page.evaluate(() => document.querySelector('gradio-app')?.setAttribute('locale', 'es'));
    // Spanish: the app has no Spanish, so English; the kit's words are Spanish.
    await expect.poll(() => footer(app), { timeout: limit(10_000) }).toContain('Alojada en');
    if (gradio === 6) {
      await expect.poll(() => labels(app), { timeout: limit(10_000) }).toEqual(['Your name', 'English only', 'no_such_key']);
      expect((await greeting(app)).trim()).toBe('Welcome');
    }
    // A translated label the user's event did not touch follows the locale; the event still works.
    await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
    await app.locator('gr-button button').click();
    await expect.poll(() => app.locator('gr-textbox').nth(1).locator('textarea, input').inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada!');
    await page.context().close();
  });

  it("the API page and a media element show the kit's words in the locale given", async () => {
    const { page, app } = await open('i18n-kit-words', 'en-US', 'locale="fr"');
    const sources = app.locator('gr-audio .sources button');
    await expect.poll(() => sources.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))), { timeout: limit(10_000) }).toEqual([
      'Envoyer un fichier',
      'Enregistrer avec le microphone',
    ]);
    expect(await app.locator('gr-audio .upload-zone-button').innerText()).toContain("Déposez l'audio ici");
    await app.locator('button.api-link').click();
    expect(await app.locator('button.api-link').innerText()).toBe("Utiliser via l'API");
    const dialog = app.locator('gr-app-dialog [role="dialog"]');
    await dialog.waitFor({ timeout: limit(15_000) });
    expect(await dialog.getAttribute('aria-label')).toBe("Documentation de l'API");
    const docs = app.locator('gr-api-docs');
    await docs.locator('section.endpoint').first().waitFor({ timeout: limit(30_000) });
    expect(await docs.locator('h2').innerText()).toBe("Documentation de l'API");
    expect(await docs.locator('button.record').innerText()).toContain("Enregistrer les appels d'API");
    expect(await docs.locator('button.close').getAttribute('aria-label')).toBe("Fermer la page de l'API");
    await page.context().close();
  });
});
