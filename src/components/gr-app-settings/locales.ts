/** The languages Gradio's frontend is translated into (its Settings menu offers these), as BCP 47 tags. */
export const gradioLocales: readonly string[] = ['en', 'ar', 'ca', 'ckb', 'de', 'es', 'eu', 'fa', 'fi', 'fr', 'he', 'hi', 'ja', 'ko', 'lt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sv', 'ta', 'th', 'tr', 'uk', 'ur', 'uz', 'zh-CN', 'zh-TW'];

/**
 * The languages an embed's Settings offers: Gradio's, the kit's own and the app's (`gr.I18n` translations),
 * each once (case-insensitively), English first.
 */
export function settingsLocales(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, string>();
  for (const tag of lists.flat()) if (typeof tag === 'string' && tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  const tags = [...seen.values()];
  return [...tags.filter((tag) => tag.toLowerCase() === 'en'), ...tags.filter((tag) => tag.toLowerCase() !== 'en').sort()];
}
