/**
 * The runtime's view of the component types: which element renders each (the table lives in
 * `src/utils/component-tags.ts`, shared with elements that show components themselves), and which types
 * get what from the runtime.
 */
export { elementTags, invisibleTypes, layoutTypes, tagFor } from '../utils/component-tags';

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

/**
 * Types whose element calls its component's server functions by name (`server_functions`): the runtime hands
 * each a `server(fnName, data)` function bound to the component (`Client.componentServer`).
 */
export const serverFunctionTypes: ReadonlySet<string> = new Set<string>(['workflowcanvas']);

/**
 * Types whose element shows a validator's message itself, under its label with the field marked invalid (its
 * `validationError` prop), as Gradio's Textbox and Number do; the others get the status tracker's banner.
 */
export const inlineValidationTypes: ReadonlySet<string> = new Set<string>(['textbox', 'number']);

/**
 * The value a component starts with when its config has none (Gradio leaves `None` props out of the config):
 * the official frontend's components start from these (Gradio 5.14's `export let value = ""`, 6.25's
 * `gradio.props.value ?? ""`), so an untouched empty textbox reaches the server as `""`, not `None`, and a
 * number as `0`. Made per use: values are never shared between components.
 */
export const missingValues: ReadonlyMap<string, () => unknown> = new Map<string, () => unknown>([
  ['textbox', () => ''],
  ['simpletextbox', () => ''],
  ['code', () => ''],
  ['number', () => 0],
  ['multimodaltextbox', () => ({ text: '', files: [] })],
]);
