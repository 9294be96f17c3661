import { Component, Element, Event, type EventEmitter, Host, Prop, State, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';
import { type DialogueLine, type DialogueValue, dialogueLines, formatDialogue, parseDialogue } from './dialogue-format';

/**
 * A Gradio `Dialogue` (config type `dialogue`): a transcript of `{speaker, text}` lines. Interactive, each
 * line has a speaker menu, a text field and a remove button, with an "Add line" button below; with `uiMode`
 * `both` a switch shows the whole transcript as text (`[speaker] text` lines, Gradio's default format) to edit
 * at once. With no `speakers` it is a plain text area and the value a string. Read-only, the lines show with
 * speaker badges coloured by `colorMap`.
 *
 * Keyboard: Tab moves through the controls; Enter in a line's text field fires `gr-submit`.
 *
 * @part line - one line of the transcript.
 */
@Component({ tag: 'gr-dialogue', styleUrls: ['../../utils/block.css', 'gr-dialogue.css'], scoped: true })
export class GrDialogue {
  @Element() el!: HTMLElement;

  @State() textMode = false;
  @State() draft = '';

  /** The transcript: `[{speaker, text}, ...]`, or a string when there are no speakers. */
  @Prop({ mutable: true }) value: DialogueValue = null;

  /** The speakers a line can have; `null` or `[]`: a plain text area. */
  @Prop() speakers: string[] | null = null;

  /** Joins lines in the text view. */
  @Prop() separator: string = '\n';

  /** Speaker colours (CSS colours) of the read-only view. */
  @Prop() colorMap: Record<string, string> | null = null;

  /** `both` (lines and a text switch), `dialogue` (lines only) or `text` (the text view only). */
  @Prop() uiMode: 'both' | 'dialogue' | 'text' = 'both';

  /** Placeholder of the text fields. */
  @Prop() placeholder: string | null = null;

  /** The label above the transcript. */
  @Prop() label: string = 'Dialogue';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** Shows a submit button that fires `gr-submit` (`true`, or its text). */
  @Prop() submitBtn: boolean | string = false;

  /** `false`: read-only. */
  @Prop() interactive: boolean = true;

  /** `false`: no block chrome. */
  @Prop() container: boolean = true;

  /** Relative width inside a row. */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires on every change of the value by the user (Gradio's `change`), with the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<DialogueValue>;

  /** Fires when the user edits the transcript (Gradio's `input`), with the new value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<DialogueValue>;

  /** Fires on Enter in a line's text field, or on the submit button (Gradio's `submit`). */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<DialogueValue>;

  private readonly uid = uniqueId('gr-dialogue');

  private get speakerList(): string[] {
    return Array.isArray(this.speakers) ? this.speakers.filter((s) => typeof s === 'string') : [];
  }

  private setLines(value: DialogueValue) {
    this.value = value;
    this.grInput.emit(value);
    this.grChange.emit(value);
  }

  private editLine(lines: DialogueLine[], index: number, change: Partial<DialogueLine>) {
    this.setLines(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  }

  private addLine(lines: DialogueLine[]) {
    const speakers = this.speakerList;
    // The next speaker in turn after the last line's.
    const last = speakers.indexOf(lines[lines.length - 1]?.speaker ?? '');
    const speaker = speakers[(last + 1) % speakers.length] ?? '';
    this.setLines([...lines, { speaker, text: '' }]);
    requestAnimationFrame(() => {
      const fields = this.fields();
      fields[fields.length - 1]?.focus();
    });
  }

  private removeLine(lines: DialogueLine[], index: number) {
    this.setLines(lines.filter((_, i) => i !== index));
  }

  private fields(): HTMLInputElement[] {
    return Array.from(this.el.querySelectorAll<HTMLInputElement>('input.line-text'));
  }

  private setTextMode(on: boolean, lines: DialogueLine[]) {
    if (on) this.draft = formatDialogue(lines, this.separator);
    this.textMode = on;
  }

  private onDraft(text: string) {
    this.draft = text;
    this.setLines(parseDialogue(text, this.separator, this.speakerList[0] ?? 'Unknown'));
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing || event.shiftKey) return;
    event.preventDefault();
    this.grSubmit.emit(this.value);
  };

  private renderLines(lines: DialogueLine[]) {
    const speakers = this.speakerList;
    if (!this.interactive) {
      return (
        <ol class="lines readonly">
          {lines.map((line) => (
            <li part="line" class="line">
              <span class="speaker" style={{ '--speaker-color': this.colorMap?.[line.speaker] }}>
                {line.speaker}
              </span>
              <span class="text">{line.text}</span>
            </li>
          ))}
        </ol>
      );
    }
    return [
      <ol class="lines">
        {lines.map((line, index) => {
          const n = index + 1;
          const options = speakers.includes(line.speaker) || !line.speaker ? speakers : [line.speaker, ...speakers];
          return (
            <li part="line" class="line">
              <select aria-label={t('speakerOfLine', this.el, { n })} onChange={(e) => this.editLine(lines, index, { speaker: (e.target as HTMLSelectElement).value })}>
                {options.map((speaker) => (
                  <option value={speaker} selected={speaker === line.speaker}>
                    {speaker}
                  </option>
                ))}
              </select>
              <input
                class="line-text"
                type="text"
                aria-label={t('textOfLine', this.el, { n })}
                placeholder={this.placeholder ?? undefined}
                value={line.text}
                onInput={(e) => this.editLine(lines, index, { text: (e.target as HTMLInputElement).value })}
                onKeyDown={this.onKeyDown}
              />
              <button type="button" class="remove" aria-label={t('removeLine', this.el, { n })} onClick={() => this.removeLine(lines, index)}>
                ×
              </button>
            </li>
          );
        })}
      </ol>,
      <button type="button" class="add" onClick={() => this.addLine(lines)}>
        + Add line
      </button>,
    ];
  }

  private renderBody(lines: DialogueLine[] | string) {
    if (typeof lines === 'string' && this.speakerList.length > 0 && lines) {
      return (
        <p class="error" role="alert">
          {lines.startsWith('This dialogue') ? lines : 'This dialogue is plain text, but the component has speakers.'}
        </p>
      );
    }
    const textarea = (text: string, onText: (text: string) => void) => (
      <textarea
        id={`${this.uid}-text`}
        class="transcript"
        aria-labelledby={`${this.uid}-label`}
        rows={6}
        readOnly={!this.interactive}
        placeholder={this.placeholder ?? undefined}
        value={text}
        onInput={(e) => onText((e.target as HTMLTextAreaElement).value)}
      />
    );
    if (this.speakerList.length === 0) {
      // No speakers: a plain text area whose value is a string.
      const text = typeof lines === 'string' ? lines : formatDialogue(lines, this.separator);
      return textarea(text, (t) => this.setLines(t));
    }
    const list = lines as DialogueLine[];
    if (this.uiMode === 'text' || this.textMode) {
      return textarea(this.textMode ? this.draft : formatDialogue(list, this.separator), (t) => this.onDraft(t));
    }
    return this.renderLines(list);
  }

  render() {
    const parsed = dialogueLines(this.value);
    const invalid = typeof parsed === 'string' && parsed.startsWith('This dialogue');
    const host = blockHost(this);
    const withSwitch = this.interactive && this.uiMode === 'both' && this.speakerList.length > 0 && !invalid;
    return (
      <Host class={host.class} style={host.style}>
        <Block elemId={this.elemId} container={this.container}>
          <div class="top">
            <BlockTitle label={this.label} showLabel={this.showLabel} info={this.info} titleId={`${this.uid}-label`} infoId={`${this.uid}-info`} />
            {withSwitch ? (
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={this.textMode ? 'true' : 'false'}
                  checked={this.textMode}
                  onChange={(e) => this.setTextMode((e.target as HTMLInputElement).checked, parsed as DialogueLine[])}
                />
                {t('editAsText', this.el)}
              </label>
            ) : null}
          </div>
          <div class="body">
            {invalid ? (
              <p class="error" role="alert">
                {parsed}
              </p>
            ) : (
              this.renderBody(parsed)
            )}
          </div>
          {this.submitBtn && this.interactive ? (
            <button type="button" class="submit" onClick={() => this.grSubmit.emit(this.value)}>
              {typeof this.submitBtn === 'string' ? this.submitBtn : 'Submit'}
            </button>
          ) : null}
        </Block>
      </Host>
    );
  }
}
