import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { FullscreenButton } from '../../utils/fullscreen';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { type NativePlotOptions, type PlotData, nativePlotSpec, readPlot } from '../../utils/native-plot';
import { ChartRedraw, type VegaChart, drawVega } from '../../utils/plot-vega';
import type { ElemClasses } from '../../utils/props';

/** Detail of `gr-select`: the brushed x range (temporal x in seconds), Gradio's SelectData. */
export interface NativePlotSelectDetail {
  value: [number, number];
  index: [number, number];
  selected: boolean;
}

/** How long the brush must rest before `gr-select` fires, in milliseconds (as the official frontend). */
const SELECT_DEBOUNCE_MS = 250;

/**
 * Gradio's LinePlot, ScatterPlot and BarPlot (config type `nativeplot`; `props.name` is `lineplot`,
 * `scatterplot` or `barplot`): a Vega-Lite chart of the value, a pandas frame sent as
 * `{columns, data, datatypes, mark}`, built from the props (x, y, color, binning, aggregation, limits, sort,
 * tooltips, angles, title, caption).
 *
 * Vega and Vega-Lite load with a dynamic import the first time a plot is shown. Colours and fonts come from the
 * theme variables in effect (light or dark; redrawn when a `.dark` class toggles above the element). Series
 * with more points than the chart has pixels are downsampled (first, last, min and max per pixel).
 *
 * With `selectable` (a `.select()` listener), dragging over the plot brushes an x range and emits `gr-select`;
 * a double-click emits `gr-double-click`. A value that does not fit the props (a missing column...) shows a
 * message instead of a chart.
 *
 * @part chart - the chart container.
 */
