/**
 * The DOM events of the kit's elements, for the elements that show other elements inside themselves.
 */

/**
 * Every DOM event the kit's elements emit for a user action (`gr-<gradio event>`). An element that shows
 * other elements inside itself stops these at its border, so a runtime listening for them on the app never
 * takes an inner element's action for its host's (`src/utils/component-tags.unit.test.ts` keeps the list
 * complete). Apart from `./component-tags.ts`, which every app loads: only such elements need the list.
 */
export const elementEventNames: readonly string[] = [
  'gr-apply',
  'gr-blur',
  'gr-change',
  'gr-clear',
  'gr-clear-status',
  'gr-clear-validation',
  'gr-click',
  'gr-close',
  'gr-collapse',
  'gr-copy',
  'gr-delete',
  'gr-double-click',
  'gr-download',
  'gr-edit',
  'gr-end',
  'gr-example-select',
  'gr-expand',
  'gr-first-show',
  'gr-focus',
  'gr-input',
  'gr-key-up',
  'gr-like',
  'gr-locale-change',
  'gr-login',
  'gr-navigate',
  'gr-option-select',
  'gr-pause',
  'gr-pause-recording',
  'gr-play',
  'gr-preview-close',
  'gr-preview-open',
  'gr-record',
  'gr-release',
  'gr-restore',
  'gr-retry',
  'gr-select',
  'gr-start-recording',
  'gr-stop',
  'gr-stop-recording',
  'gr-stream',
  'gr-submit',
  'gr-theme-change',
  'gr-tick',
  'gr-toast-close',
  'gr-undo',
  'gr-upload',
];
