import { Component, Element, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { t } from '../../utils/i18n';
import { uniqueId } from '../../utils/ids';
import { ChartRedraw, type VegaChart, drawVega } from '../../utils/plot-vega';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';

/** Gradio's Plot value: which library drew it, and the payload (a data URL or a JSON string). */
export interface PlotValue {
  type: 'matplotlib' | 'plotly' | 'altair' | 'bokeh' | string;
  plot: string;
  chart?: string;
}

interface PlotlyModule {
  newPlot(element: HTMLElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
  purge(element: HTMLElement): void;
  Plots: { resize(element: HTMLElement): void };
}

/**
 * Where plotly.js comes from: the pinned `plotly.js-dist-min` build on jsDelivr, unless the page sets
 * `globalThis.GRADIO_KIT_PLOTLY_URL` (a self-hosted copy, for offline or strict-CSP pages), or has already
 * loaded Plotly (`window.Plotly`). Not bundled: at ~4.6 MB it would make every build of the kit many
 * minutes slower for one rarely used payload type.
 */
const PLOTLY_URL = 'https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.2/plotly.min.js';

let plotlyPromise: Promise<PlotlyModule> | undefined;

/** plotly.js, loaded (a classic script) the first time a Plotly payload is shown. */
function loadPlotly(): Promise<PlotlyModule> {
  const scope = globalThis as { Plotly?: PlotlyModule; GRADIO_KIT_PLOTLY_URL?: string };
  if (scope.Plotly) return Promise.resolve(scope.Plotly);
  plotlyPromise ??= new Promise<PlotlyModule>((resolve, reject) => {
    const url = scope.GRADIO_KIT_PLOTLY_URL || PLOTLY_URL;
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => (scope.Plotly ? resolve(scope.Plotly) : reject(new Error(`${url} did not define Plotly`)));
    script.onerror = () => reject(new Error(`plotly.js could not be loaded from ${url}`));
    document.head.appendChild(script);
  });
  plotlyPromise.catch(() => {
    plotlyPromise = undefined;
  });
  return plotlyPromise;
}

/**
 * Gradio's `Plot` (config type `plot`): shows what `gr.Plot` sends, `{type, plot}`:
 * - `matplotlib`: the figure as a base64 image (`<img>`),
 * - `altair`: a Vega-Lite spec, drawn with the kit's Vega loader and theme (fitted to the width),
 * - `plotly`: a Plotly figure, drawn with plotly.js (a script loaded only for Plotly payloads, from
 *   {@link PLOTLY_URL} or `globalThis.GRADIO_KIT_PLOTLY_URL`), themed,
 * - `bokeh`: not drawn; a message names the BokehJS version it needs.
 *
 * Charts are redrawn when their width changes, so a plot in a hidden tab gets its size when shown, and when a
 * `.dark` class toggles above the element. A payload that cannot be read shows a message, never a crash.
 *
 * @part plot - the plot container.
 */
@Component({ tag: 'gr-plot', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-plot.css'], scoped: true })
export class GrPlot {
  @Element() el!: HTMLElement;

  @State() error: string | null = null;
  @State() loading = false;

  /** The plot, Gradio's `{type, plot}`. */
  @Prop() value: PlotValue | null = null;
  @Watch('value')
  onValueChange() {
    this.scheduleDraw();
  }

  /** The Bokeh version the server has (Gradio's `bokeh_version`), named in the Bokeh message. */
  @Prop() bokehVersion: string | null = null;

  /** The image format of matplotlib figures (informative; the payload carries its own type). */
  @Prop() format: string = 'webp';

  /** The label in the block's corner, and the plot's accessible name. */
  @Prop() label: string | null = null;

  /** Show the label badge. */
  @Prop() showLabel: boolean = true;

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

  private readonly labelId = uniqueId('gr-plot');
  private plotEl?: HTMLElement;
  private chart?: VegaChart;
  private plotly?: PlotlyModule;
  private drawToken = 0;
  private redraw = new ChartRedraw(() => void this.draw());

  componentDidLoad() {
    if (this.plotEl) this.redraw.start(this.el, this.plotEl);
  }

  disconnectedCallback() {
    this.redraw.stop();
    this.clear();
  }

  private scheduleDraw() {
    this.redraw.schedule();
  }

  private clear() {
    this.chart?.finalize();
    this.chart = undefined;
    if (this.plotly && this.plotEl) this.plotly.purge(this.plotEl);
    this.plotEl?.replaceChildren();
  }

  private parse(text: unknown): Record<string, unknown> {
    const parsed = typeof text === 'string' ? JSON.parse(text) : text;
    if (!parsed || typeof parsed !== 'object') throw new Error('the payload is not a JSON object');
    return parsed as Record<string, unknown>;
  }

  private async draw() {
    const token = ++this.drawToken;
    const container = this.plotEl;
    const value = this.value;
    if (!container) return;
    const type = value?.type;
    if (!value || type === 'matplotlib' || type === 'bokeh' || typeof value !== 'object') {
      this.clear();
      this.error = null;
      return;
    }
    if (type !== 'altair' && type !== 'plotly') {
      this.clear();
      this.error = `The plot could not be drawn: unknown plot type "${String(type)}" (expected matplotlib, altair, plotly or bokeh).`;
      return;
    }
    const width = container.clientWidth;
    if (!width) return;
    this.redraw.drewAt(width);
    this.loading = true;
    try {
      if (type === 'altair') {
        const spec = this.parse(value.plot);
        if (spec.width === undefined || spec.width === 'container') {
          spec.width = width;
          spec.autosize = { type: 'fit-x', contains: 'padding' };
        }
        const chart = await drawVega(container, spec, this.el);
        if (token !== this.drawToken) return chart.finalize();
        this.chart?.finalize();
        this.chart = chart;
      } else {
        const figure = this.parse(value.plot);
        const plotly = await loadPlotly();
        if (token !== this.drawToken) return;
        this.chart?.finalize();
        this.chart = undefined;
        this.plotly = plotly;
        await plotly.newPlot(container, figure.data ?? [], this.plotlyLayout(figure.layout), {
          responsive: true,
          displaylogo: false,
          modeBarButtonsToRemove: ['sendDataToCloud'],
        });
      }
      this.error = null;
    } catch (error) {
      if (token !== this.drawToken) return;
      this.clear();
      this.error = `The ${String(type)} plot could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      if (token === this.drawToken) this.loading = false;
    }
  }

  /** The figure's layout with the theme's text colour and font, on a transparent background. */
  private plotlyLayout(layout: unknown): Record<string, unknown> {
    const styles = getComputedStyle(this.el);
    const color = styles.getPropertyValue('--body-text-color').trim() || '#27272a';
    const family = styles.getPropertyValue('--font').trim() || 'system-ui, sans-serif';
    const given = layout && typeof layout === 'object' ? (layout as Record<string, unknown>) : {};
    return {
      ...given,
      autosize: true,
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      font: { family, color, ...((given.font as object) ?? {}) },
    };
  }

  private renderBody() {
    const value = this.value;
    if (!value) {
      return (
        <div class="empty" role="img" aria-labelledby={this.labelId}>
          <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
            <path d="M3 3v18h18M7 15l4-4 3 3 5-6" />
          </svg>
        </div>
      );
    }
    if (typeof value !== 'object') return <p class="plot-error" role="alert">{`The plot's value is not a {type, plot} object (got ${typeof value}).`}</p>;
    if (value.type === 'matplotlib') {
      const src = safeMediaUrl(value.plot);
      return src ? (
        <img class="matplotlib" src={src} alt={this.label ?? 'Plot'} />
      ) : (
        <p class="plot-error" role="alert">
          The matplotlib plot is not an image URL; it was not shown.
        </p>
      );
    }
    if (value.type === 'bokeh') {
      return (
        <p class="plot-error" role="alert">
          {`This is a Bokeh plot: it needs BokehJS ${this.bokehVersion ?? '(version unknown)'}, which gradio-kit does not load. Use Altair, Plotly or matplotlib figures with gr.Plot instead.`}
        </p>
      );
    }
    return null;
  }

  render() {
    const label = this.label ?? 'Plot';
    const charted = this.value && (this.value.type === 'altair' || this.value.type === 'plotly');
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          <span id={this.labelId} class={{ 'block-label': this.showLabel, 'sr-only': !this.showLabel }}>
            {label}
          </span>
          {this.renderBody()}
          {this.error ? (
            <p class="plot-error" role="alert">
              {this.error}
            </p>
          ) : null}
          {this.loading ? <p class="plot-loading">{t('loadingPlot', this.el)}</p> : null}
          <figure
            part="plot"
            class={{ plot: true, hidden: !charted || Boolean(this.error) }}
            aria-labelledby={this.labelId}
            ref={(el) => {
              this.plotEl = el;
            }}
          />
        </Block>
      </Host>
    );
  }
}
