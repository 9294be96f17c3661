/**
 * Pieces shared by the media elements (`gr-gallery`, `gr-audio`, `gr-video`): their icons, the safe URL and
 * display name of a file value, the download link, the message shown when a file cannot be loaded, and a
 * readable time. Styles in `media.css` (list it after `block.css` and `display.css` in `styleUrls`).
 */
import { type FunctionalComponent, h } from '@stencil/core';
import type { FileData } from './file-data';
import { fileUrl } from './file-data';
import { safeMediaUrl } from './sanitize';

/** Icons of the media elements, as stroked SVG paths in a 24x24 box. */
const mediaIconPaths = {
  image: ['M3 3h18v18H3z', 'M3 16l5-5 4 4 3-3 6 6', 'M15.5 8.5h.01'],
  video: ['M2 6h14v12H2z', 'M16 10l6-4v12l-6-4'],
  music: ['M9 18V5l12-2v13', 'M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z', 'M21 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  fullscreen: ['M3 9V3h6', 'M15 3h6v6', 'M21 15v6h-6', 'M9 21H3v-6'],
  'exit-fullscreen': ['M9 3v6H3', 'M21 9h-6V3', 'M15 21v-6h6', 'M3 15h6v6'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  prev: ['M15 18l-6-6 6-6'],
  next: ['M9 18l6-6-6-6'],
  upload: ['M12 21V9', 'M7 14l5-5 5 5', 'M4 3h16'],
  clear: ['M3 6h18', 'M8 6V4h8v2', 'M6 6l1 15h10l1-15'],
  mic: ['M9 3h6v11H9z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3'],
  camera: ['M3 7h4l2-3h6l2 3h4v13H3z', 'M12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z'],
  play: ['M6 4l14 8-14 8z'],
  pause: ['M7 4h3v16H7z', 'M14 4h3v16h-3z'],
  stop: ['M6 6h12v12H6z'],
  record: ['M12 19a7 7 0 1 0 0-14 7 7 0 0 0 0 14z'],
  trim: ['M6 3v18', 'M18 3v18', 'M6 12h12'],
  undo: ['M9 14L4 9l5-5', 'M4 9h11a5 5 0 0 1 0 10h-3'],
  back: ['M11 19l-7-7 7-7', 'M20 19l-7-7 7-7'],
  forward: ['M13 5l7 7-7 7', 'M4 5l7 7-7 7'],
} as const;

export type MediaIconName = keyof typeof mediaIconPaths;

/** A decorative media icon (hidden from assistive technology). */
export const MediaIcon: FunctionalComponent<{ name: MediaIconName }> = ({ name }) => (
  <svg
    class="icon"
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {mediaIconPaths[name].map((d) => (
      <path d={d} />
    ))}
  </svg>
);

/** Gradio's BlockLabel badge with a media icon; with `show` false the label stays for screen readers. */
export const MediaLabel: FunctionalComponent<{ label: string; icon: MediaIconName; show: boolean; id: string }> = (props) =>
  props.show ? (
    <div class="block-label" id={props.id}>
      <MediaIcon name={props.icon} />
      <span>{props.label}</span>
    </div>
  ) : (
    <span class="sr-only" id={props.id}>
      {props.label}
    </span>
  );

/** A round icon button of a media toolbar. */
export const MediaButton: FunctionalComponent<{
  icon: MediaIconName;
  label: string;
  onClick: (event: MouseEvent) => void;
  pressed?: boolean;
  disabled?: boolean;
  class?: string;
}> = (props) => (
  <button
    type="button"
    class={`icon-button ${props.class ?? ''}`}
    aria-label={props.label}
    title={props.label}
    aria-pressed={props.pressed === undefined ? undefined : String(props.pressed)}
    disabled={props.disabled}
    onClick={props.onClick}
  >
    <MediaIcon name={props.icon} />
  </button>
);

/** The loadable URL of a file value (through {@link safeMediaUrl}: script URLs give `undefined`). */
export function mediaUrl(value: FileData | string | null | undefined): string | undefined {
  return safeMediaUrl(fileUrl(value));
}

/** The name to show for a file value: its original name, else the last part of its path or URL. */
export function mediaName(value: FileData | string | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') return lastSegment(value);
  if (typeof value.orig_name === 'string' && value.orig_name) return value.orig_name;
  return lastSegment(value.path ?? value.url ?? '');
}

function lastSegment(pathOrUrl: string): string {
  const clean = String(pathOrUrl).split(/[?#]/)[0];
  const last = clean.split(/[\\/]/).filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** True for a FileData-like object (it has a string `path` or `url`). */
export function isFileData(value: unknown): value is FileData {
  if (!value || typeof value !== 'object') return false;
  const file = value as Record<string, unknown>;
  return typeof file.path === 'string' || typeof file.url === 'string';
}

/** The download toolbar button: a link to the file, named after it. */
export const DownloadLink: FunctionalComponent<{ value: FileData | string | null | undefined; label?: string }> = (props) => {
  const href = mediaUrl(props.value);
  if (!href) return null;
  const name = mediaName(props.value) || 'download';
  return (
    <a class="icon-button" href={href} download={name} aria-label={props.label ?? `Download ${name}`} title="Download">
      <MediaIcon name="download" />
    </a>
  );
};

/** What went wrong loading a media file, as a sentence the user can act on. */
export function mediaErrorMessage(kind: 'image' | 'audio' | 'video' | 'subtitles', value: FileData | string | null | undefined, mediaError?: MediaError | null): string {
  const name = mediaName(value) || kind;
  if (!fileUrl(value)) return `This ${kind} has no file to load.`;
  if (!mediaUrl(value)) return `"${name}" was not loaded: its URL is not an allowed media address.`;
  if (mediaError?.code === 4 || mediaError?.code === 3)
    return `"${name}" could not be played: the file is missing, damaged or in a format this browser cannot play.`;
  if (mediaError?.code === 2) return `"${name}" could not be loaded: a network error interrupted it.`;
  const article = kind === 'image' || kind === 'audio' ? 'an' : 'a';
  return `"${name}" could not be loaded: the file is missing, damaged or not ${article} ${kind} file this browser can show.`;
}

/** A visible error message inside a media element (announced to screen readers). */
export const MediaErrorMessage: FunctionalComponent<{ message: string }> = (props) => (
  <div class="media-error" role="alert">
    {props.message}
  </div>
);

/** `m:ss` (or `h:mm:ss`) for a time in seconds; `0:00` for anything not finite. */
export function formatTime(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Puts `element` (not the page) in fullscreen, or leaves fullscreen when it is there already. */
export async function toggleFullscreen(element: HTMLElement): Promise<void> {
  try {
    if (document.fullscreenElement === element) await document.exitFullscreen();
    else await element.requestFullscreen();
  } catch {
    // Refused (no user gesture, iframe without allowfullscreen): the element keeps its size.
  }
}
