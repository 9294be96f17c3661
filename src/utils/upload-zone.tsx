/**
 * The file input every file-taking element shares (image, file, upload button, audio, video, gallery,
 * multimodal textbox, ...): choose with a click, drag and drop, paste anywhere in the element, Gradio's
 * `file_types` / `file_count` rules and a `max_file_size` checked before a byte is sent, per-file upload
 * progress, cancel, and every refusal or failure shown as a message inside the element.
 *
 * ## How an element uses it
 *
 * ```tsx
 * import { forceUpdate } from '@stencil/core';
 * import { UploadController, UploadStatus, UploadZone } from '../../utils/upload-zone';
 *
 * // styleUrls: ['../../utils/block.css', '../../utils/upload-zone.css', 'gr-x.css']
 * @Prop() upload?: UploadFunction;           // set by <gradio-app>; none: localUpload (blob: URLs)
 * @Prop() fileTypes: string[] | null = null; // Gradio's file_types
 * @Prop() fileCount: FileCount = 'single';   // Gradio's file_count
 * @Prop() maxFileSize: number | null = null; // bytes
 *
 * private uploader = new UploadController({
 *   host: () => this.el,
 *   settings: () => ({ fileTypes: this.fileTypes, fileCount: this.fileCount, maxFileSize: this.maxFileSize,
 *                      upload: this.upload, disabled: !this.interactive }),
 *   onUpload: (files) => { this.value = files[0]; this.grUpload.emit(...); this.grChange.emit(...); },
 *   requestRender: () => forceUpdate(this),
 * });
 * connectedCallback() { this.uploader.connect(); }     // drag and drop + paste listeners on the host
 * disconnectedCallback() { this.uploader.disconnect(); } // also aborts an upload under way
 *
 * render: <UploadZone controller={this.uploader} text="Drop Image Here" icon="image" labelledBy={titleId} />
 *         <UploadStatus controller={this.uploader} />   // progress, cancel and messages; render it always
 * ```
 *
 * - `UploadZone` is the dashed drop area: a real `<button>` (keyboard: Tab, Enter / Space opens the file
 *   chooser; Ctrl+V while it is focused pastes) plus the hidden `<input type=file>` (`accept`, `multiple`,
 *   `webkitdirectory` from the settings). `FileInput` alone gives the hidden input for elements with their
 *   own button (`uploadController.open()` clicks it).
 * - Drops and pastes land anywhere on the host element: `connect()` listens there. A paste also counts while
 *   the pointer is over the element and the focus is not in a text field elsewhere.
 * - `controller.dragging` is true while files are dragged over the host: show it (Gradio's `border_focus`).
 * - `controller.handle(files)` runs the same checks and upload for files the element got another way
 *   (webcam capture, clipboard button); `controller.report(text)` shows any other message in the status.
 * - The upload goes through `settings().upload` (an {@link UploadFunction}; `localUpload` when absent) with
 *   `onProgress` and an `AbortSignal`; `cancel()` aborts it. `onUpload` runs only for a complete upload.
 */
import { type FunctionalComponent, h } from '@stencil/core';
import type { FileData } from './file-data';
import { t } from './i18n-more';
import { MediaIcon, type MediaIconName } from './media-icons';
import { acceptAttribute, checkFiles, type FileCount, type UploadSettings } from './upload-rules';
import { type FileUploadProgress, type UploadFunction, localUpload } from './upload';

export { acceptAttribute, checkFiles, type FileCount, fileMatchesTypes, formatBytes, normalizeFileTypes, type UploadSettings } from './upload-rules';

/** A message in the element: a refusal or failure (`error`), or a neutral note (`info`). */
export interface UploadMessage {
  kind: 'error' | 'info';
  text: string;
}

export interface UploadControllerOptions {
  /** The element's host: drops and pastes are taken anywhere on it. */
  host: () => HTMLElement;
  settings: () => UploadSettings;
  /** A complete, accepted upload: the files' FileData, in order. */
  onUpload: (files: FileData[]) => void;
  /** Called whenever `dragging`, `progress` or `message` changed (e.g. `() => forceUpdate(this)`). */
  requestRender: () => void;
}

/** The props of a file-taking element that {@link UploadSettings} are made of (Gradio's names, camelCase). */
export interface FileInputProps {
  fileTypes?: string[] | string | null;
  fileCount?: FileCount | null;
  maxFileSize?: number | null;
  upload?: UploadFunction | null;
  interactive?: boolean;
}

