/**
 * Which element renders each Gradio component type (spec components.md §0), shared by the runtime's registry
 * (`src/app/registry.ts`, which re-exports it) and the elements that show other components themselves (a
 * Chatbot's component messages). No imports: a plain table and a few lookups.
 */

/**
 * Which element renders each config `type` (spec components.md §0). One table, so the runtime, the tests
 * and the docs agree; a type missing here renders `<gr-fallback>` with the type's name, never a blank.
 */
export const elementTags: Readonly<Record<string, string>> = {
  // layout
  row: 'gr-row',
  column: 'gr-column',
  form: 'gr-form',
  group: 'gr-group',
  tabs: 'gr-tabs',
  tabitem: 'gr-tab',
  accordion: 'gr-accordion',
  sidebar: 'gr-sidebar',
  // components
  textbox: 'gr-textbox',
  number: 'gr-number',
  slider: 'gr-slider',
  checkbox: 'gr-checkbox',
  checkboxgroup: 'gr-checkbox-group',
  radio: 'gr-radio',
  dropdown: 'gr-dropdown',
  button: 'gr-button',
  markdown: 'gr-markdown',
  html: 'gr-html',
  json: 'gr-json',
  label: 'gr-label',
  highlightedtext: 'gr-highlighted-text',
  code: 'gr-code',
  colorpicker: 'gr-color-picker',
  datetime: 'gr-date-time',
  dataset: 'gr-dataset',
  chatbot: 'gr-chatbot',
  multimodaltextbox: 'gr-multimodal-textbox',
  image: 'gr-image',
  simpleimage: 'gr-simple-image',
  imageslider: 'gr-image-slider',
  annotatedimage: 'gr-annotated-image',
  // gr.Sketchpad, gr.Paint and gr.ImageMask are templates: their config type is `imageeditor` too.
  imageeditor: 'gr-image-editor',
  file: 'gr-file',
  uploadbutton: 'gr-upload-button',
  downloadbutton: 'gr-download-button',
  dataframe: 'gr-dataframe',
  nativeplot: 'gr-native-plot',
  lineplot: 'gr-native-plot',
  scatterplot: 'gr-native-plot',
  barplot: 'gr-native-plot',
  plot: 'gr-plot',
  state: 'gr-state',
  browserstate: 'gr-browser-state',
  timer: 'gr-timer',
  api: 'gr-state',
  navbar: 'gr-navbar',
  gallery: 'gr-gallery',
  audio: 'gr-audio',
  video: 'gr-video',
  paramviewer: 'gr-param-viewer',
  draggable: 'gr-draggable',
  model3d: 'gr-model3d',
  fileexplorer: 'gr-file-explorer',
  workflowcanvas: 'gr-workflow-canvas',
  // Gradio's frontend shows a Walkthrough as tabs and its steps as tabs' panels.
  walkthrough: 'gr-tabs',
  walkthroughstep: 'gr-tab',
  dialogue: 'gr-dialogue',
  // Gradio's Fallback shows the JSON of a value; the `gradio cc` templates are a textbox and a dropdown
  fallback: 'gr-json',
  simpletextbox: 'gr-textbox',
  simpledropdown: 'gr-dropdown',
};

/**
 * Subclasses that share their parent's config `type` but render differently, told apart by `props.name`
 * (the actual class name): `button` + `clearbutton` is a ClearButton.
 */
const subclassTags: Readonly<Record<string, string>> = {
  'button/clearbutton': 'gr-clear-button',
};

/**
 * The element for a config type (and the component's class name, `props.name`); `gr-fallback` for a type
 * this kit does not render (yet).
 */
export function tagFor(type: string, name?: unknown): string {
  const subclass = typeof name === 'string' ? subclassTags[`${type}/${name}`] : undefined;
  if (subclass) return subclass;
  return Object.hasOwn(elementTags, type) ? elementTags[type] : 'gr-fallback';
}

/** Layout types: containers whose children come from the layout tree. */
export const layoutTypes: ReadonlySet<string> = new Set([
  'draggable',
  'walkthrough',
  'walkthroughstep',
  'row',
  'column',
  'form',
  'group',
  'tabs',
  'tabitem',
  'accordion',
  'sidebar',
]);

/** Types with no visible rendering (no chrome, no status tracker). */
export const invisibleTypes: ReadonlySet<string> = new Set(['state', 'browserstate', 'timer', 'api']);


/**
 * The element that shows a component of `type` inside another element (a Chatbot's component message): any
 * type the kit has an element for, except layout blocks and components with nothing to show; `null` otherwise.
 */
export function embeddedTagFor(type: string): string | null {
  if (!Object.hasOwn(elementTags, type) || layoutTypes.has(type) || invisibleTypes.has(type)) return null;
  return elementTags[type];
}
