import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, BlockTitle, blockHost } from '../../utils/block';
import { ChatIcon } from '../../utils/chat-icons';
import { fileName, mediaKindOf } from '../../utils/chat-messages';
import { VoiceNote } from '../../utils/chat-microphone';
import { type FileData, fileUrl } from '../../utils/file-data';
import { uniqueId } from '../../utils/ids';
import { t } from '../../utils/i18n-more';
import { type MultimodalValue, type MultimodalWireValue, multimodalValue } from '../../utils/chat-multimodal';
import { formatTime } from '../../utils/media';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import type { UploadFunction } from '../../utils/upload';
import { type FileCount, FileInput, UploadController, UploadStatus, uploadSettings } from '../../utils/upload-zone';


/**
 * A Gradio `MultimodalTextbox` (config type `multimodaltextbox`): a chat input with text and files. Files
 * come from the paperclip button, a drop anywhere on the element or a paste (images and files; a pasted text
 * longer than `maxPlainTextLength` becomes a `.txt` file), within `fileTypes`, `fileCount` and
 * `maxFileSize` (a refused file is named in a message inside the element). Attached files show as removable
 * thumbnails above the text. With `microphone` in `sources`, the microphone button records a voice note that
 * is attached as a WAV file when the recording stops (or when the message is sent while recording); a
 * refused or missing microphone is said in the element.
 *
 * Keyboard: with `lines == 1`, Enter submits and Shift+Enter adds a line; with `lines > 1`, Enter adds a line
 * and Shift+Enter submits. The submit and stop buttons are `submitBtn` / `stopBtn` (`true`, or their text).
 *
 * Events fire on user action only. `gr-change` follows every edit of the text and every added or removed
 * file, with the whole value.
 *
 * @part input - the textarea.
 *
 * Styled with `--input-*`, `--block-*`, `--button-*` theme variables.
 */
@Component({
  tag: 'gr-multimodal-textbox',
  styleUrls: ['../../utils/block.css', '../../utils/input.css', '../../utils/upload-zone.css', 'gr-multimodal-textbox.css'],
  scoped: true,
})
export class GrMultimodalTextbox {
  @Element() el!: HTMLElement;

  /** The microphone: `off`, `opening` (asking for it), `on` (recording), `saving` (encoding and uploading). */
  @State() microphoneState: 'off' | 'opening' | 'on' | 'saving' = 'off';

  /** The text and files (Gradio's wire value; a plain string is taken as the text). */
  @Prop({ mutable: true }) value: MultimodalWireValue = { text: '', files: [] };

  /** The label above the input. */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Help text under the label. */
  @Prop() info: string | null = null;

  /** Hint shown while the text is empty. */
  @Prop() placeholder: string | null = null;

  /** Minimum number of visible rows. */
  @Prop() lines: number = 1;

  /** Rows the textarea grows to before it scrolls. */
  @Prop() maxLines: number | null = 20;

  /** Focus the input when it first renders. */
  @Prop() autofocus: boolean = false;

  /** Keep a growing (streamed) text scrolled to the bottom. */
  @Prop() autoscroll: boolean = true;

  /** Right-to-left text. */
  @Prop() rtl: boolean = false;

  /** Text alignment: `left` or `right`; `null` follows the direction. */
  @Prop() textAlign: 'left' | 'right' | null = null;

  /** The submit button: `true` (an arrow), its text, or `false` / `null` for none. */
  @Prop() submitBtn: boolean | string | null = true;

  /** The stop button (shown while the app streams): `true` (a square), its text, or `false` / `null`. */
  @Prop() stopBtn: boolean | string | null = false;

  /** Where files come from: `upload` (the paperclip, drops and pastes) and `microphone` (a recorded voice note). */
  @Prop() sources: string[] | null = ['upload'];

  /** Accepted files: `image`, `audio`, `video`, `text`, `file`, extensions (`.pdf`) or MIME types. */
  @Prop() fileTypes: string[] | string | null = null;

  /** `single` (a new file replaces the attached one), `multiple` or `directory`. */
  @Prop() fileCount: FileCount = 'single';

  /** Largest accepted file in bytes. */
  @Prop() maxFileSize: number | null = null;

  /** A pasted text longer than this becomes a `.txt` file; `null` or `0`: never. */
  @Prop() maxPlainTextLength: number | null = 1000;

  /** Sends files to the app's server (set by `<gradio-app>`); without it files stay in the page. */
  @Prop() upload?: UploadFunction;

  /** `false`: read-only (no typing, no files, no submit). */
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

  @Watch('value')
  valueChanged() {
    this.pendingScroll = true;
  }

  /** Fires after each user change of the text or the files, with the whole value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<MultimodalValue>;

  /** Fires after each keystroke, paste or cut in the text, with the whole value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<MultimodalValue>;

  /** Fires on the submit key or button (not while files are uploading), with the whole value. */
  @Event({ eventName: 'gr-submit', bubbles: true, composed: true }) grSubmit!: EventEmitter<MultimodalValue>;

  /** Fires on the stop button. */
  @Event({ eventName: 'gr-stop', bubbles: true, composed: true }) grStop!: EventEmitter<null>;

