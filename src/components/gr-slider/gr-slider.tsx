import { Component, Element, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { finiteOr, showNumber, typedNumber } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A Gradio `Slider` (config type `slider`): a title row with a small number box and a reset button, then
 * the minimum, an `<input type=range>` and the maximum.
 *
 * @part range - the `<input type=range>`.
 * @part number - the number box beside the title.
 * @part reset-button - the ↺ button.
 *
 * Styled with `--slider-color`, `--input-*`, `--block-*` and `--block-title-*` theme variables.
 */
@Component({ tag: 'gr-slider', styleUrls: ['../../utils/block.css', 'gr-slider.css'], scoped: true })
export class GrSlider {
  @Element() el!: HTMLElement;

  /** The number (Gradio's wire value); `null` shows the minimum. */
  @Prop({ mutable: true }) value: number | null = 0;

  /** The left end of the range. */
  @Prop() minimum: number = 0;

  /** The right end of the range. */
  @Prop() maximum: number = 100;

  /** Increment between values (the server always sends one, e.g. 1 for 0–100). */
  @Prop() step: number = 1;

  /** Show the ↺ button that resets the slider to the value it first had. */
  @Prop() showResetButton: boolean = true;

  /** The label above the slider. */
  @Prop() label: string = 'Slider';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** `false` renders the slider disabled (Gradio's static slider). */
  @Prop() interactive: boolean = true;

  /** `false`: no block border, background or padding. */
  @Prop() container: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user changes the value (dragging, arrow keys, typing, reset, clamping), with the value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<number>;

  /** Fires on each user movement of the slider or edit of the number box, with the value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<number>;

  /**
   * Fires when the user lets go: pointer up on the slider or the box, a key released on the slider, the
   * box losing focus, or the reset button; with the value.
   */
  @Event({ eventName: 'gr-release', bubbles: true, composed: true }) grRelease!: EventEmitter<number>;

  private readonly rangeId = uniqueId('gr-slider');
  private numberInput?: HTMLInputElement;
  private initialValue: number | null = null;
  private userEdit = false;

  componentWillLoad() {
    this.initialValue = this.value;
  }

  componentDidRender() {
    if (!this.userEdit) showNumber(this.numberInput, this.current);
    this.userEdit = false;
  }

  private get min(): number {
    return finiteOr(this.minimum, 0);
  }

  private get max(): number {
    return finiteOr(this.maximum, 100);
  }

  /** The value shown: `null` (or garbage) shows the minimum. */
  private get current(): number {
    return finiteOr(this.value, this.min);
  }

  private setFromUser(next: number, fromBox: boolean) {
    const changed = next !== this.value;
    this.userEdit = fromBox;
    this.value = next;
    this.grInput.emit(next);
    if (changed) this.grChange.emit(next);
  }

  private onRangeInput = (event: Event) => {
    this.setFromUser(Number((event.target as HTMLInputElement).value), false);
  };

  private onNumberInput = () => {
    if (!this.numberInput) return;
    const typed = typedNumber(this.numberInput);
    if (typeof typed === 'number') this.setFromUser(typed, true);
  };

  private release = () => {
    this.grRelease.emit(this.current);
  };

  /** Keys that move a range input; releasing one is the keyboard's "let go". */
  private onRangeKeyUp = (event: KeyboardEvent) => {
    if (MOVE_KEYS.has(event.key)) this.release();
  };

  /** Leaving the box releases, then clamps the typed number into the range (as the official slider). */
  private onNumberBlur = () => {
    this.release();
    const clamped = Math.min(Math.max(this.current, this.min), this.max);
    if (clamped !== this.value) {
      this.value = clamped;
      this.grChange.emit(clamped);
    }
    showNumber(this.numberInput, this.current);
  };

  private onReset = () => {
    const initial = finiteOr(this.initialValue, this.min);
    this.value = initial;
    this.grChange.emit(initial);
    this.grRelease.emit(initial);
  };

  render() {
    const { min, max, current } = this;
    const span = max - min;
    const progress = span > 0 ? Math.min(Math.max(((current - min) / span) * 100, 0), 100) : 0;
    const disabled = !this.interactive;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <div class="wrap">
            <div class="head">
              <div class="title">
                <BlockTitle
                  label={this.label}
                  showLabel={this.showLabel}
                  info={this.info}
                  titleId={`${this.rangeId}-label`}
                  infoId={`${this.rangeId}-info`}
                  forId={this.rangeId}
                />
              </div>
              <div class="tab-like-container">
                <input
                  part="number"
                  type="number"
                  data-testid="number-input"
                  aria-label={`number input for ${this.label}`}
                  min={min}
                  max={max}
                  step={this.step}
                  disabled={disabled}
                  onInput={this.onNumberInput}
                  onBlur={this.onNumberBlur}
                  onPointerUp={this.release}
                  ref={(el) => {
                    this.numberInput = el;
                  }}
                />
                {this.showResetButton ? (
                  <button
                    part="reset-button"
                    type="button"
                    class="reset-button"
                    aria-label={t('resetValue', this.el)}
                    data-testid="reset-button"
                    disabled={disabled}
                    onClick={this.onReset}
                  >
                    ↺
                  </button>
                ) : null}
              </div>
            </div>
            <div class="slider_input_container">
              <span class="min_value" aria-hidden="true">
                {min}
              </span>
              <input
                id={this.rangeId}
                part="range"
                type="range"
                data-testid="range-input"
                min={min}
                max={max}
                step={this.step}
                value={String(current)}
                disabled={disabled}
                aria-describedby={this.info ? `${this.rangeId}-info` : undefined}
                style={{ '--range_progress': `${progress}%` }}
                onInput={this.onRangeInput}
                onPointerUp={this.release}
                onKeyUp={this.onRangeKeyUp}
              />
              <span class="max_value" aria-hidden="true">
                {max}
              </span>
            </div>
          </div>
        </Block>
      </Host>
    );
  }
}
