/**
 * Vega-Lite charts for the plot elements (`<gr-native-plot>`, Altair payloads of `<gr-plot>`): Vega and
 * Vega-Lite loaded with a dynamic import the first time a chart is shown, and a Vega config themed from the Gradio
 * theme variables in effect on the element (light or dark), re-read whenever a chart is drawn.
 */

/** What a drawn chart offers its element. */
export interface VegaChart {
  /** The Vega view (signals, listeners, image export). */
  view: VegaView;
  /** Removes the chart and its listeners. */
  finalize(): void;
}

/** The part of Vega's View the elements use. */
export interface VegaView {
  addSignalListener(name: string, handler: (name: string, value: unknown) => void): void;
  addEventListener(type: string, handler: (event: Event, item: unknown) => void): void;
  width(width: number): VegaView;
  runAsync(): Promise<unknown>;
  toImageURL(type: 'png' | 'svg', scale?: number): Promise<string>;
  signal(name: string): unknown;
}

interface VegaModules {
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
  expr: (typeof import('vega-interpreter'))['expressionInterpreter'];
}

let modulesPromise: Promise<VegaModules> | undefined;

/**
 * Vega, Vega-Lite and Vega's expression interpreter, loaded once on first use. The interpreter walks the parsed
 * expressions: Vega otherwise compiles them with `new Function`, which a page with a strict Content Security
 * Policy (no `unsafe-eval`) refuses, and every chart would fail there (Vega's authors measure the interpreter
 * about 10% slower to parse and run; charts here are downsampled to the plot's width). vega-embed is not used:
 * it clears its element and adds its stylesheet through `innerHTML`, which a page enforcing Trusted Types
 * refuses, and its tooltips are markup too.
 */
export function loadVega(): Promise<VegaModules> {
  modulesPromise ??= Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]).then(([vega, vegaLite, interpreter]) => ({
    vega,
    vegaLite,
    expr: interpreter.expressionInterpreter,
  }));
  modulesPromise.catch(() => {
    modulesPromise = undefined;
  });
  return modulesPromise;
}

/** Whether `spec` is Vega-Lite (its `$schema` says so, or it has no Vega `marks`) rather than Vega. */
function isVegaLite(spec: Record<string, unknown>): boolean {
  const schema = typeof spec.$schema === 'string' ? spec.$schema : '';
  if (schema.includes('vega-lite')) return true;
  if (/\/schema\/vega\//.test(schema)) return false;
  return !('marks' in spec || 'signals' in spec || 'scales' in spec);
}

/** A categorical palette after the theme's accent colour (the order of Gradio's default plot colours). */
const palette = ['#3b82f6', '#22c55e', '#ef4444', '#a855f7', '#eab308', '#06b6d4', '#ec4899', '#84cc16', '#64748b'];

/** The Vega config for the theme variables in effect on `element`. */
export function vegaThemeConfig(element: Element): Record<string, unknown> {
  const styles = getComputedStyle(element);
  const read = (name: string, fallback: string) => styles.getPropertyValue(name).trim() || fallback;
  const text = read('--body-text-color', '#27272a');
  const subdued = read('--body-text-color-subdued', text);
  const border = read('--border-color-primary', '#e4e4e7');
  const font = read('--font', 'system-ui, sans-serif');
  const accent = read('--color-accent', '#f97316');
  const axis = {
    labelColor: subdued,
    titleColor: text,
    domainColor: border,
    gridColor: border,
    tickColor: border,
    labelFont: font,
    titleFont: font,
    titleFontWeight: 'normal',
    labelFontSize: 12,
    titleFontSize: 12,
  };
  return {
    background: 'transparent',
    font,
    view: { stroke: border },
    axis,
    legend: { labelColor: text, titleColor: text, labelFont: font, titleFont: font, titleFontWeight: 'normal' },
    title: { color: text, font, fontWeight: 'normal', fontSize: 14, anchor: 'start' },
    header: { labelColor: text, titleColor: text },
    mark: { color: accent },
    range: { category: [accent, ...palette] },
  };
}

/**
 * Draws a Vega-Lite (or Vega) spec into `container` (replacing what it held) as SVG, themed from `themeFrom`.
 * Tooltips are text: values never become markup.
 */
export async function drawVega(container: HTMLElement, spec: Record<string, unknown>, themeFrom: Element): Promise<VegaChart> {
  const { vega, vegaLite, expr } = await loadVega();
  const config = vegaThemeConfig(themeFrom);
  const lite = isVegaLite(spec);
  const vegaSpec = lite
    ? vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], { config: config as never }).spec
    : (spec as unknown as import('vega').Spec);
  const runtime = vega.parse(vegaSpec, lite ? undefined : (config as never), { ast: true });
  // The chart draws into a child so the element keeps its own accessible name and children.
  const target = document.createElement('div');
  target.className = 'vega-target';
  target.style.position = 'relative';
  const tooltip = new PlotTooltip(target);
  // Hover styles are a Vega spec's business; Vega-Lite specs declare their own hover params.
  const view = new vega.View(runtime, { renderer: 'svg', container: target, hover: !lite, expr });
  view.tooltip((_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => tooltip.show(event, value));
  await view.runAsync();
  container.replaceChildren(target);
  return {
    view: view as unknown as VegaView,
    finalize: () => {
      view.finalize();
      target.remove();
    },
  };
}

