/**
 * The CodeMirror 6 editor behind an interactive `gr-code`. This module is only ever loaded with a dynamic
 * `import()` (CodeMirror is heavy), and each language is its own lazy chunk in turn: a Lezer language
 * package where CodeMirror has one (python, javascript, typescript, json, markdown, html, css, yaml, sql and
 * its dialects), otherwise a stream mode from `@codemirror/legacy-modes` (c, cpp, java, r, shell,
 * dockerfile, latex, jinja2 and the SQL dialects lang-sql lacks). Token colours follow the theme: light by
 * default, dark inside a `.dark` ancestor (as Gradio's `theme_mode`).
 */
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  HighlightStyle,
  StreamLanguage,
  type StreamParser,
  bracketMatching,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorView, lineNumbers } from '@codemirror/view';
import { classHighlighter, tags as t } from '@lezer/highlight';
import { minimalSetup } from 'codemirror';

type LanguageLoader = () => Promise<Extension>;

/** A CodeMirror 5 mode ported to CodeMirror 6 (`@codemirror/legacy-modes`), as a language extension. */
async function streamLanguage(parser: Promise<StreamParser<unknown>>): Promise<Extension> {
  return StreamLanguage.define(await parser);
}

/** Gradio's `sql-<dialect>` names (lower-cased) that lang-sql has a dialect for, by lang-sql export name. */
const sqlDialects: Record<string, 'StandardSQL' | 'MSSQL' | 'MySQL' | 'MariaSQL' | 'SQLite' | 'Cassandra' | 'PLSQL' | 'PostgreSQL'> = {
  sql: 'StandardSQL',
  'sql-standardsql': 'StandardSQL',
  'sql-mssql': 'MSSQL',
  'sql-mysql': 'MySQL',
  'sql-mariadb': 'MariaSQL',
  'sql-sqlite': 'SQLite',
  'sql-cassandra': 'Cassandra',
  'sql-plsql': 'PLSQL',
  'sql-pgsql': 'PostgreSQL',
  'sql-postgresql': 'PostgreSQL',
};

/** Gradio's other SQL dialects, by export name of the legacy `sql` mode. */
const legacySqlDialects: Record<string, 'hive' | 'gql' | 'gpSQL' | 'sparkSQL' | 'esper'> = {
  'sql-hive': 'hive',
  'sql-gql': 'gql',
  'sql-gpsql': 'gpSQL',
  'sql-sparksql': 'sparkSQL',
  'sql-esper': 'esper',
};

const languages: Record<string, LanguageLoader> = {
  python: async () => (await import('@codemirror/lang-python')).python(),
  javascript: async () => (await import('@codemirror/lang-javascript')).javascript({ jsx: true }),
  typescript: async () => (await import('@codemirror/lang-javascript')).javascript({ typescript: true, jsx: true }),
  json: async () => (await import('@codemirror/lang-json')).json(),
  markdown: async () => (await import('@codemirror/lang-markdown')).markdown(),
  html: async () => (await import('@codemirror/lang-html')).html(),
  css: async () => (await import('@codemirror/lang-css')).css(),
  yaml: async () => (await import('@codemirror/lang-yaml')).yaml(),
  c: () => streamLanguage(import('@codemirror/legacy-modes/mode/clike').then((mode) => mode.c)),
  cpp: () => streamLanguage(import('@codemirror/legacy-modes/mode/clike').then((mode) => mode.cpp)),
  java: () => streamLanguage(import('@codemirror/legacy-modes/mode/clike').then((mode) => mode.java)),
  r: () => streamLanguage(import('@codemirror/legacy-modes/mode/r').then((mode) => mode.r)),
  shell: () => streamLanguage(import('@codemirror/legacy-modes/mode/shell').then((mode) => mode.shell)),
  dockerfile: () => streamLanguage(import('@codemirror/legacy-modes/mode/dockerfile').then((mode) => mode.dockerFile)),
  latex: () => streamLanguage(import('@codemirror/legacy-modes/mode/stex').then((mode) => mode.stex)),
  jinja2: () => streamLanguage(import('@codemirror/legacy-modes/mode/jinja2').then((mode) => mode.jinja2)),
};

