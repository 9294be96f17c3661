import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import {
  FullscreenToggle,
  ImageToolbar,
  type MediaButtonName,
  clickedPixel,
  imageAlt,
  imageSource,
  visibleButtons,
} from '../../utils/image-view';
import { downloadFile } from '../../utils/media-download';
import { ChunkPacer, type StreamChunkDetail, type StreamEndReason } from '../../utils/media-stream';
import { PlayerIcon } from '../../utils/media';
import { MediaButton, MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { UploadController, UploadStatus, UploadZone, readClipboardImages, uploadSettings } from '../../utils/upload-zone';
import { type CameraDevice, WebcamCapture } from '../../utils/webcam';

/** Where an Image takes a picture from (Gradio's `sources`). */
export type ImageSource = 'upload' | 'webcam' | 'clipboard';

/** Detail of `gr-select`: the clicked pixel `[x, y]` of the image's natural size (Gradio's SelectData). */
export interface ImageSelectDetail {
  index: [number, number];
  value: null;
}

/** A streamed webcam frame: a JPEG data URL, sent inline as Gradio's frontend sends it. */
export interface ImageFrame {
  url: string;
}

/** Gradio 6's `webcam_options`. */
export interface WebcamOptions {
  mirror?: boolean;
  constraints?: MediaTrackConstraints | null;
}

/**
 * A Gradio `Image` (config type `image`). Interactive: a dashed drop zone ("Drop Image Here - or - Click to
 * Upload"; drop, paste or choose a file), a webcam view (choose a camera, mirror, take a photo) and a
 * clipboard button, per `sources`, with a source selector when there are several; once set, the picture with
 * a Clear button. Static: the picture (or an empty placeholder) with download, fullscreen (and share) buttons.
 *
 * Every picture goes through the shared upload (`upload`, set by `<gradio-app>`; alone: a `blob:` URL) and
 * `value` is its FileData. Refused files, failed uploads, a denied camera and an image that cannot be
 * loaded are each shown as a message in the element.
 *
 * With `streaming` (Gradio's `streaming=True`, for a `.stream()` listener) the webcam has a Start / Stop
 * streaming button instead of the photo button: while streaming, a frame (`{url: "data:image/jpeg;…"}`) goes
 * out as `gr-stream` every `streamEvery` seconds, the next one only after the listeners' `waitUntil`
 * promises settled (see `utils/media-stream.ts`), until Stop, `timeLimit` seconds, or the listener ending
 * the stream. (Gradio's own frontend sends frames on a timer without waiting; its server keeps only the
 * latest and drops the others.) A static streaming image (an output) shows each new picture once it is
 * decoded, in place.
 *
 * Keyboard: the drop zone and every button are buttons; with `selectable`, the picture is focusable and
 * Enter selects its centre pixel.
 *
 * Styled with `--block-*`, `--block-label-*`, `--color-accent` and `--error-*` theme variables.
 */
@Component({
  tag: 'gr-image',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', '../../utils/image-view.css', 'gr-image.css'],
  scoped: true,
})
export class GrImage {
  @Element() el!: HTMLElement;

  /** The source in use (the first of `sources` at first). */
  @State() activeSource: ImageSource = 'upload';
  /** The image URL that failed to load (a message replaces it). */
  @State() brokenUrl: string | null = null;
  @State() cameras: CameraDevice[] = [];
  @State() cameraOn = false;
  @State() cameraStarting = false;
  /** Frames are being streamed. */
  @State() streamActive = false;
  /** Frames sent by the current (or last) stream. */
  @State() framesSent = 0;
  /** The picture shown by a streaming output: the previous one until the next has been decoded. */
  @State() shownUrl: string | null = null;

  /** The picture: Gradio's FileData (a string is taken as a URL); `null` when empty. */
  @Prop({ mutable: true }) value: FileData | string | null = null;
  @Watch('value')
  valueChanged() {
    this.brokenUrl = null;
    if (this.streaming && !this.interactive) void this.showDecoded();
  }

  /** The label (badge in the corner, and the element's accessible name). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Where pictures come from, in order; the first is active at first. */
  @Prop() sources: ImageSource[] | null = ['upload', 'webcam', 'clipboard'];
  @Watch('sources')
  sourcesChanged() {
    const list = this.sourceList;
    if (!list.includes(this.activeSource)) this.activeSource = list[0] ?? 'upload';
  }

  /** `false` shows the picture only (Gradio's static image). */
  @Prop() interactive: boolean = true;

  /** Emit `gr-select` with the clicked pixel (Gradio's `_selectable`, set when the app listens to `select`). */
  @Prop() selectable: boolean = false;

  /** Height of the picture area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Width of the element: a number is pixels, a string any CSS length. */
  @Prop() width: number | string | null = null;

  /** Gradio 6's toolbar list (`"download"`, `"share"`, `"fullscreen"`); wins over the `show*Button` props. */
  @Prop() buttons: unknown[] | null = null;

  /** Show the download button (Gradio 5's `show_download_button`). */
  @Prop() showDownloadButton: boolean = true;

  /** Show the fullscreen button (Gradio 5's `show_fullscreen_button`). */
  @Prop() showFullscreenButton: boolean = true;

  /** Show the share button (Gradio 5's `show_share_button`); it needs a `share` handler. */
  @Prop() showShareButton: boolean = false;

  /** Shares the picture (there is no Hugging Face Hub outside a Space: without a handler no share button). */
  @Prop() share: ((value: FileData | string) => void) | null = null;

  /** Mirror the webcam view and photo (Gradio 5's `mirror_webcam`). */
  @Prop() mirrorWebcam: boolean = true;

  /** Gradio 6's `webcam_options`: `{mirror, constraints}` (wins over `mirrorWebcam`). */
  @Prop() webcamOptions: WebcamOptions | null = null;

  /** Camera constraints (Gradio 5's `webcam_constraints`). */
  @Prop() webcamConstraints: MediaTrackConstraints | null = null;

  /**
   * Gradio's `streaming`: an input streams webcam frames (`gr-stream`); an output shows each new picture in
   * place once decoded, without a blank frame between pictures.
   */
  @Prop() streaming: boolean = false;

  /** Seconds between streamed frames (the `.stream()` listener's `stream_every`, set by `<gradio-app>`). */
  @Prop() streamEvery: number = 0.5;

  /** Seconds a stream may last (the listener's `time_limit`); `null`: until the user stops it. */
  @Prop() timeLimit: number | null = null;

  /** Text shown in the empty drop zone instead of "Drop Image Here". */
  @Prop() placeholder: string | null = null;

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

  /** Fires when the user set a picture (uploaded, dropped, pasted, captured): the new FileData. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData>;

  /** Fires after each user change of the picture (set or cleared): the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileData | null>;

  /** Fires with `gr-change` (Gradio's `input`: the user changed the value). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<FileData | null>;

  /** Fires when the user cleared the picture. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  /** Fires when the user clicks the picture (with `selectable`): `{index: [x, y], value: null}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<ImageSelectDetail>;

  /**
   * Fires every `streamEvery` seconds while the user streams the webcam (with `streaming`): the frame, its
   * index, the stream's `signal` (aborts when it stops) and `waitUntil(promise)` to hold the next frame back.
   */
  @Event({ eventName: 'gr-stream', bubbles: true, composed: true }) grStream!: EventEmitter<StreamChunkDetail<ImageFrame>>;

  /** Fires when a stream started (Start streaming pressed). */
  @Event({ eventName: 'gr-start-recording', bubbles: true, composed: true }) grStartRecording!: EventEmitter<void>;

  /** Fires when a stream stopped: `stopped` (the user), `time-limit`, `ended` (by the listener) or `error`. */
  @Event({ eventName: 'gr-stop-recording', bubbles: true, composed: true }) grStopRecording!: EventEmitter<{ reason: StreamEndReason }>;

  private readonly labelId = uniqueId('gr-image');
  private readonly zoneTextId = `${this.labelId}-zone`;
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () =>
      uploadSettings({ fileTypes: ['image'], maxFileSize: this.maxFileSize, upload: this.upload, interactive: this.interactive }),
    onUpload: (files) => this.setByUser(files[0]),
    requestRender: () => forceUpdate(this),
  });
  private readonly webcam = new WebcamCapture();
  private readonly fullscreen = new FullscreenToggle(() => forceUpdate(this));
  private video?: HTMLVideoElement;
  private block?: HTMLElement;
  private readonly pacer = new ChunkPacer<ImageFrame>({
    every: () => this.streamEvery,
    timeLimit: () => this.timeLimit,
    take: async () => {
      const url = this.video && this.cameraOn ? this.webcam.frameDataUrl(this.video, this.mirror) : null;
      return url ? { url } : null;
    },
    emit: (detail) => {
      this.framesSent = detail.index + 1;
      this.grStream.emit(detail);
    },
    onEnd: (reason, error) => {
      this.streamActive = false;
      if (reason === 'error') this.uploader.report(t('streamingStopped', this.el, { reason: (error as Error)?.message ?? String(error) }));
      this.grStopRecording.emit({ reason });
    },
  });
  /** The latest decode of a streamed output picture (an older one finishing late must not win). */
  private decoding = 0;

  connectedCallback() {
    this.uploader.connect();
    this.activeSource = this.sourceList[0] ?? 'upload';
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.pacer.stop();
    this.webcam.stop();
    this.fullscreen.dispose();
  }

  private get sourceList(): ImageSource[] {
    const list = Array.isArray(this.sources) ? this.sources : [];
    return list.filter((s): s is ImageSource => s === 'upload' || s === 'webcam' || s === 'clipboard');
  }

  private get mirror(): boolean {
    return typeof this.webcamOptions?.mirror === 'boolean' ? this.webcamOptions.mirror : this.mirrorWebcam !== false;
  }

  private get labelText(): string {
    return this.label ?? 'Image';
  }

  private setByUser(file: FileData) {
    this.value = file;
    this.stopCamera();
    this.grUpload.emit(file);
    this.grChange.emit(file);
    this.grInput.emit(file);
  }

  private clear = () => {
    this.value = null;
    this.uploader.dismiss();
    this.grClear.emit();
    this.grChange.emit(null);
    this.grInput.emit(null);
  };

  private chooseSource = (source: ImageSource) => {
    if (source === 'clipboard') {
      void this.pasteFromClipboard();
      return;
    }
    this.activeSource = source;
    if (source !== 'webcam') this.stopCamera();
  };

  private async pasteFromClipboard() {
    try {
      const files = await readClipboardImages();
      await this.uploader.handle(files.slice(0, 1));
    } catch (error) {
      this.uploader.report((error as Error).message);
    }
  }

  private startCamera = async (deviceId?: string) => {
    this.cameraStarting = true;
    this.uploader.dismiss();
    try {
      const constraints = this.webcamOptions?.constraints ?? this.webcamConstraints;
      await this.webcam.start(this.video, deviceId, constraints);
      this.cameraOn = true;
      this.cameras = await this.webcam.devices();
    } catch (error) {
      this.cameraOn = false;
      this.uploader.report((error as Error).message);
    } finally {
      this.cameraStarting = false;
    }
  };

  private stopCamera() {
    this.pacer.stop();
    this.webcam.stop();
    this.cameraOn = false;
  }

  private toggleStream = () => {
    if (this.pacer.active) return this.pacer.stop();
    this.uploader.dismiss();
    this.framesSent = 0;
    this.streamActive = true;
    this.grStartRecording.emit();
    this.pacer.start();
  };

  /** A streaming output's new picture replaces the shown one once it is decoded (no blank frame). */
  private async showDecoded() {
    const { url } = imageSource(this.value);
    const ticket = ++this.decoding;
    if (url && typeof Image !== 'undefined') {
      const image = new Image();
      image.src = url;
      // A picture that does not decode is shown anyway: the <img> reports it.
      await image.decode().catch(() => undefined);
    }
    if (ticket === this.decoding) this.shownUrl = url ?? null;
  }

  private capture = async () => {
    if (!this.video) return;
    try {
      const file = await this.webcam.capture(this.video, this.mirror);
      await this.uploader.handle([file]);
    } catch (error) {
      this.uploader.report((error as Error).message);
    }
  };

  private onImageClick = (event: MouseEvent) => {
    if (!this.selectable) return;
    const pixel = clickedPixel(event, event.currentTarget as HTMLImageElement);
    if (pixel) this.grSelect.emit({ index: pixel, value: null });
  };

  private onImageKey = (event: KeyboardEvent) => {
    if (!this.selectable || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    const image = event.currentTarget as HTMLImageElement;
    if (image.naturalWidth) this.grSelect.emit({ index: [Math.floor(image.naturalWidth / 2), Math.floor(image.naturalHeight / 2)], value: null });
  };

  private renderPicture() {
    const source = imageSource(this.value);
    const { unsafe } = source;
    // A streaming output keeps the previous picture until the new one is decoded.
    const url = this.streaming && !this.interactive && this.shownUrl ? this.shownUrl : source.url;
    if (unsafe) {
      return (
        <p class="image-error" role="alert">
          {t('imageUrlNotShown', this.el)}
        </p>
      );
    }
    if (url && this.brokenUrl === url) {
      return (
        <p class="image-error" role="alert">
          {t('imageNotLoaded', this.el, { url: url.length > 200 ? `${url.slice(0, 200)}…` : url })}
        </p>
      );
    }
    return (
      <img
        class={{ 'image-preview': true, selectable: this.selectable }}
        src={url}
        alt={imageAlt(this.labelText, this.value)}
        tabIndex={this.selectable ? 0 : undefined}
        onClick={this.onImageClick}
        onKeyDown={this.onImageKey}
        onError={() => {
          this.brokenUrl = url ?? null;
        }}
      />
    );
  }

  private renderWebcam() {
    return (
      <div class="webcam">
        <video
          class={{ 'webcam-video': true, mirrored: this.mirror, off: !this.cameraOn }}
          playsInline
          muted
          aria-label={t('cameraView', this.el, { name: this.labelText })}
          ref={(el) => {
            this.video = el;
          }}
        />
        {this.cameraOn ? (
          <div class="webcam-controls">
            {this.streaming ? (
              <button type="button" class={{ 'webcam-capture': true, 'webcam-stream': true, active: this.streamActive }} onClick={this.toggleStream}>
                <PlayerIcon name={this.streamActive ? 'stop' : 'record'} />
                <span>{t(this.streamActive ? 'stopStreaming' : 'startStreaming', this.el)}</span>
              </button>
            ) : (
              <button type="button" class="webcam-capture" onClick={this.capture} disabled={this.uploader.busy}>
                <MediaIcon name="camera" />
                <span>{t('takePhoto', this.el)}</span>
              </button>
            )}
            {this.streaming ? (
              <span class="webcam-stream-status" role="status">
                {this.streamActive ? t('streamingFrames', this.el, { n: this.framesSent }) : this.framesSent ? t('stoppedAfterFrames', this.el, { n: this.framesSent }) : ''}
              </span>
            ) : null}
            {this.cameras.length > 1 ? (
              <label class="webcam-device">
                <span>{t('camera', this.el)}</span>
                <select
                  onChange={(event) => void this.startCamera((event.target as HTMLSelectElement).value)}
                  aria-label={t('camera', this.el)}
                >
                  {this.cameras.map((camera) => (
                    <option value={camera.deviceId} selected={camera.deviceId === this.webcam.deviceId}>
                      {camera.label}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
        ) : (
          <button type="button" class="webcam-start" onClick={() => void this.startCamera()} disabled={this.cameraStarting}>
            <MediaIcon name="webcam" size={28} />
            <span>{t(this.cameraStarting ? 'openingCamera' : 'accessWebcam', this.el)}</span>
          </button>
        )}
      </div>
    );
  }

  private renderSources() {
    const list = this.sourceList;
    if (list.length < 2) return null;
    const names: Record<ImageSource, string> = { upload: t('upload', this.el), webcam: t('webcam', this.el), clipboard: t('pasteClipboard', this.el) };
    const icons = { upload: 'upload', webcam: 'webcam', clipboard: 'clipboard' } as const;
    return (
      <div class="source-selection" role="toolbar" aria-label={t('sourcesOf', this.el, { name: this.labelText })}>
        {list.map((source) => (
          <MediaButton
            icon={icons[source]}
            label={names[source]}
            pressed={source === 'clipboard' ? undefined : this.activeSource === source}
            onClick={() => this.chooseSource(source)}
          />
        ))}
      </div>
    );
  }

  render() {
    // While the webcam streams, it stays in view even if the stream's result is written back to this image.
    const hasValue = Boolean(this.value) && !this.streamActive;
    const buttons: Set<MediaButtonName> = visibleButtons(this.buttons, {
      download: this.showDownloadButton,
      share: this.showShareButton,
      fullscreen: this.showFullscreenButton,
    });
    const source = this.activeSource;
    const empty = this.interactive && !hasValue;
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          width={this.width}
          borderStyle={empty ? 'dashed' : 'solid'}
          extraClass={{ 'border-focus': this.uploader.dragging, fullscreen: this.fullscreen.active }}
        >
          <div
            class={{ 'image-block': true, interactive: this.interactive, 'is-empty': empty }}
            ref={(el) => {
              this.block = el;
            }}
          >
            <MediaLabel label={this.labelText} icon="image" show={this.showLabel} id={this.labelId} />
            {hasValue ? (
              <ImageToolbar
                el={this.el}
                buttons={buttons}
                fullscreen={this.fullscreen.active}
                onDownload={() => void downloadFile(this.value)}
                onFullscreen={() => void this.fullscreen.toggle(this.block)}
                onShare={this.share && this.value ? () => this.share?.(this.value as FileData) : undefined}
              >
                {this.interactive ? <MediaButton icon="close" label={t('clear', this.el)} onClick={this.clear} /> : null}
              </ImageToolbar>
            ) : null}
            <div class="image-frame" style={{ height: typeof this.height === 'number' ? `${this.height}px` : (this.height ?? undefined) }}>
              {hasValue ? (
                this.renderPicture()
              ) : !this.interactive ? (
                <div class="empty">
                  <MediaIcon name="image" size={32} />
                </div>
              ) : source === 'webcam' ? (
                this.renderWebcam()
              ) : (
                <UploadZone
                  controller={this.uploader}
                  text={this.placeholder ?? t('dropImage', this.el)}
                  icon="upload"
                  labelledBy={this.labelId}
                  textId={this.zoneTextId}
                />
              )}
            </div>
            {this.interactive && !hasValue ? this.renderSources() : null}
            <UploadStatus controller={this.uploader} />
          </div>
        </Block>
      </Host>
    );
  }
}
