import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { type FileData, fileUrl } from '../../utils/file-data';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { downloadFile, downloadName } from '../../utils/media-download';
import { MediaButton, MediaIcon, MediaLabel } from '../../utils/media-icons';
import { type CameraPosition, type DisplayMode, ModelError, cameraPositionOf, clearColorOf, extensionOf, modelFormat, modelUploadTypes } from '../../utils/model3d';
import { fetchSplat, maySplat, splatBlocker } from '../../utils/model3d-splat';
import type { SplatViewer } from '../../utils/model3d-splat-viewer';
import type { ModelViewer, ViewerSettings } from '../../utils/model3d-viewer';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import type { UploadFunction } from '../../utils/upload';
import { UploadController, UploadStatus, UploadZone } from '../../utils/upload-zone';

/** Where the viewer is: nothing to show, fetching and parsing, drawn, or a message instead of the model. */
/** Canvases whose WebGL context a disposed viewer gave back: a canvas keeps its lost context for good. */
const spentCanvases = new WeakSet<HTMLCanvasElement>();

export type Model3DStatus = 'empty' | 'loading' | 'ready' | 'error';

/** A mesh or point cloud (three.js) or Gaussian splats (gsplat): each kind has its own viewer. */
type Viewer = ModelViewer | SplatViewer;
type ViewerKind = 'mesh' | 'splat';

/**
 * A Gradio `Model3D` (config type `model3d`): a 3D model (`.obj`, `.glb`, `.gltf`, `.stl`, `.ply`) drawn
 * with WebGL (three.js, loaded on first use) with orbit controls: drag to turn, right-drag or two fingers to
 * move, wheel or pinch to zoom. `displayMode` draws it solid, as a wireframe or as a point cloud on
 * `clearColor`, seen from `cameraPosition`.
 *
 * Gaussian splats (every `.splat` file, and a `.ply` whose header has splat properties: `f_dc_0`, `opacity`,
 * `scale_0`, `rot_0`) are drawn by gsplat, loaded on first use, with the same controls, `clearColor` and
 * `cameraPosition` (`displayMode` does not apply to them). gsplat compiles WebAssembly and runs workers from
 * `blob:` URLs: under a Content-Security-Policy a page needs `'wasm-unsafe-eval'` in `script-src` and `blob:`
 * in `worker-src`, or the element says so instead of drawing.
 *
 * Interactive and empty: a dashed drop zone ("Drop a 3D model here"). With a model: Reset view, Download
 * and (interactive) Clear in the toolbar. A file that cannot be shown (unsupported format, not a valid model
 * or splat file, unreachable URL, no WebGL) is a message in the element, never a blank.
 *
 * Keyboard: the viewer is focusable; arrows turn the model, Shift + arrows move it, `+` / `-` zoom,
 * Home resets the view. Every other control is a button.
 *
 * @part viewer - the focusable frame around the canvas.
 */
@Component({
  tag: 'gr-model3d',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', 'gr-model3d.css'],
  scoped: true,
})
export class GrModel3d {
  @Element() el!: HTMLElement;

  /** Whether the model is drawn, loading, or replaced by a message (`message`). */
  @State() status: Model3DStatus = 'empty';

  /** Why the model is not shown, when `status` is `error`. */
  @State() message: string | null = null;

  /**
   * Bumped when a viewer is let go: its canvas's WebGL context was given back (lost for good), so the next
   * viewer needs a new canvas, which this key makes the next render create.
   */
  @State() private canvasGeneration = 0;

  /** The model file: Gradio's FileData, or `null`. */
  @Prop({ mutable: true }) value: FileData | null = null;
  @Watch('value')
  valueChanged() {
    void this.show();
  }

  /** The label (badge in the corner and the viewer's accessible name). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Gradio's `display_mode`: `solid` (default), `point_cloud` or `wireframe`. */
  @Prop() displayMode: DisplayMode | null = null;

  /** Gradio's `clear_color`: the background as `[r, g, b, a]`, each 0-1; default transparent. */
  @Prop() clearColor: number[] | null = null;

  /** Gradio's `camera_position`: `[alpha°, beta°, radius]`; a `null` entry leaves the viewer's front view. */
  @Prop() cameraPosition: CameraPosition | null = null;

  /** Gradio's `zoom_speed` (wheel, pinch and keyboard zoom). */
  @Prop() zoomSpeed: number = 1;

  /** Gradio's `pan_speed`. */
  @Prop() panSpeed: number = 1;

  /** Height of the viewer: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** `false` shows the model only (no upload or clear). */
  @Prop() interactive: boolean = true;

  /** Largest accepted file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends files to the app's server (set by `<gradio-app>`); without it files stay in the page. */
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

