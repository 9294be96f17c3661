/**
 * A voice note for a chat input (`<gr-multimodal-textbox>` with the `microphone` source): open the
 * microphone, record with {@link StreamRecorder}, and hand back the recording as a WAV file (Gradio reads
 * WAV without ffmpeg) or a message fit to show the user when the microphone is refused or nothing came.
 */
import { decodeAudio, encodeWav, microphoneErrorMessage } from './audio-wav';
import { StreamRecorder } from './media-recorder';

/** What MediaRecorder is asked for, in order (Chromium and Firefox record the first or the third). */
const VOICE_FORMATS = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'];

export class VoiceNote {
  readonly #recorder = new StreamRecorder();

  /** Recording (or paused) now. */
  get active(): boolean {
    return this.#recorder.state !== 'inactive';
  }

  /** Seconds recorded so far. */
  get seconds(): number {
    return this.#recorder.elapsed;
  }

  /** Opens the microphone and starts recording. Resolves with `null`, or with why it could not start. */
  async begin(): Promise<string | null> {
    const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!devices?.getUserMedia) return 'This page cannot use a microphone (it needs HTTPS or localhost).';
    let stream: MediaStream;
    try {
      stream = await devices.getUserMedia({ audio: true });
    } catch (refusal) {
      return microphoneErrorMessage(refusal);
    }
    try {
      this.#recorder.start(stream, VOICE_FORMATS);
    } catch (failure) {
      for (const track of stream.getTracks()) track.stop();
      return (failure as Error).message;
    }
    return null;
  }

  /** Stops, releases the microphone, and resolves with the recording as `name` (WAV) or why there is none. */
  async finish(name: string): Promise<File | string> {
    const recorded = await this.#recorder.stop();
    if (!recorded?.size) return 'Nothing was recorded.';
    try {
      return new File([encodeWav(await decodeAudio(recorded, 'The recording'))], name, { type: 'audio/wav' });
    } catch (failure) {
      return (failure as Error).message;
    }
  }

  /** Drops the recording and releases the microphone. */
  cancel(): void {
    this.#recorder.discard();
  }
}

