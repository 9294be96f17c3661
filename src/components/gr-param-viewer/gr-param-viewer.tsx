import { Component, Element, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, cssLength } from '../../utils/block';
import { highlightLoaded, loadGrammar } from '../../utils/highlight';
import { t } from '../../utils/i18n-more';
import { loadMarkdownAssets, renderMarkdown, slugify } from '../../utils/markdown';
import { type ElemClasses, elemClassMap } from '../../utils/props';
import { escapeHtml } from '../../utils/sanitize';
import { type ParamViewerValue, type Row, paramRows } from './param-rows';
import { trustedHtml } from '../../utils/trusted-types';

/** The code line of a parameter, `name: type = default` (Python) or `name: type = default` (TypeScript). */
const signature = (row: Row) => `${row.name}${row.type ? `: ${row.type}` : ''}${row.default !== null ? ` = ${row.default}` : ''}`;

/**
 * A Gradio `ParamViewer` (config type `paramviewer`): documentation of parameters, one disclosure per
 * parameter whose summary is its `name: type = default` line (highlighted in `language`) and whose body is
 * its Markdown description (sanitized). A header button opens or closes them all. Display only: it fires no
 * events (Gradio declares `change` and `upload` but never dispatches them from the page).
 *
 * @part header - the header row.
 * @part param - one parameter's `<details>`.
 */
@Component({ tag: 'gr-param-viewer', styleUrls: ['../../utils/block.css', 'gr-param-viewer.css'], scoped: true })
export class GrParamViewer {
  @Element() el!: HTMLElement;

  @State() open: Set<string> = new Set();
  @State() assetsVersion = 0;

  /** The parameters: `{name: {type, description, default}}`. */
  @Prop() value: ParamViewerValue | null = null;
  @Watch('value')
  valueChanged() {
    void this.loadAssets();
  }

  /** The language of the signatures: `python` or `typescript`. */
  @Prop() language: 'python' | 'typescript' = 'python';

  /** Words of the descriptions shown as code (Gradio links them to its docs; no link target is known here). */
  @Prop() linkify: string[] | null = null;

  /** The header text above the list (with the open/close-all button); `null` shows no header. */
  @Prop() header: string | null = 'Parameters';

  /** `true` (or an id prefix) gives each parameter an id and a `#` link to it. */
  @Prop() anchorLinks: boolean | string = false;

  /** Maximum height (pixels, or any CSS length); the list scrolls under a fixed header. */
  @Prop() maxHeight: number | string | null = null;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`. */
  @Prop() elemClasses: ElemClasses = null;

  componentWillLoad() {
    void this.loadAssets();
  }

  private async loadAssets() {
    const rows = paramRows(this.value);
    if (typeof rows === 'string') return;
    const loaded = await Promise.all([
      loadGrammar(this.language),
      ...rows.map((row) => loadMarkdownAssets(row.description)),
    ]);
    if (loaded.some(Boolean)) this.assetsVersion++;
  }

  private anchorId(name: string): string | undefined {
    if (!this.anchorLinks) return undefined;
    const prefix = typeof this.anchorLinks === 'string' ? this.anchorLinks : '';
    return `${prefix}param-${slugify(name)}`;
  }

  private description(text: string): string {
    let html = renderMarkdown(text);
    for (const word of this.linkify ?? []) {
      if (!word) continue;
      const escaped = escapeHtml(word);
      html = html.split(escaped).join(`<code>${escaped}</code>`);
    }
    return html;
  }

  private onToggle(name: string, event: Event) {
    const isOpen = (event.target as HTMLDetailsElement).open;
    if (isOpen === this.open.has(name)) return;
    const next = new Set(this.open);
    if (isOpen) next.add(name);
    else next.delete(name);
    this.open = next;
  }

  private toggleAll(rows: Row[]) {
    this.open = this.open.size === rows.length ? new Set() : new Set(rows.map((row) => row.name));
  }

  render() {
    const rows = paramRows(this.value);
    const list = typeof rows === 'string' ? [] : rows;
    const allOpen = list.length > 0 && this.open.size === list.length;
    return (
      <Host class={{ ...elemClassMap(this.elemClasses), hidden: !this.visible }}>
        <Block elemId={this.elemId}>
          {this.header !== null ? (
            <div class="header" part="header">
              <span class="title">{this.header}</span>
              {list.length > 0 ? (
                <button type="button" class="toggle-all" aria-expanded={allOpen ? 'true' : 'false'} onClick={() => this.toggleAll(list)}>
                  {t(allOpen ? 'collapseAll' : 'expandAll', this.el)}
                </button>
              ) : null}
            </div>
          ) : null}
          {typeof rows === 'string' ? (
            <p class="error" role="alert">
              {rows}
            </p>
          ) : list.length === 0 ? (
            <p class="empty">{t('noParameters', this.el)}</p>
          ) : (
            <div class="params" style={{ 'max-height': cssLength(this.maxHeight) }}>
              {list.map((row) => {
                const id = this.anchorId(row.name);
                const code = signature(row);
                const highlighted = highlightLoaded(code, this.language);
                return (
                  <details part="param" id={id} key={row.name} open={this.open.has(row.name)} onToggle={(e: Event) => this.onToggle(row.name, e)}>
                    <summary>
                      <code class="signature hljs" innerHTML={trustedHtml(highlighted ?? escapeHtml(code))} />
                    </summary>
                    {id ? (
                      <a class="anchor" href={`#${id}`}>
                        Link to {row.name}
                      </a>
                    ) : null}
                    {row.description ? (
                      <div class="description prose" innerHTML={trustedHtml(this.description(row.description))} />
                    ) : (
                      <div class="description empty">{t('noDescription', this.el)}</div>
                    )}
                  </details>
                );
              })}
            </div>
          )}
        </Block>
      </Host>
    );
  }
}