/** An element's upload settings from its props: `settings: () => uploadSettings(this)`. */
export function uploadSettings(props: FileInputProps): UploadSettings {
  return {
    fileTypes: props.fileTypes,
    fileCount: props.fileCount,
    maxFileSize: props.maxFileSize,
    upload: props.upload,
    disabled: props.interactive === false,
  };
}

type Entry = {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (file: File) => void, fail: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (error: unknown) => void) => void };
};

/** Every file below a dropped folder (`webkitGetAsEntry`), with its relative path kept in the name's order. */
async function readEntry(entry: Entry): Promise<File[]> {
  if (entry.isFile && entry.file) {
    const read = entry.file.bind(entry);
    return [await new Promise<File>((ok, fail) => read(ok, fail))];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const files: File[] = [];
  // readEntries answers in batches until it answers an empty list.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) files.push(...(await readEntry(child)));
  }
  return files;
}

const isEditable = (node: EventTarget | null): boolean =>
  node instanceof HTMLElement && (node.isContentEditable || /^(input|textarea|select)$/i.test(node.tagName));

/**
 * The state and behaviour of one element's file input: see the module comment. Rendering is done by
 * {@link UploadZone}, {@link FileInput} and {@link UploadStatus}, which read this object.
 */
export class UploadController {
  /** Files are being dragged over the element. */
  dragging = false;
  /** Per-file progress of the upload under way; `null` when none is. */
  progress: FileUploadProgress[] | null = null;
  /** The message shown in the element (refusal, failure, cancel), until the next attempt or dismissal. */
  message: UploadMessage | null = null;

  readonly #options: UploadControllerOptions;
  #input?: HTMLInputElement;
  #abort?: AbortController;
  #hovered = false;
  #dragDepth = 0;
  #host?: HTMLElement;

  constructor(options: UploadControllerOptions) {
    this.#options = options;
  }

