import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { type Choice, type ChoiceValue, normalizeChoices, type SelectData } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Radio` (config type `radio`): a fieldset of pill-shaped labels, each holding a native radio
 * button and its display text; the arrow keys move the selection (native radio-group behaviour).
 *
 * @part choice - each pill label.
 *
 * Styled with `--checkbox-*`, `--checkbox-label-*`, `--radio-circle`, `--block-*` and `--block-title-*`.
 */
@Component({ tag: 'gr-radio', styleUrls: ['../../utils/block.css', '../../utils/choices.css'], scoped: true })
export class GrRadio {
  /** The selected choice's value, or `null` (Gradio's wire value). */
  @Prop({ mutable: true }) value: ChoiceValue | null = null;

  /** The choices as Gradio sends them: `[[display, value], ...]` (plain strings are accepted too). */
  @Prop() choices: Choice[] | ChoiceValue[] = [];

  /** `value` or `index`: how the server converts the selection for Python; the element always holds a value. */
  @Prop() type: 'value' | 'index' = 'value';

  /** Right-to-left layout of the choices. */
  @Prop() rtl: boolean = false;

  /** The title above the choices. */
  @Prop() label: string = 'Radio';

  /** `false` keeps the title for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the title. */
  @Prop() info: string | null = null;

  /** `false` renders the radios disabled (Gradio's static radio). */
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

  /** Fires when the user picks a choice, with its value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<ChoiceValue>;

  /** Fires when the user picks a choice, with its value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<ChoiceValue>;

  /** Fires when the user picks a choice: `{ index, value: the choice's value, selected: true }`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<SelectData<ChoiceValue>>;

  private readonly groupId = uniqueId('gr-radio');

  private pick(index: number, choiceValue: ChoiceValue) {
    this.value = choiceValue;
    this.grSelect.emit({ index, value: choiceValue, selected: true });
    this.grInput.emit(choiceValue);
    this.grChange.emit(choiceValue);
  }

  render() {
    const choices = normalizeChoices(this.choices);
    const disabled = !this.interactive;
    const titleId = `${this.groupId}-label`;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container} fieldset labelledBy={titleId}>
          <BlockTitle
            label={this.label}
            showLabel={this.showLabel}
            info={this.info}
            titleId={titleId}
            infoId={`${this.groupId}-info`}
          />
          <div class={{ choices: true, rtl: this.rtl }} data-testid="radio-group">
            {choices.map(([display, choiceValue], index) => {
              const checked = choiceValue === this.value;
              return (
                <label part="choice" class={{ choice: true, selected: checked, disabled }}>
                  <input
                    class="gr-check"
                    type="radio"
                    name={this.groupId}
                    value={String(choiceValue)}
                    checked={checked}
                    disabled={disabled}
                    aria-describedby={this.info ? `${this.groupId}-info` : undefined}
                    onChange={(event: Event) => {
                      if ((event.target as HTMLInputElement).checked) this.pick(index, choiceValue);
                    }}
                  />
                  <span>{display}</span>
                </label>
              );
            })}
          </div>
        </Block>
      </Host>
    );
  }
}
