/**
 * The WebGL half of `<gr-model3d>` (three.js), loaded with `import()` the first time a model is shown, so the
 * element's own chunk stays small. Each format's loader is a further `import()`, fetched only for files of
 * that format.
 *
 * The viewer draws on demand (after a load, a camera move or a resize), not in a loop, so an idle model
 * costs nothing. The canvas keeps its last frame (`preserveDrawingBuffer`), so it can be read back.
 */
import {
  AmbientLight,
  Box3,
  BufferGeometry,
  Color,
  DirectionalLight,
  DoubleSide,
  HemisphereLight,
  type Material,
  Mesh,
  MeshStandardMaterial,
  type Object3D,
  PerspectiveCamera,
  Points,
  PointsMaterial,
  SRGBColorSpace,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { type CameraPosition, type DisplayMode, ModelError, type ModelExtension, type Rgba, cameraOffset, defaultCamera, fetchModelBytes } from './model3d';

/** What the viewer shows and how it moves; every field can change after creation with `update()`. */
export interface ViewerSettings {
  clearColor: Rgba;
  displayMode: DisplayMode;
  camera: CameraPosition;
  zoomSpeed: number;
  panSpeed: number;
}

const gray = 0x9ca3af;

/** A mesh's material(s) as a list. */
const materialsOf = (mesh: Mesh): Material[] => (Array.isArray(mesh.material) ? mesh.material : [mesh.material]);

/** The folder a URL's file is in (a `.gltf`'s own files resolve against it); `""` for `blob:` and `data:` URLs. */
function folderOf(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    return /^https?:$/.test(parsed.protocol) ? new URL('.', parsed).href : '';
  } catch {
    return '';
  }
}

/** Parses a file's bytes into an object for the scene, with the format's own loader. */
async function parseModel(format: ModelExtension, data: ArrayBuffer, baseUrl: string): Promise<Object3D> {
  switch (format) {
    case '.obj': {
      const { OBJLoader } = await import('three/examples/jsm/loaders/OBJLoader.js');
      const group = new OBJLoader().parse(new TextDecoder().decode(data));
      // Without its .mtl file (never fetched) an OBJ is plain white, lost on a light background: gray, as STL.
      group.traverse((node) => {
        const mesh = node as Mesh;
        if (!mesh.isMesh) return;
        const colors = mesh.geometry.hasAttribute('color');
        mesh.material = new MeshStandardMaterial({ color: colors ? 0xffffff : gray, vertexColors: colors, side: DoubleSide });
      });
      return group;
    }
    // STL and PLY files carry no material and often mixed face orders: both sides are drawn.
    case '.stl': {
      const { STLLoader } = await import('three/examples/jsm/loaders/STLLoader.js');
      return new Mesh(new STLLoader().parse(data), new MeshStandardMaterial({ color: gray, flatShading: true, side: DoubleSide }));
    }
    case '.ply': {
      const { PLYLoader } = await import('three/examples/jsm/loaders/PLYLoader.js');
      const geometry = new PLYLoader().parse(data);
      const colors = geometry.hasAttribute('color');
      // A PLY without faces is a point cloud (Gaussian splat PLYs too: their centres are shown as points).
      if (!geometry.index) return new Points(geometry, new PointsMaterial({ color: colors ? 0xffffff : gray, vertexColors: colors, size: 2, sizeAttenuation: false }));
      geometry.computeVertexNormals();
      return new Mesh(geometry, new MeshStandardMaterial({ color: colors ? 0xffffff : gray, vertexColors: colors, side: DoubleSide }));
    }
    default: {
      const { GLTFLoader } = await import('three/examples/jsm/loaders/GLTFLoader.js');
      return new Promise<Object3D>((resolve, reject) => {
        // A .gltf's external buffers and textures resolve against the file's own folder.
        new GLTFLoader().parse(data, baseUrl, (gltf) => resolve(gltf.scene), reject);
      });
    }
  }
}

/** A parsed model, centred on the origin, and the radius of its bounding sphere. */
export interface LoadedModel {
  object: Object3D;
  radius: number;
}

/**
 * Fetches and parses a model file (no WebGL needed); `fetched`: its bytes, when they were already read.
 * @throws {ModelError} the file cannot be fetched, is not a model of its format, or has no geometry.
 */
