/**
 * An app's own translations (`gr.I18n`, spec protocol.md §10.6): the config's `i18n_translations`, and the
 * `__i18n__{...}` markers that stand in its props (and in values and updates events send) for a translated
 * text. Each marker becomes its key's text in the reader's language, else in its base language, else in
 * English, else the key itself, as Gradio's frontend does. Loaded for an app whose config needs it
 * (`./i18n.ts`), or with the event engine (for what later updates bring).
 */
import { localeChain } from '../utils/i18n';
import { englishOnly, loadGradioKeys } from './i18n';

/** `__i18n__` followed by the JSON of a translation marker (flat: no nested braces). */
const MARKER = /__i18n__(\{[^{}]*\})/g;

type Dictionaries = Record<string, Record<string, string>>;

/**
 * The texts Gradio's own components name by key (a ChatInterface's labels and placeholder), which its frontend
 * carries in its language files; an app's own `gr.I18n` words win over them. English here; the other languages
 * in `./gradio-keys.ts`, loaded for a reader of another language (`withGradioKeys`).
 */
const englishKeys: Dictionaries = {
  en: {
    'chat_interface.chatbot': 'Chatbot',
    'chat_interface.additional_inputs': 'Additional Inputs',
    'chat_interface.new_chat': 'New chat',
    'chat_interface.message_placeholder': 'Type a message...',
    'chat_interface.conversation': 'Conversation',
  },
};

export class AppTranslations {
  readonly #dictionaries: Dictionaries;
  #chain: string[];
  #keysMerged = false;

  /** Gradio's own keys are known in English at once; in other languages after `withGradioKeys`. */
  constructor(translations: unknown, locale: string) {
    const dictionaries: Dictionaries = {};
    for (const [key, words] of Object.entries(englishKeys)) dictionaries[key] = { ...words };
    if (translations && typeof translations === 'object') {
      for (const [key, words] of Object.entries(translations as Record<string, unknown>)) {
        if (words && typeof words === 'object') {
          dictionaries[key.toLowerCase()] = { ...dictionaries[key.toLowerCase()], ...(words as Record<string, string>) };
        }
      }
    }
    this.#dictionaries = dictionaries;
    this.#chain = localeChain(locale);
  }

  /**
   * Makes sure Gradio's own keys are known in `locale` (another language than English loads them, once), then
   * resolves with this object. A failed load leaves them in English: the app's own words still apply.
   */
  async withGradioKeys(locale: string): Promise<this> {
    if (this.#keysMerged || englishOnly(locale)) return this;
    const keys = await loadGradioKeys().catch(() => null);
    if (!keys || this.#keysMerged) return this;
    this.#keysMerged = true;
    // The app's own words (already in the dictionaries) win over Gradio's.
    for (const [code, words] of Object.entries(keys)) this.#dictionaries[code] = { ...words, ...this.#dictionaries[code] };
    return this;
  }

  /** Always: Gradio's own components name texts by key even in apps without `gr.I18n`. */
  get active(): boolean {
    return true;
  }

  /**
   * A component's config props with their markers translated. A `value` is looked at only when it is text:
   * values can be large (a data frame) and markers stand in texts.
   */
  translateProps(props: Record<string, unknown>): Record<string, unknown> {
    const { value, ...rest } = props;
    const translated = this.translate(rest);
    const text = typeof value === 'string' ? this.translate(value) : value;
    if (translated === rest && text === value) return props;
    return 'value' in props ? { ...translated, value: text } : translated;
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
