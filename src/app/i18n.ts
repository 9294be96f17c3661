/**
 * An app's own translations (`gr.I18n`, spec protocol.md §10.6): the config's `i18n_translations`, and the
 * `__i18n__{...}` markers that stand in its props (and in values and updates events send) for a translated
 * text. Each marker becomes its key's text in the reader's language, else in its base language, else in
 * English, else the key itself, as Gradio's frontend does.
 */
import { localeChain, localeOf } from '../utils/i18n';

/** `__i18n__` followed by the JSON of a translation marker (flat: no nested braces). */
const MARKER = /__i18n__(\{[^{}]*\})/g;

type Dictionaries = Record<string, Record<string, string>>;

/**
 * The locale an app is shown in: the embed's `locale` attribute, else the language around the element
 * (`<html lang>`), else the browser's: the same one the kit's own words use.
 */
export function readerLocale(requested: string | null | undefined, host?: Element): string {
  return requested || localeOf(host);
}

export class AppTranslations {
  readonly #dictionaries: Dictionaries;
  #chain: string[];

  constructor(translations: unknown, locale: string) {
    const dictionaries: Dictionaries = {};
    if (translations && typeof translations === 'object') {
      for (const [key, words] of Object.entries(translations as Record<string, unknown>)) {
        if (words && typeof words === 'object') dictionaries[key.toLowerCase()] = words as Record<string, string>;
      }
    }
    this.#dictionaries = dictionaries;
    this.#chain = localeChain(locale);
  }

  /** Whether the app has translations at all (nothing to do otherwise). */
  get active(): boolean {
    return Object.keys(this.#dictionaries).length > 0;
  }

  set locale(locale: string) {
    this.#chain = localeChain(locale);
  }

  /** The text of a key in the current locale, with Gradio's fallbacks. */
  text(key: string): string {
    for (const locale of this.#chain) {
      const found = this.#dictionaries[locale]?.[key];
      if (typeof found === 'string') return found;
    }
    return key;
  }

  /**
   * `value` with every marker translated: in strings (possibly among other text), as plain
   * `{"__type__": "translation_metadata", "key"}` objects, and deep in arrays and objects. Other values are
   * returned as they are (the same object when nothing changed).
   */
  translate<T>(value: T): T {
    return this.#walk(value, 0) as T;
  }

  #walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') {
      if (!value.includes('__i18n__')) return value;
      return value.replace(MARKER, (marker, json: string) => {
        try {
          const parsed = JSON.parse(json) as { __type__?: string; key?: unknown };
          return parsed.__type__ === 'translation_metadata' && typeof parsed.key === 'string' ? this.text(parsed.key) : marker;
        } catch {
          return marker;
        }
      });
    }
    // Deep enough for any props object; a hostile value cannot make this recurse without end.
    if (!value || typeof value !== 'object' || depth > 32) return value;
    const record = value as Record<string, unknown>;
    if (record.__type__ === 'translation_metadata' && typeof record.key === 'string') return this.text(record.key);
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((item) => {
        const next = this.#walk(item, depth + 1);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? out : value;
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      const next = this.#walk(item, depth + 1);
      if (next !== item) changed = true;
      out[key] = next;
    }
    return changed ? out : value;
  }
}
