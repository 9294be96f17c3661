/**
 * Streamed media outputs (Gradio's `gr.Audio(streaming=True)` / `gr.Video(streaming=True)` fed by a
 * generator): the value is a FileData with `is_stream: true` whose URL is a live HLS playlist
 * (`…/stream/{session}/{run}/{component}/playlist.m3u8`, spec protocol.md §6.7) that grows a segment per
 * yield. Where Media Source Extensions exist, hls.js (a dynamic import, only for such values) plays the
 * playlist as segments arrive; only a browser without them (iOS Safari before 17.1) gets the URL as the
 * element's `src` for its own HLS player. Measured with `bench/stream-audio.ts` on Chromium 156, which plays
 * HLS itself: a chunk is audible a median 6.2 s after it arrived with Chromium's player (it polls the
 * playlist at its growing target duration), a median 0.44 s (max 1.05 s) with hls.js as set up here.
 *
 * Latency: Gradio's playlist says `#EXT-X-TARGETDURATION` 5 s and more (it grows by one second per segment),
 * so hls.js would look for a new segment only every few seconds. The playlist loader here reads it as 1 s,
 * and the element calls `refresh()` when a yield's message says a segment was added: the playlist is read
 * again at once.
 *
 * Gradio streams packed AAC audio (`.aac` segments, ADTS: every streamed audio chunk is converted, WAV and MP3
 * included) and MPEG-TS video (`.ts`, H.264 and AAC), in Gradio 5.14 and 6.25 alike: hls.js's light build
 * demuxes both, and Gradio 6's `#EXT-X-DISCONTINUITY` between video segments; it leaves out subtitles,
 * alternate audio, DRM, CMCD, content steering and interstitials, which such a playlist never has. Its chunk
 * here: 371,428 B minified, 115,746 B gzip-9 (the full build's: 593,098 B, 180,880 B).
 */
import type Hls from 'hls.js';
import type { LoaderCallbacks, LoaderConfiguration, LoaderContext, PlaylistLoaderConstructor } from 'hls.js';
import type { FileData } from './file-data';

