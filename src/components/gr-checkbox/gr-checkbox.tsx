import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { SelectData } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Checkbox` (config type `checkbox`): a native checkbox with its label text next to it and the
 * `info` text under it, inside a block. Space (natively) and Enter (as the official frontend) toggle it.
 *
 * @part input - the `<input type=checkbox>`.
 *
 * Styled with `--checkbox-*`, `--checkbox-label-text-*` and `--block-*` theme variables.
 */
@Component({ tag: 'gr-checkbox', styleUrls: ['../../utils/block.css', '../../utils/choices.css', 'gr-checkbox.css'], scoped: true })
export class GrCheckbox {
  /** Checked or not (Gradio's wire value). */
  @Prop({ mutable: true }) value: boolean = false;

  /** The text next to the box. */
  @Prop() label: string = 'Checkbox';

  /** `false` hides the text next to the box (it stays the box's accessible name). */
  @Prop() showLabel: boolean = true;

  /** Help text under the checkbox. */
  @Prop() info: string | null = null;

  /** `false` renders the checkbox disabled (Gradio's static checkbox). */
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

  /** Fires when the user toggles the box, with the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<boolean>;

  /** Fires when the user toggles the box, with the new value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<boolean>;

  /** Fires when the user toggles the box: `{ index: 0, value: checked, selected: checked }`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<SelectData<boolean>>;

  private readonly inputId = uniqueId('gr-checkbox');

  private toggle(checked: boolean) {
    this.value = checked;
    this.grSelect.emit({ index: 0, value: checked, selected: checked });
    this.grInput.emit(checked);
    this.grChange.emit(checked);
  }

  private onChange = (event: Event) => {
    this.toggle((event.target as HTMLInputElement).checked);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    input.checked = !input.checked;
    this.toggle(input.checked);
  };

  render() {
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <label class={{ 'checkbox-container': true, disabled: !this.interactive }}>
            <input
              id={this.inputId}
              part="input"
              class="gr-check"
              type="checkbox"
              data-testid="checkbox"
              checked={this.value === true}
              disabled={!this.interactive}
              aria-label={this.showLabel ? undefined : this.label}
              aria-describedby={this.info ? `${this.inputId}-info` : undefined}
              onChange={this.onChange}
              onKeyDown={this.onKeyDown}
            />
            {this.showLabel ? <span class="label-text">{this.label}</span> : null}
          </label>
          {this.info ? (
            <div id={`${this.inputId}-info`} class="info">
              {this.info}
            </div>
          ) : null}
        </Block>
      </Host>
    );
  }
}
