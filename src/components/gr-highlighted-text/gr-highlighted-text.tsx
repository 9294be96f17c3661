import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { BlockLabel, EmptyState } from '../../utils/display';
import { t } from '../../utils/i18n-more';
import {
  type HighlightedToken,
  categoryColors,
  combineAdjacent,
  isScoreMode,
  normalizeTokens,
  readableTextOn,
  scoreColor,
} from '../../utils/highlighted-text';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';


/** Detail of `gr-select`: the token's index and `[token, class_or_confidence]` (Gradio's SelectData). */
export interface HighlightedTextSelectDetail {
  index: number;
  value: [string, string | number | null];
}

/**
 * A Gradio `HighlightedText` (config type `highlightedtext`): text whose spans carry a category (coloured
 * background and an inline tag, or a legend) or a confidence (purple for negative, red for positive, the
 * strength as opacity).
 *
 * Interactive (`interactive`): select text inside the element with the mouse to label it; click a labelled
 * span, or press Enter on it, to edit its label (Enter saves, Escape cancels, an empty label removes it);
 * the × button after a span removes its label. Every such edit updates `value` and emits `gr-change`.
 * Labelled spans are focusable buttons: clicking one, Enter or Space emits `gr-select`.
 */
@Component({
  tag: 'gr-highlighted-text',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-highlighted-text.css'],
  scoped: true,
})
export class GrHighlightedText {
  @Element() el!: HTMLGrHighlightedTextElement;

  /** Index of the span whose label is being edited, or -1. */
  @State() editing = -1;

  /** The legend category under the pointer or focus; other categories are dimmed. */
  @State() activeLegend: string | null = null;

  /**
   * The value, Gradio's token list `[{token, class_or_confidence}]` (`[text, label]` pairs are accepted too).
   * User edits replace it with the edited token list.
   */
  @Prop({ mutable: true }) value: HighlightedToken[] | null = null;
  @Watch('value')
  onValueChange() {
    this.editing = -1;
  }

  /** Colours per category: palette names (`red`, `green`, ...) or any CSS colour (Gradio's `color_map`). */
  @Prop() colorMap: Record<string, string> | null = null;

  /** Show a legend of the categories (or of the score scale) instead of inline tags. */
  @Prop() showLegend: boolean = false;

  /** Show each span's category as a tag after it (when there is no legend). */
  @Prop() showInlineCategory: boolean = true;

  /** Merge neighbouring spans with the same category (Gradio's `combine_adjacent`). */
  @Prop() combineAdjacent: boolean = false;

  /** Text put between merged spans (Gradio's `adjacent_separator`). */
  @Prop() adjacentSeparator: string = '';

  /** Show whitespace-only spans (Gradio's `show_whitespaces`). */
  @Prop() showWhitespaces: boolean = true;

  /** Right-to-left text. */
  @Prop() rtl: boolean = false;

  /** `true`: the user can add, change and remove labels. */
  @Prop() interactive: boolean = false;

  /** The block label; `null` reads "Highlighted Text". */
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

  /** Fires when the user changes the labels (interactive): `detail` is the new token list. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<HighlightedToken[]>;

  /** Fires when the user clicks a highlighted span, or presses Enter / Space on it. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<HighlightedTextSelectDetail>;

  private labelId = uniqueId('gr-highlighted-text');
  private focusInput = false;

  componentDidRender() {
    if (!this.focusInput) return;
    this.focusInput = false;
    const input = this.el.querySelector('.label-input') as HTMLInputElement | null;
    input?.focus();
    input?.select();
  }

  private get tokens(): HighlightedToken[] {
    const tokens = normalizeTokens(this.value);
    return this.combineAdjacent ? combineAdjacent(tokens, this.adjacentSeparator ?? '') : tokens;
  }

  /** Applies a user edit: the new list becomes `value`, then `gr-change` reports it. */
  private applyEdit(tokens: HighlightedToken[]) {
    const cleaned = tokens.filter((t) => t.token !== '');
    this.value = cleaned;
    this.grChange.emit(cleaned);
  }

  private select(index: number, token: HighlightedToken) {
    this.grSelect.emit({ index, value: [token.token, token.class_or_confidence] });
    if (this.interactive) {
      this.editing = index;
      this.focusInput = true;
    }
  }