  /** The host's listeners, as `[event, handler]` pairs. */
  #hostListeners(): Array<[string, EventListener]> {
    return [
      ['dragenter', this.#onDragEnter as EventListener],
      ['dragover', this.#onDragOver as EventListener],
      ['dragleave', this.#onDragLeave],
      ['drop', this.#onDrop as EventListener],
      ['paste', this.#onPaste as EventListener],
      ['pointerenter', this.#onPointerEnter],
      ['pointerleave', this.#onPointerLeave],
    ];
  }

  /** Listens for drops and pastes on the host (call in `connectedCallback`). */
  connect(): void {
    if (this.#host) return;
    const host = this.#options.host();
    this.#host = host;
    for (const [name, listener] of this.#hostListeners()) host.addEventListener(name, listener);
    document.addEventListener('paste', this.#onDocumentPaste);
  }

  /** Removes the listeners and aborts an upload under way (call in `disconnectedCallback`). */
  disconnect(): void {
    const host = this.#host;
    if (host) for (const [name, listener] of this.#hostListeners()) host.removeEventListener(name, listener);
    document.removeEventListener('paste', this.#onDocumentPaste);
    this.#host = undefined;
    this.#abort?.abort();
  }

  /** Whether an upload is under way. */
  get busy(): boolean {
    return this.progress !== null;
  }

  /** The element the controller serves (its language is the one of the kit's words it shows). */
  get element(): HTMLElement {
    return this.#host ?? this.#options.host();
  }

  /** The settings as the element has them now. */
  get settings(): UploadSettings {
    return this.#options.settings();
  }

  /** The ref callback of the hidden input ({@link FileInput} sets it). */
  setInput = (input?: HTMLInputElement): void => {
    this.#input = input;
  };

  /** Opens the browser's file chooser (a click on the drop zone or on an element's own button). */
  open = (): void => {
    if (this.settings.disabled || this.busy || !this.#input) return;
    this.#input.value = '';
    this.#input.click();
  };

  /** Hides the message. */
  dismiss = (): void => {
    this.#setMessage(null);
  };

  /** Shows a message in the element (an element's own failures: camera, clipboard, broken image). */
  report(text: string, kind: UploadMessage['kind'] = 'error'): void {
    this.#setMessage({ kind, text });
  }

  /** Aborts the upload under way; the element keeps its value and says the upload was cancelled. */
  cancel = (): void => {
    this.#abort?.abort();
  };

  /**
   * Checks and uploads files (from the chooser, a drop, a paste, or the element itself). Resolves with their
   * FileData after `onUpload` ran, or `null` when they were refused, the upload failed or was cancelled (the
   * reason is then in `message`).
   */
  async handle(files: File[]): Promise<FileData[] | null> {
    const settings = this.settings;
    if (settings.disabled || files.length === 0) return null;
    if (this.busy) {
      this.report('An upload is already under way: wait for it or cancel it first.');
      return null;
    }
    const refusal = checkFiles(files, settings);
    if (refusal) {
      this.report(refusal);
      return null;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.message = null;
    this.progress = files.map((file) => ({ name: file.name, loaded: 0, total: file.size }));
    this.#options.requestRender();
    const upload = settings.upload ?? localUpload;
    try {
      const result = await upload(files, {
        signal: abort.signal,
        onProgress: (p) => {
          if (!this.progress || abort.signal.aborted) return;
          this.progress = this.progress.map((row) => (row.name === p.name ? { ...row, loaded: Math.min(p.loaded, row.total || p.loaded) } : row));
          this.#options.requestRender();
        },
      });
      if (abort.signal.aborted) throw abortError();
      if (!Array.isArray(result) || result.length !== files.length) {
        throw new Error(`the server answered ${Array.isArray(result) ? result.length : 'no'} file(s) for ${files.length}.`);
      }
      this.progress = null;
      this.#abort = undefined;
      this.#options.requestRender();
      this.#options.onUpload(result);
      return result;
    } catch (error) {
      this.progress = null;
      this.#abort = undefined;
      if (abort.signal.aborted || (error as Error)?.name === 'AbortError') this.report('Upload cancelled.', 'info');
      else this.report(`Upload failed: ${(error as Error)?.message || String(error)}`);
      return null;
    }
  }

  /** The input's `change`: the chosen files. */
  onInputChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    void this.handle(files);
  };

  #setMessage(message: UploadMessage | null): void {
    this.message = message;
    this.#options.requestRender();
  }

  #setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#options.requestRender();
  }

  #carriesFiles = (event: DragEvent): boolean => Boolean(event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files'));

  #onDragEnter = (event: DragEvent): void => {
    if (this.settings.disabled || !this.#carriesFiles(event)) return;
    event.preventDefault();
    this.#dragDepth++;
    this.#setDragging(true);
  };

  #onDragOver = (event: DragEvent): void => {
    if (this.settings.disabled || !this.#carriesFiles(event)) return;
    // Without this the browser refuses the drop (and would open the file instead).
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.#setDragging(true);
  };

  #onDragLeave = (): void => {
    this.#dragDepth = Math.max(0, this.#dragDepth - 1);
    if (this.#dragDepth === 0) this.#setDragging(false);
  };

  #onDrop = (event: DragEvent): void => {
    this.#dragDepth = 0;
    this.#setDragging(false);
    if (this.settings.disabled || !event.dataTransfer) return;
    event.preventDefault();
    event.stopPropagation();
    void this.#dropped(event.dataTransfer);
  };

  async #dropped(data: DataTransfer): Promise<void> {
    const entries = Array.from(data.items ?? [])
      .filter((item) => item.kind === 'file')
      .map((item) => (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null);
    const files = Array.from(data.files ?? []);
    if (entries.some((entry) => entry?.isDirectory)) {
      if (this.settings.fileCount !== 'directory') {
        this.report('Folders cannot be uploaded here: drop files instead.');
        return;
      }
      try {
        const all: File[] = [];
        for (const entry of entries) if (entry) all.push(...(await readEntry(entry)));
        await this.handle(all);
      } catch (error) {
        this.report(`Could not read the dropped folder: ${(error as Error)?.message ?? String(error)}`);
      }
      return;
    }
    if (files.length === 0) {
      this.report('Nothing to upload: drop files from your computer.');
      return;
    }
    await this.handle(files);
  }

  /** Files pasted while the focus is in the element. Pasting text is left alone. */
  #onPaste = (event: ClipboardEvent): void => {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (this.settings.disabled || files.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    void this.handle(files);
  };

  /** Files pasted while the pointer is over the element and the focus is not in a text field elsewhere. */
  #onDocumentPaste = (event: ClipboardEvent): void => {
    if (!this.#hovered || !this.#host || event.defaultPrevented) return;
    if (event.composedPath().includes(this.#host) || isEditable(event.target)) return;
    this.#onPaste(event);
  };

  #onPointerEnter = (): void => {
    this.#hovered = true;
  };

  #onPointerLeave = (): void => {
    this.#hovered = false;
  };
}

function abortError(): Error {
  const error = new Error('The upload was cancelled.');
  error.name = 'AbortError';
  return error;
}

/**
 * Reads image files from the system clipboard (the Image element's clipboard source). Rejects with a message
 * fit to show when the page may not read it or it holds no image.
 */
export async function readClipboardImages(): Promise<File[]> {
  if (!navigator.clipboard?.read) throw new Error('This browser cannot read images from the clipboard here.');
  let items: ClipboardItems;
  try {
    items = await navigator.clipboard.read();
  } catch (error) {
    throw new Error(`Could not read the clipboard (${(error as Error)?.message || 'permission denied'}).`);
  }
  const files: File[] = [];
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith('image/'));
    if (!type) continue;
    const blob = await item.getType(type);
    files.push(new File([blob], `clipboard.${type.slice(6).replace(/\+.*$/, '') || 'png'}`, { type }));
  }
  if (files.length === 0) throw new Error('The clipboard holds no image.');
  return files;
}

/** The hidden `<input type=file>` of a controller (inside {@link UploadZone}, or alone next to an element's own button). */
export const FileInput: FunctionalComponent<{ controller: UploadController }> = ({ controller }) => {
  const settings = controller.settings;
  const count = settings.fileCount ?? 'single';
  return (
    <input
      type="file"
      class="upload-input"
      hidden
      tabIndex={-1}
      aria-hidden="true"
      accept={acceptAttribute(settings.fileTypes)}
      multiple={count !== 'single'}
      {...(count === 'directory' ? { webkitdirectory: true } : {})}
      disabled={settings.disabled}
      onChange={controller.onInputChange}
      ref={controller.setInput}
    />
  );
};

export interface UploadZoneProps {
  controller: UploadController;
  /** The first line (`"Drop Image Here"`, `"Drop File Here"`). */
  text: string;
  /** The icon above it. @default 'upload' */
  icon?: MediaIconName;
  /** Id of the element's label: the zone's accessible name is that label plus its own text. */
  labelledBy?: string;
  /** Id of the zone's text (unique in the page, for `aria-labelledby`). */
  textId: string;
}

/**
 * The drop area (dashed border in the element's block): a button that opens the chooser, showing "Drop ...
 * Here - or - Click to Upload"; `.dragging` while files are over the element. Drops and pastes are handled
 * by the controller on the whole host.
 */
export const UploadZone: FunctionalComponent<UploadZoneProps> = ({ controller, text, icon, labelledBy, textId }) => {
  const disabled = Boolean(controller.settings.disabled) || controller.busy;
  return (
    <div class={{ 'upload-zone': true, dragging: controller.dragging }}>
      <FileInput controller={controller} />
      <button
        type="button"
        class="upload-zone-button"
        disabled={disabled}
        aria-labelledby={labelledBy ? `${labelledBy} ${textId}` : textId}
        onClick={controller.open}
      >
        <MediaIcon name={icon ?? 'upload'} size={28} />
        <span id={textId} class="upload-zone-text">
          <span class="upload-zone-main">{text}</span>
          <span class="upload-zone-or">{`- ${t('or', controller.element)} -`}</span>
          <span>{t('clickToUpload', controller.element)}</span>
        </span>
      </button>
    </div>
  );
};

/**
 * The upload's progress (one bar per file, with a Cancel button) and the controller's message (refusals and
 * failures as an alert with a Dismiss button, notes as a status). Renders nothing when there is neither.
 */
export const UploadStatus: FunctionalComponent<{ controller: UploadController }> = ({ controller }) => {
  const { progress, message } = controller;
  return [
    progress ? (
      <section class="upload-progress" aria-label="Upload progress">
        <ul>
          {progress.map((row) => {
            const percent = row.total > 0 ? Math.round((row.loaded / row.total) * 100) : 0;
            return (
              <li class="upload-progress-row">
                <span class="upload-progress-name">{row.name}</span>
                <progress max={100} value={percent} aria-label={`Uploading ${row.name}`} />
                <span class="upload-progress-percent">{`${percent}%`}</span>
              </li>
            );
          })}
        </ul>
        <button type="button" class="upload-cancel" onClick={controller.cancel}>
          Cancel upload
        </button>
      </section>
    ) : null,
    message ? (
      <div class={{ 'upload-message': true, [message.kind]: true }} role={message.kind === 'error' ? 'alert' : 'status'}>
        <span class="upload-message-text">{message.text}</span>
        <button type="button" class="upload-dismiss" aria-label="Dismiss message" title="Dismiss" onClick={controller.dismiss}>
          <MediaIcon name="close" size={12} />
        </button>
      </div>
    ) : null,
  ];
};
