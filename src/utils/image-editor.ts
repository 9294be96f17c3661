/**
 * The parts of the image editor (`<gr-image-editor>`) that need no canvas: Gradio's `brush`, `eraser` and
 * `layers` props read across Gradio 5.14 and 6.25, the automatic brush size, the pixel-exact brush tip and
 * the integer line it is stamped along, the fit of a background into a fixed canvas, and the undo history.
 *
 * The brush has hard edges on purpose: every pixel it touches gets exactly the brush colour (no
 * anti-aliased fringe), so a mask drawn with `gr.ImageMask` or `gr.Sketchpad` holds exactly the pixels
 * the user painted, and the server can count them.
 */

/** One colour of the brush palette: a CSS colour and its opacity (Gradio 6's `(colour, opacity)` tuples). */
export interface BrushColor {
  color: string;
  opacity: number;
}

/** Gradio's `brush`, read: `null` when the brush is off (`brush=False`). */
export interface BrushOptions {
  colors: BrushColor[];
  defaultColor: BrushColor;
  /** `fixed`: only the palette; `defaults`: the palette and a free colour picker. */
  colorMode: 'fixed' | 'defaults';
  /** The tip's radius in canvas pixels, or `auto` (from the canvas size, {@link autoBrushSize}). */
  defaultSize: number | 'auto';
}

/** Gradio's `eraser`, read: `null` when the eraser is off. */
export interface EraserOptions {
  defaultSize: number | 'auto';
}

/** Gradio's `layers`, read (Gradio 5: a boolean; Gradio 6: `LayerOptions`). */
export interface LayerSettings {
  /** The user may add layers. */
  allowAdditional: boolean;
  /** The layers a new canvas starts with (at least one). */
  names: string[];
  /** No layer panel (Gradio's `layers=False`): the single layer is still drawn on. */
  disabled: boolean;
}

/** Gradio's default palette (gradio/components/image_editor.py `Brush.__post_init__`). */
export const defaultBrushColors: readonly string[] = ['rgb(204, 50, 50)', 'rgb(173, 204, 50)', 'rgb(50, 204, 112)', 'rgb(50, 112, 204)', 'rgb(173, 50, 204)'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A colour entry: `"#f00"`, or Gradio 6's `["#f00", 0.5]` (a tuple arrives as a list). */
function readColor(entry: unknown): BrushColor | null {
  if (typeof entry === 'string' && entry.trim()) return { color: entry.trim(), opacity: 1 };
  if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[0].trim()) {
    const opacity = typeof entry[1] === 'number' && Number.isFinite(entry[1]) ? Math.min(1, Math.max(0, entry[1])) : 1;
    return { color: entry[0].trim(), opacity };
  }
  return null;
}

function readSize(value: unknown): number | 'auto' {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 'auto';
}

/** Reads Gradio's `brush` prop; `false` (no brush) gives `null`, anything unreadable Gradio's defaults. */
export function readBrush(brush: unknown): BrushOptions | null {
  if (brush === false) return null;
  const options = isRecord(brush) ? brush : {};
  const raw = options.colors;
  // A single colour (string or tuple) is a one-colour palette.
  const list = Array.isArray(raw) && !(raw.length === 2 && typeof raw[1] === 'number') ? raw : raw == null ? [...defaultBrushColors] : [raw];
  const colors = list.map(readColor).filter((c): c is BrushColor => c !== null);
  if (colors.length === 0) colors.push(...defaultBrushColors.map((color) => ({ color, opacity: 1 })));
  // Gradio 5 says "auto" for the first colour; Gradio 6 sends the first colour itself.
  const chosen = options.default_color === 'auto' ? null : readColor(options.default_color);
  return {
    colors,
    defaultColor: chosen ?? colors[0],
    colorMode: options.color_mode === 'fixed' ? 'fixed' : 'defaults',
    defaultSize: readSize(options.default_size),
  };
}

/** Reads Gradio's `eraser` prop; `false` gives `null`. */
export function readEraser(eraser: unknown): EraserOptions | null {
  if (eraser === false) return null;
  return { defaultSize: readSize(isRecord(eraser) ? eraser.default_size : undefined) };
}

/** Reads Gradio's `layers` prop: `true` / `false` (5.14) or `{allow_additional_layers, layers, disabled}` (6.25). */
export function readLayers(layers: unknown): LayerSettings {
  if (layers === false) return { allowAdditional: false, names: ['Layer 1'], disabled: true };
  if (!isRecord(layers)) return { allowAdditional: true, names: ['Layer 1'], disabled: false };
  const names = Array.isArray(layers.layers) ? layers.layers.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
  const disabled = layers.disabled === true;
  return {
    allowAdditional: !disabled && layers.allow_additional_layers !== false,
    names: names.length > 0 ? names : ['Layer 1'],
    disabled,
  };
}

