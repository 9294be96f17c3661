import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, BlockTitle, blockHost, describedBy } from '../../utils/block';
import { roundTo, showNumber, typedNumber } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Number` (config type `number`): a labelled `<input type=number>` with `minimum`, `maximum` and
 * `step`. The value is a number or `null` (an empty box).
 *
 * @part input - the `<input type=number>`.
 *
 * Styled with `--input-*`, `--block-*` and `--block-title-*` theme variables.
 */
@Component({ tag: 'gr-number', styleUrls: ['../../utils/block.css', '../../utils/input.css', 'gr-number.css'], scoped: true })
export class GrNumber {
  /** The number (Gradio's wire value), or `null` for an empty box. */
  @Prop({ mutable: true }) value: number | null = null;

  /** The label above the box. */
  @Prop() label: string = 'Number';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /**
   * What an event's validator said of the value (Gradio 5.45+ `validator=`): shown under the label, the field
   * marked invalid (`aria-invalid`, described by the message). `<gradio-app>` sets it and clears it when the
   * user edits the field.
   */
  @Prop() validationError: string | null = null;

  /** Hint shown while the box is empty. */
  @Prop() placeholder: string | null = null;

  /**
   * Decimal places the value is rounded to when the user types (as the server rounds it); `0` gives
   * integers, `null` leaves the value as typed. The box shows the rounded value once it loses focus.
   */
  @Prop() precision: number | null = null;

  /** Smallest allowed value (the server rejects smaller ones). */
  @Prop() minimum: number | null = null;

  /** Largest allowed value (the server rejects larger ones). */
  @Prop() maximum: number | null = null;

  /** Increment of the arrow keys and spin buttons. */
  @Prop() step: number = 1;

  /** `false` renders the box disabled (Gradio's static number). */
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

  /** Fires when a user edit changes the number, with the new value (`null` when emptied). */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<number | null>;

  /** Fires on each user edit of the box (typing, arrow keys, spin buttons), with the current value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<number | null>;

  /** Fires when the user presses Enter, with the value. */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<number | null>;

  /** Fires when the box gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the box loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  private readonly inputId = uniqueId('gr-number');
  private input?: HTMLInputElement;
  /** The render that follows the user's own edit leaves the typed text alone. */
  private userEdit = false;

  componentDidRender() {
    if (!this.userEdit) showNumber(this.input, this.value);
    this.userEdit = false;
  }

  private onInput = () => {
    if (!this.input) return;
    const typed = typedNumber(this.input);
    if (typed === undefined) return;
    const next = typed === null ? null : roundTo(typed, this.precision);
    const changed = next !== this.value;
    this.userEdit = true;
    this.value = next;
    this.grInput.emit(next);
    if (changed) this.grChange.emit(next);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.grSubmit.emit(this.value);
    }
  };

  private onBlur = () => {
    showNumber(this.input, this.value);
    this.grBlur.emit();
  };

  render() {
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <div class={{ wrap: true, container: this.container }}>
            <BlockTitle
              label={this.label}
              showLabel={this.showLabel}
              info={this.info}
              titleId={`${this.inputId}-label`}
              infoId={`${this.inputId}-info`}
              forId={this.inputId}
              validationError={this.validationError}
              validationId={`${this.inputId}-validation`}
            />
            <input
              id={this.inputId}
              part="input"
              class="gr-input"
              type="number"
              min={this.minimum ?? undefined}
              max={this.maximum ?? undefined}
              step={this.step ?? undefined}
              placeholder={this.placeholder ?? undefined}
              disabled={!this.interactive}
              aria-describedby={describedBy(this.info && `${this.inputId}-info`, this.validationError && `${this.inputId}-validation`)}
              aria-invalid={this.validationError ? 'true' : undefined}
              onInput={this.onInput}
              onKeyDown={this.onKeyDown}
              onFocus={() => this.grFocus.emit()}
              onBlur={this.onBlur}
              ref={(el) => {
                this.input = el;
              }}
            />
          </div>
        </Block>
      </Host>
    );
  }
}
