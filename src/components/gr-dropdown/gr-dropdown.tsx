import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { type Choice, type ChoiceValue, normalizeChoices, type SelectData } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';
import { placePopup, releasePopup } from '../../utils/popup';

/** A dropdown's wire value: one choice value (or custom text), a list of them (`multiselect`), or nothing. */
export type DropdownValue = ChoiceValue | ChoiceValue[] | null;

/** Gradio's `key_up` event data. */
export interface KeyUpData {
  key: string;
  input_value: string;
}

/** Indices of the choices whose display text contains `text` (case-insensitive), as Gradio filters. */
function filterChoices(choices: Choice[], text: string): number[] {
  const needle = text.toLowerCase();
  const indices: number[] = [];
  choices.forEach(([display], index) => {
    if (!needle || display.toLowerCase().includes(needle)) indices.push(index);
  });
  return indices;
}

/**
 * A Gradio `Dropdown` (config type `dropdown`): an ARIA 1.2 combobox (an `<input role=combobox>`) with a
 * popup `listbox`. Single: the input shows the selected choice's text; typing filters the options
 * (`filterable`). `multiselect`: selected choices are tokens before the input, each with a remove button.
 *
 * Keyboard: ArrowDown/ArrowUp open the list and move the active option (wrapping), Enter selects it (or
 * keeps typed text when `allowCustomValue`), Escape closes the list, Backspace in an empty multiselect
 * input removes the last token.
 *
 * @part input - the combobox `<input>`.
 * @part listbox - the options list.
 * @part option - each option.
 * @part token - each selected token (multiselect).
 *
 * Styled with `--input-*`, `--checkbox-label-*` (tokens, padding), `--block-*` and `--block-title-*`.
 */
@Component({
  tag: 'gr-dropdown',
  styleUrls: ['../../utils/block.css', '../../utils/input.css', 'gr-dropdown.css'],
  scoped: true,
})
export class GrDropdown {
  @Element() el!: HTMLElement;

  /** Whether the options list is showing. */
  @State() open = false;

  /** The text in the input: the selected choice's text, or what the user is typing. */
  @State() inputText = '';

  /** The option the keyboard is on (an index into the choices), or `null`. */
  @State() activeIndex: number | null = null;

  /** Indices of the options shown (the filter result). */
  @State() shown: number[] = [];

  /**
   * The selection (Gradio's wire value): a choice's value, or typed text with `allowCustomValue`; with
   * `multiselect`, a list of them. `null` (or `[]`) selects nothing.
   */
  @Prop({ mutable: true }) value: DropdownValue = null;
  @Watch('value')
  @Watch('choices')
  syncText() {
    // The input follows the value, except while the user is typing in it.
    if (!this.focused) this.inputText = this.displayText();
  }

  /** The choices as Gradio sends them: `[[display, value], ...]` (plain strings are accepted too). */
  @Prop() choices: Choice[] | ChoiceValue[] = [];

  /** Several selections, shown as tokens (`value` is then a list). */
  @Prop() multiselect: boolean = false;

  /** Typing filters the options; `false` makes the input read-only (pick from the list only). */
  @Prop() filterable: boolean = true;

  /** Typed text that matches no choice is kept as the value (Enter or leaving the input). */
  @Prop() allowCustomValue: boolean = false;

  /** Most selections allowed with `multiselect`; `null`: no limit. */
  @Prop() maxChoices: number | null = null;

  /** `value` or `index`: how the server converts the selection for Python; the element always holds values. */
  @Prop() type: 'value' | 'index' = 'value';

