import { Component, Element, Event, type EventEmitter, Host, Prop, forceUpdate, h } from '@stencil/core';
import { blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { type FileCount, FileInput, UploadController, UploadStatus, uploadSettings } from '../../utils/upload-zone';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * A Gradio `UploadButton` (config type `uploadbutton`): a button (styled as `gr-button`, its text is
 * `label`) that opens the file chooser; the chosen files are checked (`fileTypes`, `fileCount`,
 * `maxFileSize`), uploaded, and become `value`. Files dropped or pasted on the button are taken too.
 * Refusals, failures and the upload's progress (with Cancel) show under the button.
 *
 * @part control - the inner button (of the `gr-button` inside).
 */
@Component({ tag: 'gr-upload-button', styleUrls: ['../../utils/upload-zone.css', '../gr-clear-button/gr-clear-button.css', 'gr-upload-button.css'], scoped: true })
export class GrUploadButton {
  @Element() el!: HTMLElement;

  /** The uploaded file(s): FileData, a list (`multiple` / `directory`), or `null`. */
  @Prop({ mutable: true }) value: FileData | FileData[] | null = null;

  /** The button's text (Gradio's `label`). */
  @Prop() label: string = 'Upload a File';

  /** Visual style: `primary`, `secondary`, `stop` or `huggingface`. */
  @Prop() variant: ButtonVariant = 'secondary';

  /** Size: `sm`, `md` or `lg`. */
  @Prop() size: ButtonSize = 'lg';

  /** An image shown before the text: a URL or Gradio FileData. */
  @Prop() icon: string | FileData | null = null;

  /** `single`, `multiple` or `directory`. */
  @Prop() fileCount: FileCount = 'single';

  /** Gradio's `file_types`; `null` accepts any file. */
  @Prop() fileTypes: string[] | string | null = null;

  /** Largest accepted file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Sends files to the app's server (set by `<gradio-app>`); without it files stay in the page. */
  @Prop() upload: UploadFunction | null = null;

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

  /** Fires when the user presses the button, before the file chooser opens. */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<void>;

  /** Fires when chosen files are uploaded: the new value. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData | FileData[]>;

  /** Fires with `gr-upload` (the value changed by the user). */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileData | FileData[]>;

  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => uploadSettings(this),
    onUpload: (files) => {
      const next = (this.fileCount ?? 'single') === 'single' ? files[0] : files;
      this.value = next;
      this.grUpload.emit(next);
      this.grChange.emit(next);
    },
    requestRender: () => forceUpdate(this),
  });

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
  }

  private onInnerClick = (event: CustomEvent<void>) => {
    event.stopPropagation();
    this.grClick.emit();
    this.uploader.dismiss();
    this.uploader.open();
  };

  render() {
    return (
      <Host {...blockHost(this)}>
        <FileInput controller={this.uploader} />
        <gr-button
          value={this.label}
          variant={this.variant}
          size={this.size}
          icon={this.icon}
          interactive={this.interactive && !this.uploader.busy}
          elemId={this.elemId}
          scale={1}
          class={{ dragging: this.uploader.dragging }}
          onGr-click={this.onInnerClick}
        />
        <UploadStatus controller={this.uploader} />
      </Host>
    );
  }
}