/** Short names Gradio's frontend also accepts (and a few common ones). */
const aliases: Record<string, string> = {
  py: 'python',
  js: 'javascript',
  ts: 'typescript',
  md: 'markdown',
  sh: 'shell',
  bash: 'shell',
  yml: 'yaml',
  'c++': 'cpp',
  tex: 'latex',
  jinja: 'jinja2',
};

async function loadSql(key: string): Promise<Extension> {
  const legacy = legacySqlDialects[key];
  if (legacy) return streamLanguage(import('@codemirror/legacy-modes/mode/sql').then((mode) => mode[legacy]));
  const module = await import('@codemirror/lang-sql');
  return module.sql({ dialect: module[sqlDialects[key] ?? 'StandardSQL'] });
}

/** The CodeMirror language support for one of Gradio's `gr.Code` languages; `[]` for plain text. */
export async function loadEditorLanguage(language: string | null | undefined): Promise<Extension> {
  const raw = (language ?? '').trim().toLowerCase();
  const key = aliases[raw] ?? raw;
  try {
    if (key === 'sql' || key.startsWith('sql-')) return await loadSql(key);
    const loader = languages[key];
    return loader ? await loader() : [];
  } catch {
    return [];
  }
}

/**
 * Token colours, light and dark, as CSS variables set by {@link baseTheme}: the same palette as the static
 * view's highlight.js colours (`prose.ts`), so a `gr-code` looks alike interactive and static.
 */
const palette = {
  keyword: ['#a626a4', '#c678dd'],
  string: ['#2f7d32', '#98c379'],
  number: ['#986801', '#d19a66'],
  title: ['#2c5cc5', '#61aeee'],
  comment: ['#6a6f78', '#7f848e'],
  builtin: ['#8a5d00', '#e6c07b'],
  invalid: ['#c0392b', '#e06c75'],
} as const;

type PaletteName = keyof typeof palette;

const colour = (name: PaletteName) => `var(--gr-code-${name})`;

function paletteVariables(index: 0 | 1): Record<string, string> {
  return Object.fromEntries(Object.entries(palette).map(([name, colours]) => [`--gr-code-${name}`, colours[index]]));
}

const highlightStyle = HighlightStyle.define([
  { tag: [t.keyword, t.modifier, t.self], color: colour('keyword') },
  { tag: [t.string, t.regexp, t.escape, t.special(t.string), t.attributeValue, t.inserted], color: colour('string') },
  {
    tag: [t.number, t.bool, t.null, t.atom, t.special(t.variableName), t.attributeName, t.labelName, t.url],
    color: colour('number'),
  },
  {
    tag: [
      t.function(t.variableName),
      t.function(t.propertyName),
      t.definition(t.variableName),
      t.className,
      t.tagName,
    ],
    color: colour('title'),
  },
  { tag: t.comment, color: colour('comment'), fontStyle: 'italic' },
  {
    tag: [t.typeName, t.standard(t.variableName), t.namespace, t.macroName, t.meta, t.annotation],
    color: colour('builtin'),
  },
  { tag: [t.invalid, t.deleted], color: colour('invalid') },
  { tag: t.heading, color: colour('title'), fontWeight: 'bold' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.link, textDecoration: 'underline' },
]);

