import { Component, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { blockHost } from '../../utils/block';
import { type FileData, fileUrl } from '../../utils/file-data';
import { downloadFile, downloadName } from '../../utils/media-download';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * A Gradio `DownloadButton` (config type `downloadbutton`): a button (styled as `gr-button`, its text is
 * `label`) that saves `value` (a FileData, or a URL) under its original name. With no value the click only
 * emits `gr-click`; a value whose URL is not allowed (`javascript:`...) is a message under the button.
 *
 * @part control - the inner button (of the `gr-button` inside).
 */
@Component({ tag: 'gr-download-button', styleUrls: ['../../utils/upload-zone.css', '../gr-clear-button/gr-clear-button.css', '../gr-upload-button/gr-upload-button.css'], scoped: true })
export class GrDownloadButton {
  /** Why the last click saved nothing (an unsafe URL). */
  @State() problem: string | null = null;

  /** The file to download: Gradio's FileData (or a URL); `null`: nothing to download yet. */
  @Prop() value: FileData | string | null = null;
  @Watch('value')
  valueChanged() {
    this.problem = null;
  }

  /** The button's text (Gradio's `label`). */
  @Prop() label: string = 'Download';

  /** Visual style: `primary`, `secondary`, `stop` or `huggingface`. */
  @Prop() variant: ButtonVariant = 'secondary';

  /** Size: `sm`, `md` or `lg`. */
  @Prop() size: ButtonSize = 'lg';

  /** An image shown before the text: a URL or Gradio FileData. */
  @Prop() icon: string | FileData | null = null;

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Relative width inside a row (`flex-grow`); `null` keeps the button at its natural width. */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the button. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`: the id of the inner button. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user presses the button (then the file, if any, is saved). */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<void>;

  private onInnerClick = (event: CustomEvent<void>) => {
    event.stopPropagation();
    this.grClick.emit();
    const raw = fileUrl(this.value);
    if (!raw) return;
    if (!safeMediaUrl(raw)) {
      this.problem = `"${downloadName(this.value)}" cannot be downloaded: its URL is not allowed.`;
      return;
    }
    this.problem = null;
    void downloadFile(this.value);
  };

  render() {
    return (
      <Host {...blockHost(this)}>
        <gr-button
          value={this.label}
          variant={this.variant}
          size={this.size}
          icon={this.icon}
          interactive={this.interactive}
          elemId={this.elemId}
          scale={1}
          onGr-click={this.onInnerClick}
        />
        {this.problem ? (
          <div class="upload-message error" role="alert">
            <span class="upload-message-text">{this.problem}</span>
          </div>
        ) : null}
      </Host>
    );
  }
}
