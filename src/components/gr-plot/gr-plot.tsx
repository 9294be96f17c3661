import { Component, Element, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { bokehItem, defaultBokehUrl, drawBokeh } from '../../utils/plot-bokeh';
import { type PlotHandle, drawPlotly } from '../../utils/plot-plotly';
import { ChartRedraw, drawVega } from '../../utils/plot-vega';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';

/** Gradio's Plot value: which library drew it, and the payload (a data URL or a JSON string). */
export interface PlotValue {
  type: 'matplotlib' | 'plotly' | 'altair' | 'bokeh' | string;
  plot: string;
  chart?: string;
}

/** A failure whose message is the whole sentence shown. */
class PlotMessage extends Error {
  override name = 'PlotMessage' as const;
}

/**
 * Gradio's `Plot` (config type `plot`): shows what `gr.Plot` sends, `{type, plot}`:
 * - `matplotlib`: the figure as a base64 image (`<img>`),
 * - `altair`: a Vega-Lite spec, drawn with the kit's Vega loader and theme (fitted to the width),
 * - `plotly`: a Plotly figure, drawn with the copy of plotly.js that ships beside the kit's modules (loaded
 *   the first time a Plotly payload is shown; the page's own `window.Plotly` if it has one), themed,
 * - `bokeh`: a Bokeh `json_item`, drawn with BokehJS of the server's version (`bokehVersion`), loaded once per
 *   version from `bokehUrl` (default: Bokeh's CDN; see the readme for offline and strict-CSP pages).
 *
 * Charts are drawn when the element first has a width, so a plot in a hidden tab gets its size when shown;
 * Altair and Plotly charts follow later width changes and a `.dark` class toggled above the element, Bokeh
 * figures follow their own `sizing_mode`. A payload that cannot be read, or a library that cannot be loaded,
 * shows a message, never a crash or an endless spinner.
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

  /**
   * The Bokeh version the server has (Gradio's `bokeh_version`): Bokeh payloads are drawn with BokehJS of this
   * version (else the version the payload names).
   */
  @Prop() bokehVersion: string | null = null;
  @Watch('bokehVersion')
  @Watch('bokehUrl')
  onBokehSourceChange() {
    if (this.value?.type === 'bokeh') {
      this.drawn = undefined;
      this.scheduleDraw();
    }
  }

  /**
   * Where BokehJS is loaded from: a URL template in which `{name}` becomes each file's name (`bokeh`,
   * `bokeh-widgets`, `bokeh-tables`, `bokeh-gl`) and `{version}` the Bokeh version. Unset: the page's
   * `globalThis.GRADIO_KIT_BOKEH_URL`, else Bokeh's CDN, `https://cdn.bokeh.org/bokeh/release/{name}-{version}.min.js`.
   */
  @Prop() bokehUrl: string | null = null;

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
  private chart?: PlotHandle;
  /** The value and width the chart on show was drawn for. */
  private drawn?: { value: PlotValue; width: number };
  private redraw = new ChartRedraw(() => this.draw());

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
    this.drawn = undefined;
    this.plotEl?.replaceChildren();
  }

  private parse(text: unknown): Record<string, unknown> {
    const parsed = typeof text === 'string' ? JSON.parse(text) : text;
    if (!parsed || typeof parsed !== 'object') throw new Error('the payload is not a JSON object');
    return parsed as Record<string, unknown>;
  }

  /** Draws the current value (one draw at a time: `ChartRedraw` runs them). */
  private async draw() {
    const container = this.plotEl;
    const value = this.value;
    if (!container) return;
    const type = value?.type;
    if (!value || type === 'matplotlib' || typeof value !== 'object') {
      this.clear();
      this.error = null;
      return;
    }
    if (type !== 'altair' && type !== 'plotly' && type !== 'bokeh') {
      this.clear();
      this.error = `The plot could not be drawn: unknown plot type "${String(type)}" (expected matplotlib, altair, plotly or bokeh).`;
      return;
    }
    const width = container.clientWidth;
    if (!width) return;
    this.redraw.drewAt(width);
    // Bokeh figures size themselves (their sizing_mode): a new width or mode does not draw them again.
    if (type === 'bokeh' && this.drawn?.value === value && this.chart) return;
    this.loading = true;
    try {
      const chart = await this.drawChart(type, container, value, width);
      if (chart !== this.chart) this.chart?.finalize();
      this.chart = chart;
      this.drawn = { value, width };
      this.error = null;
    } catch (error) {
      this.clear();
      this.error =
        error instanceof PlotMessage ? error.message : `The ${String(type)} plot could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.loading = false;
    }
  }

  /** Draws `value` into `container` (or refits the chart on show), resolving with the chart. */
  private async drawChart(type: 'altair' | 'plotly' | 'bokeh', container: HTMLElement, value: PlotValue, width: number): Promise<PlotHandle> {
    const spec = this.parse(value.plot);
    // Another library's chart leaves first (plotly.js and BokehJS own the container while they draw).
    if (this.chart && this.drawn?.value.type !== type) this.clear();
    if (type === 'altair') {
      if (spec.width === undefined || spec.width === 'container') {
        spec.width = width;
        spec.autosize = { type: 'fit-x', contains: 'padding' };
      }
      return drawVega(container, spec, this.el);
    }
    if (type === 'plotly') {
      // The same figure at a new width: plotly.js refits it, keeping the view.
      if (this.drawn?.value === value && this.drawn.width !== width && this.chart?.resize) {
        this.chart.resize();
        return this.chart;
      }
      const chart = await drawPlotly(container, spec, this.el);
      // plotly.js updated the chart on show in place: it stays the one to finalize.
      return this.chart ?? chart;
    }
    const item = bokehItem(spec);
    const version = this.bokehVersion || item.version;
    if (!version) throw new PlotMessage("Cannot draw the Bokeh plot: it needs BokehJS of the server's Bokeh version, and the server did not name one (its bokeh_version is null).");
    const template = this.bokehUrl || (globalThis as { GRADIO_KIT_BOKEH_URL?: string }).GRADIO_KIT_BOKEH_URL || defaultBokehUrl;
    this.clear();
    return drawBokeh(container, item, version, template);
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
    return null;
  }

  render() {
    const label = this.label ?? 'Plot';
    const charted = this.value && (this.value.type === 'altair' || this.value.type === 'plotly' || this.value.type === 'bokeh');
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