/** True for a streamed (HLS) media value. */
export function isHlsStream(value: FileData | string | null | undefined): boolean {
  if (!value || typeof value !== 'object') return false;
  const url = value.url ?? value.path ?? '';
  return value.is_stream === true || /\.m3u8(?:$|[?#])/i.test(url);
}

/**
 * What a download of a streamed value saves: the whole stream as one file, from Gradio's
 * `…/playlist-file` route beside the playlist (spec protocol.md §6.7; the server joins the segments), not
 * the playlist itself, which is a few lines of text. Other values are returned as they are.
 */
export function wholeStreamFile(value: FileData): FileData {
  if (!isHlsStream(value) || !value.url) return value;
  return { ...value, url: value.url.replace(/\/playlist\.m3u8(?=$|[?#])/, '/playlist-file') };
}

/** Whether the browser plays HLS in a media element itself (Safari, iOS, Android, recent Chrome). */
export function playsHlsNatively(media: HTMLMediaElement): boolean {
  return media.canPlayType('application/vnd.apple.mpegurl') !== '';
}

/** A live playlist as hls.js should see it: polled every second at most, whatever target duration it says. */
export function fasterReloads(playlist: string): string {
  return playlist.replace(/^#EXT-X-TARGETDURATION:\s*[\d.]+\s*$/m, '#EXT-X-TARGETDURATION:1');
}

/** When `refresh()` reads the playlist a second time. */
const REFRESH_AGAIN_MS = 150;

/** Options of {@link HlsAttachment.attach}. */
export interface HlsAttachOptions {
  /** Start playing as soon as the first segment is ready. */
  autoplay?: boolean;
  /** The stream cannot be played: a message fit to show. */
  onError(message: string): void;
}

/** One media element playing one HLS playlist at a time; `attach` again with a new URL switches. */
export class HlsAttachment {
  #hls?: Hls;
  /** The second playlist read of a `refresh()`. */
  #again?: ReturnType<typeof setTimeout>;
  /** hls.js's event names, once it is loaded. */
  #events?: typeof Hls.Events;
  #media?: HTMLMediaElement;
  #url?: string;
  /** Counts attachments, so a slow hls.js import for an older URL does not attach over a newer one. */
  #generation = 0;

  /** The URL playing (or loading), if any. */
  get url(): string | undefined {
    return this.#url;
  }

  /** Plays `url` in `media` (does nothing when it already does). */
  async attach(media: HTMLMediaElement, url: string, options: HlsAttachOptions): Promise<void> {
    if (this.#media === media && this.#url === url) return;
    this.detach();
    const generation = ++this.#generation;
    this.#media = media;
    this.#url = url;
    const play = () => {
      if (options.autoplay) media.play().catch(() => undefined);
    };
    const native = () => {
      media.src = url;
      play();
    };
    const mse = 'MediaSource' in globalThis || 'ManagedMediaSource' in globalThis;
    if (!mse && playsHlsNatively(media)) return native();
    let HlsClass: typeof Hls;
    try {
      HlsClass = (await import('hls.js/light')).default;
    } catch (error) {
      if (generation !== this.#generation) return;
      if (playsHlsNatively(media)) return native();
      options.onError(`The stream player could not be loaded: ${(error as Error)?.message ?? error}`);
      return;
    }
    if (generation !== this.#generation) return;
    this.#events = HlsClass.Events;
    if (!HlsClass.isSupported()) {
      if (playsHlsNatively(media)) return native();
      options.onError('This browser cannot play streamed media (it has neither HLS nor Media Source Extensions).');
      return;
    }
    const Base = HlsClass.DefaultConfig.loader;
    class PlaylistLoader extends Base {
      override load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
        const { onSuccess } = callbacks;
        super.load(context, config, {
          ...callbacks,
          onSuccess: (response, stats, ctx, details) => {
            if (typeof response.data === 'string') response.data = fasterReloads(response.data);
            onSuccess(response, stats, ctx, details);
          },
        });
      }
    }
    // A live EVENT playlist: start at its first segment, keep little ahead, and follow it closely.
    const hls = new HlsClass({
      startPosition: 0,
      lowLatencyMode: true,
      maxBufferLength: 2,
      liveSyncDurationCount: 1,
      pLoader: PlaylistLoader as unknown as PlaylistLoaderConstructor,
    });
    this.#hls = hls;
    let recovered = false;
    hls.on(HlsClass.Events.MANIFEST_PARSED, play);
    hls.on(HlsClass.Events.ERROR, (_event, data) => {
      if (!data.fatal) return;
      if (!recovered && data.type === HlsClass.ErrorTypes.MEDIA_ERROR) {
        recovered = true;
        hls.recoverMediaError();
        return;
      }
      const status = data.response?.code ? ` (HTTP ${data.response.code})` : '';
      options.onError(`The stream could not be played: ${data.details}${status}.`);
      this.detach();
    });
    hls.loadSource(url);
    hls.attachMedia(media);
  }

  /**
   * A segment was added to the playlist (the stream's next value arrived): read the playlist again now rather
   * than at hls.js's next poll, and once more shortly after (hls.js drops a request for a playlist it is
   * loading already, which may be the version before the new segment). Does nothing when the browser plays
   * the stream itself (it polls on its own).
   */
  refresh(): void {
    this.#reload();
    clearTimeout(this.#again);
    this.#again = setTimeout(() => this.#reload(), REFRESH_AGAIN_MS);
  }

  #reload(): void {
    const hls = this.#hls;
    const events = this.#events;
    const level = hls ? hls.levels[Math.max(hls.currentLevel, 0)] : undefined;
    if (!hls || !events || !level?.details?.live) return;
    hls.trigger(events.LEVEL_LOADING, {
      id: 0,
      level: hls.levels.indexOf(level),
      levelInfo: level,
      pathwayId: level.pathwayId,
      url: level.uri,
      deliveryDirectives: null,
    });
  }

  /** Stops playing the stream and releases hls.js. */
  detach(): void {
    this.#generation++;
    clearTimeout(this.#again);
    this.#hls?.destroy();
    this.#hls = undefined;
    if (this.#media && this.#media.src === this.#url) this.#media.removeAttribute('src');
    this.#media = undefined;
    this.#url = undefined;
  }
}
