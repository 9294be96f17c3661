import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rgb` or `#rrggbb` as lowercase `#rrggbb`; anything else gives `null`. */
function normalizeHex(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  if (!HEX.test(trimmed)) return null;
  const digits = trimmed.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/**
 * A Gradio `ColorPicker` (config type `colorpicker`): a colour swatch (the browser's native colour picker,
 * `<input type=color>`) and a hex text field beside it.
 *
 * Differences from the official frontend: the popover (saturation square, hue slider, eyedropper,
 * RGB/HSL modes) is the browser's native picker.
 *
 * @part swatch - the `<input type=color>`.
 * @part input - the hex text field.
 */
@Component({
  tag: 'gr-color-picker',
  styleUrls: ['../../utils/block.css', '../../utils/input.css', 'gr-color-picker.css'],
  scoped: true,
})
export class GrColorPicker {
  /** The colour as `#rrggbb` (Gradio's wire value); `null` shows black. */
  @Prop({ mutable: true }) value: string | null = null;

  /** The label above the picker. */
  @Prop() label: string = 'Color Picker';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** `false` renders the picker disabled (Gradio's static colour picker). */
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

  /** Fires when the user changes the colour (in the native picker, or typing a valid hex), with the value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<string>;

  /** Fires on each user change of the colour, with the value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<string>;

  /** Fires when the user presses Enter in the hex field, with the value. */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<string | null>;

  /** Fires when the swatch or the hex field gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the swatch or the hex field loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  private readonly baseId = uniqueId('gr-color-picker');
  private text?: HTMLInputElement;
  private userEdit = false;

  componentDidRender() {
    // The hex field follows the value, except right after the user's own typing.
    if (!this.userEdit && this.text) this.text.value = this.value ?? '';
    this.userEdit = false;
  }

  private setFromUser(hex: string, fromText: boolean) {
    if (hex === this.value) return;
    this.userEdit = fromText;
    this.value = hex;
    this.grInput.emit(hex);
    this.grChange.emit(hex);
  }

  private onSwatchInput = (event: Event) => {
    const hex = normalizeHex((event.target as HTMLInputElement).value);
    if (hex) this.setFromUser(hex, false);
  };

  private onTextInput = (event: Event) => {
    const hex = normalizeHex((event.target as HTMLInputElement).value);
    if (hex) this.setFromUser(hex, true);
  };

  private onTextKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.grSubmit.emit(this.value);
    }
  };

  private onTextBlur = () => {
    if (this.text) this.text.value = this.value ?? '';
    this.grBlur.emit();
  };

  render() {
    const disabled = !this.interactive;
    const color = normalizeHex(this.value) ?? '#000000';
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <BlockTitle
            label={this.label}
            showLabel={this.showLabel}
            info={this.info}
            titleId={`${this.baseId}-label`}
            infoId={`${this.baseId}-info`}
            forId={`${this.baseId}-swatch`}
          />
          <div class="row">
            <input
              id={`${this.baseId}-swatch`}
              part="swatch"
              class="swatch"
              type="color"
              value={color}
              disabled={disabled}
              aria-describedby={this.info ? `${this.baseId}-info` : undefined}
              onInput={this.onSwatchInput}
              onFocus={() => this.grFocus.emit()}
              onBlur={() => this.grBlur.emit()}
            />
            <input
              part="input"
              class="gr-input hex"
              type="text"
              spellcheck={false}
              autoComplete="off"
              aria-label={`${this.label} (hex)`}
              placeholder="#000000"
              maxLength={7}
              disabled={disabled}
              onInput={this.onTextInput}
              onKeyDown={this.onTextKeyDown}
              onFocus={() => this.grFocus.emit()}
              onBlur={this.onTextBlur}
              ref={(el) => {
                this.text = el;
              }}
            />
          </div>
        </Block>
      </Host>
    );
  }
}
