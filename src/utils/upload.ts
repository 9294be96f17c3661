import type { FileData } from './file-data';

/** Progress of one file of an upload. */
export interface FileUploadProgress {
  /** The file's name, as the user chose it. */
  name: string;
  /** Bytes of that file received by the server so far (approximate, as the server reports it). */
  loaded: number;
  /** The file's size in bytes. */
  total: number;
}

/** Options of an {@link UploadFunction} call. */
export interface UploadOptions {
  /** Called as bytes reach the server, per file. */
  onProgress?: (progress: FileUploadProgress) => void;
  /** Aborting it stops the upload; the promise then rejects with an error named `AbortError`. */
  signal?: AbortSignal;
}

/**
 * Sends files to the app's server and resolves with their FileData, in order. `<gradio-app>` hands every
 * element that takes files an `upload` property of this type (bound to its client); an element used alone
 * has none and keeps the files in the page with {@link localUpload}.
 *
 * It rejects with an error whose `message` is fit to show the user (too large, refused type, network).
 */
export type UploadFunction = (files: File[], options?: UploadOptions) => Promise<FileData[]>;

/**
 * The upload of an element with no server: each file stays in the page as a `blob:` URL, so the element
 * shows it and its `value` is still a FileData (with the file's name as its `path`).
 */
export const localUpload: UploadFunction = async (files) =>
  files.map((file) => ({
    path: file.name,
    url: URL.createObjectURL(file),
    size: file.size,
    orig_name: file.name,
    mime_type: file.type || null,
    meta: { _type: 'gradio.FileData' as const },
  }));
