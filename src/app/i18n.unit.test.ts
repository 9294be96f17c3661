import { describe, expect, it } from 'vitest';
import { type KitWord, kitLocales, loadKitWords, localeChain, registerTranslations, shippedWords, t, wordIn } from '../utils/i18n';
import { AppTranslations } from './app-translations';
import { needsTranslations } from './i18n';

/** A marker as Gradio 6.25 serialises `I18nData` into props. */
const marker = (key: string) => `__i18n__{"__type__": "translation_metadata", "key": "${key}"}`;
const words = {
  en: { name: 'Your name', only_en: 'English only' },
  fr: { name: 'Votre nom' },
  'pt-BR': { name: 'Seu nome' },
};

describe('AppTranslations (gr.I18n markers)', () => {
  it('translates markers in the reader locale, then its base language, then English, then the key', () => {
    const fr = new AppTranslations(words, 'fr-CA');
    expect(fr.translate(marker('name'))).toBe('Votre nom');
    expect(fr.translate(marker('only_en'))).toBe('English only');
    expect(fr.translate(marker('missing'))).toBe('missing');
    expect(new AppTranslations(words, 'pt-BR').translate(marker('name'))).toBe('Seu nome');
    expect(new AppTranslations(words, 'de').translate(marker('name'))).toBe('Your name');
  });

  it('translates markers among other text, plain marker objects, and deep in props; leaves the rest as is', () => {
    const tr = new AppTranslations(words, 'fr');
    const props = {
      label: `${marker('name')} :`,
      choices: [[marker('name'), 'a']],
      info: { __type__: 'translation_metadata', key: 'name' },
      value: 3,
    };
    expect(tr.translate(props)).toEqual({ label: 'Votre nom :', choices: [['Votre nom', 'a']], info: 'Votre nom', value: 3 });
    const plain = { label: 'no marker', list: [1, 2] };
    expect(tr.translate(plain)).toBe(plain);
    // A broken marker stays as it was.
    expect(tr.translate('__i18n__{not json}')).toBe('__i18n__{not json}');
  });

  it("knows Gradio's own keys without gr.I18n (other languages than English once loaded); a hostile deep value does not recurse without end", async () => {
    const de = new AppTranslations(undefined, 'de');
    // English at once, German once `withGradioKeys` has loaded them.
    expect(de.translate(marker('chat_interface.new_chat'))).toBe('New chat');
    expect(await de.withGradioKeys('de')).toBe(de);
    expect(de.translate(marker('chat_interface.new_chat'))).toBe('Neuer Chat');
    expect(de.translate(marker('chat_interface.chatbot'))).toBe('Chatbot');
    // An app's own words in that language win over Gradio's, loaded after them.
    const own = await new AppTranslations({ de: { 'chat_interface.new_chat': 'Neu' } }, 'de').withGradioKeys('de-AT');
    expect(own.translate(marker('chat_interface.new_chat'))).toBe('Neu');
    expect(own.translate(marker('chat_interface.message_placeholder'))).toBe('Nachricht eingeben...');
    // An app's own words win over Gradio's.
    expect(new AppTranslations({ en: { 'chat_interface.chatbot': 'Assistant' } }, 'en').translate(marker('chat_interface.chatbot'))).toBe('Assistant');
    // Only text values are looked at; other props deeply.
    const tr = new AppTranslations(undefined, 'en');
    const big = { value: [[marker('chat_interface.chatbot')]], label: marker('chat_interface.chatbot') };
    expect(tr.translateProps(big)).toEqual({ value: big.value, label: 'Chatbot' });
    let deep: unknown = marker('name');
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => new AppTranslations(words, 'fr').translate(deep)).not.toThrow();
  });
});

