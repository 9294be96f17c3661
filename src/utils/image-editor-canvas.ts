/**
 * The drawing surface of `<gr-image-editor>`: plain Canvas2D, one `<canvas>` per layer stacked in a
 * container the element renders (background at the bottom, then the layers in order), so a brush stroke
 * touches only the small area under the pointer of one canvas and the browser composites the stack: the
 * pixels appear in the next frame whatever the canvas size and the number of layers.
 *
 * A brush stroke is stamped on a transparent overlay just above the active layer (shown with the colour's
 * opacity) and merged into the layer when the pointer is released; the eraser clears the layer's pixels
 * directly. Each stroke, layer change, new background, crop, resize and clear is one entry of the
 * {@link EditHistory}: strokes keep the pixels of their bounding box before and after, canvas-wide changes
 * swap whole documents (their canvases are never drawn on again once replaced).
 */
import { EditHistory, discMask, fitRect, linePoints } from './image-editor';

/** One layer: its own canvas, the size of the document. */
export interface EditorLayer {
  id: number;
  name: string;
  canvas: HTMLCanvasElement;
  visible: boolean;
}

/** What the editor shows: the canvas size, the background picture (or none) and the layers. */
export interface EditorDocument {
  width: number;
  height: number;
  background: HTMLCanvasElement | null;
  layers: EditorLayer[];
  /** Index of the layer strokes go to. */
  active: number;
}

/** The pictures the editor's value is made of, as PNG blobs (Gradio's `background`, `layers`, `composite`). */
export interface EditorBlobs {
  background: Blob | null;
  layers: Blob[];
  composite: Blob;
}

export type EditorTool = 'brush' | 'eraser';

/** A colour as the canvas draws it: red, green, blue (0-255); `null` for a string the browser cannot read. */
export function parseCssColor(color: string): [number, number, number] | null {
  const context = newCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  // An invalid colour leaves fillStyle unchanged: try from two different starting colours.
  context.fillStyle = '#000000';
  context.fillStyle = color;
  const first = context.fillStyle;
  context.fillStyle = '#ffffff';
  context.fillStyle = color;
  if (context.fillStyle !== first) return null;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** `#rrggbb` of a colour (for `<input type=color>`), or `null`. */
export function hexColor(color: string): string | null {
  const rgb = parseCssColor(color);
  return rgb ? `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}` : null;
}

export function newCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser gives no 2D canvas: the image editor cannot draw.');
  return context;
}

/** A copy of a canvas (or picture) scaled to `width` x `height`. */
function scaledCopy(source: CanvasImageSource, width: number, height: number, from?: { x: number; y: number; width: number; height: number }): HTMLCanvasElement {
  const canvas = newCanvas(width, height);
  const context = context2d(canvas);
  if (from) context.drawImage(source, from.x, from.y, from.width, from.height, 0, 0, width, height);
  else context.drawImage(source, 0, 0, width, height);
  return canvas;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as PNG.'))), 'image/png'),
  );
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Stroke {
  tool: EditorTool;
  layer: EditorLayer;
  radius: number;
  opacity: number;
  tip: HTMLCanvasElement;
  last: [number, number];
  box: Box;
  /** The eraser's copy of the layer before the stroke. */
  before?: HTMLCanvasElement;
}

const layerStyle = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none';

export class EditorCanvas {
  readonly history: EditHistory = new EditHistory(100);
  #doc: EditorDocument;
  #stroke: Stroke | null = null;
  #overlay: HTMLCanvasElement;
  #nextId = 1;
  readonly #stack: HTMLElement;

  /** `stack`: the (empty) element the canvases go in; it is sized and positioned by the element. */
  constructor(stack: HTMLElement, width: number, height: number, layerNames: string[]) {
    this.#stack = stack;
    this.#overlay = newCanvas(width, height);
    this.#doc = this.blankDocument(width, height, layerNames);
    this.mount();
  }

