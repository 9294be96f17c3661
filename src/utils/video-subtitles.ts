/**
 * Subtitles for `gr-video`: Gradio sends a WebVTT or SRT file; the browser's `<track>` reads only WebVTT, and
 * only from its own origin unless the video is loaded with CORS. So the file is fetched, SRT is converted to
 * WebVTT in the page, and the track gets a `blob:` URL.
 */
import { type FileData, fileUrl } from './file-data';
import { downloadName, fetchMedia } from './media-download';
import { safeMediaUrl } from './media-url';

/** SRT text as WebVTT: the header, and `,` before milliseconds becomes `.` (cue numbers are valid cue ids). */
export function srtToVtt(srt: string): string {
  const body = srt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/(\d{1,2}:\d{2}:\d{2}),(\d{3})/g, '$1.$2')
    .trim();
  return `WEBVTT\n\n${body}\n`;
}

/** Whether subtitle text is WebVTT already (else it is read as SRT). */
export const isVtt = (text: string): boolean => /^\uFEFF?WEBVTT/.test(text);

/**
 * Fetches a subtitles file and gives a WebVTT `blob:` URL for a `<track>`, or a message saying why it cannot
 * be shown (the video still plays). The caller revokes the URL.
 */
export async function loadSubtitles(file: FileData | string): Promise<{ url?: string; error?: string }> {
  const name = downloadName(file);
  const raw = fileUrl(file);
  // Subtitles are only read as text, so a `data:text/...` URL is as safe as a served file.
  const source = safeMediaUrl(raw) ?? (raw && /^data:(text\/|application\/x-subrip)/i.test(raw) ? raw : undefined);
  if (!source) return { error: `The subtitles "${name}" were not loaded: their URL is not an allowed address.` };
  try {
    const response = await fetchMedia(source);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const vtt = isVtt(text) ? text : srtToVtt(text);
    if (!/-->/.test(vtt)) throw new Error('no cues in the file');
    return { url: URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' })) };
  } catch (error) {
    return { error: `The subtitles "${name}" could not be loaded (${(error as Error)?.message || String(error)}).` };
  }
}
