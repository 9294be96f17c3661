import { Component, Element, Event, type EventEmitter, Host, Listen, Method, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost, cssLength } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { uniqueId } from '../../utils/ids';
import { t } from '../../utils/i18n-more';
import {
  type BrushColor,
  autoBrushSize,
  brushSizeRange,
  readBrush,
  readCanvasSize,
  readEraser,
  readLayers,
} from '../../utils/image-editor';
import { EditorCanvas, type EditorDocument, hexColor, parseCssColor } from '../../utils/image-editor-canvas';
import { clickedPixel, imageAlt, imageSource, visibleButtons } from '../../utils/image-view';
import { downloadFile } from '../../utils/media-download';
import { MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';
import { type UploadFunction, localUpload } from '../../utils/upload';
import { FileInput, UploadController, UploadStatus, readClipboardImages } from '../../utils/upload-zone';
import { WebcamCapture } from '../../utils/webcam';

/**
 * Gradio's ImageEditor value (the same for Sketchpad, Paint and ImageMask): the background picture, each
 * layer and the composite, as FileData. `id` is the key of pictures sent with the `accept_blobs` server
 * function; this element uploads files instead and always sends `null`.
 */
export interface ImageEditorValue {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
  id?: string | null;
}

/** A tool of the editor. */
export type ImageEditorTool = 'brush' | 'eraser' | 'pan' | 'crop';

/** Where a background picture comes from (Gradio's `sources`). */
export type ImageEditorSource = 'upload' | 'webcam' | 'clipboard';

/** Zoom steps of the zoom buttons and `+` / `-` keys (1 = the canvas fits the frame). */
const zoomSteps = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];

/** Icons of the editor's own tools (24x24, stroked), beside the shared media icons. */
const toolIcons = {
  brush: ['M18 3l3 3-9 9-3-3z', 'M9 12l-3 3c-2 0-3 2-3 6 4 0 6-1 6-3l3-3'],
  eraser: ['M7 21h10', 'M5 15l9-9 5 5-8 8H8z', 'M9 11l5 5'],
  pan: ['M12 2v20', 'M2 12h20', 'M9 5l3-3 3 3', 'M9 19l3 3 3-3', 'M5 9l-3 3 3 3', 'M19 9l3 3-3 3'],
  crop: ['M6 2v16h16', 'M2 6h16v16'],
  resize: ['M4 4h7', 'M4 4v7', 'M20 20h-7', 'M20 20v-7', 'M4 4l16 16'],
  undo: ['M9 14L4 9l5-5', 'M4 9h11a5 5 0 0 1 0 10h-4'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9a5 5 0 0 0 0 10h4'],
  zoomIn: ['M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14z', 'M21 21l-5-5', 'M8 11h6', 'M11 8v6'],
  zoomOut: ['M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14z', 'M21 21l-5-5', 'M8 11h6'],
  fit: ['M4 9V4h5', 'M20 9V4h-5', 'M4 15v5h5', 'M20 15v5h-5'],
  plus: ['M12 5v14', 'M5 12h14'],
  eye: ['M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z', 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z'],
  eyeOff: ['M3 3l18 18', 'M10.6 6.1A10 10 0 0 1 12 6c6 0 10 6 10 6a17 17 0 0 1-3 3.5', 'M6.6 6.6A17 17 0 0 0 2 12s4 6 10 6a10 10 0 0 0 4.4-1'],
  check: ['M5 12l5 5L20 7'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 14h10l1-14'],
  upload: ['M12 16V4', 'M7 9l5-5 5 5', 'M4 20h16'],
  download: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 21h16'],
  webcam: ['M12 14a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M8 21h8', 'M12 14v7'],
  clipboard: ['M9 4h6v3H9z', 'M9 5H6v16h12V5h-3'],
} as const;
type ToolIcon = keyof typeof toolIcons;

const iconStroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

const Icon = ({ name }: { name: ToolIcon }) => (
  <svg class="icon" viewBox="0 0 24 24" width={16} height={16} aria-hidden="true" focusable="false" {...iconStroke}>
    {toolIcons[name].map((d) => (
      <path d={d} />
    ))}
  </svg>
);

interface ToolButtonProps {
  icon: ToolIcon;
  label: string;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: string;
  class?: string;
}

const ToolButton = (props: ToolButtonProps) => (
  <button
    type="button"
    class={{ 'icon-button': true, [props.class ?? '']: Boolean(props.class) }}
    aria-label={props.label}
    title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
    aria-keyshortcuts={props.shortcut}
    aria-pressed={props.pressed === undefined ? undefined : String(props.pressed)}
    disabled={props.disabled}
    onClick={props.onClick}
  >
    <Icon name={props.icon} />
  </button>
);

/** Loads a picture for drawing (`crossOrigin` so the canvas can still be exported). */
function loadPicture(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`The image could not be loaded: ${url.length > 200 ? `${url.slice(0, 200)}…` : url}`));
    image.src = url;
  });
}

const isValue = (value: unknown): value is ImageEditorValue =>
  typeof value === 'object' && value !== null && ('background' in value || 'layers' in value || 'composite' in value);

/**
 * A Gradio `ImageEditor` (config type `imageeditor`; `gr.Sketchpad`, `gr.Paint` and `gr.ImageMask` are the
 * same type with other defaults): a canvas with a background picture (from the value, a chosen, dropped or
 * pasted file, the clipboard or the webcam, per `sources`), layers (add, select, hide, delete), a brush
 * (palette from `brush`, a free colour picker unless `color_mode` is `fixed`, size), an eraser, undo and
 * redo, crop and resize (`transforms`), zoom and pan, and clear.
 *
 * The brush is pixel-exact: every pixel under the tip gets exactly the brush colour, with no anti-aliased
 * edge. After each change the element sends the background, every layer and the composite as PNGs through
 * `upload` (set by `<gradio-app>`; alone: `blob:` URLs) and `value` becomes Gradio's
 * `{background, layers, composite, id}`; then it fires `gr-change` and `gr-input`.
 *
 * Keyboard: every tool is a labelled button; shortcuts are listed in the readme (B brush, E eraser, P pan,
 * C crop, [ and ] size, Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, + / - / 0 zoom, Enter applies a crop,
 * Escape cancels it). Pointer and touch: Pointer Events on the canvas (`touch-action: none`).
 *
 * Styled with `--block-*`, `--block-label-*`, `--border-color-*`, `--color-accent` and `--error-*` theme
 * variables.
 */
