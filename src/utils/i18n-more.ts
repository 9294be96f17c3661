/**
 * `t` and `wordIn` for the elements (and helpers) that show English words beyond the first screen's: the same
 * as `utils/i18n.ts`'s, but importing this module brings `i18n-words/en-more.ts` with the element's own code,
 * so its words are there for its first render. The first screen's elements take them from `utils/i18n.ts` and
 * leave the rest of English out of an embed's first load (tests/unit/i18n-split.test.ts keeps the two apart).
 */
import { addEnglishWords, type KitWord, t as coreT, wordIn as coreWordIn } from './i18n';
import { enMore } from './i18n-words/en-more';

/** Whether `enMore` was added (once per copy of this module; adding it again changes nothing). */
let added = false;

function withMoreEnglish(): void {
  if (added) return;
  added = true;
  // During the element's render: it reads them now, and no other element waited for them (see `addEnglishWords`).
  addEnglishWords(enMore, false);
}

/** A kit word in the language of `element` (see `utils/i18n.ts`), any word of the kit. */
export function t(word: KitWord, element?: Element | null, values?: Readonly<Record<string, string | number>>): string {
  withMoreEnglish();
  return coreT(word, element, values);
}

/** A kit word in a given locale (see `utils/i18n.ts`), any word of the kit. */
export function wordIn(word: KitWord, locale: string, values?: Readonly<Record<string, string | number>>): string {
  withMoreEnglish();
  return coreWordIn(word, locale, values);
}
