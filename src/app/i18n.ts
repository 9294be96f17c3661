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
 * The texts Gradio's own components name by key (a ChatInterface's labels and placeholder), which its frontend
 * carries in its language files; an app's own `gr.I18n` words win over them.
 */
const gradioKeys: Dictionaries = {
  en: {
    'chat_interface.chatbot': 'Chatbot',
    'chat_interface.additional_inputs': 'Additional Inputs',
    'chat_interface.new_chat': 'New chat',
    'chat_interface.message_placeholder': 'Type a message...',
    'chat_interface.conversation': 'Conversation',
  },
  es: { 'chat_interface.additional_inputs': 'Entradas adicionales', 'chat_interface.new_chat': 'Nueva conversación', 'chat_interface.message_placeholder': 'Escribe un mensaje...', 'chat_interface.conversation': 'Conversación' },
  fr: { 'chat_interface.additional_inputs': 'Entrées supplémentaires', 'chat_interface.new_chat': 'Nouvelle conversation', 'chat_interface.message_placeholder': 'Écrivez un message...', 'chat_interface.conversation': 'Conversation' },
  de: { 'chat_interface.additional_inputs': 'Weitere Eingaben', 'chat_interface.new_chat': 'Neuer Chat', 'chat_interface.message_placeholder': 'Nachricht eingeben...', 'chat_interface.conversation': 'Unterhaltung' },
  pt: { 'chat_interface.additional_inputs': 'Entradas adicionais', 'chat_interface.new_chat': 'Nova conversa', 'chat_interface.message_placeholder': 'Digite uma mensagem...', 'chat_interface.conversation': 'Conversa' },
  it: { 'chat_interface.additional_inputs': 'Input aggiuntivi', 'chat_interface.new_chat': 'Nuova chat', 'chat_interface.message_placeholder': 'Scrivi un messaggio...', 'chat_interface.conversation': 'Conversazione' },
  zh: { 'chat_interface.chatbot': '聊天机器人', 'chat_interface.additional_inputs': '更多输入', 'chat_interface.new_chat': '新对话', 'chat_interface.message_placeholder': '输入消息...', 'chat_interface.conversation': '对话' },
  ja: { 'chat_interface.chatbot': 'チャットボット', 'chat_interface.additional_inputs': '追加の入力', 'chat_interface.new_chat': '新しいチャット', 'chat_interface.message_placeholder': 'メッセージを入力...', 'chat_interface.conversation': '会話' },
  ko: { 'chat_interface.chatbot': '챗봇', 'chat_interface.additional_inputs': '추가 입력', 'chat_interface.new_chat': '새 채팅', 'chat_interface.message_placeholder': '메시지를 입력하세요...', 'chat_interface.conversation': '대화' },
  ru: { 'chat_interface.chatbot': 'Чат-бот', 'chat_interface.additional_inputs': 'Дополнительные параметры', 'chat_interface.new_chat': 'Новый чат', 'chat_interface.message_placeholder': 'Введите сообщение...', 'chat_interface.conversation': 'Разговор' },
  ar: { 'chat_interface.chatbot': 'روبوت المحادثة', 'chat_interface.additional_inputs': 'مدخلات إضافية', 'chat_interface.new_chat': 'محادثة جديدة', 'chat_interface.message_placeholder': 'اكتب رسالة...', 'chat_interface.conversation': 'محادثة' },
  hi: { 'chat_interface.chatbot': 'चैटबॉट', 'chat_interface.additional_inputs': 'अतिरिक्त इनपुट', 'chat_interface.new_chat': 'नई चैट', 'chat_interface.message_placeholder': 'संदेश लिखें...', 'chat_interface.conversation': 'बातचीत' },
};

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
    for (const [key, words] of Object.entries(gradioKeys)) dictionaries[key] = { ...words };
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