@Component({
  tag: 'gr-image-editor',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', 'gr-image-editor.css'],
  scoped: true,
})
export class GrImageEditor {
  @Element() el!: HTMLElement;

  @State() tool: ImageEditorTool = 'brush';
  @State() color: BrushColor = { color: 'rgb(204, 50, 50)', opacity: 1 };
  /** Brush radius in canvas pixels (`null`: the automatic size of the canvas). */
  @State() brushSize: number | null = null;
  @State() eraserSize: number | null = null;
  @State() zoom = 1;
  /** How much the canvas is scaled to fit the frame (at zoom 1). */
  @State() fitScale = 1;
  /** Bumped whenever the document (layers, size, history) changed, to re-render the panels. */
  @State() revision = 0;
  /** A message about the picture (broken background, refused URL, failed upload of the drawing). */
  @State() problem: string | null = null;
  @State() cameraOn = false;
  @State() webcamOpen = false;
  /** The crop rectangle being drawn, in canvas pixels. */
  @State() cropBox: { x: number; y: number; width: number; height: number } | null = null;
  @State() resizeOpen = false;

  /** Gradio's value: `{background, layers, composite, id}` (FileData each); `null` for an empty canvas. */
  @Prop({ mutable: true }) value: ImageEditorValue | null = null;
  @Watch('value')
  valueChanged(value: ImageEditorValue | null) {
    if (value === this.sent) return;
    void this.loadValue(value);
  }

  /** The label (badge in the corner, and the element's accessible name). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** `false` shows the composite picture only (Gradio's static editor). */
  @Prop() interactive: boolean = true;
  @Watch('interactive')
  interactiveChanged() {
    // The canvas lives in the interactive view: a static editor made interactive again starts from the value.
    this.canvas = undefined;
    this.problem = null;
  }

  /** Static only: emit `gr-select` with the clicked pixel (Gradio's `_selectable`, set when the app listens to `select`). */
  @Prop() selectable: boolean = false;

  /** Where a background picture may come from: `upload` (choose, drop, paste), `webcam`, `clipboard`. */
  @Prop() sources: ImageEditorSource[] | null = ['upload', 'webcam', 'clipboard'];

  /** Gradio's `brush`: `{colors, default_color, color_mode, default_size}`, or `false` for no brush. */
  @Prop() brush: unknown = null;
  @Watch('brush')
  brushChanged() {
    const brush = readBrush(this.brush);
    if (brush) {
      this.color = brush.defaultColor;
      this.brushSize = brush.defaultSize === 'auto' ? null : brush.defaultSize;
    } else if (this.tool === 'brush') this.tool = readEraser(this.eraser) ? 'eraser' : 'pan';
  }

  /** Gradio's `eraser`: `{default_size}`, or `false` for no eraser. */
  @Prop() eraser: unknown = null;
  @Watch('eraser')
  eraserChanged() {
    const eraser = readEraser(this.eraser);
    this.eraserSize = eraser && eraser.defaultSize !== 'auto' ? eraser.defaultSize : null;
    if (!eraser && this.tool === 'eraser') this.tool = 'brush';
  }

  /** Gradio's `layers`: `true` / `false` (5.x) or `{allow_additional_layers, layers, disabled}` (6.x). */
  @Prop() layers: unknown = true;

  /** Gradio's `transforms`: `"crop"` and / or `"resize"`. */
  @Prop() transforms: string[] | null = ['crop', 'resize'];

  /** The canvas size `[width, height]` in pixels before a background is set (Gradio's `canvas_size`). */
  @Prop() canvasSize: [number, number] | null = [800, 800];
  @Watch('canvasSize')
  canvasSizeChanged() {
    if (!this.hasContent()) this.reset();
  }

  /** `true`: a background keeps the canvas size (scaled to fit, centred) instead of giving it its own. */
  @Prop() fixedCanvas: boolean = false;

  /** Height of the canvas area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Width of the element: a number is pixels, a string any CSS length. */
  @Prop() width: number | string | null = null;

  /** Text shown over the empty canvas. */
  @Prop() placeholder: string | null = null;

  /** Gradio 6's `webcam_options`: `{mirror, constraints}`. */
  @Prop() webcamOptions: { mirror?: boolean; constraints?: MediaTrackConstraints | null } | null = null;

  /** Mirror the webcam (Gradio 5's `mirror_webcam`). */
  @Prop() mirrorWebcam: boolean = true;

  /** Gradio 6's toolbar list: `"download"` adds a button that saves the composite as a PNG. */
  @Prop() buttons: unknown[] | null = null;

  /** Show the download button (Gradio 5's `show_download_button`). */
  @Prop() showDownloadButton: boolean = true;

  /** Show the "Save changes" button, which fires `gr-apply` (set when the app listens to `apply`). */
  @Prop() showApply: boolean = false;

  /** Largest accepted background file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends the drawing's PNGs to the app's server (set by `<gradio-app>`); without it they stay in the page. */
  @Prop() upload: UploadFunction | null = null;

  /** `false`: no block border, background or padding. */
  @Prop() container: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires after each change by the user (stroke, layer, background, crop, resize, undo, clear), once the new value is set. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<ImageEditorValue>;

