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
 * Types whose element takes files from the user: the runtime hands each an `upload` function bound to the
 * app's client (see `src/utils/upload.ts`). An element used alone keeps files in the page instead.
 */
export const fileTypes: ReadonlySet<string> = new Set<string>([
  'image',
  'simpleimage',
  'imageslider',
  'imageeditor',
  'file',
  'uploadbutton',
  'gallery',
  'audio',
  'video',
  'multimodaltextbox',
  'model3d',
]);

/**
 * Types whose element lists the server's folders: the runtime hands each an `ls` function that calls the
 * component's `ls` server function through the client (`Client.componentServer`).
 */
export const folderListTypes: ReadonlySet<string> = new Set<string>(['fileexplorer']);
