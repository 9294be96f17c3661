/**
 * Places a popup list (a dropdown's options) under its anchor, or above it when there is more room there, with
 * `position: fixed`, so that no ancestor's `overflow: hidden` (a block, a row, a scrolled panel) clips it.
 * Any containing block for fixed boxes on the way (`<gradio-app>` has `contain: layout`) is measured and made
 * up for, so the popup lands where the anchor is.
 */

/** How far the popup stays from its anchor and from the window's edges, in px. */
const GAP = 4;

/** The popup's wanted height unless the window is shorter, in px (Gradio's list shows about 200px). */
const PREFERRED = 200;

/** Positions `popup` for `anchor`; call it when the popup opens and on scroll or resize while it is open. */
export function placePopup(anchor: HTMLElement, popup: HTMLElement): void {
  const box = anchor.getBoundingClientRect();
  const viewport = window.innerHeight;
  const below = viewport - box.bottom - GAP * 2;
  const above = box.top - GAP * 2;
  const up = below < PREFERRED && above > below;
  const style = popup.style;
  style.position = 'fixed';
  style.right = 'auto';
  style.bottom = 'auto';
  style.width = `${box.width}px`;
  style.maxHeight = `${Math.max(80, Math.min(PREFERRED, up ? above : below))}px`;
  style.left = `${box.left}px`;
  style.top = `${box.bottom + GAP}px`;
  if (up) style.top = `${box.top - GAP - popup.offsetHeight}px`;
  // A containing block (contain, transform, filter) moves fixed boxes: measure where it landed and correct.
  const landed = popup.getBoundingClientRect();
  const wantedTop = up ? box.top - GAP - landed.height : box.bottom + GAP;
  const dx = box.left - landed.left;
  const dy = wantedTop - landed.top;
  if (dx) style.left = `${Number.parseFloat(style.left) + dx}px`;
  if (dy) style.top = `${Number.parseFloat(style.top) + dy}px`;
}

/** Forgets the placement (the popup is closed): its stylesheet rules apply again. */
export function releasePopup(popup: HTMLElement): void {
  for (const name of ['position', 'right', 'bottom', 'width', 'maxHeight', 'left', 'top'] as const) popup.style[name] = '';
}