export async function fetchModel(url: string, name: string, format: ModelExtension, signal?: AbortSignal, fetched?: ArrayBuffer): Promise<LoadedModel> {
  const data = fetched ?? (await fetchModelBytes(url, name, signal));
  const kind = format.slice(1).toUpperCase();
  let object: Object3D;
  try {
    object = await parseModel(format, data, folderOf(url));
  } catch (error) {
    throw new ModelError(`"${name}" is not a valid ${kind} file: ${(error as Error)?.message ?? error}.`);
  }
  const box = new Box3().setFromObject(object);
  const sphere = box.getBoundingSphere(new Sphere());
  if (box.isEmpty() || !Number.isFinite(sphere.radius) || sphere.radius <= 0) {
    throw new ModelError(`"${name}" has no geometry to show (an empty or unreadable ${kind} file).`);
  }
  // Centred on the origin, so the orbit turns around the model's middle.
  object.position.sub(sphere.center);
  return { object, radius: sphere.radius };
}

/** One model on one canvas, with orbit controls. Create it with {@link createViewer}. */
export class ModelViewer {
  readonly #renderer: WebGLRenderer;
  readonly #scene = new Scene();
  readonly #camera = new PerspectiveCamera(45, 1, 0.01, 1000);
  readonly #controls: OrbitControls;
  #settings: ViewerSettings;
  #model?: Object3D;
  /** Point versions of the model's meshes (display mode `point_cloud`), made on first use. */
  #points: Points[] = [];
  #size = new Sphere(new Vector3(), 1);
  #frame = 0;

