import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost, cssLength } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { uniqueId } from '../../utils/ids';
import { t } from '../../utils/i18n-more';
import {
  MediaErrorMessage,
  PlayerFrame,
  PlayerIcon,
  PlayerInput,
  type SourceChoice,
  allowedSources,
  formatTime,
  isFileData,
  mediaErrorMessage,
  mediaUrl,
} from '../../utils/media';
import { HlsAttachment, isHlsStream, wholeStreamFile } from '../../utils/hls-player';
import { downloadFile } from '../../utils/media-download';
import { StreamRecorder } from '../../utils/media-recorder';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { UploadController } from '../../utils/upload-zone';
import { loadSubtitles } from '../../utils/video-subtitles';
import { cameraErrorMessage } from '../../utils/webcam';

/** Gradio 5's Video value: the video and its subtitles. */
export interface VideoData {
  video: FileData;
  subtitles?: FileData | null;
}

/** A Video's value: a FileData (Gradio 6) or `{video, subtitles}` (Gradio 5). */
export type VideoValue = FileData | VideoData;

/** Gradio's `webcam_options`. */
export interface WebcamOptions {
  /** Show (and record) the webcam mirrored. @default true */
  mirror?: boolean;
  /** `getUserMedia` video constraints. */
  constraints?: MediaTrackConstraints | null;
}

/** The sources of the video input. */
const videoSources = (host: Element): SourceChoice<'upload' | 'webcam'>[] => [
  { id: 'upload', icon: 'upload', label: t('uploadFile', host) },
  { id: 'webcam', icon: 'camera', label: t('recordWebcam', host) },
];

const isVideoData = (value: unknown): value is VideoData =>
  Boolean(value) && typeof value === 'object' && isFileData((value as VideoData).video);

/**
 * A Gradio `Video` (config type `video`): a player (the browser's controls: play, seek, volume, fullscreen,
 * captions) with `subtitles` as a text track (WebVTT, or SRT converted in the page); when interactive, an
 * upload zone and a webcam recorder (MediaRecorder, WebM), and a Clear button.
 *
 * The value is a FileData, as Gradio 6 sends it; Gradio 5's `{video, subtitles}` is read too, and a new value
 * from the user is sent in that shape when the config is a Gradio 5 one (it has `mirror_webcam`) or the last
 * value came in it.
 *
 * @part video - the `<video>` element.
 */
@Component({
  tag: 'gr-video',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', '../../utils/media.css', 'gr-video.css'],
  scoped: true,
})
export class GrVideo {
  @Element() el!: HTMLElement;

  /** Why the video cannot be played; `null` when it can. */
  @State() loadError: string | null = null;

  /** The subtitles as a same-origin WebVTT URL, or why they could not be loaded. */
  @State() track: { url?: string; error?: string } | null = null;

  /** The empty interactive element's chosen source. */
  @State() source: 'upload' | 'webcam' = 'upload';

  /** The webcam is on (preview shown). */
  @State() cameraOn = false;

  /**
   * The video: a FileData (Gradio 6) or `{video: FileData, subtitles: FileData | null}` (Gradio 5); `null`
   * when empty.
   */
  @Prop({ mutable: true }) value: VideoValue | null = null;
  @Watch('value')
  @Watch('subtitles')
  onValueChange() {
    // Each yield of a streamed output sends the same growing playlist: it keeps playing.
    const url = mediaUrl(this.file);
    if (url && url === this.hls.url) {
      this.hls.refresh();
      return;
    }
    this.loadError = null;
    if (isVideoData(this.value)) this.legacyShape = true;
    void this.refreshTrack();
  }

  /** Subtitles (Gradio 6's `subtitles`): a WebVTT or SRT file. Gradio 5 sends them inside the value. */
  @Prop() subtitles: FileData | string | null = null;

  /** The label in the top-left badge. */
  @Prop() label: string = 'Video';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** `true`: upload, record and clear. */
  @Prop() interactive: boolean = false;