  @Watch('displayMode')
  @Watch('clearColor')
  @Watch('cameraPosition')
  @Watch('zoomSpeed')
  @Watch('panSpeed')
  settingsChanged() {
    this.viewer?.update(this.settings);
  }

  /** Fires when the user uploaded (chose, dropped or pasted) a model: its FileData. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileData>;

  /** Fires after each user change (upload, clear): the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileData | null>;

  /** Fires when the user cleared the model. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  private readonly labelId = uniqueId('gr-model3d');
  private readonly helpId = `${this.labelId}-help`;
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => ({ fileTypes: modelUploadTypes, fileCount: 'single', maxFileSize: this.maxFileSize, upload: this.upload, disabled: !this.interactive }),
    onUpload: ([file]) => {
      this.value = file;
      this.grUpload.emit(file);
      this.grChange.emit(file);
    },
    requestRender: () => forceUpdate(this),
  });
  private canvas?: HTMLCanvasElement;
  private viewer?: Viewer;
  private viewerKind?: ViewerKind;
  private resizer?: ResizeObserver;
  private loading?: AbortController;
  private loaded = false;
  /** Resolvers waiting for the next render (the canvas of a new value exists after it). */
  private waitingForRender: Array<() => void> = [];

  connectedCallback() {
    this.uploader.connect();
    // Moved in the page: the viewer was let go when the element left it.
    if (this.loaded) void this.show();
  }

  componentDidLoad() {
    this.loaded = true;
    void this.show();
  }

  componentDidRender() {
    for (const resolve of this.waitingForRender.splice(0)) resolve();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.loading?.abort();
    this.dropViewer();
  }

  private get labelText(): string {
    return this.label ?? '3D Model';
  }

  private get settings(): ViewerSettings {
    return {
      clearColor: clearColorOf(this.clearColor),
      displayMode: this.displayMode === 'point_cloud' || this.displayMode === 'wireframe' ? this.displayMode : 'solid',
      camera: cameraPositionOf(this.cameraPosition),
      zoomSpeed: typeof this.zoomSpeed === 'number' && this.zoomSpeed > 0 ? this.zoomSpeed : 1,
      panSpeed: typeof this.panSpeed === 'number' && this.panSpeed > 0 ? this.panSpeed : 1,
    };
  }

  /** The value when it is a file (anything else shows as empty). */
  private get file(): FileData | null {
    const v = this.value;
    return v && typeof v === 'object' && typeof v.path === 'string' ? v : null;
  }

  /** Loads the value into the viewer (creating it on first use); failures become the element's message. */
  private async show() {
    this.loading?.abort();
    const file = this.file;
    if (!file) {
      this.status = 'empty';
      this.message = null;
      this.dropViewer();
      return;
    }
    const loading = new AbortController();
    this.loading = loading;
    this.status = 'loading';
    this.message = null;
    const name = downloadName(file);
    try {
      const shown = await this.load(file, name, loading.signal);
      if (loading.signal.aborted) return;
      // A viewer of the other kind lets its canvas go: the next one draws on a new canvas.
      if (this.viewer && this.viewerKind !== shown.kind) this.dropViewer();
      // The canvas of a new value, or the one replacing a spent canvas, exists once it has rendered.
      while (!this.canvas?.isConnected || spentCanvases.has(this.canvas)) {
        await new Promise<void>((resolve) => this.waitingForRender.push(resolve));
        if (loading.signal.aborted) return;
      }
      if (shown.kind === 'splat') this.ensureViewer('splat', shown.lib.createSplatViewer).show(shown.model);
      else this.ensureViewer('mesh', shown.lib.createViewer).show(shown.model);
      this.status = 'ready';
    } catch (error) {
      if (loading.signal.aborted) return;
      this.status = 'error';
      this.message = (error as Error)?.name === 'ModelError' ? (error as Error).message : `"${name}" could not be shown: ${(error as Error)?.message ?? error}`;
    }
  }

  /**
   * Fetches and parses a file with the library of its kind: Gaussian splats with gsplat (a `.splat`, or a
   * `.ply` whose header says so), anything else with three.js.
   */
  private async load(file: FileData, name: string, signal: AbortSignal) {
    // Splat files are not in `modelFormat`'s list of mesh formats.
    const format = extensionOf(name) === '.splat' ? null : modelFormat(name);
    const url = safeMediaUrl(fileUrl(file) ?? null);
    if (!url) throw new ModelError(`"${name}" cannot be shown: its URL is not allowed.`);
    const fetched = maySplat(name) ? await fetchSplat(url, name, signal) : null;
    if (fetched && !(fetched instanceof ArrayBuffer)) {
      const splat = fetched;
      const blocked = await splatBlocker();
      if (blocked) throw new ModelError(`"${name}" cannot be shown: ${blocked}.`);
      const lib = await import('../../utils/model3d-splat-viewer');
      return { kind: 'splat' as const, lib, model: lib.parseSplat(splat, name) };
    }
    const lib = await import('../../utils/model3d-viewer');
    // A mesh PLY was read whole while looking for a splat header: its bytes are parsed, not fetched again.
    const model = await lib.fetchModel(url, name, format ?? '.ply', signal, fetched ?? undefined);
    return { kind: 'mesh' as const, lib, model };
  }

