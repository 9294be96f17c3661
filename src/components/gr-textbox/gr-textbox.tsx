import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, BlockTitle, blockHost, describedBy } from '../../utils/block';
import type { SelectData } from '../../utils/form';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';
import { t } from '../../utils/i18n';

/** The input types Gradio's Textbox supports. */
export type TextboxType = 'text' | 'password' | 'email';

/** How long the copy button shows its "copied" state, in milliseconds (as the official frontend). */
const COPIED_MS = 1000;

/**
 * A Gradio `Textbox` (config type `textbox`): a single-line `<input>` (when `lines` and the effective
 * `maxLines` are both 1, and always for `password` / `email`) or a `<textarea>` that grows from `lines` to
 * `maxLines` rows as the text grows.
 *
 * Keyboard: with `lines == 1`, Enter submits (`gr-submit`); with `lines > 1`, Enter inserts a newline and
 * Shift+Enter submits (the official frontend's rule).
 *
 * @part input - the `<input>` or `<textarea>`.
 * @part copy-button - the copy button (with `showCopyButton`).
 *
 * Styled with `--input-*`, `--block-*` and `--block-title-*` theme variables.
 */
@Component({ tag: 'gr-textbox', styleUrls: ['../../utils/block.css', '../../utils/input.css', 'gr-textbox.css'], scoped: true })
export class GrTextbox {
  @Element() el!: HTMLElement;

  /** The copy button shows "copied" for a moment after a copy. */
  @State() copied = false;

  /** The text (Gradio's wire value, a string; `null` is shown as empty). */
  @Prop({ mutable: true }) value: string | null = '';
  @Watch('value')
  valueChanged() {
    // A programmatic value (streamed output) keeps the view at the bottom unless the user scrolled up.
    this.pendingScroll = true;
  }

  /** Minimum number of visible rows. */
  @Prop() lines: number = 1;

  /** Maximum rows before the textarea scrolls; `null`: 20 (at least `lines`) for text, 1 for password/email. */
  @Prop() maxLines: number | null = null;

  /** Hint shown while the box is empty. */
  @Prop() placeholder: string | null = null;

  /** `text`, `password` or `email` (password and email are always a single line). */
  @Prop() type: TextboxType = 'text';

  /** The label above the box. */
  @Prop() label: string = 'Textbox';

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

  /** Show a button that copies the text to the clipboard (Gradio's `show_copy_button`, or `buttons=["copy"]`). */
  @Prop() showCopyButton: boolean = false;

  /** Keep a growing (streamed) value scrolled to the bottom, unless the user scrolls up. */
  @Prop() autoscroll: boolean = true;

  /** Right-to-left text. */
  @Prop() rtl: boolean = false;

  /** Text alignment: `left` or `right`; `null` follows the direction. */
  @Prop() textAlign: 'left' | 'right' | null = null;

  /** Maximum number of characters the user can type. */
  @Prop() maxLength: number | null = null;

  /** Focus the box when it first renders. */
  @Prop() autofocus: boolean = false;

  /** `false` renders the text disabled (Gradio's static textbox). */
  @Prop() interactive: boolean = true;

  /** A button after the field that submits: `true` shows an arrow, a string is its text (Gradio's `submit_btn`). */
  @Prop() submitBtn: string | boolean | null = false;

  /** A button after the field that emits `gr-stop`: `true` shows a square, a string is its text (`stop_btn`). */
  @Prop() stopBtn: string | boolean | null = false;

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

  /** Fires after each user edit with the new text (Gradio's `change`); not when `value` is set by code. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<string>;

  /** Fires after each user edit (each keystroke, paste or cut) with the new text (Gradio's `input`). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<string>;

  /** Fires on Enter (`lines == 1`) or Shift+Enter (`lines > 1`), with the text. */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<string>;

  /** Fires when the box gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the box loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  /** Fires when the user selects text: `{ index: [start, end], value: selected text }`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<SelectData<string>>;

  /** Fires after the copy button copied the text: `{ value }`. */
  @Event({ eventName: 'gr-copy', bubbles: true, composed: true }) grCopy!: EventEmitter<{ value: string }>;

