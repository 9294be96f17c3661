import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { BlockLabel, CopyButton, CopyFeedback, cssLength } from '../../utils/display';
import { type LatexDelimiter, DEFAULT_LATEX_DELIMITERS, loadMarkdownAssets, mayNeedMarkdownAssets, renderMarkdown } from '../../utils/markdown';
import { adoptProseStyles, copyCodeBlock, followInPageAnchor } from '../../utils/prose';
import type { ElemClasses } from '../../utils/props';
import { trustedHtml } from '../../utils/trusted-types';

/** Detail of `gr-copy`: Gradio's CopyData. */
export interface MarkdownCopyDetail {
  value: string;
}

/**
 * A Gradio `Markdown` (config type `markdown`): GitHub-flavoured Markdown rendered as prose, with
 * highlighted code blocks, LaTeX (KaTeX, loaded when math first appears) and optional header anchors.
 * The rendered HTML is always sanitized: scripts, event handlers and script URLs never run, and outgoing
 * links open in a new tab with `rel="noopener noreferrer"`.
 *
 * Events: only `gr-copy` (the user pressed the copy button). Gradio's `change` of a Markdown follows
 * programmatic value changes, which this element does not report: the runtime knows when it sets `value`.
 *
 * Styled with `--prose-*`, `--link-text-color*`, `--code-background-fill`, `--body-text-color`.
 */
@Component({
  tag: 'gr-markdown',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-markdown.css'],
  scoped: true,
})
export class GrMarkdown {
  @Element() el!: HTMLGrMarkdownElement;

  /** The rendered HTML (sanitized). */
  @State() html = '';

  /** `true` for a moment after a successful copy. */
  @State() copied = false;
  /** Code grammars or KaTeX the text needs are loading: the text is `aria-busy` (it is redrawn then). */
  @State() assetsLoading = false;

  /** The Markdown text (Gradio's `value`). */
  @Prop() value: string = '';

  /** Label for screen readers; shown as a badge only when `showLabel` is `true`. `null` reads "Markdown". */
  @Prop() label: string | null = null;

  /** Show the label badge. Gradio's Markdown hides it by default. */
  @Prop() showLabel: boolean = false;

  /** Right-to-left text (`dir="rtl"`). */
  @Prop() rtl: boolean = false;

  /** LaTeX delimiters, Gradio's `latex_delimiters` (`[{left, right, display}]`); `[]` turns math off. */
  @Prop() latexDelimiters: LatexDelimiter[] = DEFAULT_LATEX_DELIMITERS;

  /**
   * Gradio's `sanitize_html`. The HTML is always sanitized here (nothing in a value ever runs); `false` only
   * keeps more raw HTML that the app author wrote: `<style>` elements and `<iframe src="https://...">` embeds.
   */
  @Prop() sanitizeHtml: boolean = true;

  /** Single newlines become line breaks (Gradio's `line_breaks`). */
  @Prop() lineBreaks: boolean = false;

  /** Headers get anchor ids and a `#` link shown on hover (Gradio's `header_links`). */
  @Prop() headerLinks: boolean = false;

  /** Height of the rendered area (number = px); content scrolls inside. */
  @Prop() height: number | string | null = null;

  /** Maximum height (number = px); content scrolls beyond it. */
  @Prop() maxHeight: number | string | null = null;

  /** Minimum height (number = px). */
  @Prop() minHeight: number | string | null = null;

  /** Show a copy button (Gradio 4/5's `show_copy_button`). */
  @Prop() showCopyButton: boolean = false;

  /** Toolbar buttons, Gradio 6's `buttons` (`["copy"]` shows the copy button). */
  @Prop() buttons: string[] | null = null;

  /** Draw the block chrome (border, background). Markdown defaults to bare text. */
  @Prop() container: boolean = false;

  /** Inner padding `--block-padding` (Gradio's `padding`). */
  @Prop() padding: boolean = false;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the inner block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  @Watch('value')
  @Watch('latexDelimiters')
  @Watch('sanitizeHtml')
  @Watch('lineBreaks')
  @Watch('headerLinks')
  onSourceChange() {
    this.refresh();
  }

  /** Fires when the user presses the copy button; `detail.value` is the Markdown text. */
  @Event({ eventName: 'gr-copy', bubbles: true, composed: true }) grCopy!: EventEmitter<MarkdownCopyDetail>;

  private renderCount = 0;
  private copyFeedback = new CopyFeedback((copied) => (this.copied = copied));

  componentWillLoad() {
    this.refresh();
  }

  connectedCallback() {
    adoptProseStyles(this.el);
  }

  disconnectedCallback() {
    this.copyFeedback.dispose();
  }

  /**
   * Clicks inside the rendered Markdown: a code block's copy button copies it; in-page anchors (header
   * links) scroll within the element's own root, also inside a shadow root.
   */
  @Listen('click')
  onContentClick(event: MouseEvent) {
    if (!copyCodeBlock(event, this.el)) followInPageAnchor(event, this.el);
  }

  private get source(): string {
    return typeof this.value === 'string' ? this.value : '';
  }

  private get options() {
    return {
      latexDelimiters: this.latexDelimiters,
      lineBreaks: this.lineBreaks,
      headerLinks: this.headerLinks,
      keepEmbeds: this.sanitizeHtml === false,
    };
  }

  /** Renders now with what is loaded, then again once code grammars or KaTeX the text needs have loaded. */
  private refresh() {
    const count = ++this.renderCount;
    const source = this.source;
    const options = this.options;
    this.html = renderMarkdown(source, options);
    this.assetsLoading = mayNeedMarkdownAssets(source, options);
    if (!this.assetsLoading) return;
    loadMarkdownAssets(source, options).then((loaded) => {
      if (count !== this.renderCount) return;
      if (loaded) this.html = renderMarkdown(source, options);
      this.assetsLoading = false;
    });
  }

  private onCopy = async () => {
    const value = this.source;
    await this.copyFeedback.copy(value);
    this.grCopy.emit({ value });
  };

  render() {
    const showCopy = this.showCopyButton || (Array.isArray(this.buttons) && this.buttons.includes('copy'));
    const label = this.label ?? 'Markdown';
    const scrolls = this.height !== null || this.maxHeight !== null;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.padding}>
          {this.showLabel ? <BlockLabel label={label} icon="text" show={true} /> : null}
          {showCopy ? (
            <div class="toolbar">
              <CopyButton copied={this.copied} onClick={this.onCopy} />
            </div>
          ) : null}
          <div
            class={{ prose: true, 'gr-prose': true, md: true, scrolls, 'has-toolbar': showCopy }}
            dir={this.rtl ? 'rtl' : 'ltr'}
            style={{ height: cssLength(this.height), 'max-height': cssLength(this.maxHeight), 'min-height': cssLength(this.minHeight) }}
            {...(scrolls ? { role: 'region', 'aria-label': label, tabindex: 0 } : {})}
            aria-busy={this.assetsLoading ? 'true' : undefined}
            innerHTML={trustedHtml(this.html)}
          />
        </Block>
      </Host>
    );
  }
}
