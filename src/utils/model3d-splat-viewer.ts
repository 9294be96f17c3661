/**
 * Gaussian splats for `<gr-model3d>`, drawn by gsplat (the renderer Gradio's own Model3D uses), loaded with
 * `import()` the first time a splat is shown. gsplat draws; the camera is moved by `SplatOrbit`, which has the
 * gestures and speeds of the three.js OrbitControls that move the mesh viewer's camera, so dragging, zoom and
 * pan speeds, the keyboard, `camera_position` and Reset view behave the same for both (gsplat's own controls
 * listen to keys on the whole window and cannot be reset), and no three.js is loaded for splats.
 *
 * gsplat's frame is the one splats are trained in (y down, the camera looking along +z); the orbit works in a
 * y-up frame turned half a turn about x from it. A splat therefore looks as in Gradio's viewer, and
 * `camera_position`'s angles mean what they mean for meshes.
 *
 * Drawing is on demand (a camera move, a resize, new data, a finished depth sort), never in a loop, and not
 * while the canvas is off screen. gsplat sorts splats by depth in a worker; its sort worker polls on a timer
 * for as long as it lives, which is until the viewer is disposed.
 */
import { Camera, Color32, PLYLoader, Quaternion as SplatQuaternion, Scene, Splat, SplatData, Vector3 as SplatVector3, WebGLRenderer } from 'gsplat';
import { type CameraPosition, ModelError, type Rgba, defaultCamera } from './model3d';
import { type SplatSource, checkSplatBytes, normalizedPly } from './model3d-splat';
import { SplatOrbit, type Vec3 } from './model3d-splat-orbit';

/** What the splat viewer shows and how it moves; each field can change after creation with `update()`. */
export interface SplatViewerSettings {
  clearColor: Rgba;
  camera: CameraPosition;
  zoomSpeed: number;
  panSpeed: number;
}

/** A parsed splat file: its gsplat scene, and the middle and size of the bulk of its splats. */
export interface LoadedSplat {
  scene: Scene;
  count: number;
  centre: Vec3;
  radius: number;
}

const fov = 45;
/** How long a new scene is drawn every frame while gsplat prepares it (milliseconds). */
const firstSortWait = 15_000;

/** The middle and radius of most of the splats: trained scenes have far-off stragglers that would shrink the view. */
function bulkOf(positions: Float32Array): { centre: Vec3; radius: number } | null {
  const count = positions.length / 3;
  const step = Math.max(1, Math.floor(count / 20_000));
  const xs: number[] = [];
  const ys: number[] = [];
  const zs: number[] = [];
  for (let i = 0; i < count; i += step) {
    const [x, y, z] = [positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]];
    if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) xs.push(x), ys.push(y), zs.push(z);
  }
  if (xs.length === 0) return null;
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  // In gsplat's frame; the viewer's frame has y and z the other way round.
  const [cx, cy, cz] = [median(xs), median(ys), median(zs)];
  const distances = xs.map((x, i) => Math.hypot(x - cx, ys[i] - cy, zs[i] - cz)).sort((a, b) => a - b);
  const radius = distances[Math.min(distances.length - 1, Math.floor(distances.length * 0.95))];
  return { centre: [cx, -cy, -cz], radius: radius > 0 ? radius : 1 };
}

/**
 * Parses a checked splat file (no WebGL needed).
 * @throws {ModelError} the file is not a valid splat file of its format, or holds no drawable splat.
 */
export function parseSplat(source: SplatSource, name: string): LoadedSplat {
  checkSplatBytes(source, name);
  const kind = source.format.slice(1).toUpperCase();
  const scene = new Scene();
  let splat: Splat;
  try {
    if (source.format === '.splat') {
      splat = new Splat(SplatData.Deserialize(new Uint8Array(source.data)));
      scene.addObject(splat);
    } else {
      splat = PLYLoader.LoadFromArrayBuffer(normalizedPly(source.data), scene);
    }
  } catch (error) {
    throw new ModelError(`"${name}" is not a valid ${kind} file: ${(error as Error)?.message ?? error}.`);
  }
  const bulk = bulkOf(splat.data.positions);
  if (!bulk) throw new ModelError(`"${name}" has no splats to show (no splat of the ${kind} file has a valid position).`);
  return { scene, count: splat.data.vertexCount, ...bulk };
}