  /** Where the user may take video from: `"upload"`, `"webcam"`. */
  @Prop() sources: string[] | null = ['upload', 'webcam'];

  /** Start playing when a value arrives. */
  @Prop() autoplay: boolean = false;

  /** Play again from the start at the end. */
  @Prop() loop: boolean = false;

  /** Height of the player (numbers are pixels). */
  @Prop() height: number | string | null = null;

  /** Width of the player (numbers are pixels). */
  @Prop() width: number | string | null = null;

  /** Show a download button (Gradio 5's `show_download_button`). */
  @Prop() showDownloadButton: boolean = true;

  /** Gradio 5's `show_share_button`: sharing uploads to Hugging Face, which this kit does not do; ignored. */
  @Prop() showShareButton: boolean | null = null;

  /** Gradio 6's toolbar list (`"download"`, `"share"`); when set it replaces the `show*Button` props. */
  @Prop() buttons: unknown[] | null = null;

  /** Gradio 6's `webcam_options`. */
  @Prop() webcamOptions: WebcamOptions | null = null;

  /** Gradio 5's `mirror_webcam` (its presence also marks a Gradio 5 config: values are sent as `{video, subtitles}`). */
  @Prop() mirrorWebcam: boolean | null = null;

  /** Record the microphone with the webcam. */
  @Prop() includeAudio: boolean | null = true;

  /** Largest file the user may add, in bytes (Gradio's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends files to the server (set by `<gradio-app>`); without it files stay in the page (`blob:` URLs). */
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

  /** Fires when playback starts. */
  @Event({ eventName: 'gr-play', bubbles: true, composed: true }) grPlay!: EventEmitter<void>;

  /** Fires when playback pauses. */
  @Event({ eventName: 'gr-pause', bubbles: true, composed: true }) grPause!: EventEmitter<void>;

  /** Fires when playback reaches the end (Gradio's `stop`, after `gr-end`). */
  @Event({ eventName: 'gr-stop', bubbles: true, composed: true }) grStop!: EventEmitter<void>;

  /** Fires when playback reaches the end. */
  @Event({ eventName: 'gr-end', bubbles: true, composed: true }) grEnd!: EventEmitter<void>;

  /** Fires when the user starts recording from the webcam. */
  @Event({ eventName: 'gr-start-recording', bubbles: true, composed: true }) grStartRecording!: EventEmitter<void>;

  /** Fires when the user stops recording (before the recording is uploaded and becomes the value). */
  @Event({ eventName: 'gr-stop-recording', bubbles: true, composed: true }) grStopRecording!: EventEmitter<void>;

