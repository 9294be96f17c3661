/**
 * Syntax highlighting with highlight.js, loaded lazily: the core on the first highlighted block, then one
 * grammar per language when a block in that language first appears. Used by Markdown code blocks and the
 * static `gr-code`. Output is highlight.js' `<span class="hljs-*">` markup (escaped text inside), styled by
 * `highlight.css`.
 */
import type { HLJSApi, LanguageFn } from 'highlight.js';

type GrammarLoader = () => Promise<{ default: LanguageFn }>;

/** Grammars we ship, by highlight.js name. Each is its own chunk, fetched on first use. */
const grammars: Record<string, GrammarLoader> = {
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  django: () => import('highlight.js/lib/languages/django'),
  dockerfile: () => import('highlight.js/lib/languages/dockerfile'),
  go: () => import('highlight.js/lib/languages/go'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  latex: () => import('highlight.js/lib/languages/latex'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  plaintext: () => import('highlight.js/lib/languages/plaintext'),
  python: () => import('highlight.js/lib/languages/python'),
  r: () => import('highlight.js/lib/languages/r'),
  rust: () => import('highlight.js/lib/languages/rust'),
  shell: () => import('highlight.js/lib/languages/shell'),
  sql: () => import('highlight.js/lib/languages/sql'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

/** Other names (Markdown fence info strings, Gradio's `gr.Code` languages) for the grammars above. */
const aliases: Record<string, string> = {
  py: 'python',
  python3: 'python',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  sh: 'bash',
  zsh: 'bash',
  console: 'shell',
  html: 'xml',
  svg: 'xml',
  xhtml: 'xml',
  yml: 'yaml',
  'c++': 'cpp',
  h: 'c',
  hpp: 'cpp',
  tex: 'latex',
  docker: 'dockerfile',
  jinja: 'django',
  jinja2: 'django',
  md: 'markdown',
  text: 'plaintext',
  txt: 'plaintext',
  rs: 'rust',
  golang: 'go',
  patch: 'diff',
};

/** The highlight.js grammar name for a language name, or `null` when we have none (then: plain text). */
export function grammarName(language: string | null | undefined): string | null {
  if (!language) return null;
  const key = language.trim().toLowerCase();
  // Gradio's SQL dialects (`sql-msSQL`, `sql-pgSQL`, ...) all highlight as SQL.
  const name = key.startsWith('sql-') ? 'sql' : (aliases[key] ?? key);
  return name in grammars ? name : null;
}

let core: Promise<HLJSApi> | undefined;
const loading = new Map<string, Promise<boolean>>();

/**
 * Loads highlight.js and the grammar for `language`. Resolves `true` when blocks in that language can be
 * highlighted synchronously from now on; `false` for unknown languages or when loading failed.
 */
export function loadGrammar(language: string | null | undefined): Promise<boolean> {
  const name = grammarName(language);
  if (!name) return Promise.resolve(false);
  let pending = loading.get(name);
  if (!pending) {
    core ??= import('highlight.js/lib/core').then((module) => module.default);
    pending = Promise.all([core, grammars[name]()])
      .then(([hljs, grammar]) => {
        if (!hljs.getLanguage(name)) hljs.registerLanguage(name, grammar.default);
        loadedCore = hljs;
        return true;
      })
      .catch(() => false);
    loading.set(name, pending);
  }
  return pending;
}

let loadedCore: HLJSApi | undefined;

/**
 * Highlights `code` when its grammar is already loaded (see {@link loadGrammar}); returns `null` otherwise,
 * so the caller shows the escaped plain text. The returned markup contains only escaped text and spans.
 */
export function highlightLoaded(code: string, language: string | null | undefined): string | null {
  const name = grammarName(language);
  if (!name || !loadedCore?.getLanguage(name)) return null;
  try {
    return loadedCore.highlight(code, { language: name, ignoreIllegals: true }).value;
  } catch {
    return null;
  }
}

/** Loads what is needed and highlights `code`; `null` when the language is unknown. */
export async function highlightCode(code: string, language: string | null | undefined): Promise<string | null> {
  return (await loadGrammar(language)) ? highlightLoaded(code, language) : null;
}