  get document(): EditorDocument {
    return this.#doc;
  }

  get width(): number {
    return this.#doc.width;
  }

  get height(): number {
    return this.#doc.height;
  }

  get drawing(): boolean {
    return this.#stroke !== null;
  }

  /** A document of `width` x `height` with no background and empty layers named `names`. */
  blankDocument(width: number, height: number, names: string[]): EditorDocument {
    return { width, height, background: null, layers: names.map((name) => this.#newLayer(name, width, height)), active: 0 };
  }

  #newLayer(name: string, width: number, height: number, canvas = newCanvas(width, height)): EditorLayer {
    return { id: this.#nextId++, name, canvas, visible: true };
  }

  /** Puts the document's canvases in the stack, in order, with the stroke overlay above the active layer. */
  mount(): void {
    const doc = this.#doc;
    if (this.#overlay.width !== doc.width || this.#overlay.height !== doc.height) this.#overlay = newCanvas(doc.width, doc.height);
    const children: HTMLElement[] = [];
    if (doc.background) children.push(doc.background);
    doc.layers.forEach((layer, i) => {
      children.push(layer.canvas);
      if (i === doc.active) children.push(this.#overlay);
    });
    for (const canvas of children) {
      canvas.setAttribute('style', layerStyle);
      canvas.setAttribute('aria-hidden', 'true');
    }
    doc.layers.forEach((layer) => {
      layer.canvas.style.visibility = layer.visible ? 'visible' : 'hidden';
      layer.canvas.dataset.layer = layer.name;
    });
    if (doc.background) doc.background.dataset.layer = 'background';
    this.#overlay.dataset.layer = 'stroke';
    this.#stack.replaceChildren(...children);
  }

  /** Shows another document, forgetting the history (a value set by the app). */
  load(doc: EditorDocument): void {
    this.#stroke = null;
    this.#doc = doc;
    this.history.reset();
    this.mount();
  }

  /** Replaces the document as one undoable change (new background, clear, crop, resize). */
  replace(next: EditorDocument): void {
    this.#stroke = null;
    const before = this.#doc;
    const swap = (doc: EditorDocument) => () => {
      this.#doc = doc;
      this.mount();
    };
    this.history.push({ undo: swap(before), redo: swap(next) });
    swap(next)();
  }

  /**
   * A document with `picture` as its background: the canvas takes the picture's size, or with `fixed` keeps
   * its size and the picture is scaled to fit, centred. Layers of the old size are kept, others start empty.
   */
  withBackground(picture: CanvasImageSource, pictureWidth: number, pictureHeight: number, fixed: boolean): EditorDocument {
    if (!(pictureWidth >= 1 && pictureHeight >= 1)) throw new Error('The picture has no pixels (its width or height is 0).');
    const old = this.#doc;
    const width = fixed ? old.width : Math.min(8192, pictureWidth);
    const height = fixed ? old.height : Math.min(8192, pictureHeight);
    const background = newCanvas(width, height);
    const context = context2d(background);
    if (fixed) {
      const r = fitRect(pictureWidth, pictureHeight, width, height);
      context.drawImage(picture, r.x, r.y, r.width, r.height);
    } else context.drawImage(picture, 0, 0, width, height);
    const sameSize = width === old.width && height === old.height;
    const layers = sameSize ? [...old.layers] : old.layers.map((layer) => ({ ...this.#newLayer(layer.name, width, height), visible: layer.visible }));
    return { width, height, background, layers, active: old.active };
  }

  /** The document cut to a rectangle of canvas pixels (`transforms` crop). */
  cropped(x: number, y: number, width: number, height: number): EditorDocument {
    const old = this.#doc;
    const from = { x, y, width, height };
    return {
      width,
      height,
      background: old.background ? scaledCopy(old.background, width, height, from) : null,
      layers: old.layers.map((layer) => ({ ...layer, id: this.#nextId++, canvas: scaledCopy(layer.canvas, width, height, from) })),
      active: old.active,
    };
  }

  /** The document scaled to `width` x `height` (`transforms` resize). */
  resized(width: number, height: number): EditorDocument {
    const old = this.#doc;
    return {
      width,
      height,
      background: old.background ? scaledCopy(old.background, width, height) : null,
      layers: old.layers.map((layer) => ({ ...layer, id: this.#nextId++, canvas: scaledCopy(layer.canvas, width, height) })),
      active: old.active,
    };
  }

  // --- layers -----------------------------------------------------------------------------------------

  /** Adds an empty layer above the others and makes it active (undoable). */
  addLayer(name: string): void {
    const doc = this.#doc;
    const layer = this.#newLayer(name, doc.width, doc.height);
    const previous = doc.active;
    const add = () => {
      doc.layers.push(layer);
      doc.active = doc.layers.length - 1;
      this.mount();
    };
    const remove = () => {
      doc.layers.splice(doc.layers.indexOf(layer), 1);
      doc.active = Math.min(previous, doc.layers.length - 1);
      this.mount();
    };
    this.history.push({ undo: remove, redo: add });
    add();
  }

  /** Deletes a layer (undoable); the last layer cannot be deleted. */
  removeLayer(index: number): boolean {
    const doc = this.#doc;
    if (doc.layers.length < 2 || index < 0 || index >= doc.layers.length) return false;
    const layer = doc.layers[index];
    const previous = doc.active;
    const remove = () => {
      doc.layers.splice(index, 1);
      doc.active = Math.max(0, Math.min(previous >= index ? previous - 1 : previous, doc.layers.length - 1));
      this.mount();
    };
    const restore = () => {
      doc.layers.splice(index, 0, layer);
      doc.active = previous;
      this.mount();
    };
    this.history.push({ undo: restore, redo: remove });
    remove();
    return true;
  }

  selectLayer(index: number): void {
    if (index < 0 || index >= this.#doc.layers.length || index === this.#doc.active) return;
    this.#doc.active = index;
    this.mount();
  }

  setLayerVisible(index: number, visible: boolean): void {
    const layer = this.#doc.layers[index];
    if (!layer) return;
    layer.visible = visible;
    layer.canvas.style.visibility = visible ? 'visible' : 'hidden';
  }

  // --- strokes ----------------------------------------------------------------------------------------

  /**
   * Starts a stroke at canvas pixel `(x, y)`: the brush in `rgb` with `opacity`, or the eraser. Returns
   * `false` when there is nothing to draw on (the active layer is hidden).
   */
  begin(tool: EditorTool, x: number, y: number, radius: number, rgb: [number, number, number], opacity = 1): boolean {
    const layer = this.#doc.layers[this.#doc.active];
    if (!layer?.visible) return false;
    const r = Math.max(0, Math.round(radius));
    const stroke: Stroke = {
      tool,
      layer,
      radius: r,
      opacity,
      tip: this.#tip(r, tool === 'eraser' ? [0, 0, 0] : rgb),
      last: [Math.round(x), Math.round(y)],
      box: { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
    };
    if (tool === 'eraser') {
      stroke.before = newCanvas(layer.canvas.width, layer.canvas.height);
      context2d(stroke.before).drawImage(layer.canvas, 0, 0);
    } else {
      this.#overlay.style.opacity = String(opacity);
    }
    this.#stroke = stroke;
    this.#stamp(stroke, [stroke.last]);
    return true;
  }

  /** Continues the stroke to `(x, y)`: the tip is stamped at every pixel of the way. */
  move(x: number, y: number): void {
    const stroke = this.#stroke;
    if (!stroke) return;
    const [lx, ly] = stroke.last;
    const points = linePoints(lx, ly, x, y).slice(1);
    if (points.length === 0) return;
    stroke.last = points[points.length - 1];
    this.#stamp(stroke, points);
  }

  /** Ends the stroke: merges it into the layer and records it. Returns whether any pixel was painted. */
  end(): boolean {
    const stroke = this.#stroke;
    this.#stroke = null;
    if (!stroke) return false;
    const { layer } = stroke;
    const box = this.#clip(stroke.box, layer.canvas);
    if (!box) return false;
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    const context = context2d(layer.canvas);
    let before: ImageData;
    if (stroke.tool === 'eraser' && stroke.before) {
      before = context2d(stroke.before).getImageData(box.x0, box.y0, w, h);
    } else {
      before = context.getImageData(box.x0, box.y0, w, h);
      context.globalAlpha = stroke.opacity;
      context.drawImage(this.#overlay, box.x0, box.y0, w, h, box.x0, box.y0, w, h);
      context.globalAlpha = 1;
      context2d(this.#overlay).clearRect(box.x0, box.y0, w, h);
      this.#overlay.style.opacity = '1';
    }
    const after = context.getImageData(box.x0, box.y0, w, h);
    const put = (data: ImageData) => () => context.putImageData(data, box.x0, box.y0);
    this.history.push({ undo: put(before), redo: put(after) });
    return true;
  }

  /** The brush tip: a hard-edged disc of `radius` in `rgb`, fully opaque. */
  #tip(radius: number, rgb: [number, number, number]): HTMLCanvasElement {
    const { size, mask } = discMask(radius);
    const tip = newCanvas(size, size);
    const data = new ImageData(size, size);
    for (let i = 0; i < mask.length; i++) {
      if (!mask[i]) continue;
      data.data.set([rgb[0], rgb[1], rgb[2], 255], i * 4);
    }
    context2d(tip).putImageData(data, 0, 0);
    return tip;
  }

  #stamp(stroke: Stroke, points: Array<[number, number]>): void {
    const target = stroke.tool === 'eraser' ? stroke.layer.canvas : this.#overlay;
    const context = context2d(target);
    const r = stroke.radius;
    if (stroke.tool === 'eraser') context.globalCompositeOperation = 'destination-out';
    for (const [x, y] of points) {
      context.drawImage(stroke.tip, x - r, y - r);
      const box = stroke.box;
      if (x - r < box.x0) box.x0 = x - r;
      if (y - r < box.y0) box.y0 = y - r;
      if (x + r + 1 > box.x1) box.x1 = x + r + 1;
      if (y + r + 1 > box.y1) box.y1 = y + r + 1;
    }
    context.globalCompositeOperation = 'source-over';
  }

  #clip(box: Box, canvas: HTMLCanvasElement): Box | null {
    const clipped = { x0: Math.max(0, box.x0), y0: Math.max(0, box.y0), x1: Math.min(canvas.width, box.x1), y1: Math.min(canvas.height, box.y1) };
    return clipped.x1 > clipped.x0 && clipped.y1 > clipped.y0 ? clipped : null;
  }

  // --- output -----------------------------------------------------------------------------------------

  /** The background and the visible layers drawn together, the size of the document. */
  composite(): HTMLCanvasElement {
    const doc = this.#doc;
    const canvas = newCanvas(doc.width, doc.height);
    const context = context2d(canvas);
    if (doc.background) context.drawImage(doc.background, 0, 0);
    for (const layer of doc.layers) if (layer.visible) context.drawImage(layer.canvas, 0, 0);
    return canvas;
  }

  /** The PNGs of the value: the background (if any), every layer in order, and the composite. */
  async export(): Promise<EditorBlobs> {
    const doc = this.#doc;
    const [background, composite, ...layers] = await Promise.all([
      doc.background ? toPng(doc.background) : Promise.resolve(null),
      toPng(this.composite()),
      ...doc.layers.map((layer) => toPng(layer.canvas)),
    ]);
    return { background, layers: layers as Blob[], composite: composite as Blob };
  }
}
