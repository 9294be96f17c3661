/**
 * Gradio's rules for files a user offers an element (`file_types`, `file_count`, `max_file_size`), checked
 * in the page before any byte is sent, and byte counts as people read them. Used by `upload-zone.tsx`; no
 * DOM needed.
 */
import type { UploadFunction } from './upload';

/** Gradio's `file_count`. */
export type FileCount = 'single' | 'multiple' | 'directory';

/** What the controller reads from its element at each use (so props stay the one source of truth). */
export interface UploadSettings {
  /** Gradio's `file_types`: `"image"`, `"audio"`, `"video"`, `"text"`, `"file"` (anything), `".pdf"`, `"image/png"`, `"image/*"`. */
  fileTypes?: string[] | string | null;
  /** @default 'single' */
  fileCount?: FileCount | null;
  /** Largest accepted file in bytes; `null`: no limit. */
  maxFileSize?: number | null;
  /** Sends the files; `localUpload` (blob URLs, no server) when absent. */
  upload?: UploadFunction | null;
  /** No drops, pastes or choosing (a static element). */
  disabled?: boolean;
}

const categories: Record<string, string[]> = {
  image: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'svg', 'avif', 'tif', 'tiff', 'ico', 'heic', 'heif', 'apng'],
  audio: ['mp3', 'wav', 'ogg', 'oga', 'flac', 'm4a', 'aac', 'opus', 'weba', 'aiff', 'aif'],
  video: ['mp4', 'webm', 'mov', 'avi', 'mkv', 'ogv', 'm4v', 'mpeg', 'mpg'],
  text: ['txt', 'md', 'csv', 'tsv', 'json', 'log', 'html', 'htm', 'xml', 'yaml', 'yml'],
};

/** `file_types` as a list (Gradio also accepts one string). */
export function normalizeFileTypes(fileTypes: UploadSettings['fileTypes']): string[] {
  if (typeof fileTypes === 'string') return fileTypes.trim() ? [fileTypes.trim()] : [];
  return Array.isArray(fileTypes) ? fileTypes.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()) : [];
}

/**
 * The `accept` attribute of the file input for Gradio's `file_types` (`"image"` -> `image/*`, extensions and
 * MIME types as they are); `undefined` when anything goes (no types, or `"file"`).
 */
export function acceptAttribute(fileTypes: UploadSettings['fileTypes']): string | undefined {
  const types = normalizeFileTypes(fileTypes);
  if (types.length === 0 || types.includes('file')) return undefined;
  return types.map((t) => (t in categories ? `${t}/*` : t)).join(',');
}

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The file's MIME type, or one guessed from its extension's category (`image/`...) when the browser gave none. */
function mimeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type.toLowerCase();
  const ext = extensionOf(file.name);
  for (const [category, extensions] of Object.entries(categories)) if (extensions.includes(ext)) return `${category}/${ext}`;
  return '';
}

/** Whether a file matches one of Gradio's `file_types` (no types: every file does). */
export function fileMatchesTypes(file: { name: string; type: string }, fileTypes: UploadSettings['fileTypes']): boolean {
  const types = normalizeFileTypes(fileTypes);
  if (types.length === 0) return true;
  const mime = mimeOf(file);
  const name = file.name.toLowerCase();
  return types.some((raw) => {
    const type = raw.toLowerCase();
    if (type === 'file' || type === '*' || type === '*/*') return true;
    if (type.startsWith('.')) return name.endsWith(type);
    if (type in categories) return mime.startsWith(`${type}/`);
    if (type.endsWith('/*')) return mime.startsWith(type.slice(0, -1));
    return mime === type;
  });
}

/** A byte count as people read it: `512 B`, `1.5 KB`, `12.0 MB` (1 KB = 1024 B, as Gradio shows sizes). */
export function formatBytes(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return unit === 0 ? `${size} B` : `${size.toFixed(1)} ${units[unit]}`;
}

/**
 * Checks files against the settings before anything is sent. Returns the message to show for the first
 * rule broken (count, then type, then size), or `null` when every file may go.
 */
export function checkFiles(files: ReadonlyArray<{ name: string; type: string; size: number }>, settings: UploadSettings): string | null {
  const count = settings.fileCount ?? 'single';
  if (count === 'single' && files.length > 1) return `Only one file can be uploaded here (got ${files.length}).`;
  const types = normalizeFileTypes(settings.fileTypes);
  const refused = files.find((file) => !fileMatchesTypes(file, types));
  if (refused) return `"${refused.name}" is not an accepted file type (accepted: ${types.join(', ')}).`;
  const max = settings.maxFileSize;
  if (typeof max === 'number' && Number.isFinite(max) && max >= 0) {
    const big = files.find((file) => file.size > max);
    if (big) return `"${big.name}" (${formatBytes(big.size)}) is larger than the maximum file size of ${formatBytes(max)}.`;
  }
  return null;
}
