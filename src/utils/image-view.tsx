/**
 * Pieces the image elements share (`gr-image`, `gr-simple-image`, later the slider and annotated image):
 * which toolbar buttons to show across Gradio versions, the pixel a click lands on, the image itself with
 * a message when it cannot be shown, and the toolbar. Styles in `image-view.css`.
 */
import { type FunctionalComponent, h } from '@stencil/core';
import { type FileData, fileUrl } from './file-data';
import { t } from './i18n-more';
import { MediaButton } from './media-icons';
import { safeMediaUrl } from './media-url';

/** The toolbar buttons of a media element. */
export type MediaButtonName = 'download' | 'share' | 'fullscreen';

/**
 * The buttons to show: Gradio 6 sends `buttons` (a list; custom button configs in it are ignored here);
 * Gradio 5 sends `show_download_button` / `show_share_button` / `show_fullscreen_button`. A `buttons` list
 * wins when present. Share needs the Hugging Face Hub, which a page outside a Space does not have, so it
 * is shown only when asked for and the element has a share handler.
 */
export function visibleButtons(
  buttons: unknown,
  flags: { download: boolean; share: boolean; fullscreen: boolean },
): Set<MediaButtonName> {
  if (Array.isArray(buttons)) {
    const names = buttons.filter((b): b is MediaButtonName => b === 'download' || b === 'share' || b === 'fullscreen');
    return new Set(names);
  }
  const set = new Set<MediaButtonName>();
  if (flags.download) set.add('download');
  if (flags.share) set.add('share');
  if (flags.fullscreen) set.add('fullscreen');
  return set;
}

/**
 * The pixel of the image's natural size under a click (Gradio's select data for Image: `[x, y]`), for an
 * image drawn with `object-fit: contain` or `scale-down`, centred in its box. `null` outside the picture.
 */
export function clickedPixel(event: { clientX: number; clientY: number }, image: HTMLImageElement): [number, number] | null {
  const box = image.getBoundingClientRect();
  const { naturalWidth: nw, naturalHeight: nh } = image;
  if (!nw || !nh || !box.width || !box.height) return null;
  const fit = getComputedStyle(image).objectFit;
  let scale = Math.min(box.width / nw, box.height / nh);
  if (fit === 'scale-down') scale = Math.min(scale, 1);
  if (fit === 'fill') return [Math.floor(((event.clientX - box.left) / box.width) * nw), Math.floor(((event.clientY - box.top) / box.height) * nh)];
  const left = box.left + (box.width - nw * scale) / 2;
  const top = box.top + (box.height - nh * scale) / 2;
  const x = Math.floor((event.clientX - left) / scale);
  const y = Math.floor((event.clientY - top) / scale);
  if (x < 0 || y < 0 || x >= nw || y >= nh) return null;
  return [x, y];
}

/** The URL to load for an image value, or why there is none (`unsafe`: a script URL was refused). */
export function imageSource(value: FileData | string | null | undefined): { url?: string; unsafe: boolean } {
  const raw = fileUrl(value);
  if (!raw) return { unsafe: false };
  const url = safeMediaUrl(raw);
  return url ? { url, unsafe: false } : { unsafe: true };
}

/** The image's text alternative: the file's name when it has one. */
export function imageAlt(label: string, value: FileData | string | null | undefined): string {
  const name = value && typeof value !== 'string' ? value.orig_name : null;
  return name ? `${label}: ${name}` : label;
}

/** The top-right toolbar of an image: download, fullscreen and share, then extra buttons (clear). */
export const ImageToolbar: FunctionalComponent<{
  /** The element (for the language of the button labels). */
  el: Element;
  buttons: Set<MediaButtonName>;
  fullscreen: boolean;
  onDownload: () => void;
  onFullscreen: () => void;
  onShare?: () => void;
}> = (props, children) => (
  <div class="toolbar">
    {props.buttons.has('download') ? <MediaButton icon="download" label={t('download', props.el)} onClick={props.onDownload} /> : null}
    {props.buttons.has('share') && props.onShare ? <MediaButton icon="share" label="Share" onClick={props.onShare} /> : null}
    {props.buttons.has('fullscreen') ? (
      <MediaButton
        icon={props.fullscreen ? 'exitFullscreen' : 'fullscreen'}
        label={props.fullscreen ? t('close', props.el) : t('fullscreen', props.el)}
        onClick={props.onFullscreen}
      />
    ) : null}
    {children}
  </div>
);

/**
 * Follows the fullscreen state of one element (the block), so a toolbar can show enter / exit. Call
 * `toggle(block)` from the button and `dispose()` when the element goes away.
 */
export class FullscreenToggle {
  active = false;
  readonly #onChange: () => void;
  #target?: Element;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
    document.addEventListener('fullscreenchange', this.#sync);
  }

  #sync = (): void => {
    const active = Boolean(this.#target) && document.fullscreenElement === this.#target;
    if (active !== this.active) {
      this.active = active;
      this.#onChange();
    }
  };

  async toggle(target: Element | undefined): Promise<void> {
    if (!target) return;
    this.#target = target;
    try {
      if (document.fullscreenElement === target) await document.exitFullscreen();
      else await target.requestFullscreen();
    } catch {
      // Not allowed here (an iframe without allowfullscreen): nothing changes.
    }
    this.#sync();
  }

  dispose(): void {
    document.removeEventListener('fullscreenchange', this.#sync);
  }
}
