/**
 * The CodeMirror 6 editor behind an interactive `gr-code`. This module is only ever loaded with a dynamic
 * `import()` (CodeMirror is heavy), and each language package is its own lazy chunk in turn. Languages
 * without a CodeMirror package here (c, cpp, r, shell, dockerfile, latex, jinja2) edit as plain text.
 */
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { EditorView, lineNumbers } from '@codemirror/view';
import { minimalSetup } from 'codemirror';

type LanguageLoader = () => Promise<Extension>;

const sqlDialects: Record<string, string> = {
  'sql-mssql': 'MSSQL',
  'sql-mysql': 'MySQL',
  'sql-mariadb': 'MariaSQL',
  'sql-sqlite': 'SQLite',
  'sql-cassandra': 'Cassandra',
  'sql-plsql': 'PLSQL',
  'sql-postgresql': 'PostgreSQL',
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
};

/** The CodeMirror language support for one of Gradio's `gr.Code` languages; `[]` for plain text. */
export async function loadEditorLanguage(language: string | null | undefined): Promise<Extension> {
  const key = (language ?? '').trim().toLowerCase();
  try {
    if (key === 'sql' || key.startsWith('sql-')) {
      const module = await import('@codemirror/lang-sql');
      const dialect = sqlDialects[key] as keyof typeof module | undefined;
      const chosen = dialect ? module[dialect] : module.StandardSQL;
      return module.sql({ dialect: chosen as typeof module.StandardSQL });
    }
    const loader = languages[key === 'js' ? 'javascript' : key === 'ts' ? 'typescript' : key === 'py' ? 'python' : key];
    return loader ? await loader() : [];
  } catch {
    return [];
  }
}

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
        this.#language.of([]),
        this.#numbers.of(options.showLineNumbers ? lineNumbers() : []),
        this.#wrap.of(options.wrapLines ? EditorView.lineWrapping : []),
        this.#size.of(sizeTheme(options.lines, options.maxLines)),
        this.#readOnly.of(readOnlyExtension(options.readOnly)),
        this.#label.of(EditorView.contentAttributes.of({ 'aria-label': options.label })),
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
        this.#label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': options.label })),
      ],
    });
  }

  destroy() {
    this.view.destroy();
  }
}

function readOnlyExtension(readOnly: boolean): Extension {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}
