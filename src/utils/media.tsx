/**
 * Pieces shared by the players (`gr-gallery`, `gr-audio`, `gr-video`), on top of the shared media icons
 * (`media-icons.tsx`): player icons and buttons, the safe URL of a file value, the message shown when a
 * file cannot be loaded, and a readable time. Styles in `media.css` (list it after `block.css` and `display.css` in `styleUrls`).
 */
import { type FunctionalComponent, h } from '@stencil/core';
import { type FileData, fileUrl } from './file-data';
import { t } from './i18n-more';
import { ImageToolbar, visibleButtons } from './image-view';
import { downloadName } from './media-download';
import { MediaIcon, type MediaIconName } from './media-icons';
import { safeMediaUrl } from './media-url';
import { type UploadController, UploadStatus, UploadZone } from './upload-zone';

/** Icons of the players and recorders, beyond the shared media icons (same 24x24 stroked style). */
const playerIcons = {
  video: ['M2 6h14v12H2z', 'M16 10l6-4v12l-6-4'],
  music: ['M9 18V5l12-2v13', 'M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0z', 'M21 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z'],
  prev: ['M15 18l-6-6 6-6'],
  next: ['M9 18l6-6-6-6'],
  mic: ['M9 3h6v11H9z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3'],
  play: ['M6 4l14 8-14 8z'],
  pause: ['M7 4h3v16H7z', 'M14 4h3v16h-3z'],
  stop: ['M6 6h12v12H6z'],
  record: ['M12 19a7 7 0 1 0 0-14 7 7 0 0 0 0 14z'],
  trim: ['M6 3v18', 'M18 3v18', 'M6 12h12'],
  undo: ['M9 14L4 9l5-5', 'M4 9h11a5 5 0 0 1 0 10h-3'],
  back: ['M11 19l-7-7 7-7', 'M20 19l-7-7 7-7'],
  forward: ['M13 5l7 7-7 7', 'M4 5l7 7-7 7'],
} as const;

/** Any icon a media element draws: a shared media icon or a player icon. */
export type AnyMediaIcon = MediaIconName | keyof typeof playerIcons;

/** A decorative icon: the shared {@link MediaIcon}, or a player icon drawn the same way. */
export const PlayerIcon: FunctionalComponent<{ name: AnyMediaIcon; size?: number }> = ({ name, size = 16 }) =>
  name in playerIcons ? (
    <svg class="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" {...iconStroke}>
      {playerIcons[name as keyof typeof playerIcons].map((d) => (
        <path d={d} />
      ))}
    </svg>
  ) : (
    <MediaIcon name={name as MediaIconName} size={size} />
  );

const iconStroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** The block label badge with any media icon (`MediaLabel` for the shared icons' set). */
export const PlayerLabel: FunctionalComponent<{ label: string; icon: AnyMediaIcon; show: boolean; id: string }> = (props) => (
  <div class={{ 'block-label': props.show, 'sr-only': !props.show }} id={props.id}>
    {props.show ? <PlayerIcon name={props.icon} size={12} /> : null}
    <span>{props.label}</span>
  </div>
);

/** An icon button of a player or toolbar (any media icon; optionally disabled, pressed, or with a class). */
export const PlayerButton: FunctionalComponent<{
  icon: AnyMediaIcon;
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
    <PlayerIcon name={props.icon} />
  </button>
);

/** The loadable URL of a file value (through {@link safeMediaUrl}: script URLs give `undefined`). */
export function mediaUrl(value: FileData | string | null | undefined): string | undefined {
  return safeMediaUrl(fileUrl(value));
}

/** True for a FileData-like object (it has a string `path` or `url`). */
export function isFileData(value: unknown): value is FileData {
  if (!value || typeof value !== 'object') return false;
  const file = value as Record<string, unknown>;
  return typeof file.path === 'string' || typeof file.url === 'string';
}

/** What went wrong loading a media file, as a sentence the user can act on. */
export function mediaErrorMessage(kind: 'image' | 'audio' | 'video' | 'subtitles', value: FileData | string | null | undefined, mediaError?: MediaError | null): string {
  const name = value ? downloadName(value) : kind;
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

/** One source of a player's input (upload, microphone, webcam). */
export interface SourceChoice<T extends string> {
  id: T;
  icon: AnyMediaIcon;
  label: string;
}

/** The sources a player offers, in the config's order, among the ones it knows; the first known one when none is. */
export function allowedSources<T extends string>(sources: unknown, choices: SourceChoice<T>[]): SourceChoice<T>[] {
  const list = Array.isArray(sources) ? sources : choices.map((choice) => choice.id);
  const allowed = list.map((id) => choices.find((choice) => choice.id === id)).filter((c): c is SourceChoice<T> => Boolean(c));
  return allowed.length ? allowed : choices.slice(0, 1);
}

/**
 * The empty input of a player: the chosen source (the upload zone, or the element's recorder) and, when there
 * are several, the buttons that switch between them.
 */
export const PlayerInput: FunctionalComponent<{
  choices: SourceChoice<string>[];
  current: string;
  onSwitch: (id: string) => void;
  legend: string;
  uploader: UploadController;
  zoneText: string;
  labelId: string;
  zoneTextId: string;
}> = (props, children) => (
  <div class="input-area">
    {props.current === 'upload' ? (
      <UploadZone controller={props.uploader} text={props.zoneText} icon="upload" labelledBy={props.labelId} textId={props.zoneTextId} />
    ) : (
      children
    )}
    {props.choices.length > 1 ? (
      <fieldset class="sources">
        <legend class="sr-only">{props.legend}</legend>
        {props.choices.map((choice) => (
          <PlayerButton icon={choice.icon} label={choice.label} pressed={choice.id === props.current} onClick={() => props.onSwitch(choice.id)} />
        ))}
      </fieldset>
    ) : null}
  </div>
);

/**
 * Inside a player's block: the label badge, the toolbar (download when the element shows it, Clear when it
 * is interactive), then the body (the element's content and the upload status).
 */
export const PlayerFrame: FunctionalComponent<{
  /** The element (for the language of the kit's words). */
  el: Element;
  label: string;
  icon: AnyMediaIcon;
  showLabel: boolean;
  labelId: string;
  /** The value shown (`null`: no toolbar). */
  value: FileData | null;
  /** Gradio 6's `buttons` and Gradio 5's `show_download_button`. */
  buttons: unknown;
  showDownloadButton: boolean;
  onDownload: () => void;
  /** Set when interactive: the Clear button. */
  onClear: (() => void) | null;
  uploader: UploadController;
  bodyStyle?: Record<string, string | undefined>;
}> = (props, children) => {
  const buttons = visibleButtons(props.buttons, { download: props.showDownloadButton !== false, share: false, fullscreen: false });
  if (!mediaUrl(props.value)) buttons.delete('download');
  return [
    <PlayerLabel label={props.label} icon={props.icon} show={props.showLabel} id={props.labelId} />,
    props.value && (buttons.size > 0 || props.onClear) ? (
      <ImageToolbar el={props.el} buttons={buttons} fullscreen={false} onDownload={props.onDownload} onFullscreen={() => undefined}>
        {props.onClear ? <PlayerButton icon="close" label={t('clear', props.el)} onClick={props.onClear} /> : null}
      </ImageToolbar>
    ) : null,
    <div class="body" style={props.bodyStyle}>
      {children}
      <div class="status">
        <UploadStatus controller={props.uploader} />
      </div>
    </div>,
  ];
};
