/**
 * The kit's own words (buttons, status, errors, upload prompts), in the reader's language.
 *
 * An element asks `t(word, host)`: the language is the nearest `lang` attribute above the element (through
 * shadow roots: `<gradio-app locale>` sets it on itself), else the browser's language, else the page's
 * `<html lang>`; a missing word falls back to the base language (`pt` for `pt-BR`), then to English. A page adds
 * or overrides words with `registerTranslations`. Elements that call `t` during render re-render when the
 * words or a `locale` change (`refreshTranslations`), since `t` reads an observable store.
 */
import { type ObservableMap, createStore } from '@stencil/store';
import type { en } from './i18n-words/en';
import { enCore } from './i18n-words/en-core';

/** Every word the kit shows on its own. */
export type KitWord = keyof typeof en;

/** Every word of the kit in one language (what each file of `i18n-words/` holds). */
export type KitWords = Record<KitWord, string>;

export type Translations = Partial<Record<KitWord, string>>;

/**
 * The other languages the kit ships, each its own chunk: a page loads only its reader's language (about 3 KB
 * gzip each; all of them together were 30 KB of every embed).
 */
const shippedLoaders: Record<string, () => Promise<{ default: KitWords }>> = {
  es: () => import('./i18n-words/es'),
  fr: () => import('./i18n-words/fr'),
  de: () => import('./i18n-words/de'),
  pt: () => import('./i18n-words/pt'),
  it: () => import('./i18n-words/it'),
  zh: () => import('./i18n-words/zh'),
  ja: () => import('./i18n-words/ja'),
  ko: () => import('./i18n-words/ko'),
  ru: () => import('./i18n-words/ru'),
  ar: () => import('./i18n-words/ar'),
  hi: () => import('./i18n-words/hi'),
};

/**
 * The shipped words loaded so far, by locale, and the loads under way: on `globalThis`, as the registered
 * words below, so that a language one copy of this module loaded serves every copy.
 */
const loadedKey = Symbol.for('gradio-kit.shipped-words');
const loadingKey = Symbol.for('gradio-kit.shipped-words-loading');
const globals = globalThis as Record<symbol, unknown>;
globals[loadedKey] ??= {};
globals[loadingKey] ??= new Map<string, Promise<void>>();
const loaded = globals[loadedKey] as Record<string, Translations>;
const loading = globals[loadingKey] as Map<string, Promise<void>>;

/**
 * Words a page registered, by locale (they win over the built-in ones). Kept on `globalThis` so that every copy
 * of this module (the CDN's lazy bundles, a bundler's build) shares them.
 */
const sharedKey = Symbol.for('gradio-kit.translations');
globals[sharedKey] ??= {};
const registered = globals[sharedKey] as Record<string, Translations>;

/**
 * The English words loaded so far: those of the first screen (`en-core.ts`), and the rest (`en-more.ts`) once an
 * element that shows one has added them (`utils/i18n-more.ts`). Shared on `globalThis` as the words above.
 */
const englishKey = Symbol.for('gradio-kit.english-words');
globals[englishKey] ??= { ...enCore };
const english = globals[englishKey] as Translations;

/**
 * Adds English words: `utils/i18n-more.ts` adds `en-more.ts` as the first element that needs them renders, which
 * needs no other element to render again (`refresh` false); the load below does, for elements that showed a key.
 */
export function addEnglishWords(words: Translations, refresh = true): void {
  Object.assign(english, words);
  if (refresh) refreshTranslations();
}

/**
 * The rest of English, for a word asked for through `t` of this module rather than of `utils/i18n-more.ts`
 * (an element that does not say it needs them): it shows its key until they arrive. Tried again after a failure.
 */
let moreEnglish: Promise<void> | null = null;
function loadMoreEnglish(): void {
  moreEnglish ??= import('./i18n-words/en-more').then(
    (module) => addEnglishWords(module.enMore),
    () => {
      moreEnglish = null;
    },
  );
}

/** Bumped whenever words or a `locale` change, so that elements that read it re-render. */
const state: ObservableMap<{ version: number }> = createStore({ version: 0 });

/** The event every copy of this module listens to; its detail, when set, registers words. */
const EVENT = 'gradio-kit-translations';

if (typeof globalThis.addEventListener === 'function') {
  globalThis.addEventListener(EVENT, (event) => {
    const detail = (event as CustomEvent<{ locale?: unknown; words?: unknown } | null>).detail;
    if (detail && typeof detail.locale === 'string' && detail.words && typeof detail.words === 'object') {
      const key = detail.locale.toLowerCase();
      registered[key] = { ...registered[key], ...(detail.words as Translations) };
    }
    state.set('version', state.get('version') + 1);
  });
}