  /** Fires with `gr-change` (Gradio's `input`: the user changed the value). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<ImageEditorValue>;

  /** Fires when the user set a background picture (file, drop, paste, clipboard, webcam), once the value holds it. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<ImageEditorValue>;

  /** Fires when the user cleared the canvas (before the emptied value's `gr-change`). */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  /** Fires when the user clicks the static picture (with `selectable`): `{index: [x, y], value: null}`, Gradio's SelectData. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<{ index: [number, number]; value: null }>;

  /** Fires when the user pressed "Save changes" (`showApply`), with the value of what is drawn. */
  @Event({ eventName: 'gr-apply', bubbles: true, composed: true }) grApply!: EventEmitter<ImageEditorValue>;

  private readonly labelId = uniqueId('gr-image-editor');
  private canvas?: EditorCanvas;
  private stack?: HTMLElement;
  private frame?: HTMLElement;
  private video?: HTMLVideoElement;
  private resizeObserver?: ResizeObserver;
  /** The value this element set itself (its own echo is not loaded again). */
  private sent: ImageEditorValue | null = null;
  private loadToken = 0;
  private exportToken = 0;
  private exportAbort?: AbortController;
  private exporting: Promise<void> | null = null;
  /** The message of the last failed send (a later successful send clears that message, and only that one). */
  private sendProblem: string | null = null;
  private pointer: number | null = null;
  private panFrom: { x: number; y: number; left: number; top: number } | null = null;
  private cropFrom: [number, number] | null = null;
  private blobUrls: string[] = [];
  private readonly webcam = new WebcamCapture();
  private readonly uploader = new UploadController({
    host: () => this.el,
    // Pictures are drawn from the page's copy; the drawing's PNGs are what reaches the server.
    settings: () => ({ fileTypes: ['image'], fileCount: 'single', maxFileSize: this.maxFileSize, upload: localUpload, disabled: !this.interactive || !this.sourceList.includes('upload') }),
    onUpload: (files) => void this.backgroundFromUrl(files[0].url ?? '', true),
    requestRender: () => forceUpdate(this),
  });

  connectedCallback() {
    this.uploader.connect();
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
    if (this.frame) this.resizeObserver.observe(this.frame);
    this.brushChanged();
    this.eraserChanged();
  }

  componentDidLoad() {
    this.setUpCanvas();
  }

