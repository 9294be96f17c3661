/**
 * The data side of `<gr-native-plot>` (Gradio's LinePlot, ScatterPlot and BarPlot), free of the DOM: reading
 * the value both Gradio versions send (`{columns, data, datatypes, mark}`, a pandas frame split by column,
 * datetimes as epoch milliseconds), checking the props against it, downsampling series with more points
 * than pixels, and the Vega-Lite spec built from the props.
 */

/** Gradio's NativePlot value (PlotData). */
export interface PlotData {
  columns: string[];
  data: unknown[][];
  datatypes: Record<string, 'quantitative' | 'temporal' | 'nominal'>;
  mark: string;
}

/** The props that shape the chart (Gradio's names in camelCase). */
export interface NativePlotOptions {
  x: string | null;
  y: string | null;
  color?: string | null;
  title?: string | null;
  xTitle?: string | null;
  yTitle?: string | null;
  colorTitle?: string | null;
  xBin?: string | number | null;
  yAggregate?: string | null;
  colorMap?: Record<string, string> | null;
  colorsInLegend?: string[] | null;
  xLim?: (number | null)[] | null;
  yLim?: (number | null)[] | null;
  xLabelAngle?: number | null;
  yLabelAngle?: number | null;
  xAxisLabelsVisible?: boolean | string | null;
  sort?: string | string[] | null;
  tooltip?: string | string[] | null;
  height?: number | null;
  /** Add the x-interval brush (a `.select()` listener, Gradio's `_selectable`). */
  selectable?: boolean;
}

/** A value ready to chart, or why it cannot be. */
export type ReadPlot = { ok: true; plot: PlotData } | { ok: false; message: string };

const markNames: Record<string, string> = { line: 'line', point: 'point', bar: 'bar', scatter: 'point', native: 'line' };

/** Checks a value against the props: a table with the x and y columns (and color, when set). */
export function readPlot(value: unknown, options: Pick<NativePlotOptions, 'x' | 'y' | 'color'>): ReadPlot | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return { ok: false, message: `The plot's value is not a table (got ${typeof value}).` };
  const record = value as Partial<PlotData>;
  if (!Array.isArray(record.columns) || !Array.isArray(record.data)) {
    return { ok: false, message: 'The plot\'s value has no "columns" and "data" (expected a pandas DataFrame from the server).' };
  }
  const columns = record.columns.map(String);
  for (const [prop, name] of [
    ['x', options.x],
    ['y', options.y],
    ['color', options.color],
  ] as const) {
    if (prop !== 'color' && !name) return { ok: false, message: `No "${prop}" column is set for the plot.` };
    if (name && !columns.includes(name)) {
      return { ok: false, message: `The ${prop} column "${name}" is not in the data (columns: ${columns.join(', ') || 'none'}).` };
    }
  }
  const rows = record.data.filter((row): row is unknown[] => Array.isArray(row));
  const datatypes = { ...(record.datatypes ?? {}) } as PlotData['datatypes'];
  for (const column of columns) datatypes[column] ??= 'nominal';
  return { ok: true, plot: { columns, data: rows, datatypes, mark: markNames[String(record.mark)] ?? 'line' } };
}

const durations: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `x_bin` as a step in the x column's units: a number, or `"15m"` / `"1h"` / `"2d"` as milliseconds. */
export function binStep(xBin: string | number | null | undefined): number | null {
  if (typeof xBin === 'number') return xBin > 0 ? xBin : null;
  if (typeof xBin !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(xBin);
  if (match) return Number(match[1]) * durations[match[2]];
  const number = Number(xBin);
  return Number.isFinite(number) && number > 0 ? number : null;
}

/**
 * Downsamples each series (per color) to at most four points per horizontal pixel: the first, last, lowest and
 * highest y of each x bucket (so the drawn line keeps its shape), keeping the rows' order. Rows pass
 * unchanged when they are fewer than `4 * buckets` or x is not numeric.
 */
export function downsample(rows: unknown[][], xIndex: number, yIndex: number, colorIndex: number | null, buckets: number): unknown[][] {
  const limit = Math.max(1, Math.floor(buckets));
  if (rows.length <= limit * 4) return rows;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const x = row[xIndex];
    if (typeof x !== 'number') return rows;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const span = max - min || 1;
  const keep = new Set<number>();
  // Per series and bucket: indices of first, last, min-y and max-y rows.
  const groups = new Map<string, [number, number, number, number]>();
  rows.forEach((row, i) => {
    const bucket = Math.min(limit - 1, Math.floor((((row[xIndex] as number) - min) / span) * limit));
    const key = `${colorIndex === null ? '' : String(row[colorIndex])}\u0000${bucket}`;
    const y = typeof row[yIndex] === 'number' ? (row[yIndex] as number) : Number.NaN;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, [i, i, i, i]);
      return;
    }
    group[1] = i;
    const low = rows[group[2]][yIndex] as number;
    const high = rows[group[3]][yIndex] as number;
    if (!(y >= low)) group[2] = Number.isNaN(y) ? group[2] : i;
    if (!(y <= high)) group[3] = Number.isNaN(y) ? group[3] : i;
  });
  for (const group of groups.values()) for (const i of group) keep.add(i);
  return rows.filter((_, i) => keep.has(i));
}

/** A column name as a Vega-Lite field (dots and brackets escaped). */
export const fieldName = (name: string) => name.replace(/([.[\]\\])/g, '\\$1');

