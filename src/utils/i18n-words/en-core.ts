/**
 * The kit's words in English that the first screen of an app can show: `<gradio-app>`'s own (loading, a login's
 * end, errors, the API link), the status tracker's, the toasts' and the textbox's. They come with the kit's core;
 * every other English word is in `en-more.ts`, loaded by the elements that show it (`utils/i18n-more.ts`).
 * `{name}` in a word is a value `t` fills in. Written for the kit, not taken from Gradio's files.
 */
export const enCore = {
  copy: 'Copy',
  copied: 'Copied',
  clear: 'Clear',
  submit: 'Submit',
  stop: 'Stop',
  loading: 'Loading…',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  success: 'Success',
  wrongLogin: 'Incorrect username or password.',
  loginExpired: 'Your sign-in has ended: sign in again to continue. What you entered is kept.',
  appNotLoaded: 'This app could not be loaded.',
  hostedAt: 'Hosted at',
  builtWith: 'Built with Gradio',
  queue: 'queue',
  spaceSleeping: 'This Space is asleep: waking it up…',
  spaceBuilding: 'This Space is being built…',
  spaceStarting: 'This Space is starting…',
  useViaApi: 'Use via API',
  settings: 'Settings',
  app: 'App',
  apiDocs: 'API documentation',
  showTypeMessages: 'Show {type} messages',
  hideTypeMessages: 'Hide {type} messages',
  closeTypeMessages: 'Close {type} messages',
};
