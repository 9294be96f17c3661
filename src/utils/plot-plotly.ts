/**
 * Plotly figures for `<gr-plot>`. plotly.js comes from the kit's own files, never from a third-party host:
 * `npm run build` (its `copy-plotly` step) copies the pinned bundle, `plotly-strict.min.js`, beside the
 * elements' modules in each build folder a browser loads them from (`dist/gradio-kit`, the CDN entry;
 * `dist/components`; `dist/esm`, the loader's), with `export {};` appended so tools take it for the ES module it
 * is loaded as, and the element imports it with a URL resolved against its own module (`import.meta.url`) the
 * first time a Plotly payload is shown. So a kit served
 * from a CDN origin loads it from that origin, and a bundler that builds an app from `gradio-kit/components/*`
 * copies it as an asset (Vite and webpack both follow `new URL('./file', import.meta.url)`). It is not part of
 * the kit's own chunks: rollup and terser take minutes over its 5 MB on every build of the kit.
 *
 * The bundle is plotly.js's "strict" one (`plotly.js-strict-dist-min`): every trace type of the full bundle
 * except the deprecated Mapbox ones (`scattermapbox`, `choroplethmapbox`, `densitymapbox`, which need a Mapbox
 * token; their MapLibre successors `scattermap`, `choroplethmap`, `densitymap` are in), with the WebGL traces
 * (`scattergl`, `splom`, `parcoords`, 3D) compiled ahead of time: the full bundle compiles their shaders with
 * `new Function`, which a page without `unsafe-eval` refuses, and Plotly Express switches scatter plots to
 * `scattergl` above 1000 points. Evaluated as a module, the bundle defines `window.Plotly`.
 */

/** A drawn chart, as the plot element holds it. */
export interface PlotHandle {
  /** Fits the chart to its container's new size, where the library can (else the element redraws). */
  resize?(): void;
  /** Removes the chart and its listeners. */
  finalize(): void;
}

/** The part of plotly.js the kit uses. */
export interface PlotlyModule {
  react(element: HTMLElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
  purge(element: HTMLElement): void;
  Plots: { resize(element: HTMLElement): unknown };
}

let plotlyPromise: Promise<PlotlyModule> | undefined;

/** Where the kit's copy of plotly.js is: beside this module in every build of the kit. */
function plotlyUrl(): string {
  return new URL('./plotly-strict.min.js', import.meta.url).href;
}

/** plotly.js: the page's own `window.Plotly` if it loaded one, else the kit's copy (loaded once). */
export function loadPlotly(): Promise<PlotlyModule> {
  const scope = globalThis as { Plotly?: PlotlyModule };
  if (scope.Plotly) return Promise.resolve(scope.Plotly);
  if (!plotlyPromise) {
    const url = plotlyUrl();
    plotlyPromise = import(/* webpackIgnore: true */ /* @vite-ignore */ url).then(
      () => {
        if (!scope.Plotly || typeof scope.Plotly.react !== 'function') throw new Error(`${url} did not define Plotly`);
        return scope.Plotly;
      },
      (error: unknown) => {
        throw new Error(`plotly.js could not be loaded from ${url} (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    plotlyPromise.catch(() => {
      plotlyPromise = undefined;
    });
  }
  return plotlyPromise;
}

/** A Plotly figure (`{data, layout}`, what `Figure.to_json()` gives), checked enough to give a clear message. */
export function plotlyFigure(parsed: Record<string, unknown>): { data: unknown[]; layout: Record<string, unknown> } {
  const { data, layout } = parsed;
  if (data !== undefined && !Array.isArray(data)) throw new Error('"data" is not a list of traces');
  if (layout !== undefined && (layout === null || typeof layout !== 'object' || Array.isArray(layout))) throw new Error('"layout" is not an object');
  return { data: (data as unknown[] | undefined) ?? [], layout: (layout as Record<string, unknown> | undefined) ?? {} };
}

/** The figure's layout with the theme's text colour and font (from `themeFrom`), on a transparent background. */
function themedLayout(layout: Record<string, unknown>, themeFrom: Element): Record<string, unknown> {
  const styles = getComputedStyle(themeFrom);
  const color = styles.getPropertyValue('--body-text-color').trim() || '#27272a';
  const family = styles.getPropertyValue('--font').trim() || 'system-ui, sans-serif';
  return {
    ...layout,
    autosize: true,
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    font: { family, color, ...((layout.font as object | undefined) ?? {}) },
  };
}

/**
 * Draws (or updates, keeping the view's zoom) a Plotly figure in `container`, themed from `themeFrom`, fitted to
 * the container's width.
 */
export async function drawPlotly(container: HTMLElement, figure: Record<string, unknown>, themeFrom: Element): Promise<PlotHandle> {
  const { data, layout } = plotlyFigure(figure);
  const plotly = await loadPlotly();
  await plotly.react(container, data, themedLayout(layout, themeFrom), {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ['sendDataToCloud'],
  });
  return {
    resize: () => void plotly.Plots.resize(container),
    finalize: () => {
      plotly.purge(container);
      container.replaceChildren();
    },
  };
}