describe('needsTranslations (whether an app loads its translations before it is shown)', () => {
  const app = (components: unknown[], i18n_translations?: unknown) =>
    ({ components, i18n_translations }) as unknown as Parameters<typeof needsTranslations>[0];
  const textbox = (props: Record<string, unknown>) => ({ id: 1, type: 'textbox', props });

  it('an app with words of its own, or a marker in a prop (deep, or a text value), does', () => {
    expect(needsTranslations(app([textbox({ label: 'Name' })], { fr: { name: 'Nom' } }))).toBe(true);
    expect(needsTranslations(app([textbox({ label: `${marker('name')} :` })]))).toBe(true);
    expect(needsTranslations(app([textbox({ choices: [[{ __type__: 'translation_metadata', key: 'a' }, 'a']] })]))).toBe(true);
    expect(needsTranslations(app([textbox({ label: 'Name', value: marker('name') })]))).toBe(true);
  });

  it('an app without (or a marker only inside a value that is not text, which is not translated) does not', () => {
    expect(needsTranslations(app([textbox({ label: 'Name', value: 'Ada' })]))).toBe(false);
    expect(needsTranslations(app([textbox({ label: 'Name' })], {}))).toBe(false);
    expect(needsTranslations(app([{ id: 2, type: 'chatbot', props: { value: [[marker('name'), 'hi']] } }]))).toBe(false);
    let deep: unknown = marker('name');
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(needsTranslations(app([textbox({ choices: deep })]))).toBe(false);
  });
});

describe("the kit's own words", () => {
  it('loads a language on first use: English until its words arrive, then the language', async () => {
    // Italian is loaded by no other test of this file before this one.
    expect(wordIn('submit', 'it-IT')).toBe('Submit');
    // The load that call started is the one this waits for (one load per language); on a busy machine the
    // chunk's import can take longer than vi.waitFor's 1 s (CI's stop 25 failed there).
    await loadKitWords('it-IT');
    expect(wordIn('submit', 'it-IT')).toBe('Invia');
    // A language the kit does not ship resolves at once and stays English.
    await loadKitWords('xx');
    expect(wordIn('submit', 'xx')).toBe('Submit');
  });

  it('ships at least ten languages, each with every word', async () => {
    expect(kitLocales.length).toBeGreaterThanOrEqual(10);
    const all = Object.keys(await shippedWords('en')).sort();
    for (const locale of kitLocales) {
      expect(Object.keys(await shippedWords(locale)).sort(), locale).toEqual(all);
      expect(localeChain(locale).at(-1)).toBe('en');
    }
    // A translation takes the same values as the English word (no slot lost, renamed or added).
    const slots = (text: string | undefined) => (text?.match(/\{\w+\}/g) ?? []).sort();
    const english = await shippedWords('en');
    for (const locale of kitLocales) {
      const words = await shippedWords(locale);
      for (const word of all) expect(slots(words[word as KitWord]), `${locale} ${word}`).toEqual(slots(english[word as KitWord]));
    }
  });

  it('falls back from a regional locale to its base language and to English; a page adds its own words', async () => {
    const host = { closest: () => ({ getAttribute: () => 'fr-BE' }), getRootNode: () => ({}) } as unknown as Element;
    await loadKitWords('fr-BE');
    expect(t('submit', host)).toBe('Envoyer');
    registerTranslations('nl', { submit: 'Versturen' });
    const dutch = { closest: () => ({ getAttribute: () => 'nl-NL' }), getRootNode: () => ({}) } as unknown as Element;
    expect(t('submit', dutch)).toBe('Versturen');
    expect(t('clear', dutch)).toBe('Clear');
  });

  it('fills in the values a word takes, and leaves a slot with no value as it is', async () => {
    await Promise.all([loadKitWords('de'), loadKitWords('ko')]);
    const host = { closest: () => ({ getAttribute: () => 'de-CH' }), getRootNode: () => ({}) } as unknown as Element;
    expect(t('removeName', host, { name: 'a.png' })).toBe('a.png entfernen');
    expect(wordIn('removeFilter', 'ko', { column: 'n', expression: '>5' })).toBe('필터 n >5 제거');
    expect(wordIn('backSeconds', 'en')).toBe('Back {n} seconds');
    expect(wordIn('columnN', 'xx-YY', { n: 3 })).toBe('Column 3');
  });
});