  /** Fires when the user presses the stop button (`stop_btn`). */
  @Event({ eventName: 'gr-stop', bubbles: true, composed: true }) grStop!: EventEmitter<void>;

  private readonly inputId = uniqueId('gr-textbox');
  private readonly titleId = `${this.inputId}-label`;
  private readonly infoId = `${this.inputId}-info`;
  private readonly validationId = `${this.inputId}-validation`;
  private control?: HTMLInputElement | HTMLTextAreaElement;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private userScrolledUp = false;
  private lastScrollTop = 0;
  private pendingScroll = false;

  componentDidLoad() {
    if (this.autofocus && this.interactive) this.control?.focus();
  }

  componentDidRender() {
    this.resize();
    if (this.pendingScroll) {
      this.pendingScroll = false;
      if (this.autoscroll && !this.userScrolledUp && this.control) this.control.scrollTop = this.control.scrollHeight;
    }
  }

  disconnectedCallback() {
    clearTimeout(this.copiedTimer);
  }

  /** Rows the textarea may grow to, as the official frontend computes them. */
  private get effectiveMaxLines(): number {
    const lines = this.minLines;
    if (this.type !== 'text') return 1;
    if (typeof this.maxLines !== 'number' || !Number.isFinite(this.maxLines)) return Math.max(lines, 20);
    return Math.max(this.maxLines, lines);
  }

  private get minLines(): number {
    return typeof this.lines === 'number' && this.lines >= 1 ? Math.floor(this.lines) : 1;
  }

  private get singleLine(): boolean {
    return this.type !== 'text' || (this.minLines === 1 && this.effectiveMaxLines === 1);
  }

  /** Grows or shrinks the textarea between `lines` and `maxLines` rows to fit its text. */
  private resize() {
    const area = this.control;
    if (!(area instanceof HTMLTextAreaElement) || this.minLines === this.effectiveMaxLines) return;
    const styles = getComputedStyle(area);
    // `normal` line height (no theme loaded) is about 1.2 em.
    const parsed = Number.parseFloat(styles.lineHeight);
    const lineHeight = Number.isFinite(parsed) ? parsed : Number.parseFloat(styles.fontSize) * 1.2;
    if (!Number.isFinite(lineHeight)) return;
    const chrome =
      Number.parseFloat(styles.paddingTop) +
      Number.parseFloat(styles.paddingBottom) +
      Number.parseFloat(styles.borderTopWidth) +
      Number.parseFloat(styles.borderBottomWidth);
    const min = chrome + lineHeight * this.minLines;
    const max = chrome + lineHeight * this.effectiveMaxLines;
    area.style.height = '1px';
    const wanted = area.scrollHeight + chrome - Number.parseFloat(styles.paddingTop) - Number.parseFloat(styles.paddingBottom);
    const height = Math.min(Math.max(wanted, min), max);
    area.style.height = `${height}px`;
    // A scrollbar only once the text is clearly longer than the box.
    area.style.overflowY = area.scrollHeight > area.clientHeight + lineHeight ? 'scroll' : 'hidden';
  }