  /** The label above the dropdown. */
  @Prop() label: string = 'Dropdown';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** `false` renders the dropdown disabled (Gradio's static dropdown). */
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

  /** Fires when the user's action changes the selection, with the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<DropdownValue>;

  /** Fires on each user selection, removal or accepted custom value, with the value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<DropdownValue>;

  /**
   * Fires when the user selects (or, in multiselect, removes) a choice: `{ index, value, selected }`;
   * custom values have index -1.
   */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<SelectData<ChoiceValue>>;

  /** Fires when the input gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the input loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  /** Fires on every key released in the input: `{ key, input_value }`. */
  @Event({ eventName: 'gr-key-up', bubbles: true, composed: true }) grKeyUp!: EventEmitter<KeyUpData>;

  private readonly baseId = uniqueId('gr-dropdown');
  private readonly listboxId = `${this.baseId}-options`;
  private input?: HTMLInputElement;
  private anchor?: HTMLElement;
  private listEl?: HTMLElement;
  /** Keeps the open list under its box while the page scrolls or resizes. */
  private follow = () => {
    if (this.open && this.anchor && this.listEl) placePopup(this.anchor, this.listEl);
  };
  private focused = false;
  /** The text when the input last matched the value: tells typing apart from a displayed selection. */
  private lastText = '';

  componentDidRender() {
    if (this.open && this.shown.length > 0 && this.anchor && this.listEl) {
      placePopup(this.anchor, this.listEl);
      if (!this.following) {
        this.following = true;
        window.addEventListener('scroll', this.follow, true);
        window.addEventListener('resize', this.follow);
      }
    } else if (this.following) this.stopFollowing();
  }

  disconnectedCallback() {
    this.stopFollowing();
  }

  private following = false;

  private stopFollowing() {
    this.following = false;
    window.removeEventListener('scroll', this.follow, true);
    window.removeEventListener('resize', this.follow);
    if (this.listEl) releasePopup(this.listEl);
  }

  componentWillLoad() {
    this.inputText = this.displayText();
    this.lastText = this.inputText;
  }

  private get list(): Choice[] {
    return normalizeChoices(this.choices);
  }

  /** The selection as a list (for both modes). */
  private get selectedValues(): ChoiceValue[] {
    const value = this.value;
    if (Array.isArray(value)) return value;
    return value === null || value === undefined ? [] : [value];
  }

  /** The index of a single dropdown's selected choice, or -1. */
  private get selectedIndex(): number {
    return this.multiselect ? -1 : this.list.findIndex(([, v]) => v === this.value);
  }

  private get atMax(): boolean {
    return (
      this.multiselect && typeof this.maxChoices === 'number' && this.selectedValues.length >= this.maxChoices
    );
  }

  /** What a single dropdown's input shows for its value (multiselect inputs only hold the filter text). */
  private displayText(): string {
    if (this.multiselect || this.value === null || this.value === undefined || Array.isArray(this.value)) return '';
    const match = this.list.find(([, value]) => value === this.value);
    if (match) return match[0];
    return this.allowCustomValue ? String(this.value) : '';
  }

  private displayOf(value: ChoiceValue): string {
    return this.list.find(([, v]) => v === value)?.[0] ?? String(value);
  }

  private openList(filterText: string | null) {
    const list = this.list;
    this.shown = filterText === null ? list.map((_, i) => i) : filterChoices(list, filterText);
    this.open = true;
  }

  private close() {
    this.open = false;
    this.activeIndex = null;
  }

  private setChoice(next: DropdownValue, select: SelectData<ChoiceValue>) {
    const changed = JSON.stringify(next) !== JSON.stringify(this.value);
    this.value = next;
    this.grSelect.emit(select);
    this.grInput.emit(next);
    if (changed) this.grChange.emit(next);
  }

  /** The user picked option `index` (click or Enter). */
  private choose(index: number) {
    const choice = this.list[index];
    if (!choice) return;
    const [display, choiceValue] = choice;
    if (!this.multiselect) {
      this.inputText = display;
      this.lastText = display;
      this.close();
      this.setChoice(choiceValue, { index, value: choiceValue, selected: true });
      return;
    }
    const selected = this.selectedValues;
    if (selected.includes(choiceValue)) {
      this.setChoice(
        selected.filter((v) => v !== choiceValue),
        { index, value: choiceValue, selected: false },
      );
    } else if (!this.atMax) {
      this.setChoice([...selected, choiceValue], { index, value: choiceValue, selected: true });
    }
    this.inputText = '';
    this.openList(null);
  }

  /** Typed text becomes the value: a choice with that text, or a custom value when allowed. */
  private acceptTyped(): boolean {
    const text = this.inputText;
    const list = this.list;
    const index = list.findIndex(([display]) => display === text);
    if (index >= 0) {
      if (!this.multiselect || !this.selectedValues.includes(list[index][1])) this.choose(index);
      return true;
    }
    if (!this.allowCustomValue || (this.multiselect && !text)) return false;
    if (this.multiselect) {
      if (!this.selectedValues.includes(text) && !this.atMax) {
        this.setChoice([...this.selectedValues, text], { index: -1, value: text, selected: true });
      }
      this.inputText = '';
    } else {
      this.lastText = text;
      if (text !== this.value) this.setChoice(text, { index: -1, value: text, selected: true });
    }
    return true;
  }

  private removeValue(value: ChoiceValue) {
    const index = this.list.findIndex(([, v]) => v === value);
    this.setChoice(
      this.selectedValues.filter((v) => v !== value),
      { index, value, selected: false },
    );
  }

  private clearAll = (event: MouseEvent) => {
    event.stopPropagation();
    const removed = this.selectedValues;
    this.value = [];
    removed.forEach((value) => {
      this.grSelect.emit({ index: this.list.findIndex(([, v]) => v === value), value, selected: false });
    });
    this.grInput.emit([]);
    if (removed.length) this.grChange.emit([]);
    this.input?.focus();
  };

  private onFocus = () => {
    this.focused = true;
    const selectedIndex = this.selectedIndex;
    this.activeIndex = selectedIndex === -1 ? null : selectedIndex;
    this.openList(null);
    this.grFocus.emit();
  };

  private onBlur = () => {
    this.focused = false;
    if (this.inputText !== this.lastText && this.allowCustomValue) this.acceptTyped();
    this.close();
    this.inputText = this.displayText();
    this.lastText = this.inputText;
    this.grBlur.emit();
  };

  private onInput = (event: Event) => {
    this.inputText = (event.target as HTMLInputElement).value;
    this.openList(this.inputText);
    this.activeIndex = this.shown.length ? this.shown[0] : null;
  };

  private move(step: 1 | -1) {
    const shown = this.shown;
    if (!shown.length) return;
    const at = this.activeIndex === null ? -1 : shown.indexOf(this.activeIndex);
    const next = at === -1 ? (step === 1 ? 0 : shown.length - 1) : (at + step + shown.length) % shown.length;
    this.activeIndex = shown[next];
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open) {
          // Opening from the keyboard puts the active option on the selected one, when it is shown.
          this.openList(this.inputText !== this.lastText ? this.inputText : null);
          if (this.shown.includes(this.selectedIndex)) {
            this.activeIndex = this.selectedIndex;
            break;
          }
        }
        this.move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      }
      case 'Enter': {
        event.preventDefault();
        if (this.open && this.activeIndex !== null) this.choose(this.activeIndex);
        else if (this.acceptTyped() && !this.multiselect) this.close();
        break;
      }
      case 'Escape': {
        if (this.open) {
          event.preventDefault();
          this.close();
        }
        break;
      }
      case 'Backspace': {
        const selected = this.selectedValues;
        if (this.multiselect && this.inputText === '' && selected.length) this.removeValue(selected[selected.length - 1]);
        break;
      }
    }
  };

  private onKeyUp = (event: KeyboardEvent) => {
    this.grKeyUp.emit({ key: event.key, input_value: this.inputText });
  };

  private optionId(index: number): string {
    return `${this.listboxId}-option-${index}`;
  }

  private renderTokens(disabled: boolean) {
    return this.selectedValues.map((value) => {
      const display = this.displayOf(value);
      return (
        <div part="token" class="token">
          <span>{display}</span>
          {disabled ? null : (
            <button
              type="button"
              class="token-remove"
              aria-label={`Remove ${display}`}
              tabIndex={-1}
              onMouseDown={(event: MouseEvent) => event.preventDefault()}
              onClick={(event: MouseEvent) => {
                event.stopPropagation();
                this.removeValue(value);
              }}
            >
              ×
            </button>
          )}
        </div>
      );
    });
  }

  private renderOptions() {
    const list = this.list;
    const selected = this.selectedValues;
    return (
      <div
        part="listbox"
        class="options"
        role="listbox"
        id={this.listboxId}
        aria-labelledby={`${this.baseId}-label`}
        aria-multiselectable={this.multiselect ? 'true' : undefined}
        hidden={!this.open || this.shown.length === 0}
        ref={(el) => {
          this.listEl = el;
        }}
      >
        {this.shown.map((index) => {
          const [display, value] = list[index];
          const isSelected = selected.includes(value);
          const unavailable = !isSelected && this.atMax;
          return (
            // The keyboard stays on the combobox input (aria-activedescendant), so options take clicks only.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
            <div
              part="option"
              class={{ item: true, selected: isSelected, active: index === this.activeIndex }}
              role="option"
              tabIndex={-1}
              id={this.optionId(index)}
              aria-selected={isSelected ? 'true' : 'false'}
              aria-disabled={unavailable ? 'true' : undefined}
              data-value={String(value)}
              onMouseDown={(event: MouseEvent) => event.preventDefault()}
              onClick={() => this.choose(index)}
            >
              <span class="check" aria-hidden="true">
                {isSelected ? '✓' : ''}
              </span>
              {display}
            </div>
          );
        })}
      </div>
    );
  }

  render() {
    const disabled = !this.interactive;
    const titleId = `${this.baseId}-label`;
    const hasSelection = this.selectedValues.length > 0;
    const typedText = this.inputText !== this.lastText;
    const subdued =
      !this.multiselect && !this.allowCustomValue && typedText && !this.list.some(([d]) => d === this.inputText);
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container} allowOverflow>
          <div class={{ 'dropdown-root': true, container: this.container }}>
            <BlockTitle
              label={this.label}
              showLabel={this.showLabel}
              info={this.info}
              titleId={titleId}
              infoId={`${this.baseId}-info`}
              forId={`${this.baseId}-input`}
            />
            <div
              class="wrap"
              ref={(el) => {
                this.anchor = el;
              }}
            >
              {/* A click anywhere in the box focuses the input, which handles every key. */}
              {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer convenience only */}
              {/* biome-ignore lint/a11y/useKeyWithClickEvents: the input inside handles the keyboard */}
              <div
                class={{ 'wrap-inner': true, 'gr-input': true, show_options: this.open, disabled }}
                onClick={() => this.input?.focus()}
              >
                {this.multiselect ? this.renderTokens(disabled) : null}
                <div class="secondary-wrap">
                  <input
                    id={`${this.baseId}-input`}
                    part="input"
                    class={{ 'border-none': true, subdued }}
                    role="combobox"
                    aria-controls={this.listboxId}
                    aria-expanded={this.open ? 'true' : 'false'}
                    aria-activedescendant={
                      this.open && this.activeIndex !== null ? this.optionId(this.activeIndex) : undefined
                    }
                    aria-autocomplete={this.filterable ? 'list' : 'none'}
                    aria-describedby={this.info ? `${this.baseId}-info` : undefined}
                    autoComplete="off"
                    value={this.inputText}
                    readOnly={!this.filterable}
                    disabled={disabled}
                    onInput={this.onInput}
                    onKeyDown={this.onKeyDown}
                    onKeyUp={this.onKeyUp}
                    onFocus={this.onFocus}
                    onBlur={this.onBlur}
                    ref={(el) => {
                      this.input = el;
                    }}
                  />
                  {this.multiselect && hasSelection && !disabled ? (
                    <button
                      type="button"
                      class="token-remove remove-all"
                      aria-label={t('clear', this.el)}
                      tabIndex={-1}
                      onMouseDown={(event: MouseEvent) => event.preventDefault()}
                      onClick={this.clearAll}
                    >
                      ×
                    </button>
                  ) : null}
                  {disabled ? null : (
                    <svg class="dropdown-arrow" viewBox="0 0 18 18" aria-hidden="true">
                      <path d="M5 8l4 4 4-4z" />
                    </svg>
                  )}
                </div>
              </div>
              {this.renderOptions()}
            </div>
          </div>
        </Block>
      </Host>
    );
  }
}
