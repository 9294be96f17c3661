import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import type WaveSurfer from 'wavesurfer.js';
import type { Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import { decodeAudio, encodeWav, microphoneErrorMessage } from '../../utils/audio-wav';
import { Block, blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { uniqueId } from '../../utils/ids';
import { t } from '../../utils/i18n-more';
import {
  MediaErrorMessage,
  PlayerButton,
  PlayerFrame,
  PlayerIcon,
  PlayerInput,
  type SourceChoice,
  allowedSources,
  formatTime,
  mediaErrorMessage,
  mediaUrl,
} from '../../utils/media';
import { HlsAttachment, isHlsStream, wholeStreamFile } from '../../utils/hls-player';
import { downloadFile, downloadName, fetchMedia } from '../../utils/media-download';
import { PcmCapture, StreamRecorder } from '../../utils/media-recorder';
import { ChunkPacer, type StreamChunkDetail, type StreamEndReason } from '../../utils/media-stream';
import { localUpload } from '../../utils/upload';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { UploadController } from '../../utils/upload-zone';

/** Gradio's `waveform_options`. */
export interface WaveformOptions {
  /** Colour of the waveform; `null`: the theme's subdued text colour. */
  waveform_color?: string | null;
  /** Colour of the played part; `null`: the theme's accent. */
  waveform_progress_color?: string | null;
  /** Colour of the trim region; `null`: a translucent accent. */
  trim_region_color?: string | null;
  /** Seconds the back / forward buttons skip. @default 5 */
  skip_length?: number;
  /** Gradio's flag for the browser's own audio controls under a recording; this player always has its controls. */
  show_controls?: boolean;
  show_recording_waveform?: boolean;
  sample_rate?: number;
}

/** The sources of the audio input. */
const audioSources = (host: Element): SourceChoice<'upload' | 'microphone'>[] => [
  { id: 'upload', icon: 'upload', label: t('uploadFile', host) },
  { id: 'microphone', icon: 'mic', label: t('recordMicrophone', host) },
];

/** Where a new value came from: the events it fires differ. */
type Origin = 'upload' | 'record' | 'edit';

/**
 * A Gradio `Audio` (config type `audio`): a player with a waveform (wavesurfer.js, loaded the first time an
 * audio is shown), play / pause, skip back and forward by `skip_length` seconds and a position slider; when
 * interactive, an upload zone and a microphone recorder (MediaRecorder; recordings are sent as WAV), a
 * Clear button and, with `editable`, trimming (drag the region's edges or type its start and end).
 *
 * Streaming (Gradio's `streaming=True`): as an input, Record streams the microphone: every `streamEvery`
 * seconds the samples captured since the previous chunk go out as a WAV FileData (uploaded through `upload`)
 * in a `gr-stream` event, the next one only after the listeners' `waitUntil` promises settled (samples keep
 * accumulating meanwhile, none is lost), until Stop, `timeLimit` seconds or the listener ending the stream.
 * Stop releases the microphone (within a block of samples) and sends what it caught since the previous chunk as a last chunk
 * (Gradio's own frontend drops that tail); the stream ends once that chunk was processed.
 * As an output, a streamed value (`is_stream`, an HLS playlist growing as the generator yields) plays as its
 * segments arrive: natively where the browser plays HLS, else with hls.js, loaded only for such values.
 *
 * @part player - the player (waveform and controls).
 *
 * Styled with `--block-*`, `--color-accent`, `--body-text-color(-subdued)`, `--border-color-primary`.
 */
@Component({
  tag: 'gr-audio',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', '../../utils/media.css', 'gr-audio.css'],
  scoped: true,
})
export class GrAudio {
  @Element() el!: HTMLElement;

  /** Why the audio cannot be played (broken file, 404, refused URL); `null` when it can. */
  @State() loadError: string | null = null;

  /** The empty interactive element's chosen source. */
  @State() source: 'upload' | 'microphone' = 'upload';

  @State() playing = false;
  @State() currentTime = 0;
  @State() duration = 0;

  /** Trim mode: the region's start and end in seconds. */
  @State() trim: { start: number; end: number } | null = null;

  /** The waveform could not be drawn (the file is playable, its bytes not readable here): controls only. */
  @State() waveformFailed = false;

  /** The audio: a FileData (Gradio's wire value), or `null`. */
  @Prop({ mutable: true }) value: FileData | null = null;
  @Watch('value')
  onValueChange(value: FileData | null) {
    // Each yield of a streamed output sends the same growing playlist: it keeps playing.
    const url = mediaUrl(value);
    if (url && url === this.hls.url) {
      this.hls.refresh();
      return;
    }
    this.loadError = null;
    this.trim = null;
    this.waveformFailed = false;
    this.currentTime = 0;
    this.duration = 0;
    this.playing = false;
  }

  /** The label in the top-left badge. */
  @Prop() label: string = 'Audio';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** `true`: upload, record, trim and clear. */
  @Prop() interactive: boolean = false;

  /** Where the user may take audio from: `"upload"`, `"microphone"`. */
  @Prop() sources: string[] | null = ['upload', 'microphone'];

  /** Allow trimming (with `interactive`). */
  @Prop() editable: boolean = true;

  /** Start playing when a new value arrives. */
  @Prop() autoplay: boolean = false;

  /** Play again from the start at the end. */
  @Prop() loop: boolean = false;

  /** Gradio's `waveform_options`. */
  @Prop() waveformOptions: WaveformOptions | null = null;

  /** Show a download button (Gradio 5's `show_download_button`). */
  @Prop() showDownloadButton: boolean = true;

  /** Gradio 5's `show_share_button`: sharing uploads to Hugging Face, which this kit does not do; ignored. */
  @Prop() showShareButton: boolean | null = null;

  /** Gradio 6's toolbar list (`"download"`, `"share"`); when set it replaces the `show*Button` props. */
  @Prop() buttons: unknown[] | null = null;

  /** Gradio's `streaming`: an input streams the microphone (`gr-stream`); an output plays a streamed value. */
  @Prop() streaming: boolean = false;

  /** Seconds between streamed chunks (the `.stream()` listener's `stream_every`, set by `<gradio-app>`). */
  @Prop() streamEvery: number = 0.5;

  /** Seconds a stream may last (the listener's `time_limit`); `null`: until the user stops it. */
  @Prop() timeLimit: number | null = null;

  /** Gradio's `file_types`-free upload rule: audio files. Largest file in bytes (`max_file_size`); `null`: no limit. */
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

  /** Fires when playback starts (the play button, autoplay, the keyboard). */
  @Event({ eventName: 'gr-play', bubbles: true, composed: true }) grPlay!: EventEmitter<void>;

  /** Fires when playback pauses. */
  @Event({ eventName: 'gr-pause', bubbles: true, composed: true }) grPause!: EventEmitter<void>;

  /** Fires when playback reaches the end (Gradio's `stop`). */
  @Event({ eventName: 'gr-stop', bubbles: true, composed: true }) grStop!: EventEmitter<void>;

  /** Fires when the user starts recording. */
  @Event({ eventName: 'gr-start-recording', bubbles: true, composed: true }) grStartRecording!: EventEmitter<void>;

  /** Fires when the user pauses the recording. */
  @Event({ eventName: 'gr-pause-recording', bubbles: true, composed: true }) grPauseRecording!: EventEmitter<void>;

  /** Fires when the user stops recording (before the recording is uploaded and becomes the value). */
  @Event({ eventName: 'gr-stop-recording', bubbles: true, composed: true }) grStopRecording!: EventEmitter<void>;

  /** Fires when an uploaded file became the value: the FileData. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData>;

  /** Fires when the user changed the value (upload, recording, trim, clear). Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileData | null>;

  /** Fires with `gr-change` for a recording, a trim or a clear (Gradio's `input`). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<FileData | null>;

  /** Fires when the user cleared the audio. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  /**
   * Fires every `streamEvery` seconds while the user streams the microphone (with `streaming`): the chunk (a
   * WAV FileData), its index, the stream's `signal` (aborts when it stops) and `waitUntil(promise)` to hold
   * the next chunk back.
   */
  @Event({ eventName: 'gr-stream', bubbles: true, composed: true }) grStream!: EventEmitter<StreamChunkDetail<FileData>>;

  private readonly labelId = uniqueId('gr-audio');
  private readonly zoneTextId = `${this.labelId}-zone`;
  private audio?: HTMLAudioElement;
  private waveContainer?: HTMLElement;
  private wave?: WaveSurfer;
  private waveUrl?: string;
  private region?: Region;
  private readonly recorder = new StreamRecorder();
  private readonly pcm = new PcmCapture();
  private readonly hls = new HlsAttachment();
  /** When the current stream started (`performance.now()`), for its timer. */
  private streamStartedAt = 0;
  /** When the user stopped it (its last chunk may still be on its way). */
  private streamStoppedAt = 0;
  /** Settles once the microphone stopped after the user's Stop (the last chunk is taken then). */
  private micReleased?: Promise<void>;
  /** `blob:` URLs of chunks streamed with no server (revoked when the stream ends). */
  private localChunks: string[] = [];
  private readonly pacer = new ChunkPacer<FileData>({
    every: () => this.streamEvery,
    timeLimit: () => this.timeLimit,
    take: () => this.takeChunk(),
    beforeLast: () => this.micReleased ?? Promise.resolve(),
    emit: (detail) => this.grStream.emit(detail),
    onEnd: (reason, error) => this.onStreamEnd(reason, error),
  });
  private recordTimer?: ReturnType<typeof setInterval>;
  private origin: Origin = 'upload';
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => ({ fileTypes: ['audio'], fileCount: 'single', maxFileSize: this.maxFileSize, upload: this.upload, disabled: !this.interactive }),
    onUpload: (files) => this.onUploaded(files[0]),
    requestRender: () => forceUpdate(this),
  });

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.stopRecordTimer();
    this.recorder.discard();
    this.pacer.stop();
    this.hls.detach();
    this.destroyWave();
  }

  componentDidRender() {
    const url = this.url;
    const stream = isHlsStream(this.value);
    if (stream && url && !this.loadError && this.audio) {
      void this.hls.attach(this.audio, url, {
        autoplay: this.autoplay,
        onError: (message) => {
          this.loadError = message;
        },
      });
    } else if (this.hls.url) this.hls.detach();
    if (!stream && url && !this.loadError && this.waveContainer && this.audio) {
      if (this.waveUrl !== url) void this.drawWave(url);
    } else if (this.wave && (!url || !this.waveContainer?.isConnected)) {
      this.destroyWave();
    }
  }

  private get url(): string | undefined {
    return mediaUrl(this.value);
  }

  private get skip(): number {
    const skip = this.waveformOptions?.skip_length;
    return typeof skip === 'number' && skip > 0 ? skip : 5;
  }


  private cssColor(name: string, fallback: string): string {
    const value = getComputedStyle(this.el).getPropertyValue(name).trim();
    return value || fallback;
  }

  /** Loads wavesurfer.js (first time only) and draws the waveform of `url`, playing through our `<audio>`. */
  private async drawWave(url: string) {
    this.waveUrl = url;
    this.destroyWave(false);
    const container = this.waveContainer;
    const media = this.audio;
    if (!container || !media) return;
    try {
      const { default: WaveSurferClass } = await import('wavesurfer.js');
      if (this.waveUrl !== url || !container.isConnected) return;
      const options = this.waveformOptions ?? {};
      const wave = WaveSurferClass.create({
        container,
        media,
        height: 64,
        waveColor: options.waveform_color || this.cssColor('--body-text-color-subdued', '#9ca3af'),
        progressColor: options.waveform_progress_color || this.cssColor('--color-accent', '#f97316'),
        cursorWidth: 1,
        barWidth: 2,
        barGap: 2,
        barRadius: 2,
        normalize: true,
        url,
      });
      this.wave = wave;
      // wavesurfer loads the <audio>'s own source; a load it supersedes itself (AbortError) is no failure.
      wave.on('error', (error) => {
        if (this.wave === wave && (error as Error)?.name !== 'AbortError') this.waveformFailed = true;
      });
    } catch {
      if (this.waveUrl === url) this.waveformFailed = true;
    }
  }

  private destroyWave(forget = true) {
    this.region = undefined;
    this.wave?.destroy();
    this.wave = undefined;
    if (forget) this.waveUrl = undefined;
  }

  private onUploaded(file: FileData) {
    const origin = this.origin;
    this.origin = 'upload';
    this.value = file;
    if (origin === 'upload') this.grUpload.emit(file);
    this.grChange.emit(file);
    if (origin !== 'upload') this.grInput.emit(file);
  }

  private clear = () => {
    this.recorder.discard();
    this.stopRecordTimer();
    this.uploader.dismiss();
    this.value = null;
    this.grClear.emit();
    this.grChange.emit(null);
    this.grInput.emit(null);
  };

  // Playback

  private togglePlay = () => {
    const audio = this.audio;
    if (!audio) return;
    if (audio.paused) audio.play().catch(() => undefined);
    else audio.pause();
  };

  private seekBy(seconds: number) {
    const audio = this.audio;
    if (!audio) return;
    const end = Number.isFinite(audio.duration) ? audio.duration : audio.currentTime + seconds;
    audio.currentTime = Math.max(0, Math.min(end, audio.currentTime + seconds));
  }

  private onMediaError = () => {
    this.loadError = mediaErrorMessage('audio', this.value, this.audio?.error);
    this.destroyWave();
  };

  // Recording

  private startRecording = async () => {
    this.uploader.dismiss();
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('This page cannot use a microphone (it needs HTTPS or localhost).');
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this.uploader.report((error as Error)?.name === 'Error' ? (error as Error).message : microphoneErrorMessage(error));
      return;
    }
    try {
      this.recorder.start(stream, ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus']);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      this.uploader.report((error as Error).message);
      return;
    }
    this.recordTimer = setInterval(() => forceUpdate(this), 250);
    this.grStartRecording.emit();
    forceUpdate(this);
  };

  private togglePauseRecording = () => {
    if (this.recorder.state === 'recording') {
      this.recorder.pause();
      this.grPauseRecording.emit();
    } else {
      this.recorder.resume();
    }
    forceUpdate(this);
  };

  private stopRecording = async () => {
    const blob = await this.recorder.stop();
    this.stopRecordTimer();
    this.grStopRecording.emit();
    forceUpdate(this);
    if (!blob || blob.size === 0) {
      this.uploader.report(t('nothingRecorded', this.el));
      return;
    }
    try {
      // Sent as WAV: Gradio reads WAV without ffmpeg.
      const wav = encodeWav(await decodeAudio(blob, 'The recording'));
      this.origin = 'record';
      await this.uploader.handle([new File([wav], 'recording.wav', { type: 'audio/wav' })]);
    } catch (error) {
      this.uploader.report((error as Error).message);
    }
  };

  private stopRecordTimer() {
    clearInterval(this.recordTimer);
    this.recordTimer = undefined;
  }

  // Streaming the microphone

  private startStream = async () => {
    this.uploader.dismiss();
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('This page cannot use a microphone (it needs HTTPS or localhost).');
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      } catch (error) {
        throw new Error(microphoneErrorMessage(error));
      }
      await this.pcm.start(stream);
    } catch (error) {
      this.pcm.stop();
      this.uploader.report((error as Error).message);
      return;
    }
    this.micReleased = undefined;
    this.pacer.start();
    this.recordTimer = setInterval(() => forceUpdate(this), 250);
    this.streamStartedAt = performance.now();
    this.grStartRecording.emit();
    forceUpdate(this);
  };

  /**
   * The user's Stop: the microphone is released at once; what it captured since the previous chunk still goes
   * to the server as the stream's last chunk, then the stream closes.
   */
  private stopStream = () => {
    // The block of samples on its way when the user clicked is still part of the tail.
    this.micReleased = this.pcm.end(250);
    this.streamStoppedAt = performance.now();
    this.stopRecordTimer();
    this.pacer.finish();
    forceUpdate(this);
  };

  /** The samples captured since the previous chunk, as an uploaded WAV; `null` when none arrived yet. */
  private async takeChunk(): Promise<FileData | null> {
    const buffer = this.pcm.take();
    if (!buffer) return null;
    const file = new File([encodeWav(buffer)], 'audio.wav', { type: 'audio/wav' });
    const [data] = await (this.upload ?? localUpload)([file]);
    if (!this.upload && data.url) this.localChunks.push(data.url);
    return data;
  }

  private onStreamEnd(reason: StreamEndReason, error?: unknown) {
    this.pcm.stop();
    this.stopRecordTimer();
    for (const url of this.localChunks.splice(0)) URL.revokeObjectURL(url);
    if (reason === 'error') this.uploader.report(t('streamingStopped', this.el, { reason: (error as Error)?.message ?? String(error) }));
    this.grStopRecording.emit();
    forceUpdate(this);
  }

  // Trimming

  private startTrim = async () => {
    const duration = this.audio && Number.isFinite(this.audio.duration) ? this.audio.duration : this.duration;
    if (!duration) return;
    const start = Math.round(duration * 10) / 100;
    const end = Math.round(duration * 90) / 100;
    this.trim = { start, end };
    const wave = this.wave;
    if (!wave || this.waveformFailed) return;
    try {
      const { default: RegionsPlugin } = await import('wavesurfer.js/dist/plugins/regions.esm.js');
      if (this.wave !== wave || !this.trim) return;
      const regions = wave.registerPlugin(RegionsPlugin.create());
      const color = this.waveformOptions?.trim_region_color || 'rgba(249, 115, 22, 0.25)';
      const region = regions.addRegion({ start, end, color, drag: true, resize: true });
      region.on('update-end', () => {
        this.trim = { start: region.start, end: region.end };
      });
      this.region = region;
    } catch {
      // No draggable region: the start and end fields still trim.
    }
  };

  private setTrim(which: 'start' | 'end', text: string) {
    if (!this.trim) return;
    const seconds = Number.parseFloat(text);
    if (!Number.isFinite(seconds)) return;
    const duration = this.audio && Number.isFinite(this.audio.duration) ? this.audio.duration : this.trim.end;
    const next = { ...this.trim, [which]: Math.max(0, Math.min(duration, seconds)) };
    this.trim = next;
    this.region?.setOptions({ start: next.start, end: next.end });
  }

  private cancelTrim = () => {
    this.region?.remove();
    this.region = undefined;
    this.trim = null;
  };

  private applyTrim = async () => {
    const trim = this.trim;
    const url = this.url;
    if (!trim || !url) return;
    if (trim.end - trim.start < 0.01) {
      this.uploader.report(t('trimEmpty', this.el));
      return;
    }
    try {
      const response = await fetchMedia(url);
      if (!response.ok) throw new Error(`The audio could not be read for trimming (HTTP ${response.status}).`);
      const buffer = await decodeAudio(await response.blob(), 'The audio');
      const name = downloadName(this.value).replace(/\.[^.]*$/, '');
      this.origin = 'edit';
      await this.uploader.handle([new File([encodeWav(buffer, trim.start, trim.end)], `${name}-trimmed.wav`, { type: 'audio/wav' })]);
    } catch (error) {
      this.uploader.report((error as Error)?.message?.startsWith('The ') ? (error as Error).message : t('trimFailed', this.el, { reason: String((error as Error)?.message ?? error) }));
    }
  };

  // Rendering

  private renderPlayer(url: string) {
    const duration = this.duration;
    const trimming = this.trim !== null;
    return (
      <div class="player" part="player">
        {/* biome-ignore lint/a11y/useMediaCaption: an <audio> shows no captions; Gradio 6's audio subtitles are not rendered yet */}
        <audio
          src={isHlsStream(this.value) ? undefined : url}
          preload="metadata"
          autoplay={this.autoplay}
          loop={this.loop}
          ref={(el) => {
            this.audio = el;
          }}
          onPlay={() => {
            this.playing = true;
            this.grPlay.emit();
          }}
          onPause={() => {
            this.playing = false;
            this.grPause.emit();
          }}
          onEnded={() => {
            this.playing = false;
            this.grStop.emit();
          }}
          onTimeUpdate={() => {
            this.currentTime = this.audio?.currentTime ?? 0;
          }}
          onLoadedMetaData={() => {
            this.duration = Number.isFinite(this.audio?.duration) ? (this.audio?.duration ?? 0) : 0;
          }}
          onDurationChange={() => {
            this.duration = Number.isFinite(this.audio?.duration) ? (this.audio?.duration ?? 0) : 0;
          }}
          onError={this.onMediaError}
        />
        {!this.waveformFailed && !isHlsStream(this.value) ? (
          <div
            class="waveform"
            aria-hidden="true"
            ref={(el) => {
              this.waveContainer = el;
            }}
          />
        ) : null}
        <input
          type="range"
          class="seek"
          min={0}
          max={duration || 0}
          step={0.01}
          value={this.currentTime}
          aria-label={t('position', this.el)}
          aria-valuetext={t('timeOf', this.el, { time: formatTime(this.currentTime), total: formatTime(duration) })}
          disabled={!duration}
          onInput={(event) => {
            if (this.audio) this.audio.currentTime = Number((event.target as HTMLInputElement).value);
          }}
        />
        <div class="controls">
          <span class="time" aria-hidden="true">
            {formatTime(this.currentTime)}
          </span>
          <div class="play-controls">
            <PlayerButton icon="back" label={t('backSeconds', this.el, { n: this.skip })} onClick={() => this.seekBy(-this.skip)} />
            <PlayerButton icon={this.playing ? 'pause' : 'play'} label={t(this.playing ? 'pause' : 'play', this.el)} class="play" onClick={this.togglePlay} />
            <PlayerButton icon="forward" label={t('forwardSeconds', this.el, { n: this.skip })} onClick={() => this.seekBy(this.skip)} />
          </div>
          <div class="controls-end">
            <span class="time" aria-hidden="true">
              {formatTime(duration)}
            </span>
            {this.interactive && this.editable && !trimming ? (
              <PlayerButton icon="trim" label={t('trim', this.el)} class="trim-button" disabled={!duration} onClick={() => void this.startTrim()} />
            ) : null}
          </div>
        </div>
        {trimming ? this.renderTrim() : null}
      </div>
    );
  }

  private renderTrim() {
    const trim = this.trim as { start: number; end: number };
    const field = (which: 'start' | 'end', text: string) => (
      <label class="trim-field">
        <span>{text}</span>
        <input
          type="number"
          min={0}
          max={this.duration || undefined}
          step={0.01}
          value={trim[which].toFixed(2)}
          onChange={(event) => this.setTrim(which, (event.target as HTMLInputElement).value)}
        />
      </label>
    );
    return (
      <fieldset class="trim">
        <legend class="sr-only">{t('trim', this.el)}</legend>
        {field('start', t('trimStart', this.el))}
        {field('end', t('trimEnd', this.el))}
        <button type="button" class="text-button primary" disabled={this.uploader.busy} onClick={() => void this.applyTrim()}>
          {t('trim', this.el)}
        </button>
        <button type="button" class="text-button" onClick={this.cancelTrim}>
          {t('cancel', this.el)}
        </button>
      </fieldset>
    );
  }

  private renderStreamRecorder() {
    const active = this.pacer.active;
    return (
      <div class="recorder">
        {active ? (
          [
            <span class="record-dot" aria-hidden="true" />,
            <span class="time" role="timer" aria-label={t('streamedTime', this.el)}>
              {formatTime(((this.pacer.finishing ? this.streamStoppedAt : performance.now()) - this.streamStartedAt) / 1000)}
            </span>,
            <button type="button" class="text-button record-button" disabled={this.pacer.finishing} onClick={this.stopStream}>
              <PlayerIcon name="stop" />
              <span>{t('stopStreaming', this.el)}</span>
            </button>,
          ]
        ) : (
          <button type="button" class="text-button record-button" onClick={() => void this.startStream()}>
            <PlayerIcon name="record" />
            <span>{t('startStreaming', this.el)}</span>
          </button>
        )}
      </div>
    );
  }

  private renderRecorder() {
    if (this.streaming) return this.renderStreamRecorder();
    const state = this.recorder.state;
    return (
      <div class="recorder">
        {state === 'inactive' ? (
          <button type="button" class="text-button record-button" onClick={() => void this.startRecording()}>
            <PlayerIcon name="record" />
            <span>{t('record', this.el)}</span>
          </button>
        ) : (
          [
            <span class={{ 'record-dot': true, paused: state === 'paused' }} aria-hidden="true" />,
            <span class="time" role="timer" aria-label={t('recordedTime', this.el)}>
              {formatTime(this.recorder.elapsed)}
            </span>,
            <button type="button" class="text-button record-button" onClick={this.togglePauseRecording}>
              <PlayerIcon name={state === 'paused' ? 'record' : 'pause'} />
              <span>{t(state === 'paused' ? 'resume' : 'pause', this.el)}</span>
            </button>,
            <button type="button" class="text-button record-button" onClick={() => void this.stopRecording()}>
              <PlayerIcon name="stop" />
              <span>{t('stop', this.el)}</span>
            </button>,
          ]
        )}
      </div>
    );
  }

  private renderEmpty() {
    if (!this.interactive) {
      return (
        <div class="empty" role="img" aria-labelledby={this.labelId}>
          <PlayerIcon name="music" />
        </div>
      );
    }
    const choices = allowedSources(this.sources, audioSources(this.el));
    const current = choices.find((choice) => choice.id === this.source)?.id ?? choices[0].id;
    return (
      <PlayerInput
        choices={choices}
        current={current}
        onSwitch={(id) => this.switchSource(id as 'upload' | 'microphone')}
        legend={t('audioSource', this.el)}
        uploader={this.uploader}
        zoneText={t('dropAudio', this.el)}
        labelId={this.labelId}
        zoneTextId={this.zoneTextId}
      >
        {this.renderRecorder()}
      </PlayerInput>
    );
  }

  private switchSource(source: 'upload' | 'microphone') {
    if (source === this.source) return;
    this.recorder.discard();
    this.pacer.stop();
    this.stopRecordTimer();
    this.source = source;
  }

  render() {
    const url = this.url;
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
            label={this.label ?? 'Audio'}
            icon="music"
            showLabel={this.showLabel}
            labelId={this.labelId}
            value={this.value}
            buttons={this.buttons}
            showDownloadButton={this.showDownloadButton}
            onDownload={() => void downloadFile(this.value && wholeStreamFile(this.value))}
            onClear={this.interactive ? this.clear : null}
            uploader={this.uploader}
          >
            {!this.value ? (
              this.renderEmpty()
            ) : this.loadError || !url ? (
              <MediaErrorMessage message={this.loadError ?? mediaErrorMessage('audio', this.value)} />
            ) : (
              this.renderPlayer(url)
            )}
          </PlayerFrame>
        </Block>
      </Host>
    );
  }
}
