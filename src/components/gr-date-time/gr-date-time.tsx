import { Component, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as Gradio's text: `YYYY-MM-DD HH:MM:SS`, or `YYYY-MM-DD` without time (local time). */
function formatDate(date: Date, includeTime: boolean): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return includeTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}

/** Gradio's accepted text: the exact format, or a relative `now` / `now - 2h` (the server resolves it). */
function isValidText(text: string, includeTime: boolean): boolean {
  if (text === '') return true;
  const exact = includeTime ? /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  return exact.test(text) || /^\s*now\s*(-\s*\d+\s*[dmhs])?\s*$/.test(text);
}

/**
 * A Gradio `DateTime` (config type `datetime`): a text field holding `YYYY-MM-DD HH:MM:SS` (or
 * `YYYY-MM-DD` without `includeTime`, or a relative `now - 2h`) and the browser's native date (and time)
 * picker beside it. Invalid text is marked (`aria-invalid`, red border) and not sent.
 *
 * Differences from the official frontend: the calendar popover is the browser's native picker.
 *
 * @part input - the text field.
 * @part picker - the native `<input type=datetime-local>` / `<input type=date>`.
 */
@Component({
  tag: 'gr-date-time',
  styleUrls: ['../../utils/block.css', '../../utils/input.css', 'gr-date-time.css'],
  scoped: true,
})
export class GrDateTime {
  /** The text in the field (what the user is typing). */
  @State() text = '';

  /**
   * The value as Gradio sends it: the text `YYYY-MM-DD HH:MM:SS` (or a number of epoch seconds, shown in
   * local time); the element sends the text back, which the server converts according to `type`.
   */
  @Prop({ mutable: true }) value: string | number | null = null;
  @Watch('value')
  @Watch('includeTime')
  syncText() {
    this.text = this.valueText();
  }

  /** Include the time of day (`false`: dates only). */
  @Prop() includeTime: boolean = true;

  /** What the server gives Python: `timestamp`, `datetime` or `string`; the wire value is text either way. */
  @Prop() type: 'timestamp' | 'datetime' | 'string' = 'timestamp';

  /** The server's time zone for conversion (informational here). */
  @Prop() timezone: string | null = null;

  /** The label above the field. */
  @Prop() label: string = 'Date';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** `false` renders the field disabled (Gradio's static date time). */
  @Prop() interactive: boolean = true;

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

  /** Fires when the user commits a valid new date (Enter, leaving the field, or the picker), with the text. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<string>;

  /** Fires when the user presses Enter on valid text, with the value. */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<string | number | null>;

  private readonly baseId = uniqueId('gr-date-time');

  componentWillLoad() {
    this.text = this.valueText();
  }

  private valueText(): string {
    if (typeof this.value === 'number') return formatDate(new Date(this.value * 1000), this.includeTime);
    return this.value ?? '';
  }

  private get valid(): boolean {
    return isValidText(this.text, this.includeTime);
  }

  /** Makes the typed text the value; true when it was valid. */
  private acceptTyped(): boolean {
    if (!this.valid) return false;
    if (this.text !== this.valueText()) {
      this.value = this.text;
      this.grChange.emit(this.text);
    }
    return true;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    if (this.acceptTyped()) this.grSubmit.emit(this.value);
  };

  private onPicker = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    if (!raw) return;
    // `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`, local time.
    const date = new Date(this.includeTime ? raw : `${raw}T00:00:00`);
    this.text = formatDate(date, this.includeTime);
    this.acceptTyped();
  };

  /** The picker's own value format for the current text, when the text is an exact date. */
  private pickerValue(): string {
    const match = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}:\d{2}))?$/.exec(this.text);
    if (!match) return '';
    return this.includeTime ? (match[2] ? `${match[1]}T${match[2]}` : '') : match[1];
  }

  render() {
    const disabled = !this.interactive;
    const invalid = !this.valid;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId}>
          <BlockTitle
            label={this.label}
            showLabel={this.showLabel}
            info={this.info}
            titleId={`${this.baseId}-label`}
            infoId={`${this.baseId}-info`}
            forId={`${this.baseId}-input`}
          />
          <div class="timebox">
            <input
              id={`${this.baseId}-input`}
              part="input"
              class={{ 'gr-input': true, time: true, invalid }}
              type="text"
              autoComplete="off"
              placeholder={this.includeTime ? 'YYYY-MM-DD HH:MM:SS' : 'YYYY-MM-DD'}
              value={this.text}
              disabled={disabled}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={this.info ? `${this.baseId}-info` : undefined}
              onInput={(event: Event) => {
                this.text = (event.target as HTMLInputElement).value;
              }}
              onKeyDown={this.onKeyDown}
              onBlur={() => this.acceptTyped()}
            />
            <input
              part="picker"
              class="picker"
              type={this.includeTime ? 'datetime-local' : 'date'}
              step={this.includeTime ? 1 : undefined}
              value={this.pickerValue()}
              disabled={disabled}
              aria-label={`Pick ${this.includeTime ? 'date and time' : 'date'} for ${this.label}`}
              onChange={this.onPicker}
            />
          </div>
        </Block>
      </Host>
    );
  }
}
