import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { FullscreenToggle, ImageToolbar, imageAlt, imageSource, visibleButtons } from '../../utils/image-view';
import { downloadFile } from '../../utils/media-download';
import { MediaButton, MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { UploadController, UploadStatus, UploadZone, uploadSettings } from '../../utils/upload-zone';

/** The value of an ImageSlider: the left and the right image (either may be missing while uploading). */
export type ImageSliderValue = [FileData | null, FileData | null] | null;

/**
 * A Gradio `ImageSlider` (config type `imageslider`): two images on top of each other with a divider; the
 * left image shows left of the divider, the right image right of it. Drag the divider (or click anywhere),
 * or focus it and use the arrow keys (1 %), Page Up / Page Down (10 %), Home and End.
 *
 * Interactive and incomplete: one drop zone per missing image (drop, paste or choose); once both are set,
 * the slider with a Clear button. Images that cannot be loaded and refused files are messages in the element.
 */
@Component({
  tag: 'gr-image-slider',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', '../../utils/image-view.css', 'gr-image-slider.css'],
  scoped: true,
})
export class GrImageSlider {
  @Element() el!: HTMLElement;

  /** URLs of images that failed to load. */
  @State() broken: string[] = [];

  /** `[left, right]` FileData (Gradio's wire value); `null` when empty. */
  @Prop({ mutable: true }) value: ImageSliderValue = null;
  @Watch('value')
  valueChanged() {
    this.broken = [];
  }

  /** Where the divider is, in percent of the width from the left. */
  @Prop({ mutable: true }) sliderPosition: number = 50;

  /** The label (badge in the corner). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** `false`: display only (no uploads, no clear). */
  @Prop() interactive: boolean = true;

  /** Height of the image area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Largest height of the image area in pixels (Gradio's `max_height`). */
  @Prop() maxHeight: number | string | null = 500;

  /** Width of the element: a number is pixels, a string any CSS length. */
  @Prop() width: number | string | null = null;

  /** Toolbar buttons (`"download"` saves the right image, `"fullscreen"`); Gradio 6's list. */
  @Prop() buttons: unknown[] | null = ['download', 'fullscreen'];

  /** Largest accepted file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends files to the app's server (set by `<gradio-app>`); without it images stay in the page. */
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

  /** Fires when the user set one of the images: the new value. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<ImageSliderValue>;

  /** Fires after each user change of the images (set or cleared). Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<ImageSliderValue>;

  /** Fires with `gr-change` (Gradio's `input`). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<ImageSliderValue>;

  /** Fires when the user cleared the images. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  private readonly labelId = uniqueId('gr-image-slider');
  private readonly uploaders = [0, 1].map(
    (side) =>
      new UploadController({
        host: () => this.zones[side] ?? this.el,
        settings: () => uploadSettings({ fileTypes: ['image'], maxFileSize: this.maxFileSize, upload: this.upload, interactive: this.interactive }),
        onUpload: (files) => this.setSide(side, files[0]),
        requestRender: () => forceUpdate(this),
      }),
  );
  private readonly zones: HTMLElement[] = [];
  private readonly connectedTo: Array<HTMLElement | undefined> = [];
  private readonly fullscreen = new FullscreenToggle(() => forceUpdate(this));
  private frame?: HTMLElement;
  private dragging = false;

  componentDidRender() {
    // Each side's controller listens on its own zone (two drop targets in one element); zones are new
    // elements after the slider was cleared.
    this.uploaders.forEach((uploader, side) => {
      const zone = this.zones[side];
      if (!zone || this.connectedTo[side] === zone) return;
      uploader.disconnect();
      uploader.connect();
      this.connectedTo[side] = zone;
    });
  }

  disconnectedCallback() {
    for (const uploader of this.uploaders) uploader.disconnect();
    this.connectedTo.length = 0;
    this.fullscreen.dispose();
  }

  private get pair(): [FileData | null, FileData | null] {
    const v = Array.isArray(this.value) ? this.value : [];
    const file = (f: unknown) => (f && typeof f === 'object' ? (f as FileData) : typeof f === 'string' ? ({ path: f, url: f } as FileData) : null);
    return [file(v[0]), file(v[1])];
  }

  private get position(): number {
    const p = Number(this.sliderPosition);
    return Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 50;
  }

  private get labelText(): string {
    return this.label ?? 'Image Slider';
  }

  private setSide(side: number, file: FileData) {
    const next: [FileData | null, FileData | null] = [...this.pair];
    next[side] = file;
    this.value = next;
    this.grUpload.emit(next);
    this.grChange.emit(next);
    this.grInput.emit(next);
  }

  private clear = () => {
    this.value = null;
    for (const uploader of this.uploaders) uploader.dismiss();
    this.grClear.emit();
    this.grChange.emit(null);
    this.grInput.emit(null);
  };

  private moveTo(clientX: number) {
    const box = this.frame?.getBoundingClientRect();
    if (!box || !box.width) return;
    this.sliderPosition = Math.round(((clientX - box.left) / box.width) * 1000) / 10;
  }

  private onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    this.dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.moveTo(event.clientX);
  };

  private onPointerMove = (event: PointerEvent) => {
    if (this.dragging) this.moveTo(event.clientX);
  };

  private onPointerUp = (event: PointerEvent) => {
    this.dragging = false;
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    let next: number;
    if (event.key in steps) next = this.position + steps[event.key];
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = 100;
    else return;
    event.preventDefault();
    this.sliderPosition = Math.min(100, Math.max(0, next));
  };

  private picture(file: FileData, side: number, clip = true) {
    const { url, unsafe } = imageSource(file);
    const name = side === 0 ? 'left' : 'right';
    if (unsafe || !url || this.broken.includes(url)) {
      return (
        <p class={`image-error side-${name}`} role="alert">
          {unsafe || !url ? t(side === 0 ? 'leftImageUrlRefused' : 'rightImageUrlRefused', this.el) : t(side === 0 ? 'leftImageNotLoaded' : 'rightImageNotLoaded', this.el, { url })}
        </p>
      );
    }
    return (
      <img
        class={`slider-image side-${name}`}
        src={url}
        alt={imageAlt(`${this.labelText} (${name})`, file)}
        draggable={false}
        style={side === 0 && clip ? { 'clip-path': `inset(0 ${100 - this.position}% 0 0)` } : undefined}
        onError={() => {
          this.broken = [...this.broken, url];
        }}
      />
    );
  }

  private renderSlider(left: FileData, right: FileData) {
    const position = this.position;
    return (
      <div
        class="slider-frame"
        style={{ height: typeof this.height === 'number' ? `${this.height}px` : (this.height ?? undefined), 'max-height': typeof this.maxHeight === 'number' ? `${this.maxHeight}px` : (this.maxHeight ?? undefined) }}
        ref={(el) => {
          this.frame = el;
        }}
        onPointerDown={this.onPointerDown}
        onPointerMove={this.onPointerMove}
        onPointerUp={this.onPointerUp}
        onPointerCancel={this.onPointerUp}
      >
        {this.picture(right, 1)}
        {this.picture(left, 0)}
        <div
          class="divider"
          role="slider"
          tabIndex={0}
          aria-label={`${this.labelText}: divider between the left and right images`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={position}
          aria-valuetext={`${Math.round(position)}% of the left image shown`}
          aria-orientation="horizontal"
          style={{ left: `${position}%` }}
          onKeyDown={this.onKeyDown}
        >
          <span class="handle" aria-hidden="true">
            <MediaIcon name="swap" size={14} />
          </span>
        </div>
      </div>
    );
  }

  private renderUploads(pair: [FileData | null, FileData | null]) {
    return (
      <div class="upload-pair">
        {pair.map((file, side) => (
          <div
            class="upload-side"
            ref={(el) => {
              if (el) this.zones[side] = el;
            }}
          >
            {file ? (
              this.picture(file, side, false)
            ) : (
              <UploadZone
                controller={this.uploaders[side]}
                text={t(side === 0 ? 'dropLeftImage' : 'dropRightImage', this.el)}
                icon="image"
                labelledBy={this.labelId}
                textId={`${this.labelId}-zone-${side}`}
              />
            )}
            <UploadStatus controller={this.uploaders[side]} />
          </div>
        ))}
      </div>
    );
  }

  render() {
    const pair = this.pair;
    const complete = Boolean(pair[0] && pair[1]);
    const any = Boolean(pair[0] || pair[1]);
    const buttons = visibleButtons(this.buttons, { download: true, share: false, fullscreen: true });
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          width={this.width}
          borderStyle={this.interactive && !complete ? 'dashed' : 'solid'}
          extraClass={{ 'border-focus': this.uploaders.some((u) => u.dragging), fullscreen: this.fullscreen.active }}
        >
          <div class="image-block">
            <MediaLabel label={this.labelText} icon="image" show={this.showLabel} id={this.labelId} />
            {any ? (
              <ImageToolbar
                el={this.el}
                buttons={complete ? buttons : new Set()}
                fullscreen={this.fullscreen.active}
                onDownload={() => void downloadFile(pair[1])}
                onFullscreen={() => void this.fullscreen.toggle(this.el.querySelector('.block') ?? undefined)}
              >
                {this.interactive ? <MediaButton icon="close" label={t('clear', this.el)} onClick={this.clear} /> : null}
              </ImageToolbar>
            ) : null}
            {complete && pair[0] && pair[1] ? (
              this.renderSlider(pair[0], pair[1])
            ) : this.interactive ? (
              this.renderUploads(pair)
            ) : (
              <div class="empty">
                <MediaIcon name="image" size={32} />
              </div>
            )}
          </div>
        </Block>
      </Host>
    );
  }
}