/** Vega-Lite encoding sort for Gradio's `sort` prop. */
function sortOf(sort: NativePlotOptions['sort'], y: string): unknown {
  if (Array.isArray(sort)) return sort;
  if (sort === 'x') return 'ascending';
  if (sort === '-x') return 'descending';
  if (sort === 'y') return { field: fieldName(y), order: 'ascending' };
  if (sort === '-y') return { field: fieldName(y), order: 'descending' };
  return undefined;
}

const domainOf = (lim: (number | null)[] | null | undefined, factor = 1) =>
  Array.isArray(lim) && lim.length === 2 ? lim.map((v) => (typeof v === 'number' ? v * factor : null)) : undefined;

/** The Vega-Lite spec for a value and the props, `width` pixels wide (data given as objects). */
export function nativePlotSpec(plot: PlotData, options: NativePlotOptions, width: number): Record<string, unknown> {
  const x = options.x as string;
  const y = options.y as string;
  const color = options.color || null;
  const xType = plot.datatypes[x] ?? 'nominal';
  const yType = plot.datatypes[y] === 'nominal' ? 'nominal' : 'quantitative';
  const temporal = xType === 'temporal';
  const step = binStep(options.xBin);
  const mark = plot.mark;
  const aggregating = step !== null || (mark !== 'point' && xType === 'nominal');
  const aggregate = aggregating ? options.yAggregate || 'sum' : options.yAggregate || undefined;
  const xIndex = plot.columns.indexOf(x);
  const yIndex = plot.columns.indexOf(y);
  const colorIndex = color ? plot.columns.indexOf(color) : null;
  const rows = !aggregating && mark !== 'bar' && xType !== 'nominal' ? downsample(plot.data, xIndex, yIndex, colorIndex, width) : plot.data;
  const values = rows.map((row) => {
    const record: Record<string, unknown> = {};
    plot.columns.forEach((column, i) => {
      record[column] = row[i];
    });
    return record;
  });
  const tooltipColumns =
    options.tooltip === 'none'
      ? []
      : options.tooltip === 'all'
        ? plot.columns
        : [x, y, ...(color ? [color] : []), ...(Array.isArray(options.tooltip) ? options.tooltip : [])];
  const labelsHidden = options.xAxisLabelsVisible === false || options.xAxisLabelsVisible === 'hidden';
  const encoding: Record<string, unknown> = {
    x: {
      field: fieldName(x),
      type: xType,
      title: options.xTitle ?? x,
      ...(step !== null ? { bin: { binned: true, step } } : {}),
      ...(xType === 'nominal' ? { sort: sortOf(options.sort, y) } : {}),
      scale: domainOf(options.xLim) ? { domain: domainOf(options.xLim), zero: false } : undefined,
      axis: {
        labelAngle: options.xLabelAngle ?? 0,
        labels: !labelsHidden,
        ...(temporal ? { format: '%Y-%m-%d %H:%M', formatType: 'time' } : {}),
      },
    },
    y: {
      field: fieldName(y),
      type: yType,
      title: options.yTitle ?? y,
      aggregate,
      scale: domainOf(options.yLim) ? { domain: domainOf(options.yLim) } : undefined,
      axis: { labelAngle: options.yLabelAngle ?? 0 },
    },
  };
  if (color) {
    const map = options.colorMap && typeof options.colorMap === 'object' ? options.colorMap : null;
    encoding.color = {
      field: fieldName(color),
      type: plot.datatypes[color] === 'quantitative' ? 'quantitative' : 'nominal',
      title: options.colorTitle ?? color,
      scale: map ? { domain: Object.keys(map), range: Object.values(map) } : undefined,
      legend: Array.isArray(options.colorsInLegend) ? { values: options.colorsInLegend } : {},
    };
    if (mark === 'bar') encoding.xOffset = { field: fieldName(color) };
  }
  if (tooltipColumns.length) {
    encoding.tooltip = [...new Set(tooltipColumns)].map((column) => ({
      field: fieldName(column),
      type: plot.datatypes[column] ?? 'nominal',
      ...(column === y && aggregate ? { aggregate } : {}),
      ...(plot.datatypes[column] === 'temporal' ? { format: '%Y-%m-%d %H:%M:%S', formatType: 'time' } : {}),
    }));
    if (aggregating) {
      // An aggregated mark shows its group's x / y / color only.
      encoding.tooltip = (encoding.tooltip as { field: string }[]).filter((t) => [x, y, color].map((c) => c && fieldName(c)).includes(t.field));
    }
  }
  const transform: Record<string, unknown>[] = [];
  if (step !== null) {
    transform.push({ calculate: `floor(datum[${JSON.stringify(x)}] / ${step}) * ${step}`, as: x });
    transform.push({ calculate: `datum[${JSON.stringify(x)}] + ${step}`, as: `${x}_end` });
    // Numbers: a binned axis (ticks at bin edges). Datetimes: a time axis, each bar spanning its bin (a
    // binned temporal axis would format its labels as numbers).
    if (temporal) delete (encoding.x as Record<string, unknown>).bin;
    encoding.x2 = { field: fieldName(`${x}_end`) };
  }
  const layerMark: Record<string, unknown> = {
    type: mark,
    ...(mark === 'point' ? { filled: true, size: 40 } : {}),
    ...(mark === 'line' ? { point: false, strokeWidth: 2 } : {}),
    tooltip: tooltipColumns.length > 0,
    clip: true,
  };
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width,
    height: typeof options.height === 'number' && options.height > 0 ? options.height - 60 : 240,
    autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    transform,
    mark: layerMark,
    encoding,
  };
  if (options.title) spec.title = options.title;
  if (options.selectable && xType !== 'nominal') {
    spec.params = [{ name: 'brush', select: { type: 'interval', encodings: ['x'] } }];
  }
  return spec;
}
