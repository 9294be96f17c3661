import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { BlockLabel, cssLength } from '../../utils/display';
import { adoptProseStyles, followInPageAnchor } from '../../utils/prose';
import type { ElemClasses } from '../../utils/props';
import { sanitizeHtmlWith } from '../../utils/sanitize';
import { fillTemplate } from '../../utils/html-template';
import { trustedHtml } from '../../utils/trusted-types';

/**
 * A Gradio `HTML` (config type `html`): the value's HTML rendered as prose. The HTML is sanitized (no
 * scripts, handlers or script URLs; `<style>` and `https` iframes are kept, as authors use them); outgoing
 * links open in a new tab with `rel="noopener noreferrer"`. Gradio's `js_on_load` is not run (its default,
 * reporting clicks, is built in: `gr-click`), and `html_template` is filled with plain `${name}` placeholders only.
 *
 * Styled with `--prose-*`, `--body-text-color`, `--link-text-color*`.
 */
@Component({ tag: 'gr-html', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-html.css'], scoped: true })
export class GrHtml {
  @Element() el!: HTMLGrHtmlElement;

  /** The HTML string (Gradio's `value`). */
  @Prop() value: string = '';

  /** Label for screen readers; a badge only when `showLabel`. `null` reads "HTML". */
  @Prop() label: string | null = null;

  /** Show the label badge. Gradio's HTML hides it by default. */
  @Prop() showLabel: boolean = false;

  /** Gradio 6's `html_template`: `${value}` (and `${label}`, `${<props key>}`) are replaced. */
  @Prop() htmlTemplate: string = '${value}';

  /** Gradio 6's `props`: extra template variables. */
  @Prop() props: Record<string, unknown> = {};

  /** Gradio's `apply_default_css`: `false` drops the prose typography. */
  @Prop() applyDefaultCss: boolean = true;

  /** Minimum height (number = px). */
  @Prop() minHeight: number | string | null = null;

  /** Maximum height (number = px); content scrolls beyond it. */
  @Prop() maxHeight: number | string | null = null;

  /** Draw the block chrome. HTML defaults to bare content. */
  @Prop() container: boolean = false;

  /** Inner padding `--block-padding`. */
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

  /** Fires when the user clicks anywhere inside the rendered HTML (Gradio's `click`). */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<void>;

  connectedCallback() {
    adoptProseStyles(this.el);
  }

  @Listen('click')
  onClick(event: MouseEvent) {
    followInPageAnchor(event, this.el);
    const content = this.el.querySelector('.html-content');
    if (content && event.target instanceof Node && content.contains(event.target)) this.grClick.emit();
  }

  private get html(): string {
    const value = typeof this.value === 'string' ? this.value : this.value == null ? '' : String(this.value);
    const template = typeof this.htmlTemplate === 'string' ? this.htmlTemplate : '${value}';
    const extra = this.props && typeof this.props === 'object' ? this.props : {};
    const filled = fillTemplate(template, { ...extra, value, label: this.label ?? '' });
    return sanitizeHtmlWith(filled, { keepEmbeds: true });
  }

  render() {
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.padding}>
          {this.showLabel ? <BlockLabel label={this.label ?? 'HTML'} icon="html" show={true} /> : null}
          <div
            class={{ 'html-content': true, prose: this.applyDefaultCss, 'gr-prose': this.applyDefaultCss, scrolls: this.maxHeight !== null }}
            style={{ 'min-height': cssLength(this.minHeight), 'max-height': cssLength(this.maxHeight) }}
            // Content cut at max-height scrolls: a keyboard user reaches the region to scroll it.
            {...(this.maxHeight !== null ? { tabIndex: 0, role: 'region', 'aria-label': this.label ?? 'HTML' } : {})}
            innerHTML={trustedHtml(this.html)}
          />
        </Block>
      </Host>
    );
  }
}