export interface CodeEditorOptions {
  doc: string;
  language: string | null;
  label: string;
  lines: number;
  maxLines: number | null;
  wrapLines: boolean;
  showLineNumbers: boolean;
  readOnly: boolean;
  /** Called with the new text after each user edit (never for {@link CodeEditor.setDoc}). */
  onEdit: (doc: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** Sizing theme: `lines` rows at least, scrolling beyond `maxLines` rows. */
function sizeTheme(lines: number, maxLines: number | null): Extension {
  const rows = Math.max(1, Math.floor(lines) || 1);
  const maxRows = typeof maxLines === 'number' && maxLines > 0 ? Math.max(maxLines, rows) : null;
  return EditorView.theme({
    '.cm-scroller': {
      minHeight: `calc(${rows} * 1.5em + 8px)`,
      ...(maxRows ? { maxHeight: `calc(${maxRows} * 1.5em + 8px)` } : {}),
      overflow: 'auto',
      fontFamily: 'var(--font-mono)',
      lineHeight: '1.5',
    },
  });
}

const baseTheme = EditorView.theme({
  '&': {
    ...paletteVariables(0),
    fontSize: 'var(--text-sm)',
    color: 'var(--body-text-color)',
    backgroundColor: 'transparent',
    borderRadius: 'var(--radius-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--color-accent)', outlineOffset: '1px' },
  '.cm-content': { caretColor: 'var(--body-text-color)', padding: '4px 0' },
  '.cm-gutters': {
    backgroundColor: 'var(--block-background-fill)',
    color: 'var(--body-text-color-subdued)',
    borderRight: '1px solid var(--border-color-primary)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--color-accent-soft)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--color-accent-soft)',
  },
  '.cm-cursor': { borderLeftColor: 'var(--body-text-color)' },
  // Dark token colours inside a `.dark` ancestor (the theme's dark mode), in the same tree.
  '.dark &': paletteVariables(1),
});

/** A live editor with setters for the props that can change. */
export class CodeEditor {
  readonly view: EditorView;
  #language = new Compartment();
  #numbers = new Compartment();
  #wrap = new Compartment();
  #size = new Compartment();
  #readOnly = new Compartment();
  #label = new Compartment();
  #languageName: string | null;
  #applying = false;

  constructor(parent: HTMLElement, options: CodeEditorOptions) {
    this.#languageName = options.language;
    const state = EditorState.create({
      doc: options.doc,
      extensions: [
        minimalSetup,
        indentOnInput(),
        bracketMatching(),
        baseTheme,
        // The colours, and stable `tok-*` classes (`tok-keyword`, `tok-string`, ...) for custom CSS.
        syntaxHighlighting(highlightStyle),
        syntaxHighlighting(classHighlighter),
        this.#language.of([]),
        this.#numbers.of(options.showLineNumbers ? lineNumbers() : []),
        this.#wrap.of(options.wrapLines ? EditorView.lineWrapping : []),
        this.#size.of(sizeTheme(options.lines, options.maxLines)),
        this.#readOnly.of(readOnlyExtension(options.readOnly)),
        this.#label.of(contentAttributes(options)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !this.#applying) options.onEdit(update.state.doc.toString());
          if (update.focusChanged) (update.view.hasFocus ? options.onFocus : options.onBlur)();
        }),
      ],
    });
    this.view = new EditorView({ state, parent });
    this.setLanguage(options.language);
  }

  /** Replaces the text without reporting an edit (a programmatic `value`). */
  setDoc(doc: string) {
    const current = this.view.state.doc.toString();
    if (current === doc) return;
    this.#applying = true;
    try {
      this.view.dispatch({ changes: { from: 0, to: current.length, insert: doc } });
    } finally {
      this.#applying = false;
    }
  }

  async setLanguage(language: string | null) {
    this.#languageName = language;
    const support = await loadEditorLanguage(language);
    if (this.#languageName !== language) return;
    this.view.dispatch({ effects: this.#language.reconfigure(support) });
  }

  configure(options: Pick<CodeEditorOptions, 'lines' | 'maxLines' | 'wrapLines' | 'showLineNumbers' | 'readOnly' | 'label'>) {
    this.view.dispatch({
      effects: [
        this.#numbers.reconfigure(options.showLineNumbers ? lineNumbers() : []),
        this.#wrap.reconfigure(options.wrapLines ? EditorView.lineWrapping : []),
        this.#size.reconfigure(sizeTheme(options.lines, options.maxLines)),
        this.#readOnly.reconfigure(readOnlyExtension(options.readOnly)),
        this.#label.reconfigure(contentAttributes(options)),
      ],
    });
  }

  destroy() {
    this.view.destroy();
  }
}

/**
 * The content's label, and a tab stop (`tabindex=0`) also when read-only, so that a keyboard user can reach
 * a long listing and scroll it (an editable one is focusable already; the explicit tabindex also tells
 * checkers such as axe, which do not count `contenteditable` as focusable content).
 */
function contentAttributes(options: Pick<CodeEditorOptions, 'readOnly' | 'label'>): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' });
}

function readOnlyExtension(readOnly: boolean): Extension {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}