/** One splat scene on one canvas, with orbit controls. Create it with {@link createSplatViewer}. */
export class SplatViewer {
  readonly #gl: WebGL2RenderingContext;
  readonly #renderer: WebGLRenderer;
  readonly #splatCamera = new Camera();
  readonly #orbit: SplatOrbit;
  readonly #visibility?: IntersectionObserver;
  #settings: SplatViewerSettings;
  #scene = new Scene();
  #centre: Vec3 = [0, 0, 0];
  #radius = 1;
  #near = 0.01;
  #far = 1000;
  #frame = 0;
  #onScreen = true;
  /** A draw was asked for while off screen: it happens when the canvas is back. */
  #missed = false;
  /** The sort worker whose answers ask for a draw (gsplat makes a new one for each scene). */
  #sortWorker: Worker | null = null;
  #disposed = false;
  /** When the current scene was shown (the wait for its first depth order is measured from then). */
  #shownAt = 0;

  /** The canvas it draws on. */
  readonly canvas: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement, settings: SplatViewerSettings) {
    this.canvas = canvas;
    this.#settings = settings;
    // Made here, before gsplat asks for it, so it keeps its last frame (tests and screenshots read it back).
    const gl = canvas.getContext('webgl2', { antialias: false, preserveDrawingBuffer: true });
    if (!gl) throw new ModelError('WebGL 2 is not available in this browser, so the Gaussian splat cannot be shown.');
    this.#gl = gl;
    // No render passes: gsplat's default fades the scene in over a hundred frames, which on-demand drawing skips.
    this.#renderer = new WebGLRenderer(canvas, []);
    this.#orbit = new SplatOrbit(canvas, fov, () => this.#settings, this.invalidate);
    if (typeof IntersectionObserver !== 'undefined') {
      this.#visibility = new IntersectionObserver((entries) => {
        this.#onScreen = entries[entries.length - 1].isIntersecting;
        if (this.#onScreen && this.#missed) this.invalidate();
      });
      this.#visibility.observe(canvas);
    }
    this.update(settings);
  }

  /** Draws on the next frame (once, however often it is asked before then); off screen, when back on it. */
  invalidate = (): void => {
    if (this.#disposed || this.#frame) return;
    if (!this.#onScreen) {
      this.#missed = true;
      return;
    }
    this.#missed = false;
    this.#frame = requestAnimationFrame(this.#draw);
  };

  /** Applies settings; a changed `camera` moves the camera there. */
  update(settings: SplatViewerSettings): void {
    const before = this.#settings;
    this.#settings = settings;
    const [r, g, b, a] = settings.clearColor.map((c) => Math.round(c * 255));
    // gsplat blends front to back into a transparent buffer: the clear colour is the canvas's CSS background.
    this.#renderer.backgroundColor = new Color32(r, g, b, a);
    if (before.camera.join() !== settings.camera.join()) this.resetView();
    this.invalidate();
  }

  /** Shows a splat scene (from {@link parseSplat}) in place of the current one, seen from the configured camera. */
  show(loaded: LoadedSplat): void {
    this.#scene = loaded.scene;
    this.#shownAt = performance.now();
    this.#centre = loaded.centre;
    this.#radius = loaded.radius;
    this.resetView();
  }

  /** Puts the camera back where `camera_position` (or the default view) says, framing the bulk of the splats. */
  resetView(): void {
    const [alpha, beta, radius] = this.#settings.camera;
    const distance = radius ?? this.#radius * 2.6;
    this.#near = Math.max(distance, this.#radius) / 1000;
    this.#far = Math.max(distance, this.#radius) * 100;
    const orbit = this.#orbit;
    // Off the poles, as the orbit keeps it (its up direction is undefined there).
    orbit.alpha = ((alpha ?? defaultCamera.alpha) * Math.PI) / 180;
    orbit.beta = Math.min(Math.PI - 1e-3, Math.max(1e-3, ((beta ?? defaultCamera.beta) * Math.PI) / 180));
    orbit.radius = distance;
    orbit.target = [...this.#centre];
    this.#applyLens();
    this.invalidate();
  }

  /** Sets the drawing size (CSS pixels). */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    this.#renderer.setSize(Math.round(width * ratio), Math.round(height * ratio));
    this.#applyLens();
    this.invalidate();
  }

  /**
   * The keyboard of the viewer: arrows turn the splats (Shift + arrows move them), `+` / `-` zoom, Home or `0`
   * resets the view. Returns whether the key was one of them.
   */
  key(event: KeyboardEvent): boolean {
    const action = orbitKeyAction(event.key);
    if (!action) return false;
    const orbit = this.#orbit;
    const zoom = 0.95 ** (2 * Math.max(0.1, this.#settings.zoomSpeed));
    if (action === 'reset') this.resetView();
    else if (action === 'in') orbit.dolly(zoom);
    else if (action === 'out') orbit.dolly(1 / zoom);
    else if (event.shiftKey) orbit.pan(24 * action[0], 24 * action[1]);
    else orbit.rotate((Math.PI / 18) * action[0], (Math.PI / 18) * action[1]);
    return true;
  }

  /** Frees the GPU resources, gsplat's workers, the controls' listeners, and gives the WebGL context back. */
  dispose(): void {
    this.#disposed = true;
    cancelAnimationFrame(this.#frame);
    this.#visibility?.disconnect();
    this.#orbit.dispose();
    this.#sortWorker?.removeEventListener('message', this.invalidate);
    // Ends gsplat's sort and data workers with the GPU buffers and textures.
    this.#renderer.dispose();
    // Browsers allow a few live WebGL contexts per page: give this one back now.
    this.#gl.getExtension('WEBGL_lose_context')?.loseContext();
  }

  /** gsplat's projection: the mesh viewer's field of view, near and far planes. */
  #applyLens(): void {
    const data = this.#splatCamera.data;
    const focal = this.canvas.height / 2 / Math.tan((fov * Math.PI) / 360);
    data.fx = focal;
    data.fy = focal;
    data.near = this.#near;
    data.far = this.#far;
    // gsplat sends the projection to the GPU only on a resize, and the focal length only when it starts a scene.
    const program = this.#renderer.renderProgram;
    if (!program.started) return;
    this.#renderer.setSize(this.canvas.width, this.canvas.height);
    this.#gl.useProgram(program.program);
    this.#gl.uniform2fv(this.#gl.getUniformLocation(program.program, 'focal'), [focal, focal]);
  }

  #draw = (): void => {
    this.#frame = 0;
    const firstFrame = !this.#renderer.renderProgram.started;
    // The orbit's frame to gsplat's is half a turn about x: (x, y, z) -> (x, -y, -z).
    const [x, y, z] = this.#orbit.position;
    const [fx, fy, fz] = this.#orbit.axes.forward;
    this.#splatCamera.position = new SplatVector3(x, -y, -z);
    // gsplat's cameras have no roll: a pitch and a yaw that look along the forward direction (gsplat's frame).
    this.#splatCamera.rotation = SplatQuaternion.FromEuler(new SplatVector3(Math.asin(fy), Math.atan2(fx, -fz), 0));
    this.#renderer.render(this.#scene, this.#splatCamera);
    if (firstFrame) this.#applyLens();
    const worker = this.#renderer.renderProgram.worker;
    if (worker !== this.#sortWorker) {
      this.#sortWorker?.removeEventListener('message', this.invalidate);
      worker?.addEventListener('message', this.invalidate);
      this.#sortWorker = worker;
    }
    // gsplat packs the splats for the GPU once its WebAssembly module is ready, and tells no one: until the
    // first depth order of every splat is back, draw each frame (the draw after the packing hands the splats
    // to the sort worker, whose answers then ask for draws). A sort that never comes stops the wait in time.
    const program = this.#renderer.renderProgram;
    const data = program.renderData;
    const waiting = data && (data.needsRebuild || data.updating || data.dataChanged || program.depthIndex.length < data.vertexCount);
    if (waiting && performance.now() - this.#shownAt < firstSortWait) this.invalidate();
  };
}

/** What a key does in the viewer: a turn (or, with Shift, a move) by one step `[x, y]`, a zoom, or a reset. */
function orbitKeyAction(key: string): [number, number] | 'in' | 'out' | 'reset' | null {
  const steps: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  if (key in steps) return steps[key];
  if (key === '+' || key === '=') return 'in';
  if (key === '-') return 'out';
  if (key === 'Home' || key === '0') return 'reset';
  return null;
}

/**
 * A splat viewer drawing on `canvas`.
 * @throws {ModelError} when the browser has no WebGL 2.
 */
export function createSplatViewer(canvas: HTMLCanvasElement, settings: SplatViewerSettings): SplatViewer {
  return new SplatViewer(canvas, settings);
}
