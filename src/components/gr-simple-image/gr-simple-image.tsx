import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';

/**
 * Gradio's `SimpleImage` (config type `simpleimage`, the template of `gradio cc` image components): an
 * upload-only image: the drop zone (drop, paste or choose an image) or the picture with download and clear
 * buttons. It is a `gr-image` with one source and no webcam, fullscreen or select; its own events are
 * `gr-upload`, `gr-change` and `gr-clear`.
 */
@Component({ tag: 'gr-simple-image', styleUrl: 'gr-simple-image.css', scoped: true })
export class GrSimpleImage {
  /** The picture: Gradio's FileData; `null` when empty. */
  @Prop({ mutable: true }) value: FileData | null = null;

  /** The label (badge in the corner). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Show the download button. */
  @Prop() showDownloadButton: boolean = true;

  /** `false` shows the picture only. */
  @Prop() interactive: boolean = true;

  /** Height of the picture area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Width of the element: a number is pixels, a string any CSS length. */
  @Prop() width: number | string | null = null;

  /** Largest accepted file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends files to the app's server (set by `<gradio-app>`); without it pictures stay in the page. */
  @Prop() upload: UploadFunction | null = null;

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

  /** Fires when the user set a picture: its FileData. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData>;

  /** Fires after each user change (set or cleared): the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileData | null>;

  /** Fires when the user cleared the picture. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  /** The inner image's events become this element's own (with its value), so listeners see this element. */
  private relay = (event: CustomEvent) => {
    event.stopPropagation();
    const inner = event.target as HTMLGrImageElement;
    this.value = (inner.value as FileData | null) ?? null;
    if (event.type === 'gr-upload') this.grUpload.emit(event.detail);
    else if (event.type === 'gr-change') this.grChange.emit(event.detail);
    else if (event.type === 'gr-clear') this.grClear.emit();
  };

  private swallow = (event: Event) => event.stopPropagation();

  render() {
    return (
      <Host {...blockHost(this)}>
        <gr-image
          value={this.value}
          label={this.label}
          showLabel={this.showLabel}
          sources={['upload']}
          interactive={this.interactive}
          height={this.height}
          width={this.width}
          buttons={this.showDownloadButton ? ['download'] : []}
          maxFileSize={this.maxFileSize}
          upload={this.upload}
          container={this.container}
          elemId={this.elemId}
          onGr-upload={this.relay}
          onGr-change={this.relay}
          onGr-clear={this.relay}
          onGr-input={this.swallow}
          onGr-select={this.swallow}
        />
      </Host>
    );
  }
}
