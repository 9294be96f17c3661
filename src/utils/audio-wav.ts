/**
 * Audio in the page for `gr-audio`: decoding a file or recording to samples (Web Audio), and writing samples
 * as a 16-bit PCM WAV. Recordings and trimmed audio are sent to the server as WAV, which Gradio reads without
 * ffmpeg (a browser's own recording format, WebM/Opus, would need ffmpeg on the server).
 */

/** Decodes encoded audio (WAV, MP3, OGG, WebM...) to samples. Rejects with a message fit to show. */
export async function decodeAudio(data: Blob | ArrayBuffer, name = 'the audio'): Promise<AudioBuffer> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const Context = window.OfflineAudioContext ?? window.AudioContext;
  if (!Context) throw new Error('This browser cannot decode audio.');
  // The decoder resamples to the context's rate: 48 kHz keeps the usual rates' detail.
  const context = new Context(1, 1, 48_000);
  try {
    return await context.decodeAudioData(bytes);
  } catch {
    throw new Error(`${name} could not be decoded: it is damaged or not an audio format this browser reads.`);
  }
}

/**
 * A WAV file (16-bit PCM, the buffer's channels and rate) of `buffer` from `start` to `end` seconds (the whole
 * buffer by default).
 */
export function encodeWav(buffer: AudioBuffer, start = 0, end = buffer.duration): Blob {
  const rate = buffer.sampleRate;
  const channels = buffer.numberOfChannels;
  const first = Math.max(0, Math.min(buffer.length, Math.floor(start * rate)));
  const last = Math.max(first, Math.min(buffer.length, Math.round(end * rate)));
  const frames = last - first;
  const dataBytes = frames * channels * 2;
  const view = new DataView(new ArrayBuffer(44 + dataBytes));
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * channels * 2, true); // byte rate
  view.setUint16(32, channels * 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  const data = Array.from({ length: channels }, (_, c) => buffer.getChannelData(c));
  let offset = 44;
  for (let i = first; i < last; i++) {
    for (let c = 0; c < channels; c++) {
      const sample = Math.max(-1, Math.min(1, data[c][i]));
      view.setInt16(offset, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
      offset += 2;
    }
  }
  return new Blob([view.buffer], { type: 'audio/wav' });
}

/** A message fit to show for a failed `getUserMedia({audio})` (denied, no microphone, busy, insecure page). */
export function microphoneErrorMessage(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'Microphone access was denied. Allow the microphone for this page and try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No microphone was found.';
  if (name === 'NotReadableError') return 'The microphone is in use by another application.';
  return `The microphone could not be opened: ${(error as Error)?.message || String(error)}`;
}