  /** Fires after files were uploaded and attached, with the new files. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData[]>;

  /** Fires when the text gains focus. */
  @Event({ eventName: 'gr-focus', bubbles: true, composed: true }) grFocus!: EventEmitter<void>;

  /** Fires when the text loses focus. */
  @Event({ eventName: 'gr-blur', bubbles: true, composed: true }) grBlur!: EventEmitter<void>;

  private readonly inputId = uniqueId('gr-multimodal');
  private readonly titleId = `${this.inputId}-label`;
  private readonly infoId = `${this.inputId}-info`;
  private area?: HTMLTextAreaElement;
  private pendingScroll = false;
  private readonly voice = new VoiceNote();
  /** Redraws the recording's running time. */
  private clockTimer?: ReturnType<typeof setInterval>;

  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => uploadSettings(this),
    onUpload: (files) => this.attach(files),
    requestRender: () => forceUpdate(this.el),
  });

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.voice.cancel();
    this.stopClock();
    this.microphoneState = 'off';
  }

  componentDidLoad() {
    if (this.autofocus && this.interactive) this.area?.focus();
  }

  componentDidRender() {
    if (this.pendingScroll && this.autoscroll && this.area) this.area.scrollTop = this.area.scrollHeight;
    this.pendingScroll = false;
  }

  private get current(): MultimodalValue {
    return multimodalValue(this.value);
  }

  private get minLines(): number {
    return typeof this.lines === 'number' && this.lines >= 1 ? Math.floor(this.lines) : 1;
  }

  private get microphone(): boolean {
    return this.interactive && Array.isArray(this.sources) && this.sources.includes('microphone');
  }

  private get uploads(): boolean {
    return this.interactive && (!Array.isArray(this.sources) || this.sources.includes('upload'));
  }

  private set(next: MultimodalValue) {
    this.value = next;
    this.grChange.emit(next);
  }

  /** Uploaded files join the value (`single`: they replace the attached file). */
  private attach(files: FileData[]) {
    const current = this.current;
    const next = { text: current.text, files: this.fileCount === 'single' ? files.slice(-1) : [...current.files, ...files] };
    this.value = next;
    this.grUpload.emit(files);
    this.grChange.emit(next);
  }

  private remove(index: number) {
    const current = this.current;
    this.set({ text: current.text, files: current.files.filter((_, i) => i !== index) });
    this.area?.focus();
  }

  private onInput = (event: Event) => {
    const text = (event.target as HTMLTextAreaElement).value;
    const next = { text, files: this.current.files };
    this.value = next;
    this.grInput.emit(next);
    this.grChange.emit(next);
  };

  private submit = async () => {
    if (!this.interactive) return;
    // A voice note being recorded is part of the message: it is attached first (Gradio does the same).
    if (this.microphoneState === 'on') await this.stopRecording();
    if (this.microphoneState !== 'off') return;
    if (this.uploader.busy) {
      this.uploader.report(t('waitUpload', this.el), 'info');
      return;
    }
    this.grSubmit.emit(this.current);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const submit = this.minLines > 1 ? event.shiftKey : !event.shiftKey;
    if (!submit) return;
    event.preventDefault();
    this.submit();
  };

  private startRecording = async () => {
    if (this.microphoneState !== 'off') return;
    this.uploader.dismiss();
    this.microphoneState = 'opening';
    const refusal = await this.voice.begin();
    if (refusal !== null || !this.el.isConnected) {
      this.voice.cancel();
      this.microphoneState = 'off';
      if (refusal !== null) this.uploader.report(refusal);
      return;
    }
    this.microphoneState = 'on';
    this.clockTimer = setInterval(() => forceUpdate(this.el), 500);
  };

  /** Stops recording and attaches the voice note through the same checks and upload as a chosen file. */
  private stopRecording = async () => {
    if (this.microphoneState !== 'on') return;
    this.microphoneState = 'saving';
    this.stopClock();
    const note = await this.voice.finish('recording.wav');
    if (typeof note === 'string') this.uploader.report(note);
    else await this.uploader.handle([note]);
    this.microphoneState = 'off';
  };

  private discardRecording = () => {
    this.voice.cancel();
    this.stopClock();
    this.microphoneState = 'off';
    this.area?.focus();
  };

  private stopClock() {
    clearInterval(this.clockTimer);
    this.clockTimer = undefined;
  }

  private renderRecording() {
    const state = this.microphoneState;
    if (state === 'off') return null;
    const status = t(state === 'opening' ? 'openingMicrophone' : state === 'saving' ? 'attachingRecording' : 'recording', this.el);
    return (
      <div class={{ 'recording-bar': true, live: state === 'on' }}>
        <span class="recording-dot" aria-hidden="true" />
        <span role="status">{status}</span>
        {state === 'on' ? (
          <span class="recording-time" aria-hidden="true">
            {formatTime(this.voice.seconds)}
          </span>
        ) : null}
        {state === 'on' ? (
          <button type="button" class="recording-discard" onClick={this.discardRecording}>
            {t('discard', this.el)}
          </button>
        ) : null}
      </div>
    );
  }

  /** A long pasted text becomes a `.txt` file (Gradio's `max_plain_text_length`); files are the controller's. */
  private onPaste = (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data || !this.uploads || (data.files && data.files.length > 0)) return;
    const text = data.getData('text/plain');
    const limit = this.maxPlainTextLength;
    if (typeof limit !== 'number' || limit <= 0 || text.length <= limit) return;
    event.preventDefault();
    void this.uploader.handle([new File([text], 'pasted_text.txt', { type: 'text/plain' })]);
  };

  private renderFile(file: FileData, index: number) {
    const name = fileName(file);
    const url = safeMediaUrl(fileUrl(file));
    const image = mediaKindOf(file) === 'image' && url;
    return (
      <li class="thumbnail">
        {image ? <img src={url} alt="" /> : <span class="thumbnail-file" aria-hidden="true">{<ChatIcon name="file" />}</span>}
        <span class="thumbnail-name">{name}</span>
        {this.interactive ? (
          <button type="button" class="thumbnail-remove" aria-label={`Remove ${name}`} title={`Remove ${name}`} onClick={() => this.remove(index)}>
            <ChatIcon name="close" />
          </button>
        ) : null}
      </li>
    );
  }

  render() {
    const { text, files } = this.current;
    const label = this.label ?? 'Multimodal Textbox';
    const maxLines = typeof this.maxLines === 'number' && this.maxLines >= this.minLines ? this.maxLines : Math.max(this.minLines, 20);
    const submitText = typeof this.submitBtn === 'string' && this.submitBtn ? this.submitBtn : null;
    const stopText = typeof this.stopBtn === 'string' && this.stopBtn ? this.stopBtn : null;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container} extraClass={{ 'border-focus': this.uploader.dragging }}>
          <BlockTitle label={label} showLabel={this.showLabel} info={this.info} titleId={this.titleId} infoId={this.infoId} forId={this.inputId} />
          <UploadStatus controller={this.uploader} />
          <div class={{ 'full-container': true, dragging: this.uploader.dragging }}>
            {this.renderRecording()}
            {files.length ? (
              <ul class="thumbnails" aria-label={t('attachedFiles', this.el)}>
                {files.map((file, index) => this.renderFile(file, index))}
              </ul>
            ) : null}
            <div class="input-row">
              {this.uploads ? (
                <button
                  type="button"
                  class="round-button upload-button"
                  aria-label={t('attachFiles', this.el)}
                  title={t('attachFiles', this.el)}
                  disabled={this.uploader.busy}
                  onClick={this.uploader.open}
                >
                  <ChatIcon name="paperclip" />
                </button>
              ) : null}
              {this.uploads ? <FileInput controller={this.uploader} /> : null}
              <textarea
                id={this.inputId}
                part="input"
                class="gr-input scroll-hide"
                value={text}
                rows={this.minLines}
                style={{
                  '--min-lines': String(this.minLines),
                  '--max-lines': String(maxLines),
                  'text-align': this.textAlign ?? undefined,
                }}
                placeholder={this.placeholder ?? undefined}
                disabled={!this.interactive}
                dir={this.rtl ? 'rtl' : 'ltr'}
                aria-describedby={this.info ? this.infoId : undefined}
                data-testid="textbox"
                onInput={this.onInput}
                onKeyDown={this.onKeyDown}
                onPaste={this.onPaste}
                onFocus={() => this.grFocus.emit()}
                onBlur={() => this.grBlur.emit()}
                ref={(el) => {
                  this.area = el;
                }}
              />
              {this.microphone ? (
                <button
                  type="button"
                  class={{ 'round-button': true, 'microphone-button': true, recording: this.microphoneState === 'on' }}
                  aria-label={t(this.microphoneState === 'on' ? 'stopRecording' : 'recordAudio', this.el)}
                  title={t(this.microphoneState === 'on' ? 'stopRecording' : 'recordAudio', this.el)}
                  disabled={this.microphoneState === 'opening' || this.microphoneState === 'saving' || this.uploader.busy}
                  onClick={this.microphoneState === 'on' ? this.stopRecording : this.startRecording}
                >
                  <ChatIcon name={this.microphoneState === 'on' ? 'stop' : 'mic'} />
                </button>
              ) : null}
              {this.submitBtn ? (
                <button
                  type="button"
                  class={{ 'round-button': true, 'submit-button': true, 'has-text': Boolean(submitText) }}
                  aria-label={submitText ?? t('submit', this.el)}
                  title={submitText ?? t('submit', this.el)}
                  disabled={!this.interactive}
                  onClick={this.submit}
                >
                  {submitText ?? <ChatIcon name="send" />}
                </button>
              ) : null}
              {this.stopBtn ? (
                <button
                  type="button"
                  class={{ 'round-button': true, 'stop-button': true, 'has-text': Boolean(stopText) }}
                  aria-label={stopText ?? t('stop', this.el)}
                  title={stopText ?? t('stop', this.el)}
                  onClick={() => this.grStop.emit(null)}
                >
                  {stopText ?? <ChatIcon name="stop" />}
                </button>
              ) : null}
            </div>
          </div>
        </Block>
      </Host>
    );
  }
}