  /** The canvas it draws on. */
  readonly canvas: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement, settings: ViewerSettings) {
    this.canvas = canvas;
    this.#settings = settings;
    try {
      this.#renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, preserveDrawingBuffer: true });
    } catch (cause) {
      throw new ModelError('WebGL is not available in this browser, so the 3D model cannot be shown.', { cause });
    }
    this.#renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio || 1));
    this.#controls = new OrbitControls(this.#camera, canvas);
    this.#controls.addEventListener('change', this.invalidate);
    const headlight = new DirectionalLight(0xffffff, 2);
    headlight.position.set(0.5, 1, 1);
    this.#camera.add(headlight);
    this.#scene.add(this.#camera, new AmbientLight(0xffffff, 0.6), new HemisphereLight(0xffffff, 0x444444, 1));
    this.update(settings);
  }

  /** Draws on the next frame (once, however often it is asked before then). */
  invalidate = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#renderer.render(this.#scene, this.#camera);
    });
  };

  /** Applies settings; a changed `camera` moves the camera there. */
  update(settings: ViewerSettings): void {
    const before = this.#settings;
    this.#settings = settings;
    const [r, g, b, a] = settings.clearColor;
    // Gradio's channels are the colour as shown (sRGB), as Babylon takes them.
    this.#renderer.setClearColor(new Color().setRGB(r, g, b, SRGBColorSpace), a);
    this.#controls.zoomSpeed = settings.zoomSpeed;
    this.#controls.panSpeed = settings.panSpeed;
    this.#applyDisplayMode();
    if (before.camera.join() !== settings.camera.join()) this.resetView();
    this.invalidate();
  }

  /** Shows a model (from {@link fetchModel}) in place of the current one, seen from the configured camera. */
  show(loaded: LoadedModel): void {
    this.#clearModel();
    this.#model = loaded.object;
    this.#size = new Sphere(new Vector3(), loaded.radius);
    this.#scene.add(loaded.object);
    this.#applyDisplayMode();
    this.resetView();
  }

  /** Puts the camera back where `camera_position` (or the default view) says, framing the whole model. */
  resetView(): void {
    const [alpha, beta, radius] = this.#settings.camera;
    const distance = radius ?? this.#size.radius * 2.6;
    this.#camera.near = Math.max(distance, this.#size.radius) / 1000;
    this.#camera.far = Math.max(distance, this.#size.radius) * 100;
    this.#camera.position.set(...cameraOffset(alpha ?? defaultCamera.alpha, beta ?? defaultCamera.beta, distance));
    this.#camera.updateProjectionMatrix();
    this.#controls.target.set(0, 0, 0);
    this.#controls.update();
    this.invalidate();
  }

  /** Sets the drawing size (CSS pixels). */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.#renderer.setSize(width, height, false);
    this.#camera.aspect = width / height;
    this.#camera.updateProjectionMatrix();
    this.invalidate();
  }

  /**
   * The keyboard of the viewer (its focusable canvas): arrows turn the model (Shift + arrows move it), `+` /
   * `-` zoom, Home or `0` resets the view. Returns whether the key was one of them.
   */
  key(event: KeyboardEvent): boolean {
    const step = Math.PI / 18;
    const pan = 24;
    const c = this.#controls;
    const moves: Record<string, () => void> = event.shiftKey
      ? { ArrowLeft: () => c.pan(pan, 0), ArrowRight: () => c.pan(-pan, 0), ArrowUp: () => c.pan(0, pan), ArrowDown: () => c.pan(0, -pan) }
      : { ArrowLeft: () => c.rotateLeft(step), ArrowRight: () => c.rotateLeft(-step), ArrowUp: () => c.rotateUp(step), ArrowDown: () => c.rotateUp(-step) };
    const zoom = 0.95 ** (2 * Math.max(0.1, this.#settings.zoomSpeed));
    Object.assign(moves, {
      // OrbitControls' dolly scales the distance: dollyIn(0.9) brings the camera closer, as the wheel does.
      '+': () => c.dollyIn(zoom),
      '=': () => c.dollyIn(zoom),
      '-': () => c.dollyOut(zoom),
      Home: () => this.resetView(),
      '0': () => this.resetView(),
    });
    const move = moves[event.key];
    if (!move) return false;
    move();
    this.invalidate();
    return true;
  }

  /** Frees the GPU resources and the controls' listeners. */
  dispose(): void {
    cancelAnimationFrame(this.#frame);
    this.#clearModel();
    this.#controls.dispose();
    this.#renderer.dispose();
    // Browsers allow a few live WebGL contexts per page: give this one back now.
    this.#renderer.forceContextLoss();
  }

  #meshes(): Mesh[] {
    const meshes: Mesh[] = [];
    this.#model?.traverse((node) => {
      if ((node as Mesh).isMesh) meshes.push(node as Mesh);
    });
    return meshes;
  }

  #applyDisplayMode(): void {
    const mode = this.#settings.displayMode;
    const meshes = this.#meshes();
    for (const mesh of meshes) {
      for (const material of materialsOf(mesh)) {
        if ('wireframe' in material) (material as MeshStandardMaterial).wireframe = mode === 'wireframe';
      }
    }
    if (mode === 'point_cloud' && this.#points.length === 0) {
      for (const mesh of meshes) {
        // A white material (OBJ's default) would give white points, lost on a light background: gray then.
        const own = (materialsOf(mesh)[0] as MeshStandardMaterial).color?.getHex();
        const color = own === undefined || own === 0xffffff ? gray : own;
        const colors = mesh.geometry.hasAttribute('color');
        const points = new Points(mesh.geometry, new PointsMaterial({ color: colors ? 0xffffff : color, vertexColors: colors, size: 3, sizeAttenuation: false }));
        mesh.add(points);
        this.#points.push(points);
      }
    }
    for (const mesh of meshes) {
      // In point-cloud mode the mesh stays in the tree (its points are its children) but draws nothing itself.
      for (const material of materialsOf(mesh)) material.visible = mode !== 'point_cloud';
    }
    for (const points of this.#points) points.visible = mode === 'point_cloud';
    this.invalidate();
  }

  #clearModel(): void {
    if (!this.#model) return;
    this.#scene.remove(this.#model);
    this.#model.traverse((node) => {
      const drawn = node as Mesh | Points;
      if (drawn.geometry instanceof BufferGeometry) drawn.geometry.dispose();
      const material = drawn.material;
      if (material) for (const m of Array.isArray(material) ? material : [material]) m.dispose();
    });
    this.#model = undefined;
    this.#points = [];
  }
}

/**
 * A viewer drawing on `canvas`.
 * @throws {ModelError} when the browser has no WebGL.
 */
export function createViewer(canvas: HTMLCanvasElement, settings: ViewerSettings): ModelViewer {
  return new ModelViewer(canvas, settings);
}