/** A chart's tooltip: built from text nodes only, placed beside the pointer inside the chart, themed. */
class PlotTooltip {
  #element?: HTMLElement;
  readonly #chart: HTMLElement;

  constructor(chart: HTMLElement) {
    this.#chart = chart;
  }

  show(event: MouseEvent | undefined, value: unknown): void {
    if (value === null || value === undefined || value === '' || !event) {
      if (this.#element) this.#element.hidden = true;
      return;
    }
    const element = this.#element ?? this.#create();
    const rows =
      typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, item] as const)
        : [[null, value] as const];
    element.replaceChildren(
      ...rows.map(([key, item]) => {
        const row = document.createElement('div');
        if (key !== null) {
          const name = document.createElement('strong');
          name.textContent = `${key}: `;
          row.append(name);
        }
        row.append(typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
        return row;
      }),
    );
    element.hidden = false;
    const box = this.#chart.getBoundingClientRect();
    const x = event.clientX - box.left + 12;
    const y = event.clientY - box.top + 12;
    // Kept inside the chart: flipped to the pointer's other side near the right or bottom edge.
    const flipX = x + element.offsetWidth > box.width;
    const flipY = y + element.offsetHeight > box.height && y - element.offsetHeight - 24 >= 0;
    element.style.left = `${flipX ? Math.max(0, x - element.offsetWidth - 24) : x}px`;
    element.style.top = `${flipY ? y - element.offsetHeight - 24 : y}px`;
  }

  #create(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'plot-tooltip';
    element.setAttribute('role', 'tooltip');
    Object.assign(element.style, {
      position: 'absolute',
      zIndex: '10',
      pointerEvents: 'none',
      maxWidth: '320px',
      padding: 'var(--spacing-sm, 4px) var(--spacing-md, 6px)',
      border: '1px solid var(--border-color-primary, #e4e4e7)',
      borderRadius: 'var(--radius-sm, 4px)',
      background: 'var(--background-fill-primary, #fff)',
      color: 'var(--body-text-color, #27272a)',
      boxShadow: 'var(--shadow-drop, 0 1px 3px rgb(0 0 0 / 0.15))',
      font: '12px var(--font, system-ui, sans-serif)',
      overflowWrap: 'anywhere',
    });
    this.#chart.append(element);
    this.#element = element;
    return element;
  }
}

/**
 * When a chart element redraws: once on `start`, when its container gets a new width (a plot in a hidden tab
 * has none until shown; the window resized) and when the light / dark mode may have changed (a `class`
 * change on any ancestor, crossing shadow roots, as Gradio toggles `.dark`). Redraws are batched to one per
 * task, and run one at a time: a redraw asked for while one runs starts when it is done. Charting libraries
 * draw into the container (plotly.js, BokehJS) or swap their target into it once done (Vega), so two draws
 * at once could leave the older one's chart, or none, on show. Record the width drawn with `drewAt`.
 */
export class ChartRedraw {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #resize?: ResizeObserver;
  #mode?: MutationObserver;
  #width = 0;
  #drawing = false;
  #drawAgain = false;
  readonly #draw: () => Promise<void> | void;

  constructor(draw: () => Promise<void> | void) {
    this.#draw = draw;
  }

  /** Starts watching `container` (its width) and `element`'s ancestors (their classes), and draws. */
  start(element: Element, container: Element) {
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver(() => {
        const width = container.clientWidth;
        if (width && Math.abs(width - this.#width) > 2) this.schedule();
      });
      this.#resize.observe(container);
    }
    if (typeof MutationObserver !== 'undefined') {
      this.#mode = new MutationObserver(() => this.schedule());
      let node: Node | null = element.parentNode;
      for (let depth = 0; node && depth < 40; depth++) {
        if (node instanceof Element) this.#mode.observe(node, { attributes: true, attributeFilter: ['class'] });
        node = node instanceof ShadowRoot ? node.host : node.parentNode;
      }
    }
    this.schedule();
  }

  /** Draws on the next task (several requests make one draw). */
  schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), 0);
  }

  async #run() {
    if (this.#drawing) {
      this.#drawAgain = true;
      return;
    }
    this.#drawing = true;
    try {
      await this.#draw();
    } finally {
      this.#drawing = false;
      if (this.#drawAgain) {
        this.#drawAgain = false;
        this.schedule();
      }
    }
  }

  /** Records the width a chart was drawn at (resizes smaller than 3 px do not redraw). */
  drewAt(width: number) {
    this.#width = width;
  }

  stop() {
    clearTimeout(this.#timer);
    this.#drawAgain = false;
    this.#resize?.disconnect();
    this.#mode?.disconnect();
  }
}
