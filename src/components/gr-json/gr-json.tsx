import { Component, Element, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { BlockLabel, CopyButton, CopyFeedback, EmptyState, cssLength } from '../../utils/display';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/** Levels at this depth and deeper start collapsed unless `open` (as in Gradio). */
const COLLAPSE_DEPTH = 3;

const isBranch = (value: unknown): value is Record<string, unknown> | unknown[] =>
  value !== null && typeof value === 'object';

/**
 * A Gradio `JSON` (config type `json`): any JSON value as a tree with line numbers, coloured by type.
 * Objects and arrays collapse and expand with their toggle button (mouse, Enter / Space, or the arrow keys:
 * Right expands, Left collapses); a collapsed node shows its size (`Object(3)`, `Array(10)`). Levels deeper
 * than 3 start collapsed unless `open`. The copy button copies the value as indented JSON.
 *
 * Events: none. Gradio's JSON `change` follows programmatic value changes only, and the element does not
 * report those (the runtime knows when it sets `value`).
 */
@Component({ tag: 'gr-json', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-json.css'], scoped: true })
export class GrJson {
  @Element() el!: HTMLElement;

  /** Toggled nodes by path: `true` expanded, `false` collapsed; other nodes follow the depth rule. */
  @State() toggled: Record<string, boolean> = {};

  /** `true` for a moment after a successful copy. */
  @State() copied = false;

  /** The value: any JSON (object, array, string, number, boolean, null). */
  @Prop() value: unknown = null;

  /** The label; `null` reads "JSON". */
  @Prop() label: string | null = null;

  /** Show the label badge. */
  @Prop() showLabel: boolean = true;

  /** Expand every level at first (Gradio's `open`); otherwise levels deeper than 3 start collapsed. */
  @Prop() open: boolean = false;
  @Watch('open')
  onOpenChange() {
    this.toggled = {};
  }

  /** Show array indices as keys (Gradio's `show_indices`). */
  @Prop() showIndices: boolean = false;

  /** Toolbar buttons, Gradio's `buttons` (`"copy"` shows the copy button). */
  @Prop() buttons: string[] | null = ['copy'];

  /** Height of the block (number = px). */
  @Prop() height: number | string | null = null;

  /** Maximum height (number = px); the tree scrolls beyond it. */
  @Prop() maxHeight: number | string | null = 500;

  /** Minimum height (number = px). */
  @Prop() minHeight: number | string | null = null;

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

  private labelId = uniqueId('gr-json-label');
  private copyFeedback = new CopyFeedback((copied) => (this.copied = copied));

  disconnectedCallback() {
    this.copyFeedback.dispose();
  }

  private isExpanded(path: string, depth: number): boolean {
    return this.toggled[path] ?? (this.open || depth < COLLAPSE_DEPTH);
  }

  private setExpanded(path: string, expanded: boolean) {
    this.toggled = { ...this.toggled, [path]: expanded };
  }

  private onToggleKey(event: KeyboardEvent, path: string) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      this.setExpanded(path, event.key === 'ArrowRight');
    }
  }

  private onCopy = async () => {
    await this.copyFeedback.copy(JSON.stringify(this.value, null, 2));
  };

  private get isEmpty(): boolean {
    const value = this.value;
    if (value === null || value === undefined || value === '') return true;
    return isBranch(value) && !Array.isArray(value) && Object.keys(value).length === 0;
  }

  private renderScalar(value: unknown) {
    if (typeof value === 'string') return <span class="value string">"{value}"</span>;
    if (typeof value === 'number') return <span class="value number">{String(value)}</span>;
    if (typeof value === 'boolean') return <span class="value bool">{String(value)}</span>;
    if (value === null) return <span class="value null">null</span>;
    return <span class="value">{String(value)}</span>;
  }

  private renderKey(key: string | number | null) {
    if (key === null) return null;
    return [<span class="key">"{String(key)}"</span>, <span class="punctuation">: </span>];
  }

  /** One node: a line (with a toggle for branches), its children and the closing bracket line. */
  private renderNode(value: unknown, key: string | number | null, depth: number, path: string, last: boolean): unknown {
    const comma = last ? null : <span class="punctuation">,</span>;
    if (!isBranch(value)) {
      return (
        <div class="line" style={{ '--depth': String(depth) }}>
          <span class="content">
            {this.renderKey(key)}
            {this.renderScalar(value)}
            {comma}
          </span>
        </div>
      );
    }
    const isArray = Array.isArray(value);
    const entries = isArray ? value.map((item, index) => [index, item] as const) : Object.entries(value);
    const expanded = this.isExpanded(path, depth);
    const open = isArray ? '[' : '{';
    const close = isArray ? ']' : '}';
    const size = `${isArray ? 'Array' : 'Object'}(${entries.length})`;
    const childrenId = `${this.labelId}-n${path.replace(/[^\w-]/g, '_')}`;
    const name = key === null ? 'root' : String(key);
    return [
      <div class="line" style={{ '--depth': String(depth) }}>
        <span class="content">
          <button
            type="button"
            class="toggle"
            aria-expanded={expanded ? 'true' : 'false'}
            aria-controls={expanded ? childrenId : undefined}
            aria-label={`${t(expanded ? 'collapse' : 'expand', this.el)} ${name}, ${entries.length === 1 ? t('oneItem', this.el) : t('itemCount', this.el, { n: entries.length })}`}
            onClick={() => this.setExpanded(path, !expanded)}
            onKeyDown={(event) => this.onToggleKey(event, path)}
          >
            <span class="chevron" aria-hidden="true">
              {expanded ? '▼' : '▶'}
            </span>
          </button>
          {this.renderKey(key)}
          <span class={{ punctuation: true, bracket: true, square: isArray }}>{open}</span>
          {expanded ? null : [<span class="preview">{size}</span>, <span class={{ punctuation: true, bracket: true, square: isArray }}>{close}</span>, comma]}
        </span>
      </div>,
      expanded ? (
        <div class="children" id={childrenId}>
          {entries.map(([childKey, child], index) =>
            this.renderNode(
              child,
              isArray && !this.showIndices ? null : childKey,
              depth + 1,
              `${path}/${String(childKey).replace(/~/g, '~0').replace(/\//g, '~1')}`,
              index === entries.length - 1,
            ),
          )}
          <div class="line" style={{ '--depth': String(depth) }}>
            <span class="content">
              <span class={{ punctuation: true, bracket: true, square: isArray }}>{close}</span>
              {comma}
            </span>
          </div>
        </div>
      ) : null,
    ];
  }

  render() {
    const label = this.label ?? 'JSON';
    const showCopy = Array.isArray(this.buttons) && this.buttons.includes('copy');
    const empty = this.isEmpty;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} height={this.height} minHeight={this.minHeight}>
          <BlockLabel label={label} icon="json" show={this.showLabel} id={this.labelId} />
          {showCopy && !empty ? (
            <div class="toolbar">
              <CopyButton copied={this.copied} onClick={this.onCopy} />
            </div>
          ) : null}
          {empty ? (
            <EmptyState icon="json" labelledBy={this.labelId} />
          ) : (
            <div class="json-holder" style={{ 'max-height': cssLength(this.maxHeight) }}>
              {this.renderNode(this.value, null, 0, '', true)}
            </div>
          )}
        </Block>
      </Host>
    );
  }
}
