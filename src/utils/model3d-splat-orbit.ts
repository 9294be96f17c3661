/**
 * Orbit controls for the splat viewer, without three.js (which a page showing only splats would otherwise
 * load for its controls alone, about 140 KB gzip): the same gestures and speeds as three's OrbitControls that
 * move the mesh viewer's camera. Drag turns; right-drag, Shift/Ctrl-drag or two fingers move; wheel or pinch
 * zooms. Angles are Gradio's (`camera_position`: alpha around the vertical axis, beta down from the top), in
 * a right-handed, y-up frame.
 */

/** A point or direction `[x, y, z]`. */
export type Vec3 = [number, number, number];

/** The orbit's speeds, read at each gesture (they can change at any time). */
export interface OrbitSpeeds {
  zoomSpeed: number;
  panSpeed: number;
}

const add = (a: Vec3, b: Vec3, scale = 1): Vec3 => [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const unit = (a: Vec3): Vec3 => {
  const length = Math.hypot(...a) || 1;
  return [a[0] / length, a[1] / length, a[2] / length];
};

/** An orbit around a target: the camera's place follows from `alpha`, `beta` and `radius`. */
export class SplatOrbit {
  /** Radians around the vertical axis (Gradio's alpha): -π/2 looks at the front, from +z. */
  alpha = -Math.PI / 2;
  /** Radians down from the top (Gradio's beta), kept off the poles. */
  beta = Math.PI / 2;
  radius = 1;
  target: Vec3 = [0, 0, 0];
  /** The vertical field of view in degrees (pans move the model with the pointer at the target's depth). */
  readonly fov: number;

  readonly #element: HTMLElement;
  readonly #changed: () => void;
  readonly #speeds: () => OrbitSpeeds;
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #panning = false;

  constructor(element: HTMLElement, fov: number, speeds: () => OrbitSpeeds, changed: () => void) {
    this.#element = element;
    this.fov = fov;
    this.#speeds = speeds;
    this.#changed = changed;
    element.addEventListener('pointerdown', this.#down);
    element.addEventListener('pointermove', this.#move);
    element.addEventListener('pointerup', this.#up);
    element.addEventListener('pointercancel', this.#up);
    element.addEventListener('wheel', this.#wheel, { passive: false });
    element.addEventListener('contextmenu', this.#noMenu);
  }

  /** Where the camera is. */
  get position(): Vec3 {
    const { alpha, beta, radius } = this;
    return add(this.target, [radius * Math.cos(alpha) * Math.sin(beta), radius * Math.cos(beta), -radius * Math.sin(alpha) * Math.sin(beta)]);
  }

  /** The camera's unit axes: right, up (on screen) and forward (towards the target). */
  get axes(): { right: Vec3; up: Vec3; forward: Vec3 } {
    const p = this.position;
    const forward = unit([this.target[0] - p[0], this.target[1] - p[1], this.target[2] - p[2]]);
    const right = unit(cross(forward, [0, 1, 0]));
    return { right, up: cross(right, forward), forward };
  }

  /** Turns around the target (radians; positive `left` moves the camera to the left, as three's rotateLeft). */
  rotate(left: number, up: number): void {
    this.alpha -= left;
    this.beta = Math.min(Math.PI - 1e-3, Math.max(1e-3, this.beta - up));
    this.#changed();
  }

  /** Moves the target and camera by pixels of a view `height` pixels tall (the model follows the pointer). */
  pan(dx: number, dy: number, height = this.#element.clientHeight || 1): void {
    const perPixel = (2 * this.radius * Math.tan((this.fov * Math.PI) / 360)) / height;
    const { right, up } = this.axes;
    this.target = add(add(this.target, right, -dx * perPixel), up, dy * perPixel);
    this.#changed();
  }

  /** Scales the distance to the target (below 1: closer). */
  dolly(scale: number): void {
    this.radius = Math.min(1e6, Math.max(1e-4, this.radius * scale));
    this.#changed();
  }

  /** Ends the gesture listeners. */
  dispose(): void {
    const el = this.#element;
    el.removeEventListener('pointerdown', this.#down);
    el.removeEventListener('pointermove', this.#move);
    el.removeEventListener('pointerup', this.#up);
    el.removeEventListener('pointercancel', this.#up);
    el.removeEventListener('wheel', this.#wheel);
    el.removeEventListener('contextmenu', this.#noMenu);
  }

  #down = (event: PointerEvent): void => {
    try {
      // The drag goes on outside the canvas until the button is released.
      this.#element.setPointerCapture(event.pointerId);
    } catch {
      // Not a live pointer (an event made by script): nothing to capture.
    }
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.#panning = event.button === 2 || event.shiftKey || event.ctrlKey || event.metaKey;
  };

  #move = (event: PointerEvent): void => {
    const last = this.#pointers.get(event.pointerId);
    if (!last) return;
    const before = [...this.#pointers.values()];
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const height = this.#element.clientHeight || 1;
    const { panSpeed } = this.#speeds();
    if (this.#pointers.size >= 2) {
      // Two fingers: the change of their distance zooms, the move of their middle pans.
      const after = [...this.#pointers.values()];
      const spread = (p: Array<{ x: number; y: number }>) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1;
      const middle = (p: Array<{ x: number; y: number }>) => [(p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2];
      this.radius = Math.min(1e6, Math.max(1e-4, (this.radius * spread(before)) / spread(after)));
      const [mx0, my0] = middle(before);
      const [mx1, my1] = middle(after);
      this.pan((mx1 - mx0) * panSpeed, (my1 - my0) * panSpeed, height);
      return;
    }
    const dx = event.clientX - last.x;
    const dy = event.clientY - last.y;
    if (this.#panning) this.pan(dx * panSpeed, dy * panSpeed, height);
    else this.rotate((2 * Math.PI * dx) / height, (2 * Math.PI * dy) / height);
  };

  #up = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
  };

  #wheel = (event: WheelEvent): void => {
    event.preventDefault();
    if (!event.deltaY) return;
    // As three's OrbitControls: 0.95 per 100 pixels of wheel, to the power of the zoom speed.
    const scale = 0.95 ** (this.#speeds().zoomSpeed * Math.abs(event.deltaY * 0.01));
    this.dolly(event.deltaY < 0 ? scale : 1 / scale);
  };

  #noMenu = (event: Event): void => event.preventDefault();
}
