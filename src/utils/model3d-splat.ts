/**
 * The small, library-free half of Gaussian splats in `<gr-model3d>`: which files are splats (every `.splat`,
 * and a `.ply` whose header declares Gaussian-splat properties), fetching their bytes, checking them, and
 * whether the page lets the splat renderer run at all. The renderer (gsplat) is `model3d-splat-viewer.ts`,
 * loaded with `import()` when a splat is first shown.
 */
import { ModelError, extensionOf, fetchModelBytes } from './model3d';

/** The two splat file formats. */
export type SplatFormat = '.splat' | '.ply';

/** A splat file's bytes, fetched and checked (see {@link checkSplatBytes}). */
export interface SplatSource {
  format: SplatFormat;
  data: ArrayBuffer;
}

/** Bytes of one splat in a `.splat` file: position f32x3, scale f32x3, RGBA u8x4, rotation u8x4. */
export const splatRowBytes = 32;

/** PLY vertex properties that only Gaussian-splat PLYs have (3DGS training output). */
const gaussianProperties = ['f_dc_0', 'opacity', 'scale_0', 'rot_0'];

/** Where a PLY header must end; a header larger than this is not one gsplat reads either. */
const plyHeaderLimit = 64 * 1024;

/**
 * The header of a PLY file (its text up to and including the `end_header` line), or `null` when `bytes` do
 * not hold a complete one (not a PLY, or not all of it read yet).
 */
export function plyHeaderOf(bytes: Uint8Array): string | null {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, plyHeaderLimit));
  if (!/^(?:\uFEFF|\u00EF\u00BB\u00BF)?ply\r?\n/.test(text)) return null;
  const end = /\nend_header\r?\n/.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : null;
}

/** The property names of the `vertex` element of a PLY header. */
function vertexProperties(header: string): string[] {
  const names: string[] = [];
  let inVertex = false;
  for (const line of header.split(/\r?\n/)) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'element') inVertex = words[1] === 'vertex';
    else if (words[0] === 'property' && inVertex) names.push(words[words.length - 1]);
  }
  return names;
}

/** Whether a PLY header describes Gaussian splats (`f_dc_0`, `opacity`, `scale_0`, `rot_0` on its vertices). */
export function isGaussianPly(header: string): boolean {
  const names = new Set(vertexProperties(header));
  return gaussianProperties.every((name) => names.has(name));
}

/** Whether a file, by its name, may be a splat: `.splat` always is; `.ply` is when its header says so. */
export function maySplat(name: string): boolean {
  const ext = extensionOf(name);
  return ext === '.splat' || ext === '.ply';
}

/**
 * Checks a splat file before it reaches the renderer, which would fail on it with no useful message or draw
 * nothing: a `.splat` is a whole, non-zero number of 32-byte splats; a splat PLY is binary little-endian (all
 * gsplat reads) with at least one vertex.
 * @throws {ModelError} naming the file and what is wrong with it.
 */
export function checkSplatBytes(source: SplatSource, name: string): void {
  const size = source.data.byteLength;
  if (source.format === '.splat') {
    if (size === 0) throw new ModelError(`"${name}" has no splats to show (an empty SPLAT file).`);
    if (size % splatRowBytes !== 0) {
      throw new ModelError(`"${name}" is not a valid SPLAT file: its ${size} bytes are not a whole number of ${splatRowBytes}-byte splats.`);
    }
    return;
  }
  const header = plyHeaderOf(new Uint8Array(source.data)) ?? '';
  if (!/^format binary_little_endian /m.test(header)) {
    throw new ModelError(`"${name}" is a Gaussian splat PLY that is not binary little-endian, which this viewer cannot read.`);
  }
  const count = Number(/^element vertex (\d+)/m.exec(header)?.[1] ?? 0);
  if (count === 0) throw new ModelError(`"${name}" has no splats to show (a PLY file without vertices).`);
}

/**
 * A splat PLY as gsplat reads it: its header with plain `\n` line ends and no byte-order mark (gsplat looks
 * for `ply\n` and `end_header\n` exactly; Windows tools write `\r\n`). The same buffer when already so.
 */
export function normalizedPly(data: ArrayBuffer): ArrayBuffer {
  const bytes = new Uint8Array(data);
  const header = plyHeaderOf(bytes);
  if (header === null || !/[\r\u00EF\uFEFF]/.test(header)) return data;
  const clean = new TextEncoder().encode(header.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').replace(/\r\n/g, '\n'));
  const out = new Uint8Array(clean.length + bytes.length - header.length);
  out.set(clean);
  out.set(bytes.subarray(header.length), clean.length);
  return out.buffer;
}

/**
 * Fetches a file that may be a splat ({@link maySplat}): a {@link SplatSource} when it is one (every `.splat`;
 * a `.ply` whose header is a Gaussian splat's), else its bytes as they are (a mesh PLY, for the mesh loader).
 * The file is read whole once: reading a PLY's header and cancelling the rest shows the page an aborted
 * request, and the mesh loader would then fetch the file again.
 * @throws {ModelError} the file cannot be fetched.
 */
export async function fetchSplat(url: string, name: string, signal?: AbortSignal): Promise<SplatSource | ArrayBuffer> {
  const format: SplatFormat = extensionOf(name) === '.splat' ? '.splat' : '.ply';
  const data = await fetchModelBytes(url, name, signal);
  if (format === '.splat') return { format, data };
  const header = plyHeaderOf(new Uint8Array(data));
  return header !== null && isGaussianPly(header) ? { format, data } : data;
}

/** The smallest WebAssembly module: its magic number and version. */
const emptyWasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let blocker: Promise<string | null> | undefined;

/**
 * What stops the splat renderer on this page, or `null` when nothing does. gsplat compiles WebAssembly (on the
 * page and in its workers) and starts its workers from `blob:` URLs given as plain strings; a page whose
 * Content-Security-Policy forbids either (or that enforces Trusted Types) would leave it spinning on a module
 * that never loads, drawing nothing. Tried once per page, with a tiny module and a tiny worker.
 */
export function splatBlocker(): Promise<string | null> {
  blocker ??= findBlocker();
  return blocker;
}

async function findBlocker(): Promise<string | null> {
  const csp = "this page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src and blob: in worker-src";
  try {
    new WebAssembly.Module(emptyWasm);
  } catch {
    return `drawing Gaussian splats needs WebAssembly, which this page does not allow (${csp})`;
  }
  const url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
  let worker: Worker | undefined;
  try {
    worker = new Worker(url, { type: 'module' });
    const started = worker;
    const answered = await new Promise<boolean>((resolve) => {
      started.onmessage = () => resolve(true);
      started.onerror = () => resolve(false);
      setTimeout(() => resolve(false), 10_000);
    });
    if (answered) return null;
  } catch {
    // Refused at once (a Trusted Types page, or a CSP checked when the worker is made).
  } finally {
    worker?.terminate();
    URL.revokeObjectURL(url);
  }
  return `drawing Gaussian splats needs a worker started from a blob: URL, which this page does not allow (${csp}; a page enforcing Trusted Types cannot draw them)`;
}
