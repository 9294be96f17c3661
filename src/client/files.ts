/**
 * Files in inputs and outputs ([protocol] §6): `handle_file`, finding files in input values, and absolute URLs
 * for FileData in outputs. The upload request itself is `Client.upload`.
 */
import type { FileData } from './types';

const FILE_TYPE = 'gradio.FileData';

/**
 * A file to upload, as {@link handle_file} makes it: a `Blob` / `File`, bytes (`Uint8Array`, Node `Buffer`)
 * or a local path (Node only; read lazily with `node:fs/promises`).
 */
export class FileRef {
  constructor(
    /** What to upload. */
    readonly source: Blob | Uint8Array | string,
    /** The file name the server keeps (`orig_name`). @default the File's name, the path's last segment, or "blob" */
    readonly name?: string,
    /** The MIME type sent with the upload. @default the Blob's type */
    readonly type?: string,
  ) {}
}

/**
 * Marks a value as a file input, like `@gradio/client`'s `handle_file`:
 * - an `http(s)` URL becomes a FileData the server downloads itself (nothing is uploaded);
 * - a `Blob` / `File`, a `Uint8Array` / `Buffer` or a local path (Node) is uploaded to `{prefix}/upload` when the
 *   call runs and replaced by the FileData the server answers with, keeping its name and MIME type.
 * `Blob`s found in input data are uploaded even without `handle_file`.
 */
export function handle_file(
  source: Blob | Uint8Array | string,
  options: { name?: string; type?: string } = {},
): FileRef | FileData {
  if (typeof source === 'string' && /^https?:\/\//.test(source)) {
    const name = new URL(source).pathname.split('/').pop();
    return { path: source, url: source, orig_name: name || null, meta: { _type: FILE_TYPE } };
  }
  return new FileRef(source, options.name, options.type);
}

/** A file ready to upload. */
export interface UploadFile {
  blob: Blob;
  name: string;
}

/** Turns a {@link FileRef} or a `Blob` into bytes with a name (a local path is read from disk, in Node). */
export async function toUploadFile(file: FileRef | Blob): Promise<UploadFile> {
  const ref = file instanceof FileRef ? file : new FileRef(file);
  let { source } = ref;
  let name = ref.name;
  if (typeof source === 'string') {
    // Node only: loaded on first use, through a variable so that browser bundlers leave `node:fs` alone.
    const module = 'node:fs/promises';
    const fs: typeof import('node:fs/promises') = await import(/* @vite-ignore */ module);
    name ??= source.split(/[\\/]/).pop();
    source = new Uint8Array(await fs.readFile(source));
  }
  // (a Blob inside a Blob is not copied; this only sets the type when one was given)
  return {
    blob: new Blob([source as BlobPart], { type: ref.type ?? (source as Blob).type }),
    name: name ?? (source as File).name ?? 'blob',
  };
}

/** Whether `value` is a FileData object (by its `meta` marker, or by a string `path` on sse_v1/v2 servers). */
export function isFileData(value: unknown, legacy?: boolean): value is FileData {
  const file = value as FileData | null;
  return typeof file?.path === 'string' && (file.meta?._type === FILE_TYPE || (!!legacy && !file.meta));
}

/**
 * Walks `value` (arrays by index, plain objects by key) and calls `visit` on every leaf it is asked about:
 * `visit` returns a replacement, or `undefined` to descend / keep. Used to find input files and output FileData.
 */
export function walk(value: unknown, visit: (node: unknown) => unknown): unknown {
  const replaced = visit(value);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = walk(value[i], visit);
  } else if (value && Object.getPrototypeOf(value) === Object.prototype) {
    const object = value as Record<string, unknown>;
    for (const key in object) object[key] = walk(object[key], visit);
  }
  return value;
}

/** Builds a FileData for a path the upload route answered with. */
export function uploadedFileData(path: string, file: UploadFile, fileUrl: string): FileData {
  return {
    path,
    url: fileUrl + path,
    orig_name: file.name,
    size: file.blob.size,
    mime_type: file.blob.type || null,
    is_stream: false,
    meta: { _type: FILE_TYPE },
  };
}

/**
 * Makes the `url` of a FileData absolute ([protocol] §6.6): absolute → kept; starting with `/` → `{root}{url}`
 * (4.x); missing → `{root}{prefix}/file={path}` (or the path itself when it is a URL).
 */
export function resolveFileUrl(file: FileData, root: string, fileUrl: string): void {
  const { url, path } = file;
  if (url && /^[a-z][a-z\d+.-]*:/i.test(url)) return;
  file.url = url ? (url[0] === '/' ? root + url : `${root}/${url}`) : /^https?:/.test(path) ? path : fileUrl + path;
}
