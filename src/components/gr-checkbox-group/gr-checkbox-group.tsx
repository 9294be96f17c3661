import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { type Choice, type ChoiceValue, normalizeChoices, type SelectData } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `CheckboxGroup` (config type `checkboxgroup`): a fieldset of pill-shaped labels, each holding a
 * native checkbox and its display text. Space (natively) and Enter (as the official frontend) toggle one.
 *
 * @part choice - each pill label.
 *
 * Styled with `--checkbox-*`, `--checkbox-label-*`, `--block-*` and `--block-title-*` theme variables.
 */
@Component({
  tag: 'gr-checkbox-group',
  styleUrls: ['../../utils/block.css', '../../utils/choices.css'],
  scoped: true,
})
export class GrCheckboxGroup {
  /** The selected choices' values, in the order the user picked them (Gradio's wire value). */
  @Prop({ mutable: true }) value: ChoiceValue[] = [];

  /** The choices as Gradio sends them: `[[display, value], ...]` (plain strings are accepted too). */
  @Prop() choices: Choice[] | ChoiceValue[] = [];

  /** `value` or `index`: how the server converts the selection for Python; the element always holds values. */
  @Prop() type: 'value' | 'index' = 'value';

  /** The title above the choices. */
  @Prop() label: string = 'Checkbox Group';

  /** `false` keeps the title for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the title. */
  @Prop() info: string | null = null;

  /** `false` renders the checkboxes disabled (Gradio's static group). */
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

  /** Fires when the user toggles a choice, with the new list of values. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<ChoiceValue[]>;

  /** Fires when the user toggles a choice, with the new list of values. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<ChoiceValue[]>;

  /** Fires when the user toggles a choice: `{ index, value: the choice's value, selected }`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<SelectData<ChoiceValue>>;

  private readonly groupId = uniqueId('gr-checkbox-group');

  private get selected(): ChoiceValue[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  private toggle(index: number, choiceValue: ChoiceValue, checked: boolean) {
    const rest = this.selected.filter((v) => v !== choiceValue);
    const next = checked ? [...rest, choiceValue] : rest;
    this.value = next;
    this.grSelect.emit({ index, value: choiceValue, selected: checked });
    this.grInput.emit(next);
    this.grChange.emit(next);
  }

  render() {
    const choices = normalizeChoices(this.choices);
    const selected = this.selected;
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
          <div class="choices" data-testid="checkbox-group">
            {choices.map(([display, choiceValue], index) => {
              const checked = selected.includes(choiceValue);
              return (
                <label part="choice" class={{ choice: true, selected: checked, disabled }}>
                  <input
                    class="gr-check"
                    type="checkbox"
                    checked={checked}
                    disabled={disabled}
                    aria-describedby={this.info ? `${this.groupId}-info` : undefined}
                    onChange={(event: Event) => this.toggle(index, choiceValue, (event.target as HTMLInputElement).checked)}
                    onKeyDown={(event: KeyboardEvent) => {
                      if (event.key !== 'Enter') return;
                      event.preventDefault();
                      const input = event.target as HTMLInputElement;
                      input.checked = !input.checked;
                      this.toggle(index, choiceValue, input.checked);
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
