/**
 * Helpers shared by the layout containers (gr-row, gr-column, gr-group, gr-form, gr-tabs, gr-accordion,
 * gr-sidebar, gr-blocks-root). Each container is itself the flex box its children sit in: the default slot is
 * the last child of the host, so children added later by the runtime (`appendChild`) land where the slot is.
 */
import { cssLength } from './block';
import { type ElemClasses, elemClassMap } from './props';

/** Gradio's `visible`: `true`, `false` (not shown) or `"hidden"` (kept in the DOM, `display: none`). */
export type Visibility = boolean | 'hidden';

/** Whether a Gradio `visible` value shows the element. */
export const isShown = (visible: Visibility | null | undefined): boolean => visible !== false && visible !== 'hidden';

/** The host `class` of a container: its Gradio class name, `elem_classes` and `hidden`. */
export function containerClass(
  name: string,
  elemClasses: ElemClasses,
  visible: Visibility | null | undefined,
  extra: Record<string, boolean> = {},
): Record<string, boolean> {
  return { [name]: true, ...elemClassMap(elemClasses), ...extra, hidden: !isShown(visible) };
}

/** Inline `height`, `min-height` and `max-height` from Gradio size props (numbers are pixels). */
export function heightStyle(
  height: number | string | null | undefined,
  minHeight: number | string | null | undefined,
  maxHeight: number | string | null | undefined,
): Record<string, string> {
  const style: Record<string, string> = {};
  const entries: [string, string | undefined][] = [
    ['height', cssLength(height)],
    ['min-height', cssLength(minHeight)],
    ['max-height', cssLength(maxHeight)],
  ];
  for (const [key, value] of entries) if (value !== undefined) style[key] = value;
  return style;
}

/** Detail of the internal `gr-sidebar-layout` event a gr-sidebar sends to its gr-blocks-root. */
export interface SidebarLayoutDetail {
  position: 'left' | 'right';
  /** The open sidebar's width in pixels; `null` when closed or hidden. */
  width: number | null;
  /** The closed sidebar's toggle: how far it reaches past the panel's edge, in pixels; `null` when open or hidden. */
  toggle?: number | null;
}
