/**
 * gradio-kit's element package entry. Elements load through `gradio-kit/loader` (lazy) or one by one from
 * `gradio-kit/components/<tag>`; this entry only carries their types (the React wrappers import them here).
 */
export type * from './components';
export type { ButtonSize, ButtonVariant } from './components/gr-button/gr-button';
export type { FileData } from './utils/file-data';
export { type KitWord, type KitWords, kitLocales, loadKitWords, refreshTranslations, registerTranslations, type Translations } from './utils/i18n';
