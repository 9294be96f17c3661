import { describe, expect, it } from 'vitest';
// biome-ignore lint/suspicious/noExplicitAny: the spec is a loose JSON object, read by path in the assertions
type Spec = Record<string, any>;
import { binStep, downsample, fieldName, nativePlotSpec, readPlot } from './native-plot';

const plot = {
  columns: ['t', 'v', 'kind'],
  data: [
    [0, 1, 'a'],
    [1000, 3, 'b'],
  ],
  datatypes: { t: 'temporal', v: 'quantitative', kind: 'nominal' } as const,
  mark: 'line',
};

describe('native plot data helpers', () => {
  it('reads a value and says what is wrong with one that does not fit the props', () => {
    expect(readPlot(null, { x: 'a', y: 'b' })).toBeNull();
    expect(readPlot('x', { x: 'a', y: 'b' })).toEqual({ ok: false, message: "The plot's value is not a table (got string)." });
    expect(readPlot({ type: 'altair' }, { x: 'a', y: 'b' })).toMatchObject({ ok: false, message: expect.stringMatching(/no "columns"/) });
    expect(readPlot(plot, { x: 't', y: 'nope' })).toEqual({
      ok: false,
      message: 'The y column "nope" is not in the data (columns: t, v, kind).',
    });
    expect(readPlot(plot, { x: null, y: 'v' })).toMatchObject({ ok: false, message: 'No "x" column is set for the plot.' });
    const ok = readPlot({ ...plot, mark: 'native', data: [...plot.data, 'junk'] }, { x: 't', y: 'v', color: 'kind' });
    expect(ok).toMatchObject({ ok: true, plot: { mark: 'line' } });
    expect(ok?.ok && ok.plot.data).toHaveLength(2);
  });

  it('x_bin: numbers and durations', () => {
    expect(binStep(5)).toBe(5);
    expect(binStep('15m')).toBe(900_000);
    expect(binStep('1h')).toBe(3_600_000);
    expect(binStep('2d')).toBe(172_800_000);
    expect(binStep('bogus')).toBeNull();
    expect(binStep(null)).toBeNull();
  });

  it('downsampling keeps first, last, min and max per pixel and series, in order', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i, i === 5000 ? 1000 : i === 7000 ? -1000 : Math.sin(i), i % 2 ? 'odd' : 'even']);
    const out = downsample(rows, 0, 1, 2, 100);
    expect(out.length).toBeLessThanOrEqual(100 * 4 * 2);
    expect(out.length).toBeGreaterThan(100);
    expect(out).toContain(rows[5000]);
    expect(out).toContain(rows[7000]);
    expect(out[0]).toBe(rows[0]);
    expect(out.at(-1)).toBe(rows.at(-1));
    const xs = out.map((r) => r[0] as number);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(downsample(rows.slice(0, 50), 0, 1, 2, 100)).toHaveLength(50);
    expect(downsample([['a', 1], ...rows], 0, 1, null, 10)).toHaveLength(10_001);
  });

  it('builds a Vega-Lite spec from the props: encodings, aggregation, binning, limits, sort, tooltips, brush', () => {
    const spec = nativePlotSpec(
      { ...plot, datatypes: { ...plot.datatypes } },
      { x: 't', y: 'v', color: 'kind', xBin: '1s', yAggregate: 'mean', yLim: [0, 10], colorMap: { a: 'red', b: 'blue' }, title: 'T', selectable: true },
      500,
    ) as Spec;
    expect(spec.encoding.x).toMatchObject({ field: 't', type: 'temporal' });
    expect(spec.encoding.x.bin).toBeUndefined();
    expect(spec.encoding.x2).toEqual({ field: 't_end' });
    expect(spec.encoding.y).toMatchObject({ field: 'v', aggregate: 'mean', scale: { domain: [0, 10] } });
    expect(spec.encoding.color.scale).toEqual({ domain: ['a', 'b'], range: ['red', 'blue'] });
    expect(spec.transform[0].calculate).toBe('floor(datum["t"] / 1000) * 1000');
    expect(spec.params[0]).toEqual({ name: 'brush', select: { type: 'interval', encodings: ['x'] } });
    expect(spec.title).toBe('T');
    expect(spec.data.values[1]).toEqual({ t: 1000, v: 3, kind: 'b' });
    const bar = nativePlotSpec(
      { columns: ['c', 'n'], data: [['x', 1]], datatypes: { c: 'nominal', n: 'quantitative' }, mark: 'bar' },
      { x: 'c', y: 'n', sort: '-y', tooltip: 'none', xLabelAngle: 45 },
      300,
    ) as Spec;
    expect(bar.encoding.y.aggregate).toBe('sum');
    expect(bar.encoding.x.sort).toEqual({ field: 'n', order: 'descending' });
    expect(bar.encoding.x.axis.labelAngle).toBe(45);
    expect(bar.encoding.tooltip).toBeUndefined();
    expect(bar.params).toBeUndefined();
    const scatter = nativePlotSpec({ ...plot, mark: 'point' }, { x: 't', y: 'v', tooltip: 'all' }, 300) as Spec;
    expect(scatter.encoding.y.aggregate).toBeUndefined();
    expect(scatter.encoding.tooltip.map((t: { field: string }) => t.field)).toEqual(['t', 'v', 'kind']);
    expect(fieldName('a.b[0]')).toBe('a\\.b\\[0\\]');
  });
});
