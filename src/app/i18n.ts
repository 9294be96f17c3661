/**
 * An app's own translations (`gr.I18n`, spec protocol.md §10.6): the reader's locale, whether an app needs its
 * translations, and their code (`./app-translations.ts`), which loads only for an app that does.
 */
import type { Config } from '../client/types';
import { localeChain, localeOf } from '../utils/i18n';
import { loadOnce } from '../utils/load-once';
import type { AppTranslations } from './app-translations';

type Dictionaries = Record<string, Record<string, string>>;

/**
 * The locale an app is shown in: the embed's `locale` attribute, else the language around the element
 * (`<html lang>`), else the browser's: the same one the kit's own words use.
 */
export function readerLocale(requested: string | null | undefined, host?: Element): string {
  return requested || localeOf(host);
}

/** `./gradio-keys.ts`, loaded once for the page (again after a failed load). */
export const loadGradioKeys: () => Promise<Dictionaries> = loadOnce(() => import('./gradio-keys').then((module) => module.gradioKeys));

/** Whether a reader of `locale` gets Gradio's keys in English only (no need to load the other languages). */
export const englishOnly = (locale: string) => localeChain(locale).every((code) => code.split('-')[0] === 'en');

/** Starts loading Gradio's keys in other languages when a reader of `locale` needs them (with the config). */
export function preloadGradioKeys(locale: string): void {
  if (!englishOnly(locale)) loadGradioKeys().catch(() => undefined);
}

/** A marker of a translated text anywhere in `value`: in a string, or a `translation_metadata` object, deep. */
function hasMarker(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('__i18n__');
  // Deep enough for any props object; a hostile value cannot make this recurse without end.
  if (!value || typeof value !== 'object' || depth > 32) return false;
  if ((value as Record<string, unknown>).__type__ === 'translation_metadata') return true;
  return Object.values(value).some((item) => hasMarker(item, depth + 1));
}

/**
 * Whether an app's config needs its translations before it is shown: the app has words of its own
 * (`i18n_translations`), or a component's props hold a marker (Gradio's own keys: a ChatInterface's labels). A
 * `value` counts only as text, as `AppTranslations.translateProps` reads it (values can be large).
 */
export function needsTranslations(config: Config): boolean {
  const own = config.i18n_translations;
  if (own && typeof own === 'object' && Object.keys(own).length > 0) return true;
  return config.components.some(({ props }) =>
    Object.entries(props ?? {}).some(([name, prop]) => (name === 'value' ? typeof prop === 'string' && prop.includes('__i18n__') : hasMarker(prop, 0))),
  );
}

const loadAppTranslations = loadOnce(() => import('./app-translations'));

/** An app's translations in `locale` (with Gradio's own keys in it), their code loaded first. */
export async function appTranslations(translations: unknown, locale: string): Promise<AppTranslations> {
  const { AppTranslations } = await loadAppTranslations();
  return new AppTranslations(translations, locale).withGradioKeys(locale);
}
