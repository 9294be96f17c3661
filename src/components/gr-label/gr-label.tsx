import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { BlockLabel, EmptyState } from '../../utils/display';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/** One class and its confidence (0..1). */
export interface LabelConfidence {
  label: string;
  confidence: number;
}

/** Gradio Label's wire value: the top class and, for classifier output, the confidences (sorted). */
export interface LabelValue {
  label?: string | number | null;
  confidences?: LabelConfidence[] | null;
}

/** Detail of `gr-select`: the row index and its class label (Gradio's SelectData for Label). */
export interface LabelSelectDetail {
  index: number;
  value: string;
}

const percent = (confidence: number) => `${Math.round(Math.min(Math.max(confidence, 0), 1) * 100)}%`;

/**
 * A Gradio `Label` (config type `label`): a classification result. The top class is a large heading; with
 * confidences, one row per class shows its name, percentage and a bar filled with `--stat-background-fill`.
 * Rows are buttons: clicking one (or Enter / Space) emits `gr-select`.
 */
@Component({ tag: 'gr-label', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-label.css'], scoped: true })
export class GrLabel {
  /** The value, Gradio's `{label, confidences: [{label, confidence}]}`; `null` shows the empty state. */
  @Prop() value: LabelValue | null = null;

  /** Show at most this many confidence rows (the server already truncates; `null` = all). */
  @Prop() numTopClasses: number | null = null;

  /** Show the top class as a heading (always shown when there are no confidences). */
  @Prop() showHeading: boolean = true;

  /** Background colour of the heading (Gradio's `color`), any CSS colour. */
  @Prop() color: string | null = null;

  /** The block label; `null` reads "Label". */
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

  /** Fires when the user picks a confidence row (click, Enter or Space): `{index, value: label}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<LabelSelectDetail>;

  private labelId = uniqueId('gr-label');

  private get confidences(): LabelConfidence[] | null {
    const list = this.value && typeof this.value === 'object' ? this.value.confidences : null;
    if (!Array.isArray(list)) return null;
    const valid = list.filter((item) => item && typeof item.confidence === 'number');
    return typeof this.numTopClasses === 'number' && this.numTopClasses >= 0 ? valid.slice(0, this.numTopClasses) : valid;
  }

  private get topLabel(): string | null {
    const value = this.value;
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object') return String(value);
    return value.label === null || value.label === undefined ? null : String(value.label);
  }

  render() {
    const confidences = this.confidences;
    const top = this.topLabel;
    const empty = top === null && !confidences?.length;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={false}>
          <BlockLabel label={this.label ?? 'Label'} icon="label" show={this.showLabel} id={this.labelId} />
          {empty ? (
            <EmptyState icon="label" labelledBy={this.labelId} />
          ) : (
            <div class="container">
              {top !== null && (this.showHeading || !confidences) ? (
                <h2
                  class={{ 'output-class': true, 'no-confidence': !confidences }}
                  style={{ 'background-color': this.color ?? undefined }}
                >
                  {top}
                </h2>
              ) : null}
              {confidences?.map((item, index) => (
                <button
                  type="button"
                  class="confidence-set"
                  onClick={() => this.grSelect.emit({ index, value: item.label })}
                >
                  <span class="bar" style={{ width: percent(item.confidence) }} aria-hidden="true" />
                  <span class="row">
                    <span class="text">{item.label}</span>
                    <span class="line" aria-hidden="true" />
                    <span class="confidence">{percent(item.confidence)}</span>
                  </span>
                </button>
              ))}
            </div>
          )}
        </Block>
      </Host>
    );
  }
}