@Component({ tag: 'gr-native-plot', styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-native-plot.css'], scoped: true })
export class GrNativePlot {
  @Element() el!: HTMLElement;

  @State() error: string | null = null;
  @State() loading = false;
  @State() fullscreen = false;

  /** The data, Gradio's PlotData `{columns, data, datatypes, mark}`. */
  @Prop() value: PlotData | null = null;

  /** Column on the x axis (numbers, datetimes or categories). */
  @Prop() x: string | null = null;
  /** Column on the y axis (numbers). */
  @Prop() y: string | null = null;
  /** Column of the series, drawn in colours. */
  @Prop() color: string | null = null;
  /** Title above the chart. */
  @Prop() title: string | null = null;
  /** Title of the x axis (default: the x column's name). */
  @Prop() xTitle: string | null = null;
  /** Title of the y axis (default: the y column's name). */
  @Prop() yTitle: string | null = null;
  /** Title of the colour legend (default: the colour column's name). */
  @Prop() colorTitle: string | null = null;
  /** Bin x: a number for numeric x, `"10s"`, `"15m"`, `"1h"`, `"1d"` for datetimes. */
  @Prop() xBin: string | number | null = null;
  /** Aggregate y per bin or category: sum, mean, median, min, max, count. */
  @Prop() yAggregate: string | null = null;
  /** Colour of each series, `{series: color}`. */
  @Prop() colorMap: Record<string, string> | null = null;
  /** Series listed in the legend (default: all). */
  @Prop() colorsInLegend: string[] | null = null;
  /** `[min, max]` of the x axis (either null); datetimes as seconds. */
  @Prop() xLim: (number | null)[] | null = null;
  /** `[min, max]` of the y axis (either null). */
  @Prop() yLim: (number | null)[] | null = null;
  /** Angle of the x axis labels, in degrees. */
  @Prop() xLabelAngle: number = 0;
  /** Angle of the y axis labels, in degrees. */
  @Prop() yLabelAngle: number = 0;
  /** `false` or `"hidden"` hides the x axis labels. */
  @Prop() xAxisLabelsVisible: boolean | string = true;
  /** Text under the chart. */
  @Prop() caption: string | null = null;
  /** Order of categorical x: `"x"`, `"-x"`, `"y"`, `"-y"`, or the categories in order. */
  @Prop() sort: string | string[] | null = null;
  /** Tooltip columns: `"axis"`, `"all"`, `"none"`, or extra columns to list. */
  @Prop() tooltip: string | string[] = 'axis';
  /** Height of the plot in pixels. */
  @Prop() height: number | null = null;
  /** Toolbar buttons: `"fullscreen"`, `"export"` (PNG download). */
  @Prop() buttons: unknown[] | null = null;
  /** Brush selection on (Gradio's `_selectable`, set when the app listens to `select`). */
  @Prop() selectable: boolean = false;
  /** The label in the block's corner (and the chart's accessible name). */
  @Prop() label: string | null = null;
  /** Show the label; Gradio hides it when no label was given. */
  @Prop() showLabel: boolean = false;
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

  @Watch('value')
  @Watch('x')
  @Watch('y')
  @Watch('color')
  @Watch('title')
  @Watch('xTitle')
  @Watch('yTitle')
  @Watch('colorTitle')
  @Watch('xBin')
  @Watch('yAggregate')
  @Watch('colorMap')
  @Watch('colorsInLegend')
  @Watch('xLim')
  @Watch('yLim')
  @Watch('xLabelAngle')
  @Watch('yLabelAngle')
  @Watch('xAxisLabelsVisible')
  @Watch('sort')
  @Watch('tooltip')
  @Watch('height')
  @Watch('selectable')
  onChartPropChange() {
    this.scheduleDraw();
  }

  /** Fires when the user brushes an x range: `{value: [x0, x1], index: [x0, x1], selected: true}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<NativePlotSelectDetail>;

  /** Fires when the user double-clicks the chart. */
  @Event({ eventName: 'gr-double-click', bubbles: true, composed: true }) grDoubleClick!: EventEmitter<void>;

  private readonly labelId = uniqueId('gr-native-plot');
  private chartEl?: HTMLElement;
  private chart?: VegaChart;
  private selectTimer?: ReturnType<typeof setTimeout>;
  private redraw = new ChartRedraw(() => this.draw());

  componentDidLoad() {
    if (this.chartEl) this.redraw.start(this.el, this.chartEl);
  }

  disconnectedCallback() {
    this.redraw.stop();
    clearTimeout(this.selectTimer);
    this.chart?.finalize();
    this.chart = undefined;
  }

  private width(): number {
    return Math.floor(this.chartEl?.clientWidth ?? 0);
  }

  private options(): NativePlotOptions {
    return {
      x: this.x,
      y: this.y,
      color: this.color,
      title: this.title,
      xTitle: this.xTitle,
      yTitle: this.yTitle,
      colorTitle: this.colorTitle,
      xBin: this.xBin,
      yAggregate: this.yAggregate,
      colorMap: this.colorMap,
      colorsInLegend: this.colorsInLegend,
      xLim: this.xLim,
      yLim: this.yLim,
      xLabelAngle: this.xLabelAngle,
      yLabelAngle: this.yLabelAngle,
      xAxisLabelsVisible: this.xAxisLabelsVisible,
      sort: this.sort,
      tooltip: this.tooltip,
      height: this.height,
      selectable: this.selectable,
    };
  }

  private scheduleDraw() {
    this.redraw.schedule();
  }

  /** Draws the current value (one draw at a time: `ChartRedraw` runs them). */
  private async draw() {
    const container = this.chartEl;
    if (!container) return;
    const read = readPlot(this.value, this.options());
    if (!read?.ok) {
      this.chart?.finalize();
      this.chart = undefined;
      container.replaceChildren();
      this.error = read ? read.message : null;
      return;
    }
    const width = this.width();
    if (!width) return;
    this.redraw.drewAt(width);
    this.error = null;
    this.loading = !this.chart;
    let xTemporal = read.plot.datatypes[this.x ?? ''] === 'temporal';
    const options = { ...this.options() };
    if (xTemporal && Array.isArray(options.xLim)) options.xLim = options.xLim.map((v) => (typeof v === 'number' ? v * 1000 : v));
    try {
      const spec = nativePlotSpec(read.plot, options, width);
      const chart = await drawVega(container, spec, this.el);
      this.chart?.finalize();
      this.chart = chart;
      xTemporal = read.plot.datatypes[this.x ?? ''] === 'temporal';
      chart.view.addEventListener('dblclick', () => this.grDoubleClick.emit());
      if (this.selectable) {
        chart.view.addSignalListener('brush', (_name, value) => this.onBrush(value, xTemporal));
        // The brush's rectangles are a pointer aid with no text of their own: out of the accessibility tree.
        for (const mark of container.querySelectorAll('.brush_brush_bg, .brush_brush')) mark.setAttribute('aria-hidden', 'true');
      }
    } catch (error) {
      this.error = `The plot could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.loading = false;
    }
  }

  private onBrush(value: unknown, temporal: boolean) {
    clearTimeout(this.selectTimer);
    if (!value || typeof value !== 'object') return;
    const range = Object.values(value as Record<string, unknown>)[0];
    if (!Array.isArray(range) || range.length < 2) return;
    let [start, end] = range.map((v) => (v instanceof Date ? v.getTime() : Number(v)));
    if (temporal) {
      start /= 1000;
      end /= 1000;
    }
    this.selectTimer = setTimeout(() => {
      this.grSelect.emit({ value: [start, end], index: [start, end], selected: true });
    }, SELECT_DEBOUNCE_MS);
  }

  private onExport = async () => {
    if (!this.chart) return;
    const url = await this.chart.view.toImageURL('png', 2);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(this.title || this.label || 'plot').replace(/[^\w.-]+/g, '_')}.png`;
    link.click();
  };

  private buttonShown(name: string) {
    return Array.isArray(this.buttons) && this.buttons.includes(name);
  }

  private description(): string {
    const value = this.value as PlotData | null;
    const rows = Array.isArray(value?.data) ? value.data.length : 0;
    const kind = t(value?.mark === 'bar' ? 'barPlot' : value?.mark === 'point' ? 'scatterPlot' : 'linePlot', this.el);
    const name = this.title || this.label;
    const values = { kind, y: this.y ?? 'y', x: this.x ?? 'x', color: this.color ?? '', n: rows };
    return `${name ? `${name}: ` : ''}${t(this.color ? 'plotOfColor' : 'plotOf', this.el, values)}`;
  }

  render() {
    const empty = this.value === null || this.value === undefined;
    const label = this.label ?? 'Plot';
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container} extraClass={{ fullscreen: this.fullscreen }}>
          <span id={this.labelId} class={{ 'block-label': this.showLabel, 'sr-only': !this.showLabel }}>
            {label}
          </span>
          {this.buttonShown('export') || this.buttonShown('fullscreen') ? (
            <div class="toolbar">
              {this.buttonShown('export') ? (
                <button type="button" class="icon-button" aria-label={t('exportPng', this.el)} title={t('exportPng', this.el)} onClick={this.onExport}>
                  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
                    <path d="M12 3v12M7 10l5 5 5-5M4 21h16" />
                  </svg>
                </button>
              ) : null}
              {this.buttonShown('fullscreen') ? (
                <FullscreenButton
                  active={this.fullscreen}
                  onToggle={() => {
                    this.fullscreen = !this.fullscreen;
                    this.scheduleDraw();
                  }}
                />
              ) : null}
            </div>
          ) : null}
          {empty ? (
            <div class="empty" role="img" aria-labelledby={this.labelId}>
              <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
                <path d="M3 3v18h18M7 15l4-4 3 3 5-6" />
              </svg>
            </div>
          ) : null}
          {this.error ? (
            <p class="plot-error" role="alert">
              {this.error}
            </p>
          ) : null}
          {this.loading ? <p class="plot-loading">{t('loadingPlot', this.el)}</p> : null}
          <figure
            part="chart"
            class={{ chart: true, hidden: empty || Boolean(this.error) }}
            aria-label={this.description()}
            ref={(el) => {
              this.chartEl = el;
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && this.fullscreen) this.fullscreen = false;
            }}
          />
          {this.caption ? <p class="caption">{this.caption}</p> : null}
        </Block>
      </Host>
    );
  }
}
