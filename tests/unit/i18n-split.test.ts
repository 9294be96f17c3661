/**
 * English comes in two parts (src/utils/i18n-words/en-core.ts and en-more.ts): the first screen's words load with
 * the kit's core, the rest with the first element that shows one, which takes `t` from utils/i18n-more.ts. These
 * tests keep the parts apart: the first screen's modules name no other word, and every other module that shows
 * words takes them where the rest come with it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/utils/i18n-words/en';
import { enCore } from '../../src/utils/i18n-words/en-core';
import { enMore } from '../../src/utils/i18n-words/en-more';
import { limit } from '../helpers/limits';

const src = join(import.meta.dirname, '../../src');

/** What an embed shows before the user does anything: `<gradio-app>`, its screens, the tracker, toasts, the textbox. */
const firstScreen = [
  'components/gradio-app/gradio-app.tsx',
  'app/screens.tsx',
  'app/api-page.tsx',
  'components/gr-textbox/gr-textbox.tsx',
  'components/gr-status-tracker/gr-status-tracker.tsx',
  'components/gr-toast/gr-toast.tsx',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(unit\.test|spec|browser\.test|stories)\.tsx?$|\.d\.ts$/.test(name) ? [path] : [];
  });
}

describe('the two parts of English', () => {
  it('together are every word, each in one part', () => {
    const core = Object.keys(enCore);
    const more = Object.keys(enMore);
    expect(core.filter((word) => more.includes(word))).toEqual([]);
    expect([...core, ...more].sort()).toEqual(Object.keys(en).sort());
    expect(more.length).toBeGreaterThan(core.length);
  });

  it("the first screen's modules ask only for first-screen words", () => {
    const core = new Set(Object.keys(enCore));
    const asked: Record<string, string[]> = {};
    for (const file of firstScreen) {
      const text = readFileSync(join(src, file), 'utf8');
      // The first argument of each t(...), wordIn(...) and word(...) (a ternary's words too), and the values of
      // maps typed as words (`Record<string, KitWord>`).
      const calls = [...text.matchAll(/\b(?:t|wordIn|word)\(([^,()]*)/g)].map((match) => match[1]);
      const maps = [...text.matchAll(/KitWord>\s*=\s*\{([^}]*)\}/g)].map((match) => match[1].replace(/\w+:/g, ''));
      const words = [...calls, ...maps].flatMap((part) => [...part.matchAll(/'([A-Za-z][A-Za-z0-9]*)'/g)].map((match) => match[1]));
      const others = [...new Set(words.filter((word) => !core.has(word)))];
      if (others.length) asked[file] = others;
    }
    expect(asked).toEqual({});
    // Words these modules ask for through a variable, by the types that variable can hold.
    for (const word of ['submit', 'stop', 'error', 'warning', 'info', 'success', 'loading']) expect(core.has(word), word).toBe(true);
  });

  it('every other module takes t and wordIn from utils/i18n-more', () => {
    const wrong: string[] = [];
    for (const file of sources(src)) {
      const name = relative(src, file);
      if (firstScreen.includes(name) || name.startsWith('utils/i18n')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/import \{([^}]*)\} from '[./]*(?:utils\/)?i18n'/g)) {
        const names = match[1].split(',').map((part) => part.trim());
        if (names.includes('t') || names.includes('wordIn')) wrong.push(name);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('English words at run time', () => {
  it('a word of the rest asked through utils/i18n shows its key, then the word once the rest has loaded', async () => {
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('gradio-kit.english-words')];
    const { wordIn } = await import('../../src/utils/i18n');
    expect(wordIn('submit', 'en')).toBe('Submit');
    expect(wordIn('copyCode', 'en')).toBe('copyCode');
    await expect.poll(() => wordIn('copyCode', 'en'), { timeout: limit(10_000) }).toBe('Copy code');
  });

  it('through utils/i18n-more it is there at the first call, and other languages still win over it', async () => {
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('gradio-kit.english-words')];
    const more = await import('../../src/utils/i18n-more');
    const { registerTranslations, loadKitWords } = await import('../../src/utils/i18n');
    expect(more.wordIn('copyCode', 'en')).toBe('Copy code');
    expect(more.wordIn('removeName', 'en-GB', { name: 'a.png' })).toBe(enMore.removeName.replace('{name}', 'a.png'));
    await loadKitWords('fr');
    expect(more.wordIn('copyCode', 'fr-FR')).not.toBe('Copy code');
    registerTranslations('nl', { copyCode: 'Code kopiëren' });
    expect(more.wordIn('copyCode', 'nl')).toBe('Code kopiëren');
  });
});