  componentDidRender() {
    // A static editor shown as interactive later gets its canvas now.
    if (this.interactive && !this.canvas) this.setUpCanvas();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.webcam.stop();
    this.exportAbort?.abort();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const url of this.blobUrls) URL.revokeObjectURL(url);
    this.blobUrls = [];
  }

  /** Keyboard shortcuts while the focus is in the element (not while typing in one of its fields). */
  @Listen('keydown')
  onKeyDown(event: KeyboardEvent) {
    if (!this.interactive || !this.canvas) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    // Typing in a size field keeps the field's own keys (and its own undo).
    if (target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'color') return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    let handled = true;
    if (mod && key === 'z' && !event.shiftKey) this.undo();
    else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) this.redo();
    else if (mod || event.altKey) handled = false;
    else if (key === 'b' && readBrush(this.brush)) this.tool = 'brush';
    else if (key === 'e' && readEraser(this.eraser)) this.tool = 'eraser';
    else if (key === 'p') this.tool = 'pan';
    else if (key === 'c' && this.transformList.includes('crop')) this.startCrop();
    else if (key === '[') this.changeSize(-1);
    else if (key === ']') this.changeSize(1);
    else if (key === '+' || key === '=') this.stepZoom(1);
    else if (key === '-') this.stepZoom(-1);
    else if (key === '0') this.zoom = 1;
    else if (key === 'enter' && this.tool === 'crop' && this.cropBox) this.applyCrop();
    else if (key === 'escape' && this.tool === 'crop') this.cancelCrop();
    else handled = false;
    if (handled) event.preventDefault();
  }

  /** Sends what is drawn now (when a change is still being sent, waits for it) and resolves with the value. */
  @Method()
  async commit(): Promise<ImageEditorValue | null> {
    while (this.exporting) await this.exporting;
    return this.value;
  }

  /** The composite of what is drawn (background and visible layers) as a PNG blob; `null` with no canvas. */
  @Method()
  async compositeBlob(): Promise<Blob | null> {
    if (!this.canvas) return null;
    const canvas = this.canvas.composite();
    return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
  }

  // --- setup and value ------------------------------------------------------------------------------

  private get sourceList(): ImageEditorSource[] {
    const list = Array.isArray(this.sources) ? this.sources : [];
    return list.filter((s): s is ImageEditorSource => s === 'upload' || s === 'webcam' || s === 'clipboard');
  }

  private get transformList(): string[] {
    return Array.isArray(this.transforms) ? this.transforms : [];
  }

  private get labelText(): string {
    return this.label ?? 'Image';
  }

  private get layerSettings() {
    return readLayers(this.layers);
  }

  private setUpCanvas() {
    if (!this.stack || this.canvas) return;
    const [width, height] = readCanvasSize(this.canvasSize);
    try {
      this.canvas = new EditorCanvas(this.stack, width, height, this.layerSettings.names);
    } catch (error) {
      this.problem = (error as Error).message;
      return;
    }
    // The panels that read the canvas (layers, undo) render now.
    this.revision++;
    this.measure();
    if (this.value) void this.loadValue(this.value);
  }

  private hasContent(): boolean {
    return Boolean(this.canvas && (this.canvas.document.background || this.canvas.history.canUndo));
  }

  /** A new blank canvas of `canvas_size` (the value was set to `null`). */
  private reset() {
    if (!this.canvas) return;
    const [width, height] = readCanvasSize(this.canvasSize);
    this.canvas.load(this.canvas.blankDocument(width, height, this.layerSettings.names));
    this.afterDocumentChange();
  }

  /** Shows a value set by the app: its background (or composite) and layers; history starts again. */
  private async loadValue(value: ImageEditorValue | null) {
    const token = ++this.loadToken;
    this.problem = null;
    if (!this.canvas) return;
    if (!value || !isValue(value)) {
      this.reset();
      return;
    }
    const picture = value.background ?? value.composite;
    const layerFiles = Array.isArray(value.layers) ? value.layers : [];
    try {
      const load = (file: FileData | null) => {
        if (!file) return Promise.resolve(null);
        const { url, unsafe } = imageSource(file);
        if (unsafe || !url) return Promise.reject(new Error("This image's URL is not allowed (only http, https, blob and image data URLs are shown)."));
        return loadPicture(url);
      };
      const [background, ...layerImages] = await Promise.all([load(picture), ...layerFiles.map(load)]);
      if (token !== this.loadToken || !this.canvas) return;
      const canvas = this.canvas;
      const [cw, ch] = readCanvasSize(this.canvasSize);
      let doc: EditorDocument = canvas.blankDocument(cw, ch, this.layerSettings.names);
      canvas.load(doc);
      if (background) doc = canvas.withBackground(background, background.naturalWidth, background.naturalHeight, this.fixedCanvas);
      const names = layerImages.map((_, i) => this.layerSettings.names[i] ?? `Layer ${i + 1}`);
      if (layerImages.length > 0) {
        doc = { ...doc, layers: canvas.blankDocument(doc.width, doc.height, names).layers, active: 0 };
        layerImages.forEach((image, i) => {
          if (image) doc.layers[i].canvas.getContext('2d')?.drawImage(image, 0, 0, doc.width, doc.height);
        });
      }
      canvas.load(doc);
      this.afterDocumentChange();
    } catch (error) {
      if (token !== this.loadToken) return;
      this.problem = (error as Error).message;
    }
  }

  /** A background the user chose (file, drop, paste, clipboard, webcam): one undoable change, then `upload`. */
  private async backgroundFromUrl(url: string, fromUser: boolean) {
    if (!this.canvas || !url) return;
    this.problem = null;
    if (url.startsWith('blob:')) this.blobUrls.push(url);
    try {
      const picture = await loadPicture(url);
      if (!this.canvas) return;
      this.canvas.replace(this.canvas.withBackground(picture, picture.naturalWidth, picture.naturalHeight, this.fixedCanvas));
      this.afterDocumentChange();
      if (fromUser) this.send(['upload']);
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  /** Re-measures, re-renders the panels and keeps the size sliders within the new canvas. */
  private afterDocumentChange() {
    this.revision++;
    this.measure();
  }

  /** The scale that fits the canvas in the frame's width (and its height, when `height` is set). */
  private measure() {
    if (!this.canvas || !this.frame) return;
    const style = getComputedStyle(this.frame);
    const width = this.frame.clientWidth - Number.parseFloat(style.paddingLeft || '0') - Number.parseFloat(style.paddingRight || '0');
    const heightLimit = this.height !== null && this.height !== undefined ? this.frame.clientHeight : 600;
    if (width <= 0) return;
    const scale = Math.min(1, width / this.canvas.width, heightLimit / this.canvas.height);
    if (Math.abs(scale - this.fitScale) > 1e-4) this.fitScale = scale;
  }

  /**
   * Exports the drawing, uploads its PNGs and sets `value`; then fires `gr-change`, `gr-input` and the
   * given events. A newer change cancels an export under way (its value would be stale).
   */
  private send(extra: Array<'upload'> = []) {
    if (!this.canvas) return;
    const canvas = this.canvas;
    const token = ++this.exportToken;
    this.exportAbort?.abort();
    const abort = new AbortController();
    this.exportAbort = abort;
    const run = (async () => {
      try {
        const blobs = await canvas.export();
        if (token !== this.exportToken) return;
        const files = [new File([blobs.composite], 'composite.png', { type: 'image/png' })];
        if (blobs.background) files.push(new File([blobs.background], 'background.png', { type: 'image/png' }));
        for (const [i, blob] of blobs.layers.entries()) files.push(new File([blob], `layer_${i}.png`, { type: 'image/png' }));
        const uploaded = await (this.upload ?? localUpload)(files, { signal: abort.signal });
        if (token !== this.exportToken || abort.signal.aborted) return;
        if (!Array.isArray(uploaded) || uploaded.length !== files.length) throw new Error(`the server answered ${uploaded?.length ?? 0} file(s) for ${files.length}.`);
        if (!this.upload) this.keepBlobUrls(uploaded);
        const [composite, ...rest] = uploaded;
        const background = blobs.background ? (rest.shift() ?? null) : null;
        const value: ImageEditorValue = { background, layers: rest, composite, id: null };
        this.sent = value;
        this.value = value;
        // Only a failed send's own message goes: one shown meanwhile (a stroke on a hidden layer) stays.
        if (this.problem === this.sendProblem) this.problem = null;
        for (const name of extra) if (name === 'upload') this.grUpload.emit(value);
        this.grChange.emit(value);
        this.grInput.emit(value);
      } catch (error) {
        if (token !== this.exportToken || abort.signal.aborted) return;
        this.sendProblem = t('drawingNotSent', this.el, { reason: (error as Error)?.message || String(error) });
        this.problem = this.sendProblem;
      }
    })();
    const tracked = run.finally(() => {
      if (this.exporting === tracked) this.exporting = null;
    });
    this.exporting = tracked;
  }

  /** Without a server the value's files are `blob:` URLs: free the previous drawing's. */
  private keepBlobUrls(files: FileData[]) {
    const keep = new Set(files.map((f) => f.url ?? ''));
    for (const url of this.blobUrls) if (!keep.has(url)) URL.revokeObjectURL(url);
    this.blobUrls = [...keep].filter(Boolean);
  }

  /** A change by the user: re-render the panels and send the new value. */
  private changed() {
    this.revision++;
    this.send();
  }

  // --- tools ----------------------------------------------------------------------------------------

  private get currentBrushSize(): number {
    return this.brushSize ?? autoBrushSize(this.canvas?.width ?? 800, this.canvas?.height ?? 800);
  }

  private get currentEraserSize(): number {
    return this.eraserSize ?? autoBrushSize(this.canvas?.width ?? 800, this.canvas?.height ?? 800);
  }

  private changeSize(step: number) {
    const clamp = (n: number) => Math.min(brushSizeRange.max, Math.max(brushSizeRange.min, n));
    if (this.tool === 'eraser') this.eraserSize = clamp(this.currentEraserSize + step);
    else this.brushSize = clamp(this.currentBrushSize + step);
  }

  private stepZoom(direction: 1 | -1) {
    const i = zoomSteps.findIndex((z) => z >= this.zoom - 1e-6);
    const next = zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, (i < 0 ? zoomSteps.length - 1 : i) + direction))];
    this.zoom = next;
  }

  private undo = () => {
    if (this.canvas?.history.undo()) this.changed();
  };

  private redo = () => {
    if (this.canvas?.history.redo()) this.changed();
  };

  private clear = () => {
    if (!this.canvas) return;
    const [width, height] = readCanvasSize(this.canvasSize);
    this.canvas.replace(this.canvas.blankDocument(width, height, this.layerSettings.names));
    this.cropBox = null;
    this.afterDocumentChange();
    this.grClear.emit();
    this.send();
  };

  private apply = async () => {
    const value = await this.commit();
    if (value) this.grApply.emit(value);
  };

  private get downloadable(): boolean {
    return visibleButtons(this.buttons, { download: this.showDownloadButton !== false, share: false, fullscreen: false }).has('download');
  }

  /** Saves the composite: the value's file when static, what is drawn when interactive. */
  private async download() {
    if (!this.interactive) {
      await downloadFile(this.value?.composite ?? this.value?.background ?? null);
      return;
    }
    const blob = await this.compositeBlob();
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'image.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  private startCrop() {
    this.tool = 'crop';
    this.cropBox = null;
  }

  private cancelCrop() {
    this.cropBox = null;
    this.tool = readBrush(this.brush) ? 'brush' : 'pan';
  }

  private applyCrop = () => {
    const box = this.cropBox;
    if (!this.canvas || !box || box.width < 1 || box.height < 1) return;
    this.canvas.replace(this.canvas.cropped(box.x, box.y, box.width, box.height));
    this.cropBox = null;
    this.tool = readBrush(this.brush) ? 'brush' : 'pan';
    this.afterDocumentChange();
    this.send();
  };

  private applyResize = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const width = Math.round(Number((form.elements.namedItem('width') as HTMLInputElement).value));
    const height = Math.round(Number((form.elements.namedItem('height') as HTMLInputElement).value));
    if (!this.canvas || !(width >= 1 && width <= 8192 && height >= 1 && height <= 8192)) {
      this.problem = 'The new size must be two whole numbers of pixels between 1 and 8192.';
      return;
    }
    this.canvas.replace(this.canvas.resized(width, height));
    this.resizeOpen = false;
    this.problem = null;
    this.afterDocumentChange();
    this.send();
  };

  // --- pointer --------------------------------------------------------------------------------------

  /** The canvas pixel under a pointer event. */
  private pixelAt(event: PointerEvent): [number, number] {
    const rect = this.stack!.getBoundingClientRect();
    const canvas = this.canvas!;
    return [Math.floor(((event.clientX - rect.left) * canvas.width) / rect.width), Math.floor(((event.clientY - rect.top) * canvas.height) / rect.height)];
  }

  private onPointerDown = (event: PointerEvent) => {
    if (!this.canvas || !this.interactive || this.pointer !== null || event.button > 0) return;
    const stack = event.currentTarget as HTMLElement;
    // The keyboard shortcuts then apply (the default action that would focus is prevented below).
    this.frame?.focus({ preventScroll: true });
    const [x, y] = this.pixelAt(event);
    if (this.tool === 'pan') {
      if (!this.frame) return;
      this.panFrom = { x: event.clientX, y: event.clientY, left: this.frame.scrollLeft, top: this.frame.scrollTop };
    } else if (this.tool === 'crop') {
      this.cropFrom = [x, y];
      this.cropBox = null;
    } else {
      const erasing = this.tool === 'eraser';
      const rgb = erasing ? ([0, 0, 0] as [number, number, number]) : parseCssColor(this.color.color);
      if (!rgb) {
        this.problem = t('unknownColour', this.el, { color: this.color.color });
        return;
      }
      const size = erasing ? this.currentEraserSize : this.currentBrushSize;
      if (!this.canvas.begin(erasing ? 'eraser' : 'brush', x, y, size, rgb, this.color.opacity)) {
        this.problem = t('hiddenLayer', this.el);
        return;
      }
    }
    this.pointer = event.pointerId;
    try {
      // Keeps the stroke when the pointer leaves the canvas; a pointer the browser does not know refuses it.
      stack.setPointerCapture(event.pointerId);
    } catch {
      // the stroke still follows the pointer while it is over the canvas
    }
    event.preventDefault();
  };

  private onPointerMove = (event: PointerEvent) => {
    if (event.pointerId !== this.pointer || !this.canvas) return;
    if (this.panFrom && this.frame) {
      this.frame.scrollLeft = this.panFrom.left - (event.clientX - this.panFrom.x);
      this.frame.scrollTop = this.panFrom.top - (event.clientY - this.panFrom.y);
      return;
    }
    if (this.cropFrom) {
      const [x, y] = this.pixelAt(event);
      const clampX = (n: number) => Math.min(this.canvas!.width, Math.max(0, n));
      const clampY = (n: number) => Math.min(this.canvas!.height, Math.max(0, n));
      const [x0, x1] = [clampX(Math.min(this.cropFrom[0], x)), clampX(Math.max(this.cropFrom[0], x) + 1)];
      const [y0, y1] = [clampY(Math.min(this.cropFrom[1], y)), clampY(Math.max(this.cropFrom[1], y) + 1)];
      this.cropBox = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      return;
    }
    // Every position the pointer passed since the last frame, so fast strokes follow the hand.
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const e of events.length > 0 ? events : [event]) {
      const [x, y] = this.pixelAt(e);
      this.canvas.move(x, y);
    }
  };

  private onPointerUp = (event: PointerEvent) => {
    if (event.pointerId !== this.pointer) return;
    // The release point is the stroke's last point.
    if (this.canvas?.drawing && event.type !== 'pointercancel') this.onPointerMove(event);
    this.pointer = null;
    this.panFrom = null;
    if (this.cropFrom) {
      this.cropFrom = null;
      return;
    }
    if (this.canvas?.drawing && this.canvas.end()) {
      this.problem = null;
      this.changed();
    }
  };

  // --- webcam ---------------------------------------------------------------------------------------

  private toggleWebcam = async () => {
    if (this.webcamOpen) {
      this.webcam.stop();
      this.webcamOpen = false;
      this.cameraOn = false;
      return;
    }
    this.webcamOpen = true;
    // The camera view is rendered on the next update.
    for (let i = 0; i < 60 && !this.video; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      await this.webcam.start(this.video, undefined, this.webcamOptions?.constraints ?? null);
      this.cameraOn = true;
    } catch (error) {
      this.webcamOpen = false;
      this.problem = (error as Error).message;
    }
  };

  private capture = async () => {
    if (!this.video) return;
    try {
      const mirror = typeof this.webcamOptions?.mirror === 'boolean' ? this.webcamOptions.mirror : this.mirrorWebcam !== false;
      const file = await this.webcam.capture(this.video, mirror);
      this.webcam.stop();
      this.webcamOpen = false;
      this.cameraOn = false;
      await this.uploader.handle([file]);
    } catch (error) {
      this.problem = (error as Error).message;
    }
  };

  private pasteFromClipboard = async () => {
    try {
      const files = await readClipboardImages();
      await this.uploader.handle(files.slice(0, 1));
    } catch (error) {
      this.problem = (error as Error).message;
    }
  };

  // --- render ---------------------------------------------------------------------------------------

  private renderToolbar() {
    const brush = readBrush(this.brush);
    const eraser = readEraser(this.eraser);
    const sources = this.sourceList;
    const transforms = this.transformList;
    const history = this.canvas?.history;
    const label = this.labelText;
    return (
      <div class="editor-toolbar" role="toolbar" aria-label={`${label} tools`}>
        {sources.includes('upload') ? <ToolButton icon="upload" label={t('uploadBackground', this.el)} onClick={this.uploader.open} /> : null}
        {sources.includes('clipboard') ? <ToolButton icon="clipboard" label={t('pasteBackground', this.el)} onClick={() => void this.pasteFromClipboard()} /> : null}
        {sources.includes('webcam') ? <ToolButton icon="webcam" label={t('webcamBackground', this.el)} pressed={this.webcamOpen} onClick={() => void this.toggleWebcam()} /> : null}
        {sources.length > 0 ? <span class="separator" aria-hidden="true" /> : null}
        {brush ? <ToolButton icon="brush" label={t('brush', this.el)} shortcut="B" pressed={this.tool === 'brush'} onClick={() => (this.tool = 'brush')} /> : null}
        {eraser ? <ToolButton icon="eraser" label={t('eraser', this.el)} shortcut="E" pressed={this.tool === 'eraser'} onClick={() => (this.tool = 'eraser')} /> : null}
        <ToolButton icon="pan" label={t('pan', this.el)} shortcut="P" pressed={this.tool === 'pan'} onClick={() => (this.tool = 'pan')} />
        {transforms.includes('crop') ? <ToolButton icon="crop" label={t('crop', this.el)} shortcut="C" pressed={this.tool === 'crop'} onClick={() => (this.tool === 'crop' ? this.cancelCrop() : this.startCrop())} /> : null}
        {transforms.includes('resize') ? <ToolButton icon="resize" label={t('resizeCanvas', this.el)} pressed={this.resizeOpen} onClick={() => (this.resizeOpen = !this.resizeOpen)} /> : null}
        <span class="separator" aria-hidden="true" />
        <ToolButton icon="undo" label={t('undo', this.el)} shortcut="Control+Z" disabled={!history?.canUndo} onClick={this.undo} />
        <ToolButton icon="redo" label={t('redo', this.el)} shortcut="Control+Shift+Z" disabled={!history?.canRedo} onClick={this.redo} />
        <span class="separator" aria-hidden="true" />
        <ToolButton icon="zoomOut" label={t('zoomOut', this.el)} shortcut="-" disabled={this.zoom <= zoomSteps[0]} onClick={() => this.stepZoom(-1)} />
        <span class="zoom-level" aria-live="polite">{`${Math.round(this.zoom * this.fitScale * 100)}%`}</span>
        <ToolButton icon="zoomIn" label={t('zoomIn', this.el)} shortcut="+" disabled={this.zoom >= zoomSteps[zoomSteps.length - 1]} onClick={() => this.stepZoom(1)} />
        <ToolButton icon="fit" label={t('fitFrame', this.el)} shortcut="0" onClick={() => (this.zoom = 1)} />
        <span class="separator" aria-hidden="true" />
        {this.downloadable ? <ToolButton icon="download" label={t('download', this.el)} onClick={() => void this.download()} /> : null}
        <ToolButton icon="trash" label={t('clearCanvas', this.el)} onClick={this.clear} />
        {this.showApply ? <ToolButton icon="check" label={t('saveChanges', this.el)} class="apply" disabled={!history?.canUndo} onClick={() => void this.apply()} /> : null}
      </div>
    );
  }

  private renderOptions() {
    const brush = readBrush(this.brush);
    if (this.tool === 'brush' && brush) {
      const custom = hexColor(this.color.color) ?? '#000000';
      return (
        // biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit
        <div class="editor-options" role="group" aria-label={t('brushOptions', this.el)}>
          {/* biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit */}
          <div class="swatches" role="group" aria-label={t('brushColours', this.el)}>
            {brush.colors.map((c) => (
              <button
                type="button"
                class="swatch"
                style={{ background: c.color, opacity: String(Math.max(0.35, c.opacity)) }}
                aria-label={c.opacity < 1 ? t('colourSwatchOpacity', this.el, { color: c.color, n: Math.round(c.opacity * 100) }) : t('colourSwatch', this.el, { color: c.color })}
                title={c.color}
                aria-pressed={String(c.color === this.color.color && c.opacity === this.color.opacity)}
                onClick={() => (this.color = c)}
              />
            ))}
          </div>
          {brush.colorMode === 'fixed' ? null : (
            <label class="option">
              <span>{t('colour', this.el)}</span>
              <input type="color" value={custom} onInput={(e) => (this.color = { color: (e.target as HTMLInputElement).value, opacity: 1 })} />
            </label>
          )}
          {this.renderSize(t('brushSize', this.el), this.currentBrushSize, (n) => (this.brushSize = n))}
        </div>
      );
    }
    if (this.tool === 'eraser') {
      return (
        // biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit
        <div class="editor-options" role="group" aria-label={t('eraserOptions', this.el)}>
          {this.renderSize(t('eraserSize', this.el), this.currentEraserSize, (n) => (this.eraserSize = n))}
        </div>
      );
    }
    if (this.tool === 'crop') {
      const box = this.cropBox;
      return (
        // biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit
        <div class="editor-options" role="group" aria-label={t('crop', this.el)}>
          <span class="hint">{box ? t('cropBox', this.el, { width: box.width, height: box.height, x: box.x, y: box.y }) : t('cropHint', this.el)}</span>
          <button type="button" class="text-button" disabled={!box} onClick={this.applyCrop}>
            {t('crop', this.el)}
          </button>
          <button type="button" class="text-button" onClick={() => this.cancelCrop()}>
            {t('cancel', this.el)}
          </button>
        </div>
      );
    }
    return null;
  }

  private renderSize(label: string, value: number, set: (n: number) => void) {
    return (
      <label class="option">
        <span>{label}</span>
        <input type="range" min={brushSizeRange.min} max={brushSizeRange.max} value={value} onInput={(e) => set(Number((e.target as HTMLInputElement).value))} />
        <output>{value}</output>
      </label>
    );
  }

  private renderResize() {
    if (!this.resizeOpen || !this.canvas) return null;
    return (
      <form class="editor-options" aria-label={t('resizeCanvas', this.el)} onSubmit={this.applyResize}>
        <label class="option">
          <span>{t('width', this.el)}</span>
          <input name="width" type="number" min={1} max={8192} step={1} value={this.canvas.width} required />
        </label>
        <label class="option">
          <span>{t('height', this.el)}</span>
          <input name="height" type="number" min={1} max={8192} step={1} value={this.canvas.height} required />
        </label>
        <button type="submit" class="text-button">
          {t('resize', this.el)}
        </button>
      </form>
    );
  }

  private renderLayers() {
    const settings = this.layerSettings;
    if (settings.disabled || !this.canvas) return null;
    const doc = this.canvas.document;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit
      <div class="layers" role="group" aria-label={t('layers', this.el)}>
        <ul>
          {doc.layers.map((layer, i) => (
            <li class={{ layer: true, active: i === doc.active }} key={layer.id}>
              <button type="button" class="layer-name" aria-pressed={String(i === doc.active)} onClick={() => this.selectLayer(i)}>
                {layer.name}
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={t(layer.visible ? 'hideName' : 'showName', this.el, { name: layer.name })}
                title={t(layer.visible ? 'hideName' : 'showName', this.el, { name: layer.name })}
                onClick={() => this.toggleLayer(i)}
              >
                <Icon name={layer.visible ? 'eye' : 'eyeOff'} />
              </button>
              <button
                type="button"
                class="icon-button"
                aria-label={t('deleteName', this.el, { name: layer.name })}
                title={t('deleteName', this.el, { name: layer.name })}
                disabled={doc.layers.length < 2}
                onClick={() => this.deleteLayer(i)}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
        {settings.allowAdditional ? (
          <button type="button" class="text-button add-layer" onClick={this.addLayer}>
            <Icon name="plus" />
            <span>{t('addLayer', this.el)}</span>
          </button>
        ) : null}
      </div>
    );
  }

  private selectLayer(index: number) {
    this.canvas?.selectLayer(index);
    this.revision++;
  }

  private toggleLayer(index: number) {
    const layer = this.canvas?.document.layers[index];
    if (!layer) return;
    this.canvas?.setLayerVisible(index, !layer.visible);
    this.changed();
  }

  private deleteLayer(index: number) {
    if (this.canvas?.removeLayer(index)) this.changed();
  }

  private addLayer = () => {
    if (!this.canvas) return;
    const names = new Set(this.canvas.document.layers.map((l) => l.name));
    let n = this.canvas.document.layers.length + 1;
    while (names.has(`Layer ${n}`)) n++;
    this.canvas.addLayer(`Layer ${n}`);
    this.changed();
  };

  private renderWebcam() {
    if (!this.webcamOpen) return null;
    const mirror = typeof this.webcamOptions?.mirror === 'boolean' ? this.webcamOptions.mirror : this.mirrorWebcam !== false;
    return (
      <div class="editor-webcam">
        <video
          class={{ mirrored: mirror }}
          playsInline
          muted
          aria-label={t('cameraView', this.el, { name: this.labelText })}
          ref={(el) => {
            this.video = el;
          }}
        />
        <button type="button" class="text-button" disabled={!this.cameraOn} onClick={() => void this.capture()}>
          {t('takePhoto', this.el)}
        </button>
      </div>
    );
  }

  private onStaticClick = (event: MouseEvent) => {
    if (!this.selectable) return;
    const pixel = clickedPixel(event, event.currentTarget as HTMLImageElement);
    if (pixel) this.grSelect.emit({ index: pixel, value: null });
  };

  /** Enter or Space on the focused picture selects its centre pixel. */
  private onStaticKey = (event: KeyboardEvent) => {
    const image = event.currentTarget as HTMLImageElement;
    if (!this.selectable || (event.key !== 'Enter' && event.key !== ' ') || !image.naturalWidth) return;
    event.preventDefault();
    this.grSelect.emit({ index: [Math.floor(image.naturalWidth / 2), Math.floor(image.naturalHeight / 2)], value: null });
  };

  private renderStatic() {
    const file = this.value?.composite ?? this.value?.background ?? null;
    const { url, unsafe } = imageSource(file);
    return (
      <div class="static-frame" style={{ height: cssLength(this.height) }}>
        {file && this.downloadable ? (
          <div class="toolbar">
            <ToolButton icon="download" label={t('download', this.el)} onClick={() => void this.download()} />
          </div>
        ) : null}
        {unsafe ? (
          <p class="editor-problem" role="alert">
            This image's URL is not allowed (only http, https, blob and image data URLs are shown).
          </p>
        ) : url && this.problem === null ? (
          <img
            src={url}
            alt={imageAlt(this.labelText, file)}
            class={{ selectable: this.selectable }}
            tabIndex={this.selectable ? 0 : undefined}
            onClick={this.onStaticClick}
            onKeyDown={this.onStaticKey}
            onError={() => {
              this.problem = t('imageNotLoaded', this.el, { url: url.length > 200 ? `${url.slice(0, 200)}…` : url });
            }}
          />
        ) : url ? (
          <p class="editor-problem" role="alert">
            {this.problem}
          </p>
        ) : (
          <div class="empty">
            <MediaIcon name="image" size={32} />
          </div>
        )}
      </div>
    );
  }

  render() {
    const canvas = this.canvas;
    const scale = this.fitScale * this.zoom;
    const width = canvas ? Math.max(1, Math.round(canvas.width * scale)) : 0;
    const height = canvas ? Math.max(1, Math.round(canvas.height * scale)) : 0;
    const frameHeight = this.height !== null && this.height !== undefined ? cssLength(this.height) : canvas ? `${Math.round(canvas.height * this.fitScale) + 2}px` : '24rem';
    const empty = canvas && !canvas.document.background && !canvas.history.canUndo;
    const box = this.cropBox;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={false} width={this.width} extraClass={{ 'border-focus': this.uploader.dragging }}>
          <div class={{ 'editor-block': true, interactive: this.interactive }}>
            <MediaLabel label={this.labelText} icon="image" show={this.showLabel} id={this.labelId} />
            {!this.interactive ? (
              this.renderStatic()
            ) : (
              // biome-ignore lint/a11y/useSemanticElements: a flex row of controls; a fieldset's legend and border rules do not fit
              <div class="editor" role="group" aria-labelledby={this.labelId}>
                <FileInput controller={this.uploader} />
                {this.renderToolbar()}
                {this.renderOptions()}
                {this.renderResize()}
                {this.renderWebcam()}
                <div class="editor-main">
                  <section
                    class={{ 'editor-frame': true, [`tool-${this.tool}`]: true }}
                    style={{ height: frameHeight }}
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: the frame scrolls a zoomed canvas, so it takes the focus (arrow keys scroll it)
                    tabIndex={0}
                    aria-label={`${this.labelText}: canvas${canvas ? `, ${canvas.width} × ${canvas.height} pixels` : ''}`}
                    ref={(el) => {
                      if (el && el !== this.frame) this.resizeObserver?.observe(el);
                      this.frame = el;
                    }}
                  >
                    <div
                      class="editor-stack"
                      style={{ width: `${width}px`, height: `${height}px` }}
                      onPointerDown={this.onPointerDown}
                      onPointerMove={this.onPointerMove}
                      onPointerUp={this.onPointerUp}
                      onPointerCancel={this.onPointerUp}
                    >
                      <div
                        class="editor-canvases"
                        ref={(el) => {
                          this.stack = el;
                        }}
                      />
                      {box && canvas ? (
                        <div
                          class="crop-box"
                          style={{
                            left: `${(box.x / canvas.width) * 100}%`,
                            top: `${(box.y / canvas.height) * 100}%`,
                            width: `${(box.width / canvas.width) * 100}%`,
                            height: `${(box.height / canvas.height) * 100}%`,
                          }}
                        />
                      ) : null}
                      {empty && this.placeholder ? <p class="placeholder">{this.placeholder}</p> : null}
                    </div>
                  </section>
                  {this.renderLayers()}
                </div>
                {this.problem ? (
                  <div class="upload-message error" role="alert">
                    <span class="upload-message-text">{this.problem}</span>
                    <button type="button" class="upload-dismiss" aria-label={t('dismissMessage', this.el)} title={t('dismiss', this.el)} onClick={() => (this.problem = null)}>
                      <MediaIcon name="close" size={12} />
                    </button>
                  </div>
                ) : null}
                <UploadStatus controller={this.uploader} />
              </div>
            )}
          </div>
        </Block>
      </Host>
    );
  }
}
