import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { CodeEditor } from '../../utils/code-editor';
import { BlockLabel, CopyButton, CopyFeedback, IconButton } from '../../utils/display';
import { highlightCode } from '../../utils/highlight';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { adoptProseStyles } from '../../utils/prose';
import type { ElemClasses } from '../../utils/props';
import { canSanitize, sanitizeHtml } from '../../utils/sanitize';
import { trustedHtml } from '../../utils/trusted-types';

const extensions: Record<string, string> = {
  python: 'py', javascript: 'js', typescript: 'ts', markdown: 'md', json: 'json', html: 'html', css: 'css',
  yaml: 'yaml', shell: 'sh', r: 'r', c: 'c', cpp: 'cpp', latex: 'tex', dockerfile: 'Dockerfile', jinja2: 'jinja2',
};

/**
 * A Gradio `Code` (config type `code`). Interactive: a CodeMirror 6 editor (loaded with the language
 * on first use; token colours follow light / dark mode) with line numbers, height from `lines` to
 * `maxLines`, Tab leaving the editor for keyboard users. Static (`interactive=false`): the code as a highlighted `<pre>` (highlight.js, lazy).
 * Toolbar: copy and download (Gradio's `buttons`).
 *
 * Events (user actions only): `gr-input` and then `gr-change` after each edit, with the new text;
 * `gr-focus` / `gr-blur` when the editor gains or loses focus.
 */