  private dropViewer() {
    this.resizer?.disconnect();
    this.resizer = undefined;
    if (this.viewer) {
      spentCanvases.add(this.viewer.canvas);
      this.viewer.dispose();
      this.viewer = undefined;
      this.viewerKind = undefined;
      this.canvasGeneration += 1;
    }
  }

  /** The viewer of `kind` on the current canvas, made with `create` when there is none yet. */
  private ensureViewer<V extends Viewer>(kind: ViewerKind, create: (canvas: HTMLCanvasElement, settings: ViewerSettings) => V): V {
    const canvas = this.canvas;
    if (!canvas?.isConnected) throw new ModelError('The viewer is not on the page.');
    if (this.viewer?.canvas === canvas && this.viewerKind === kind) return this.viewer as V;
    this.dropViewer();
    const viewer = create(canvas, this.settings);
    this.viewer = viewer;
    this.viewerKind = kind;
    const frame = canvas.parentElement as HTMLElement;
    const resizeToFrame = () => viewer.resize(frame.clientWidth, frame.clientHeight);
    resizeToFrame();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizer = new ResizeObserver(resizeToFrame);
      this.resizer.observe(frame);
    }
    return viewer;
  }

  private clear = () => {
    this.uploader.dismiss();
    this.value = null;
    this.grChange.emit(null);
    this.grClear.emit();
  };

  private onKey = (event: KeyboardEvent) => {
    if (this.status === 'ready' && this.viewer?.key(event)) event.preventDefault();
  };

  private renderViewer(file: FileData) {
    const name = downloadName(file);
    const busy = this.status === 'loading';
    return [
      <div class="toolbar">
        <button type="button" class="icon-button" aria-label={t('resetView', this.el)} title={t('resetView', this.el)} disabled={this.status !== 'ready'} onClick={() => this.viewer?.resetView()}>
          <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d="M4 4v6h6" />
            <path d="M4.5 15a8 8 0 1 0 1.9-8.3L4 10" />
          </svg>
        </button>
        <MediaButton icon="download" label={`${t('download', this.el)} ${name}`} onClick={() => void downloadFile(file)} />
        {this.interactive ? <MediaButton icon="close" label={t('clear', this.el)} onClick={this.clear} /> : null}
      </div>,
      <div
        class="viewer"
        style={{ display: this.status === 'error' ? 'none' : undefined }}
        part="viewer"
        tabIndex={this.status === 'ready' ? 0 : -1}
        role="application"
        aria-roledescription="3D model viewer"
        aria-label={`${this.labelText}: ${name}`}
        aria-describedby={this.helpId}
        aria-busy={busy ? 'true' : undefined}
        onKeyDown={this.onKey}
      >
        <canvas key={`canvas-${this.canvasGeneration}`} ref={(c) => (this.canvas = c)} />
        <span class="sr-only" id={this.helpId}>
          Arrow keys turn the model, Shift and arrow keys move it, plus and minus zoom, Home resets the view.
        </span>
        {busy ? <span class="model-loading">{t('loading', this.el)}</span> : null}
      </div>,
      this.status === 'error' ? (
        <p class="model-message" role="alert">
          {this.message}
        </p>
      ) : null,
    ];
  }

  render() {
    const file = this.file;
    return (
      <Host {...blockHost(this)} data-status={this.status}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          height={this.height}
          borderStyle={this.interactive && !file ? 'dashed' : 'solid'}
          extraClass={{ 'border-focus': this.uploader.dragging }}
        >
          <div class={{ 'model-block': true, 'is-empty': !file }}>
            <MediaLabel label={this.labelText} icon="file" show={this.showLabel} id={this.labelId} />
            {file ? (
              this.renderViewer(file)
            ) : this.interactive ? (
              <UploadZone controller={this.uploader} text={t('dropModel', this.el)} icon="upload" labelledBy={this.labelId} textId={`${this.labelId}-zone`} />
            ) : (
              <div class="empty">
                <MediaIcon name="file" size={32} />
              </div>
            )}
            <UploadStatus controller={this.uploader} />
          </div>
        </Block>
      </Host>
    );
  }
}