/** Reads `canvas_size` (`[width, height]`); Gradio's default 800 x 800 when missing or not two positive numbers. */
export function readCanvasSize(size: unknown): [number, number] {
  if (Array.isArray(size) && size.length === 2 && size.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 1)) {
    return [Math.min(8192, Math.round(size[0])), Math.min(8192, Math.round(size[1]))];
  }
  return [800, 800];
}

/** The `auto` brush radius: a fiftieth of the canvas's smaller side (at least 2 pixels). */
export function autoBrushSize(width: number, height: number): number {
  return Math.max(2, Math.round(Math.min(width, height) / 50));
}

/** Smallest and largest brush radius the size slider offers. */
export const brushSizeRange: Readonly<{ min: number; max: number }> = { min: 1, max: 100 };

/**
 * The pixels of a brush tip of `radius`: a square mask `2 * radius + 1` wide whose centre pixel is the
 * pointer's; a pixel belongs to the tip when its centre lies within `radius` of the centre.
 */
export function discMask(radius: number): { size: number; mask: Uint8Array } {
  const r = Math.max(0, Math.round(radius));
  const size = 2 * r + 1;
  const mask = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x - r;
      const dy = y - r;
      if (dx * dx + dy * dy <= r * r) mask[y * size + x] = 1;
    }
  }
  return { size, mask };
}

/**
 * The integer points of the line from `(x0, y0)` to `(x1, y1)`, both ends included (Bresenham): where the
 * brush tip is stamped between two pointer positions, so a fast stroke has no gaps.
 */
export function linePoints(x0: number, y0: number, x1: number, y1: number): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  let x = Math.round(x0);
  let y = Math.round(y0);
  const tx = Math.round(x1);
  const ty = Math.round(y1);
  const dx = Math.abs(tx - x);
  const dy = -Math.abs(ty - y);
  const sx = x < tx ? 1 : -1;
  const sy = y < ty ? 1 : -1;
  let error = dx + dy;
  for (;;) {
    points.push([x, y]);
    if (x === tx && y === ty) return points;
    const e2 = 2 * error;
    if (e2 >= dy) {
      error += dy;
      x += sx;
    }
    if (e2 <= dx) {
      error += dx;
      y += sy;
    }
  }
}

/** Where an image of `w` x `h` goes in a `cw` x `ch` canvas: scaled to fit whole, centred (`fixed_canvas`). */
export function fitRect(w: number, h: number, cw: number, ch: number): { x: number; y: number; width: number; height: number } {
  const scale = Math.min(cw / w, ch / h);
  const width = Math.max(1, Math.round(w * scale));
  const height = Math.max(1, Math.round(h * scale));
  return { x: Math.round((cw - width) / 2), y: Math.round((ch - height) / 2), width, height };
}

/** One undoable change: knows how to take itself back and to do itself again. */
export interface HistoryEntry {
  undo(): void;
  redo(): void;
}

/**
 * The undo history of one canvas: a list of changes and a position in it. Choosing another tool, colour
 * or size is not a change, so it never drops a stroke (gradio-app/gradio#13587); a new change after some
 * undos drops the undone ones, as every editor does. The oldest entries go beyond `limit`.
 */
export class EditHistory {
  readonly #entries: HistoryEntry[] = [];
  #position = 0;
  readonly #limit: number;

  constructor(limit = 100) {
    this.#limit = Math.max(1, limit);
  }

  get canUndo(): boolean {
    return this.#position > 0;
  }

  get canRedo(): boolean {
    return this.#position < this.#entries.length;
  }

  /** Records a change that was just made. */
  push(entry: HistoryEntry): void {
    this.#entries.splice(this.#position);
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.shift();
    this.#position = this.#entries.length;
  }

  /** Takes the last change back; `false` when there was none. */
  undo(): boolean {
    if (!this.canUndo) return false;
    this.#position--;
    this.#entries[this.#position].undo();
    return true;
  }

  /** Does the last undone change again; `false` when there was none. */
  redo(): boolean {
    if (!this.canRedo) return false;
    this.#entries[this.#position].redo();
    this.#position++;
    return true;
  }

  /** Forgets everything (a new picture from the value). */
  reset(): void {
    this.#entries.length = 0;
    this.#position = 0;
  }
}
