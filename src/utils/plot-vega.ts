/**
 * Vega-Lite charts for the plot elements (`<gr-native-plot>`, Altair payloads of `<gr-plot>`): vega-embed
 * loaded with a dynamic import the first time a chart is shown, and a Vega config themed from the Gradio
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

type Embed = (
  element: HTMLElement,
  spec: unknown,
  options: Record<string, unknown>,
) => Promise<{ view: VegaView; finalize(): void }>;

let embedPromise: Promise<Embed> | undefined;

/** vega-embed, loaded once on first use. */
export function loadVegaEmbed(): Promise<Embed> {
  embedPromise ??= import('vega-embed').then((module) => (module.default ?? module) as unknown as Embed);
  embedPromise.catch(() => {
    embedPromise = undefined;
  });
  return embedPromise;
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
 * Draws a Vega-Lite (or Vega) spec into `container` (replacing what it held) as SVG, themed from `themeFrom`. Tooltips escape their
 * text (vega-tooltip's default sanitizer): values never become markup.
 */
export async function drawVega(container: HTMLElement, spec: Record<string, unknown>, themeFrom: Element): Promise<VegaChart> {
  const embed = await loadVegaEmbed();
  // vega-embed labels its element "Vega visualization": draw into a child so the element keeps its own name.
  const target = document.createElement('div');
  target.className = 'vega-target';
  const result = await embed(target, spec, {
    actions: false,
    renderer: 'svg',
    config: vegaThemeConfig(themeFrom),
    tooltip: { theme: 'custom', style: false },
  });
  container.replaceChildren(target);
  return {
    view: result.view,
    finalize: () => {
      result.finalize();
      target.remove();
    },
  };
}

/**
 * When a chart element redraws: once on `start`, when its container gets a new width (a plot in a hidden tab
 * has none until shown; the window resized) and when the light / dark mode may have changed (a `class`
 * change on any ancestor, crossing shadow roots, as Gradio toggles `.dark`). Redraws are batched to one per
 * task. `draw` receives the container's width; record the width drawn with `drewAt`.
 */
export class ChartRedraw {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #resize?: ResizeObserver;
  #mode?: MutationObserver;
  #width = 0;
  readonly #draw: () => void;

  constructor(draw: () => void) {
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
    this.#timer = setTimeout(() => this.#draw(), 0);
  }

  /** Records the width a chart was drawn at (resizes smaller than 3 px do not redraw). */
  drewAt(width: number) {
    this.#width = width;
  }

  stop() {
    clearTimeout(this.#timer);
    this.#resize?.disconnect();
    this.#mode?.disconnect();
  }
}
