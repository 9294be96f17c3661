/**
 * Helpers for the props every gr-* element shares with its Gradio config (`elem_id`, `elem_classes`,
 * `scale`, `min_width`, `visible`), so each element applies them the same way.
 */

/** `elem_classes` as Gradio sends it: one class, a list, or nothing. */
export type ElemClasses = string | string[] | null | undefined;

/** Gradio's `elem_classes` as a class map for a Stencil `class` attribute. */
export function elemClassMap(elemClasses: ElemClasses): Record<string, boolean> {
  const list = Array.isArray(elemClasses) ? elemClasses : (elemClasses ?? '').split(/\s+/);
  const map: Record<string, boolean> = {};
  for (const name of list) if (name) map[name] = true;
  return map;
}

/**
 * Inline style for `scale` and `min_width` inside a row: Gradio sets `flex-grow` to the scale and clamps
 * the min width to the row's width.
 */
export function flexStyle(scale: number | null | undefined, minWidth: number | null | undefined): Record<string, string> {
  const style: Record<string, string> = {};
  if (typeof scale === 'number') style['flex-grow'] = String(scale);
  if (typeof minWidth === 'number') style['min-width'] = `min(${minWidth}px, 100%)`;
  return style;
}