@Component({ tag: 'gr-code', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-code.css'], scoped: true })
export class GrCode {
  @Element() el!: HTMLGrCodeElement;

  /** Highlighted HTML of the static view (sanitized), once highlight.js has loaded. */
  @State() highlighted: string | null = null;

  /** `true` for a moment after a successful copy. */
  @State() copied = false;

  /** The code (Gradio's `value`). */
  @Prop({ mutable: true }) value: string = '';
  @Watch('value')
  onValueChange() {
    this.editor?.setDoc(this.text);
    this.refreshHighlight();
  }

  /**
   * The language, one of Gradio's `gr.Code.languages` (python, c, cpp, markdown, latex, json, html, css,
   * javascript, jinja2, typescript, yaml, dockerfile, shell, r, sql, sql-msSQL, sql-mySQL, sql-mariaDB,
   * sql-sqlite, sql-cassandra, sql-plSQL, sql-hive, sql-pgSQL, sql-gql, sql-gpSQL, sql-sparkSQL, sql-esper;
   * also java and the short names py, js, ts, md, sh); `null` or an unknown name for plain text. The editor
   * loads that language's highlighting on first use.
   */
  @Prop() language: string | null = null;
  @Watch('language')
  onLanguageChange() {
    this.editor?.setLanguage(this.language);
    this.refreshHighlight();
  }

  /** Minimum height in lines. */
  @Prop() lines: number = 5;

  /** Maximum height in lines before scrolling; `null` grows with the code. */
  @Prop() maxLines: number | null = null;

  /** Wrap long lines instead of scrolling sideways. */
  @Prop() wrapLines: boolean = false;

  /** Show line numbers. */
  @Prop() showLineNumbers: boolean = true;

  /** `false` shows the code read-only, highlighted. */
  @Prop() interactive: boolean = true;
  @Watch('interactive')
  onInteractiveChange() {
    if (!this.interactive) {
      this.editor?.destroy();
      this.editor = undefined;
      this.refreshHighlight();
    }
  }

  @Watch('lines')
  @Watch('maxLines')
  @Watch('wrapLines')
  @Watch('showLineNumbers')
  @Watch('label')
  onLayoutChange() {
    this.editor?.configure(this.editorOptions());
  }

  /** Toolbar buttons, Gradio's `buttons`: `"copy"`, `"download"`. */
  @Prop() buttons: string[] | null = ['copy', 'download'];

  /** The label; `null` reads "Code". */
  @Prop() label: string | null = null;

  /** Show the label badge. */
  @Prop() showLabel: boolean = true;

  /** Draw the block chrome. */
  @Prop() container: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the inner block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires after each user edit with the new text (Gradio's `input`). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<string>;

  /** Fires after each user edit with the new text, after `gr-input` (Gradio's `change`). */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<string>;

  /** Fires when the editor gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the editor loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  private editor: CodeEditor | undefined;
  private editorLoading = false;
  private labelId = uniqueId('gr-code');
  private highlightCount = 0;
  private copyFeedback = new CopyFeedback((copied) => (this.copied = copied));

  connectedCallback() {
    adoptProseStyles(this.el);
  }

  componentWillLoad() {
    this.refreshHighlight();
  }

  componentDidRender() {
    if (this.interactive && !this.editor) this.mountEditor();
  }

  disconnectedCallback() {
    this.copyFeedback.dispose();
    this.editor?.destroy();
    this.editor = undefined;
  }

  private get text(): string {
    return typeof this.value === 'string' ? this.value : this.value == null ? '' : String(this.value);
  }

  private editorOptions() {
    return {
      lines: this.lines,
      maxLines: this.maxLines,
      wrapLines: this.wrapLines,
      showLineNumbers: this.showLineNumbers,
      readOnly: false,
      label: this.label ?? 'Code',
    };
  }

  private async mountEditor() {
    if (this.editorLoading) return;
    this.editorLoading = true;
    try {
      const { CodeEditor } = await import('../../utils/code-editor');
      const parent = this.el.querySelector('.editor') as HTMLElement | null;
      if (!parent || !this.interactive || this.editor) return;
      parent.textContent = '';
      this.editor = new CodeEditor(parent, {
        ...this.editorOptions(),
        doc: this.text,
        language: this.language,
        onEdit: (doc) => {
          this.value = doc;
          this.grInput.emit(doc);
          this.grChange.emit(doc);
        },
        onFocus: () => this.grFocus.emit(),
        onBlur: () => this.grBlur.emit(),
      });
    } catch {
      // Without the editor the read-only text stays visible.
    } finally {
      this.editorLoading = false;
    }
  }

  private refreshHighlight() {
    const count = ++this.highlightCount;
    this.highlighted = null;
    if (this.interactive) return;
    const text = this.text;
    highlightCode(text, this.language).then((html) => {
      // Where nothing can sanitize, the plain code stays (escaped highlighter markup would show as text).
      if (count === this.highlightCount && html !== null && canSanitize()) this.highlighted = sanitizeHtml(html);
    });
  }

  private onCopy = async () => {
    await this.copyFeedback.copy(this.text);
  };

  private onDownload = () => {
    const extension = extensions[(this.language ?? '').toLowerCase()] ?? (this.language?.startsWith('sql') ? 'sql' : 'txt');
    const url = URL.createObjectURL(new Blob([this.text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = extension === 'Dockerfile' ? 'Dockerfile' : `code.${extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  private renderStatic() {
    const text = this.text;
    const count = text.split('\n').length;
    const rows = Math.max(this.lines || 1, 1);
    const maxRows = typeof this.maxLines === 'number' && this.maxLines > 0 ? Math.max(this.maxLines, rows) : null;
    return (
      <div
        class={{ static: true, wrap: this.wrapLines }}
        style={{
          'min-height': `calc(${rows} * 1.5em + 8px)`,
          'max-height': maxRows ? `calc(${maxRows} * 1.5em + 8px)` : undefined,
        }}
      >
        {this.showLineNumbers ? (
          <div class="gutter" aria-hidden="true">
            {Array.from({ length: count }, (_, i) => String(i + 1)).join('\n')}
          </div>
        ) : null}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the code block scrolls, so keyboard users can focus it */}
        <pre class="gr-hljs" tabIndex={0}>
          {this.highlighted !== null ? <code innerHTML={trustedHtml(this.highlighted)} /> : <code>{text}</code>}
        </pre>
      </div>
    );
  }

  render() {
    const buttons = Array.isArray(this.buttons) ? this.buttons : [];
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={false}>
          <BlockLabel label={this.label ?? 'Code'} icon="code" show={this.showLabel} id={this.labelId} />
          {buttons.includes('copy') || buttons.includes('download') ? (
            <div class="toolbar">
              {buttons.includes('copy') ? (
                <CopyButton copied={this.copied} onClick={this.onCopy} />
              ) : null}
              {buttons.includes('download') ? <IconButton icon="download" label={t('download', this.el)} onClick={this.onDownload} /> : null}
            </div>
          ) : null}
          <div class={{ body: true, labelled: this.showLabel }}>
            {this.interactive ? (
              <div class="editor" key="editor">
                <pre class="pending">{this.text}</pre>
              </div>
            ) : (
              this.renderStatic()
            )}
          </div>
        </Block>
      </Host>
    );
  }
}
