/**
 * The kit's words in English: every word the kit shows on its own, and the fallback for every other language
 * (the list each translation in this folder has). Made of two parts, loaded apart: `en-core.ts`, what the
 * first screen of an app can show, and `en-more.ts`, the rest. `{name}` in a word is a value `t` fills in
 * (`t('removeName', host, { name })`).
 */
import { enCore } from './en-core';
import { enMore } from './en-more';

export const en = { ...enCore, ...enMore };
