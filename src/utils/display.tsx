/**
 * Chrome shared by the display elements (Markdown, JSON, Label, HighlightedText, Code, Dataset): Gradio's
 * floating BlockLabel badge, the top-right toolbar of icon buttons, a copy button, and their icons.
 * Styles in `display.css` (list it after `block.css` in `styleUrls`).
 */
import { type FunctionalComponent, h } from '@stencil/core';
import { t } from './i18n-more';

/** The icons the display elements use, as inline SVG paths (24x24 viewBox, stroked). */
const iconPaths = {
  copy: ['M8 8h11v13H8z', 'M5 16V3h11'],
  check: ['M4 12l5 5L20 6'],
  json: ['M8 3H6a2 2 0 0 0-2 2v4l-2 3 2 3v4a2 2 0 0 0 2 2h2', 'M16 3h2a2 2 0 0 1 2 2v4l2 3-2 3v4a2 2 0 0 1-2 2h-2'],
  label: ['M3 12V3h9l9 9-9 9z', 'M7.5 7.5h.01'],
  text: ['M4 7V4h16v3', 'M9 20h6', 'M12 4v16'],
  code: ['M16 18l6-6-6-6', 'M8 6l-6 6 6 6'],
  table: ['M3 3h18v18H3z', 'M3 9h18', 'M3 15h18', 'M9 3v18'],
  html: ['M4 4h16v16H4z', 'M8 10l-2 2 2 2', 'M16 10l2 2-2 2'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
} as const;

export type IconName = keyof typeof iconPaths;

/** A decorative 24x24 stroked icon (hidden from assistive technology). */
export const Icon: FunctionalComponent<{ name: IconName; class?: string }> = ({ name, class: className }) => (
  <svg
    class={`icon ${className ?? ''}`}
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
    {iconPaths[name].map((d) => (
      <path d={d} />
    ))}
  </svg>
);

/** Gradio's BlockLabel: the badge with an icon and the label text in the block's top-left corner. */
export const BlockLabel: FunctionalComponent<{ label: string; icon: IconName; show: boolean; id?: string }> = (
  props,
) =>
  props.show ? (
    <div class="block-label" id={props.id}>
      <Icon name={props.icon} />
      <span>{props.label}</span>
    </div>
  ) : (
    <span class="sr-only" id={props.id}>
      {props.label}
    </span>
  );

/** One round icon button of the top-right toolbar. */
export const IconButton: FunctionalComponent<{
  icon: IconName;
  label: string;
  onClick: (event: MouseEvent) => void;
}> = (props) => (
  <button type="button" class="icon-button" aria-label={props.label} title={props.label} onClick={props.onClick}>
    <Icon name={props.icon} />
  </button>
);

/** Writes text to the clipboard; resolves `false` when the page may not (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How long the copy button shows its check mark, in milliseconds. */
export const COPIED_FEEDBACK_MS = 2000;

/**
 * Copy with feedback: writes to the clipboard and reports `true` to `onChange` (show a check mark), then
 * `false` after {@link COPIED_FEEDBACK_MS}. Call `dispose()` when the element is removed.
 */
export class CopyFeedback {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onChange: (copied: boolean) => void;

  constructor(onChange: (copied: boolean) => void) {
    this.#onChange = onChange;
  }

  /** Copies `text`; resolves whether the clipboard took it. */
  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text);
    if (ok) {
      this.#onChange(true);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#onChange(false), COPIED_FEEDBACK_MS);
    }
    return ok;
  }

  dispose() {
    clearTimeout(this.#timer);
  }
}

/** The toolbar's copy button: a copy icon, a check mark for a moment after copying. */
export const CopyButton: FunctionalComponent<{ copied: boolean; onClick: (event: MouseEvent) => void }> = (props) => (
  <IconButton icon={props.copied ? 'check' : 'copy'} label={props.copied ? t('copied') : t('copy')} onClick={props.onClick} />
);

/** The empty state of a display element: its icon, centred, named by the block label. */
export const EmptyState: FunctionalComponent<{ icon: IconName; labelledBy: string }> = (props) => (
  <div class="empty" role="img" aria-labelledby={props.labelledBy}>
    <Icon name={props.icon} />
  </div>
);

/** A CSS length from a Gradio size prop: numbers are pixels, strings pass through, `null` is unset. */
export const cssLength = (value: number | string | null | undefined): string | undefined =>
  typeof value === 'number' ? `${value}px` : (value ?? undefined);
