import { type FunctionalComponent, h } from '@stencil/core';

/**
 * The toolbar's fullscreen toggle of the data elements (Dataframe, plots): "Fullscreen" / "Exit fullscreen",
 * a pressed state, and the matching corner icon. Style it with the toolbar's `.icon-button`.
 */
export const FullscreenButton: FunctionalComponent<{ active: boolean; onToggle: () => void }> = ({ active, onToggle }) => (
  <button
    type="button"
    class="icon-button"
    aria-label={active ? 'Exit fullscreen' : 'Fullscreen'}
    aria-pressed={active ? 'true' : 'false'}
    title={active ? 'Exit fullscreen' : 'Fullscreen'}
    onClick={onToggle}
  >
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
      <path d={active ? 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5' : 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'} />
    </svg>
  </button>
);