/** The languages the kit ships its words in. */
export const kitLocales: readonly string[] = ['en', ...Object.keys(shippedLoaders)];

/**
 * Loads the kit's words for a locale and its fallbacks (`pt-BR`: `pt`), once; elements that showed English
 * meanwhile re-render. `t` starts this itself; a page (or `<gradio-app locale>`) may start it earlier so that
 * the first render is already in the reader's language. A language the kit does not ship resolves at once.
 */
export function loadKitWords(locale: string): Promise<void> {
  return Promise.all(localeChain(locale).map(loadShipped)).then(() => undefined);
}

function loadShipped(locale: string): Promise<void> {
  const loader = shippedLoaders[locale];
  if (!loader || loaded[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded[locale] = module.default;
        refreshTranslations();
      },
      // A chunk that failed to load (offline, a CDN hiccup) leaves English; a later call tries again.
      () => {
        loading.delete(locale);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The words the kit ships for a locale (a copy), once loaded; for documentation and tests. */
export async function shippedWords(locale: string): Promise<Translations> {
  await loadShipped(locale);
  if (locale === 'en') {
    addEnglishWords((await import('./i18n-words/en-more')).enMore);
    return { ...english };
  }
  return { ...loaded[locale] };
}

/**
 * Adds or overrides the kit's words for a locale (`'fr'`, `'pt-BR'`); elements re-render with them.
 *
 * @example registerTranslations('nl', { submit: 'Versturen', clear: 'Wissen' });
 */
export function registerTranslations(locale: string, words: Translations): void {
  const key = locale.toLowerCase();
  registered[key] = { ...registered[key], ...words };
  refreshTranslations();
}

/**
 * Makes every element that shows the kit's words render them again (a `lang` or `locale` changed), in every
 * copy of the kit on the page. A page without a bundler does the same with the event, which may carry words:
 * `dispatchEvent(new CustomEvent('gradio-kit-translations', { detail: { locale: 'nl', words: {...} } }))`.
 */
export function refreshTranslations(): void {
  if (typeof globalThis.dispatchEvent === 'function' && typeof CustomEvent === 'function') {
    globalThis.dispatchEvent(new CustomEvent(EVENT, { detail: null }));
  } else {
    state.set('version', state.get('version') + 1);
  }
}

/**
 * The language of an element: the nearest `lang` above it (through shadow roots; `<gradio-app locale>` sets
 * one), else the reader's (the browser's language), else the page's `<html lang>`. The page's own `lang`
 * says what language the page is written in, not what its reader reads, so it comes after the browser's.
 */
export function localeOf(element?: Element | null): string {
  const root = typeof document !== 'undefined' ? document.documentElement : null;
  let node: Element | null | undefined = element;
  while (node) {
    const withLang = node.closest('[lang]');
    const lang = withLang && withLang !== root ? withLang.getAttribute('lang') : null;
    if (lang) return lang;
    const parent = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot ? parent.host : null;
  }
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return root?.getAttribute('lang') || 'en';
}

/** The candidates for a locale, most precise first: `pt-br` -> `pt-br`, `pt`, `en`. */
export function localeChain(locale: string): string[] {
  const lower = locale.toLowerCase().replace(/_/g, '-');
  const chain = [lower];
  const base = lower.split('-')[0];
  if (base !== lower) chain.push(base);
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/**
 * A kit word in the language of `element` (see the module comment for the order of fallbacks), with each
 * `{name}` in it replaced by `values.name`: `t('removeName', host, { name: 'a.png' })`.
 */
export function t(word: KitWord, element?: Element | null, values?: Readonly<Record<string, string | number>>): string {
  return wordIn(word, localeOf(element), values);
}

/** A kit word in a given locale (what `t` does once it knows the element's language). */
export function wordIn(word: KitWord, locale: string, values?: Readonly<Record<string, string | number>>): string {
  // Reading the store subscribes the rendering element to word and locale changes.
  state.get('version');
  const known = english[word];
  if (known === undefined) loadMoreEnglish();
  let text: string = known ?? word;
  for (const candidate of localeChain(locale)) {
    if (!loaded[candidate] && shippedLoaders[candidate]) void loadShipped(candidate);
    const found = registered[candidate]?.[word] ?? loaded[candidate]?.[word];
    if (found !== undefined) {
      text = found;
      break;
    }
  }
  return values ? text.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot)) : text;
}
