/**
 * The small, library-free half of `<gr-model3d>`: which files it shows, Gradio's `clear_color` and
 * `camera_position` read into numbers, and the camera's place from Gradio's angles. The heavy half (three.js,
 * its loaders, the WebGL renderer) is `model3d-viewer.ts`, loaded with `import()` when a model is first shown.
 */

/** The formats the mesh viewer shows (Gaussian splats, `.splat` and splat `.ply`, go to `model3d-splat-viewer.ts`). */
export const modelExtensions = ['.obj', '.glb', '.gltf', '.stl', '.ply'] as const;

/** Gradio's Model3D upload accepts these extensions (its `file_types`). */
export const modelUploadTypes: string[] = [...modelExtensions, '.splat'];

export type ModelExtension = (typeof modelExtensions)[number];

/** Gradio's `display_mode`. */
export type DisplayMode = 'solid' | 'point_cloud' | 'wireframe';

/** Gradio's `camera_position`: `[alpha°, beta°, radius]`, each `null` for the viewer's own choice. */
export type CameraPosition = [number | null, number | null, number | null];

/** An RGBA colour with channels from 0 to 1 (Gradio's `clear_color`). */
export type Rgba = [number, number, number, number];

/** A model that cannot be shown: the message says which file and why, fit to show the user. */
export class ModelError extends Error {
  override readonly name = 'ModelError' as const;
}

/** The lower-case extension of a file name or URL path (`"cube.OBJ?x=1"` -> `".obj"`), `""` when none. */
export function extensionOf(name: string): string {
  const last = name.split(/[?#]/)[0].split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot).toLowerCase() : '';
}

/**
 * The mesh viewer's format of a model file from its name, or a {@link ModelError} naming the file and the
 * supported formats (a `.splat` reaching the mesh viewer is refused: `<gr-model3d>` sends those to the
 * splat viewer).
 */
export function modelFormat(name: string): ModelExtension {
  const ext = extensionOf(name);
  if ((modelExtensions as readonly string[]).includes(ext)) return ext as ModelExtension;
  const supported = modelExtensions.join(', ');
  if (ext === '.splat') throw new ModelError(`"${name}" is a Gaussian splat (.splat), which the mesh viewer cannot show (it shows ${supported}).`);
  throw new ModelError(`"${name}" is not a supported 3D file${ext ? ` (${ext})` : ''}: use ${supported}.`);
}

const channel = (value: unknown, fallback: number): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
};

/**
 * Gradio's `clear_color` (`[r, g, b, a]`, each 0-1) as four numbers; anything else (missing, short, not
 * numbers) is Gradio's default, transparent black. Out-of-range channels are clamped.
 */
export function clearColorOf(value: unknown): Rgba {
  if (!Array.isArray(value) || value.length < 3) return [0, 0, 0, 0];
  return [channel(value[0], 0), channel(value[1], 0), channel(value[2], 0), channel(value[3], 1)];
}

/** Gradio's `camera_position` as three numbers or `null`s (a non-number entry is `null`). */
export function cameraPositionOf(value: unknown): CameraPosition {
  const list = Array.isArray(value) ? value : [];
  const at = (i: number) => (typeof list[i] === 'number' && Number.isFinite(list[i]) ? (list[i] as number) : null);
  const radius = at(2);
  return [at(0), at(1), radius !== null && radius > 0 ? radius : null];
}

/** The viewer's own camera when `camera_position` leaves a value out: a front view, as Gradio's viewer has. */
export const defaultCamera = { alpha: -90, beta: 90 } as const;

/**
 * Where the camera sits relative to the model's centre for Gradio's angles, which are those of Babylon's
 * ArcRotateCamera (alpha around the vertical axis, beta down from the top, in degrees), turned into a
 * right-handed frame (three.js: y up, z towards the viewer): alpha -90°, beta 90° looks at the front.
 */
export function cameraOffset(alphaDeg: number, betaDeg: number, radius: number): [number, number, number] {
  const alpha = (alphaDeg * Math.PI) / 180;
  // Not exactly at a pole, where the orbit's up direction is undefined.
  const beta = Math.min(Math.PI - 1e-3, Math.max(1e-3, (betaDeg * Math.PI) / 180));
  const clean = (n: number) => (Math.abs(n) < 1e-9 ? 0 : n);
  return [clean(radius * Math.cos(alpha) * Math.sin(beta)), clean(radius * Math.cos(beta)), clean(-radius * Math.sin(alpha) * Math.sin(beta))];
}

/**
 * The bytes of a model file (mesh or splat).
 * @throws {ModelError} the file cannot be fetched (an HTTP error, the network); an abort is rethrown as is.
 */
export async function fetchModelBytes(url: string, name: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) throw new ModelError(`"${name}" could not be loaded: HTTP ${response.status} from ${url}.`);
    return await response.arrayBuffer();
  } catch (error) {
    if (error instanceof ModelError || signal?.aborted) throw error;
    throw new ModelError(`"${name}" could not be loaded from ${url}: ${(error as Error).message}.`);
  }
}