  private onTokenKey(event: KeyboardEvent, index: number, token: HighlightedToken) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(index, token);
    }
  }

  private saveLabel(index: number, text: string, scores: boolean) {
    const tokens = this.tokens;
    const trimmed = text.trim();
    const next: string | number | null = trimmed === '' ? null : scores ? Number(trimmed) : trimmed;
    if (!tokens[index]) return;
    if (tokens[index].class_or_confidence === next) {
      this.editing = -1;
      return;
    }
    tokens[index] = { ...tokens[index], class_or_confidence: next === null || Number.isNaN(next) ? null : next };
    this.editing = -1;
    this.applyEdit(next === null ? combineAdjacent(tokens, '') : tokens);
  }

  private onInputKey(event: KeyboardEvent, index: number, scores: boolean) {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.saveLabel(index, (event.target as HTMLInputElement).value, scores);
      this.refocusToken(index);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.editing = -1;
      this.refocusToken(index);
    }
  }

  private refocusToken(index: number) {
    requestAnimationFrame(() => (this.el.querySelector(`[data-index="${index}"]`) as HTMLElement | null)?.focus());
  }

  private removeLabel(index: number) {
    const tokens = this.tokens;
    if (!tokens[index]) return;
    tokens[index] = { ...tokens[index], class_or_confidence: null };
    this.editing = -1;
    this.applyEdit(combineAdjacent(tokens, ''));
  }

  /** Interactive: a mouse selection inside one span splits it and labels the selected part. */
  private onMouseUp = () => {
    if (!this.interactive) return;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const text = selection.toString();
    if (!text.trim()) return;
    const range = selection.getRangeAt(0);
    if (range.startContainer !== range.endContainer || range.startContainer.nodeType !== 3) return;
    const holder = range.startContainer.parentElement?.closest('[data-index]');
    if (!holder || !this.el.contains(holder)) return;
    const index = Number(holder.getAttribute('data-index'));
    const tokens = this.tokens;
    const source = tokens[index];
    if (!source || source.class_or_confidence !== null) return;
    const value = source.token;
    const start = range.startOffset;
    const end = range.endOffset;
    const label: string | number = isScoreMode(tokens) ? 1 : 'label';
    const parts: HighlightedToken[] = [
      { token: value.slice(0, start), class_or_confidence: null },
      { token: value.slice(start, end), class_or_confidence: label },
      { token: value.slice(end), class_or_confidence: null },
    ];
    const before = parts[0].token === '' ? 0 : 1;
    selection.removeAllRanges();
    this.applyEdit([...tokens.slice(0, index), ...parts, ...tokens.slice(index + 1)]);
    this.editing = index + before;
    this.focusInput = true;
  };

  private renderLegend(scores: boolean, colors: ReturnType<typeof categoryColors>) {
    if (!this.showLegend) return null;
    if (scores) {
      return (
        <div class="score-legend" role="img" aria-label={t('scoreScale', this.el)}>
          <span>-1</span>
          <span>0</span>
          <span>+1</span>
        </div>
      );
    }
    return (
      <div class="legend">
        {Object.entries(colors).map(([category, pair]) => (
          <button
            type="button"
            class="legend-item"
            style={{ 'background-color': pair.secondary }}
            aria-pressed={this.activeLegend === category ? 'true' : 'false'}
            onMouseEnter={() => (this.activeLegend = category)}
            onMouseLeave={() => (this.activeLegend = null)}
            onFocus={() => (this.activeLegend = category)}
            onBlur={() => (this.activeLegend = null)}
          >
            {category}
          </button>
        ))}
      </div>
    );
  }

  private renderToken(token: HighlightedToken, index: number, scores: boolean, colors: ReturnType<typeof categoryColors>) {
    const cls = token.class_or_confidence;
    if (!this.showWhitespaces && !token.token.trim()) return null;
    if (cls === null) {
      return (
        <span class="token unlabeled" data-index={index}>
          {token.token}
        </span>
      );
    }
    const dimmed = this.activeLegend !== null && this.activeLegend !== cls;
    const score = typeof cls === 'number' ? cls : scores ? Number.parseFloat(cls) : null;
    const pair = typeof cls === 'string' && !scores ? colors[cls] : undefined;
    const background = dimmed ? undefined : scores ? scoreColor(score) : pair?.secondary;
    const editing = this.interactive && this.editing === index;
    const showTag = !scores && !this.showLegend && this.showInlineCategory && !editing;
    return (
      <span class="token-container">
        {/* biome-ignore lint/a11y/useSemanticElements: a span, not a <button>, so the text wraps with the sentence */}
        <span
          class={{ token: true, highlighted: true, dimmed, transparent: background === 'transparent' }}
          data-index={index}
          role="button"
          tabIndex={0}
          style={{ 'background-color': background }}
          onClick={() => this.select(index, token)}
          onKeyDown={(event) => this.onTokenKey(event, index, token)}
        >
          <span class="text">{token.token}</span>
          {showTag ? (
            <span
              class="category"
              style={dimmed ? {} : { 'background-color': pair?.primary, color: readableTextOn(pair?.primary) }}
            >
              {String(cls)}
            </span>
          ) : null}
        </span>
          {editing ? (
            <input
              class="label-input"
              type={scores ? 'number' : 'text'}
              step={scores ? '0.1' : undefined}
              placeholder={scores ? undefined : 'label'}
              aria-label={t('labelFor', this.el, { token: token.token })}
              value={String(cls)}
              style={{ width: scores ? '7ch' : `${String(cls).length + 4}ch` }}
              onKeyDown={(event) => this.onInputKey(event, index, scores)}
              onBlur={(event) => {
                if (this.editing === index) this.saveLabel(index, (event.target as HTMLInputElement).value, scores);
              }}
            />
          ) : null}
        {this.interactive ? (
          <button
            type="button"
            class="remove-btn"
            aria-label={t('removeLabelFrom', this.el, { label: String(cls), token: token.token })}
            onClick={() => this.removeLabel(index)}
          >
            ×
          </button>
        ) : null}
      </span>
    );
  }

  render() {
    const tokens = this.tokens;
    const scores = isScoreMode(tokens);
    const colors = categoryColors(tokens, this.colorMap);
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container}>
          <BlockLabel label={this.label ?? 'Highlighted Text'} icon="text" show={this.showLabel} id={this.labelId} />
          {tokens.length === 0 ? (
            <EmptyState icon="text" labelledBy={this.labelId} />
          ) : (
            <div class={{ container: true, labelled: this.showLabel }}>
              {this.renderLegend(scores, colors)}
              {/* Mouse text selection labels text in interactive mode; keyboard users edit labels on the spans. */}
              {/* biome-ignore lint/a11y/noStaticElementInteractions: selection handling only, not a control */}
              <div class="textfield" dir={this.rtl ? 'rtl' : undefined} onMouseUp={this.onMouseUp}>
                {tokens.map((token, index) => this.renderToken(token, index, scores, colors))}
              </div>
            </div>
          )}
        </Block>
      </Host>
    );
  }
}