  private onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.value = text;
    this.pendingScroll = false;
    this.resize();
    this.grInput.emit(text);
    this.grChange.emit(text);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const submit = this.minLines > 1 ? event.shiftKey : !event.shiftKey;
    if (!submit) return;
    // A single-line textarea would insert a newline; Shift+Enter in a multi-line one too.
    event.preventDefault();
    this.grSubmit.emit(this.value ?? '');
  };

  private onSelect = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const start = target.selectionStart ?? 0;
    const end = target.selectionEnd ?? start;
    this.grSelect.emit({ index: [start, end], value: target.value.substring(start, end) });
  };

  private onScroll = (event: Event) => {
    const target = event.target as HTMLElement;
    if (target.scrollTop < this.lastScrollTop) this.userScrolledUp = true;
    this.lastScrollTop = target.scrollTop;
    if (target.scrollTop >= target.scrollHeight - target.clientHeight - 1) this.userScrolledUp = false;
  };

  private onCopy = async () => {
    const text = this.value ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard denied (no permission, insecure context): no "copied" state, no event.
      return;
    }
    this.grCopy.emit({ value: text });
    this.copied = true;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = false;
    }, COPIED_MS);
  };

  /** The submit or stop button Gradio puts after the field, when asked for. */
  private renderActionButton(kind: 'submit' | 'stop') {
    const setting = kind === 'submit' ? this.submitBtn : this.stopBtn;
    if (!setting) return null;
    const text = typeof setting === 'string' ? setting : null;
    const name = text ?? t(kind, this.el);
    return (
      <button
        type="button"
        part={`${kind}-button`}
        class={{ 'action-button': true, [`${kind}-button`]: true, 'has-text': Boolean(text) }}
        aria-label={text ? undefined : name}
        title={text ? undefined : name}
        disabled={!this.interactive}
        onClick={() => (kind === 'submit' ? this.grSubmit.emit(this.value ?? '') : this.grStop.emit())}
      >
        {text ??
          (kind === 'submit' ? (
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M5 12h14M13 6l6 6-6 6" />
            </svg>
          ) : (
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <rect x="6" y="6" width="12" height="12" rx="1" />
            </svg>
          ))}
      </button>
    );
  }

  private renderControl() {
    const common = {
      id: this.inputId,
      part: 'input',
      class: { 'gr-input': true, 'scroll-hide': true },
      value: this.value ?? '',
      placeholder: this.placeholder ?? undefined,
      disabled: !this.interactive,
      maxLength: typeof this.maxLength === 'number' ? this.maxLength : undefined,
      dir: this.rtl ? 'rtl' : 'ltr',
      style: this.textAlign ? { 'text-align': this.textAlign } : undefined,
      'aria-describedby': describedBy(this.info && this.infoId, this.validationError && this.validationId),
      'aria-invalid': this.validationError ? 'true' : undefined,
      'data-testid': this.type === 'password' ? 'password' : 'textbox',
      onInput: this.onInput,
      onKeyDown: this.onKeyDown,
      onSelect: this.onSelect,
      onFocus: () => this.grFocus.emit(),
      onBlur: () => this.grBlur.emit(),
      ref: (el?: HTMLInputElement | HTMLTextAreaElement) => {
        this.control = el;
      },
    };
    if (this.singleLine) {
      const autocomplete = this.type === 'email' ? 'email' : this.type === 'password' ? 'current-password' : undefined;
      return <input {...common} type={this.type} autoComplete={autocomplete} />;
    }
    return <textarea {...common} rows={this.minLines} onScroll={this.onScroll} />;
  }

  render() {
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <div class={{ wrap: true, container: this.container, 'has-copy': this.showCopyButton && this.showLabel }}>
            {this.showCopyButton && this.showLabel ? (
              <button
                type="button"
                part="copy-button"
                class={{ 'copy-button': true, copied: this.copied }}
                aria-label={this.copied ? t('copied', this.el) : t('copy', this.el)}
                title={this.copied ? t('copied', this.el) : t('copy', this.el)}
                onClick={this.onCopy}
              >
                {this.copied ? (
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M20 6 9 17l-5-5" />
                  </svg>
                ) : (
                  <svg viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="9" y="9" width="13" height="13" rx="2" />
                    <path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />
                  </svg>
                )}
              </button>
            ) : null}
            <BlockTitle
              label={this.label}
              showLabel={this.showLabel}
              info={this.info}
              titleId={this.titleId}
              infoId={this.infoId}
              forId={this.inputId}
              validationError={this.validationError}
              validationId={this.validationId}
            />
            <div class="input-container">
              {this.renderControl()}
              {this.renderActionButton('submit')}
              {this.renderActionButton('stop')}
            </div>
          </div>
        </Block>
      </Host>
    );
  }
}
