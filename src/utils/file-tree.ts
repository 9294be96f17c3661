/**
 * The data side of `<gr-file-explorer>`: one entry of a server's folder listing (Gradio's FileExplorer `ls`
 * server function), the function the runtime hands the element to list a folder, and the value's paths.
 */

/** One entry of a folder listing, as Gradio's `FileExplorer.ls` returns it (folders first, then files). */
export interface FileTreeEntry {
  name: string;
  type: 'file' | 'folder';
  /** Whether the entry matches the explorer's `glob` (only such entries can be selected). */
  valid: boolean;
}

/**
 * Lists one folder under the explorer's `root_dir`: `[]` is the root, `["docs", "deep"]` is `docs/deep`.
 * `<gradio-app>` sets it to the component's `ls` server function; a page may set its own.
 */
export type FileTreeLister = (folder: string[]) => Promise<unknown>;

/** A path as the value has it: its segments under the root (`["docs", "guide.md"]`). */
export type TreePath = string[];

/** A stable key for a path (segments may hold any character but NUL). */
export const pathKey = (path: readonly string[]): string => path.join('\u0000');

/** A path as people read it: `docs/guide.md`. */
export const pathText = (path: readonly string[]): string => path.join('/');

/**
 * Checks a listing's shape and returns its entries; a {@link TypeError} with what was wrong otherwise (an
 * entry whose name has a `/`, `..` or is empty is refused: it could name a path outside its folder).
 */
export function readListing(listing: unknown, folder: readonly string[]): FileTreeEntry[] {
  const where = folder.length ? `"${pathText(folder)}"` : 'the root folder';
  if (listing === null || listing === undefined) return [];
  if (!Array.isArray(listing)) throw new TypeError(`The listing of ${where} is not a list of files.`);
  return listing.map((entry, i) => {
    const e = entry as Partial<FileTreeEntry> | null;
    const name = e?.name;
    if (typeof name !== 'string' || !name || name === '.' || name === '..' || /[\\/]/.test(name)) {
      throw new TypeError(`The listing of ${where} has an invalid entry at position ${i + 1}.`);
    }
    return { name, type: e?.type === 'folder' ? 'folder' : 'file', valid: e?.valid !== false };
  });
}

/** The value's paths (Gradio's FileExplorer wire format is a list of segment lists), dropping anything else. */
export function valuePaths(value: unknown): TreePath[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is TreePath => Array.isArray(p) && p.length > 0 && p.every((s) => typeof s === 'string'));
}
