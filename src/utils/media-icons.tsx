/**
 * Icons and small chrome of the media elements (image, file, upload zone): a stroked 24x24 SVG icon from a
 * list of path data, the block label badge and a toolbar icon button. They reuse the `.block-label`,
 * `.toolbar` and `.icon-button` classes of `display.css` (list it in the element's `styleUrls`).
 */
import { type FunctionalComponent, h } from '@stencil/core';

/** Path data of the media icons (24x24 viewBox, stroked with `currentColor`). */
export const mediaIcons = {
  upload: ['M12 16V4', 'M7 9l5-5 5 5', 'M4 20h16'],
  image: ['M3 4h18v16H3z', 'M3 16l5-5 4 4 3-3 6 6', 'M15.5 8.5h.01'],
  file: ['M14 3H6v18h12V7z', 'M14 3v4h4'],
  folder: ['M3 6h6l2 2h10v11H3z'],
  webcam: ['M12 14a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M8 21h8', 'M12 14v7'],
  camera: ['M4 7h4l2-3h4l2 3h4v12H4z', 'M12 16a3 3 0 1 0 0-6 3 3 0 0 0 0 6z'],
  clipboard: ['M9 4h6v3H9z', 'M9 5H6v16h12V5h-3'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 14h10l1-14'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  fullscreen: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  exitFullscreen: ['M9 4v5H4', 'M15 4v5h5', 'M9 20v-5H4', 'M15 20v-5h5'],
  swap: ['M7 7h13l-3-3', 'M17 17H4l3 3'],
  share: ['M12 3v12', 'M8 7l4-4 4 4', 'M5 12v8h14v-8'],
} as const;

export type MediaIconName = keyof typeof mediaIcons;

/** The drawing attributes every media icon shares. */
const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** A decorative media icon, hidden from assistive technology. */
export const MediaIcon: FunctionalComponent<{ name: MediaIconName; size?: number }> = ({ name, size = 16 }) => (
  <svg class="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" {...stroke}>
    {mediaIcons[name].map((d) => (
      <path d={d} />
    ))}
  </svg>
);

/**
 * Gradio's BlockLabel for media: the badge in the top-left corner with an icon and the label; with
 * `show=false` the label stays for screen readers only (it still names the element through `id`).
 */
export const MediaLabel: FunctionalComponent<{ label: string; icon: MediaIconName; show: boolean; id: string }> = (props) => (
  <div class={{ 'block-label': props.show, 'sr-only': !props.show }} id={props.id}>
    {props.show ? <MediaIcon name={props.icon} size={12} /> : null}
    <span>{props.label}</span>
  </div>
);

/** One icon button of a media toolbar; its label is its accessible name and tooltip. */
export const MediaButton: FunctionalComponent<{
  icon: MediaIconName;
  label: string;
  onClick: (event: MouseEvent) => void;
  pressed?: boolean;
}> = (props) => (
  <button
    type="button"
    class="icon-button"
    aria-label={props.label}
    title={props.label}
    aria-pressed={props.pressed === undefined ? undefined : String(props.pressed)}
    onClick={props.onClick}
  >
    <MediaIcon name={props.icon} />
  </button>
);