  /** Fires when an uploaded file became the value. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<VideoValue>;

  /** Fires when the user changed the value (upload, recording, clear). Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<VideoValue | null>;

  /** Fires when the user cleared the video. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  private readonly labelId = uniqueId('gr-video');
  private readonly zoneTextId = `${this.labelId}-zone`;
  private legacyShape = false;
  private trackFor?: string;
  private preview?: HTMLVideoElement;
  /** The player's `<video>`. */
  private videoElement?: HTMLVideoElement;
  private readonly hls = new HlsAttachment();
  private readonly recorder = new StreamRecorder();
  private recordTimer?: ReturnType<typeof setInterval>;
  private fromRecording = false;
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => ({ fileTypes: ['video'], fileCount: 'single', maxFileSize: this.maxFileSize, upload: this.upload, disabled: !this.interactive }),
    onUpload: (files) => this.onUploaded(files[0]),
    requestRender: () => forceUpdate(this),
  });

  componentWillLoad() {
    this.onValueChange();
  }

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.stopCamera();
    this.hls.detach();
    if (this.track?.url) URL.revokeObjectURL(this.track.url);
  }

  /** A streamed output (Gradio's `streaming=True` with a generator): an HLS playlist, played as it grows. */
  componentDidRender() {
    const file = this.file;
    const url = mediaUrl(file);
    if (isHlsStream(file) && url && !this.loadError && this.videoElement) {
      void this.hls.attach(this.videoElement, url, {
        autoplay: this.autoplay,
        onError: (message) => {
          this.loadError = message;
        },
      });
    } else if (this.hls.url) this.hls.detach();
  }

  private get file(): FileData | null {
    if (isVideoData(this.value)) return this.value.video;
    return isFileData(this.value) ? this.value : null;
  }

  private get subtitleFile(): FileData | string | null {
    if (isVideoData(this.value) && this.value.subtitles) return this.value.subtitles;
    return this.subtitles ?? null;
  }

  private get mirror(): boolean {
    if (typeof this.mirrorWebcam === 'boolean') return this.mirrorWebcam;
    return this.webcamOptions?.mirror !== false;
  }


  /** Loads the subtitles (once per file) as a same-origin WebVTT blob URL. */
  private async refreshTrack() {
    const subtitles = this.subtitleFile;
    const key = subtitles ? (typeof subtitles === 'string' ? subtitles : (subtitles.url ?? subtitles.path)) : undefined;
    if (key === this.trackFor) return;
    this.trackFor = key;
    if (this.track?.url) URL.revokeObjectURL(this.track.url);
    this.track = null;
    if (!subtitles) return;
    const track = await loadSubtitles(subtitles);
    if (this.trackFor === key) this.track = track;
    else if (track.url) URL.revokeObjectURL(track.url);
  }

  private toValue(file: FileData): VideoValue {
    return this.legacyShape || this.mirrorWebcam !== null ? { video: file, subtitles: null } : file;
  }

  private onUploaded(file: FileData) {
    const recorded = this.fromRecording;
    this.fromRecording = false;
    const value = this.toValue(file);
    this.value = value;
    if (!recorded) this.grUpload.emit(value);
    this.grChange.emit(value);
  }

  private clear = () => {
    this.stopCamera();
    this.uploader.dismiss();
    this.value = null;
    this.grClear.emit();
    this.grChange.emit(null);
  };

  private onMediaError = (event: Event) => {
    this.loadError = mediaErrorMessage('video', this.file, (event.target as HTMLVideoElement).error);
  };

  // Webcam

  private startCamera = async () => {
    this.uploader.dismiss();
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('This page cannot use a camera (it needs HTTPS or localhost).');
      const video = this.webcamOptions?.constraints ?? true;
      const stream = await navigator.mediaDevices.getUserMedia({ video, audio: this.includeAudio !== false });
      this.recorder.stream = stream;
      this.cameraOn = true;
    } catch (error) {
      this.uploader.report((error as Error)?.name === 'Error' ? (error as Error).message : cameraErrorMessage(error));
    }
  };

  private attachPreview = (video?: HTMLVideoElement) => {
    this.preview = video;
    const stream = this.recorder.stream;
    if (video && stream && video.srcObject !== stream) {
      video.srcObject = stream;
      video.play().catch(() => undefined);
    }
  };

  private startRecording = () => {
    const stream = this.recorder.stream;
    if (!stream) return;
    try {
      this.recorder.start(stream, ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp8', 'video/webm']);
    } catch (error) {
      this.uploader.report((error as Error).message);
      return;
    }
    this.recordTimer = setInterval(() => forceUpdate(this), 250);
    this.grStartRecording.emit();
    forceUpdate(this);
  };

  private stopRecording = async () => {
    const blob = await this.recorder.stop();
    clearInterval(this.recordTimer);
    this.cameraOn = false;
    this.grStopRecording.emit();
    if (!blob || blob.size === 0) {
      this.uploader.report(t('nothingRecorded', this.el));
      return;
    }
    this.fromRecording = true;
    const result = await this.uploader.handle([new File([blob], 'recording.webm', { type: 'video/webm' })]);
    if (!result) this.fromRecording = false;
  };

  private stopCamera() {
    clearInterval(this.recordTimer);
    this.recorder.discard();
    if (this.preview) this.preview.srcObject = null;
    this.cameraOn = false;
  }

  // Rendering

  private renderPlayer(url: string) {
    const file = this.file;
    return (
      <div class="player">
        <video
        part="video"
        src={isHlsStream(file) ? undefined : url}
        ref={(el) => {
          this.videoElement = el;
        }}
        controls
        playsInline
        preload="metadata"
        autoplay={this.autoplay}
        muted={this.autoplay}
        loop={this.loop}
        aria-label={`${this.label ?? 'Video'}${file?.orig_name ? `: ${file.orig_name}` : ''}`}
        onPlay={() => this.grPlay.emit()}
        onPause={() => this.grPause.emit()}
        onEnded={() => {
          this.grEnd.emit();
          this.grStop.emit();
        }}
        onError={this.onMediaError}
      >
        {this.track?.url ? <track kind="subtitles" label={t('subtitles', this.el)} src={this.track.url} default /> : null}
      </video>
        {this.track?.error ? <p class="track-error">{this.track.error}</p> : null}
      </div>
    );
  }

  private renderWebcam() {
    if (!this.cameraOn) {
      return (
        <div class="webcam">
          <button type="button" class="text-button" onClick={() => void this.startCamera()}>
            <PlayerIcon name="camera" />
            <span>{t('openCamera', this.el)}</span>
          </button>
        </div>
      );
    }
    const recording = this.recorder.state !== 'inactive';
    return (
      <div class="webcam">
        <video class={{ preview: true, mirror: this.mirror }} muted playsInline aria-label={t('cameraPreview', this.el)} ref={this.attachPreview} />
        <div class="webcam-controls">
          {recording ? (
            <span class="time" role="timer" aria-label={t('recordedTime', this.el)}>
              {formatTime(this.recorder.elapsed)}
            </span>
          ) : null}
          <button type="button" class="text-button" onClick={recording ? () => void this.stopRecording() : this.startRecording}>
            <PlayerIcon name={recording ? 'stop' : 'record'} />
            <span>{t(recording ? 'stopRecording' : 'record', this.el)}</span>
          </button>
        </div>
      </div>
    );
  }

  private renderEmpty() {
    if (!this.interactive) {
      return (
        <div class="empty" role="img" aria-labelledby={this.labelId}>
          <PlayerIcon name="video" />
        </div>
      );
    }
    const choices = allowedSources(this.sources, videoSources(this.el));
    const current = choices.find((choice) => choice.id === this.source)?.id ?? choices[0].id;
    return (
      <PlayerInput
        choices={choices}
        current={current}
        onSwitch={(id) => this.switchSource(id as 'upload' | 'webcam')}
        legend={t('videoSource', this.el)}
        uploader={this.uploader}
        zoneText={t('dropVideo', this.el)}
        labelId={this.labelId}
        zoneTextId={this.zoneTextId}
      >
        {this.renderWebcam()}
      </PlayerInput>
    );
  }

  private switchSource(source: 'upload' | 'webcam') {
    if (source === this.source) return;
    this.stopCamera();
    this.source = source;
  }

  render() {
    const file = this.file;
    const url = mediaUrl(file);
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          extraClass={{ 'player-block': true, 'border-focus': this.uploader.dragging }}
        >
          <PlayerFrame
            el={this.el}
            label={this.label ?? 'Video'}
            icon="video"
            showLabel={this.showLabel}
            labelId={this.labelId}
            value={file}
            buttons={this.buttons}
            showDownloadButton={this.showDownloadButton}
            onDownload={() => void downloadFile(file && wholeStreamFile(file))}
            onClear={this.interactive ? this.clear : null}
            uploader={this.uploader}
            bodyStyle={{ height: cssLength(this.height), width: cssLength(this.width) }}
          >
            {!this.value ? (
              this.renderEmpty()
            ) : this.loadError || !url ? (
              <MediaErrorMessage message={this.loadError ?? mediaErrorMessage('video', file)} />
            ) : (
              this.renderPlayer(url)
            )}
          </PlayerFrame>
        </Block>
      </Host>
    );
  }
}
