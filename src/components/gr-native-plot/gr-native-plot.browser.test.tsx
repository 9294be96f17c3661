import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';
import type { PlotData } from '../../utils/native-plot';
import { limit } from '../../../tests/helpers/limits.ts';

/** A plot value written inline (its datatypes widen to string). */
const pd = (value: unknown) => value as PlotData;

const sales: PlotData = {
  columns: ['month', 'sales', 'region'],
  data: [
    [0, 10, 'north'],
    [86_400_000, 14, 'north'],
    [172_800_000, 9, 'north'],
    [0, 5, 'south'],
    [86_400_000, 8, 'south'],
    [172_800_000, 12, 'south'],
  ],
  datatypes: { month: 'temporal', sales: 'quantitative', region: 'nominal' },
  mark: 'line',
};

const svg = (root: HTMLElement) => root.querySelector('.chart svg');

/** Vega loads on the first chart (seconds on a loaded machine: a full run timed out on 1 s waits). */
const DRAWN = { timeout: limit(20_000) };

describe('gr-native-plot in Chromium', { timeout: limit(60_000) }, () => {
  it('has no axe violations, light and dark (chart, empty, error)', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div style={{ width: '600px' }}>
          <gr-native-plot value={structuredClone(sales)} x="month" y="sales" color="region" title="Sales" label="Sales plot" showLabel />
          <gr-native-plot value={null} x="a" y="b" label="Nothing yet" />
          <gr-native-plot value={structuredClone(sales)} x="month" y="missing" label="Broken" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      root.style.background = 'var(--body-background-fill)';
      await vi.waitFor(() => expect(svg(root)).not.toBeNull(), DRAWN);
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
    }
  });

  it('a plot with no rows (an empty frame from the server) draws its axes and says so, with no error', async () => {
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-native-plot value={{ ...structuredClone(sales), data: [] }} x="month" y="sales" color="region" title="No sales yet" />
      </div>,
    );
    await vi.waitFor(() => expect(svg(root)).not.toBeNull(), DRAWN);
    expect(root.querySelector('.chart svg')?.textContent ?? '').toContain('No sales yet');
    expect(root.querySelectorAll('.chart svg .mark-line.role-mark path').length).toBe(0);
    expect(root.querySelector('.chart')?.getAttribute('aria-label')).toMatch(/, 0 rows\.$/);
    expect(root.querySelector('.plot-error, .error')).toBeNull();
  });

  it('draws lines per series from the value with the theme colours, title and axis titles', async () => {
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-native-plot value={structuredClone(sales)} x="month" y="sales" color="region" title="Sales by month" yTitle="Units" />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.chart svg .mark-line.role-mark path').length).toBe(2), DRAWN);
    const text = root.querySelector('.chart svg')?.textContent ?? '';
    expect(text).toContain('Sales by month');
    expect(text).toContain('Units');
    expect(text).toContain('north');
    expect(root.querySelector('.chart')?.getAttribute('aria-label')).toBe('Sales by month: Line plot of sales by month and region, 6 rows.');
  });

  it('bars aggregate a categorical x; a scatter plot draws one point per row', async () => {
    const { root } = await render(
      <div style={{ width: '500px' }}>
        <gr-native-plot
          class="bar"
          value={pd({ columns: ['fruit', 'n'], data: [['apple', 2], ['apple', 3], ['pear', 4]], datatypes: { fruit: 'nominal', n: 'quantitative' }, mark: 'bar' })}
          x="fruit"
          y="n"
        />
        <gr-native-plot
          class="scatter"
          value={pd({ columns: ['a', 'b'], data: Array.from({ length: 30 }, (_, i) => [i, i * i]), datatypes: { a: 'quantitative', b: 'quantitative' }, mark: 'point' })}
          x="a"
          y="b"
        />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.bar .chart svg .mark-rect path').length).toBe(2), DRAWN);
    await vi.waitFor(() => expect(root.querySelectorAll('.scatter .chart svg .mark-symbol.role-mark path').length).toBe(30), DRAWN);
  });

  it('downsamples: 200,000 points draw a line of at most 4 points per pixel', async () => {
    const big = { columns: ['x', 'y'], data: Array.from({ length: 200_000 }, (_, i) => [i, Math.sin(i / 100)]), datatypes: { x: 'quantitative', y: 'quantitative' }, mark: 'line' };
    const { root } = await render(
      <div style={{ width: '400px' }}>
        <gr-native-plot value={pd(big)} x="x" y="y" />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelector('.chart svg .mark-line path')).not.toBeNull(), { timeout: limit(20_000) });
    const d = root.querySelector('.chart svg .mark-line path')?.getAttribute('d') ?? '';
    const points = d.split(/[ML]/).filter(Boolean).length;
    expect(points).toBeGreaterThan(100);
    expect(points).toBeLessThanOrEqual(400 * 4);
  });

  it('double-click emits gr-double-click; a click without a drag selects nothing', async () => {
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-native-plot value={structuredClone(sales)} x="month" y="sales" color="region" selectable />
      </div>,
    );
    const select = vi.fn();
    const dbl = vi.fn();
    root.addEventListener('gr-select', (e) => select((e as CustomEvent).detail));
    root.addEventListener('gr-double-click', dbl);
    await vi.waitFor(() => expect(root.querySelector('.chart svg .mark-line.role-mark path')).not.toBeNull(), DRAWN);
    // (Brushing with a real mouse, and the range reaching the server, is in tests/e2e/data-plots.test.ts.)
    await userEvent.dblClick(root.querySelector('.chart svg') as Element);
    await vi.waitFor(() => expect(dbl).toHaveBeenCalled());
    expect(select).not.toHaveBeenCalled();
  });

  it('a plot in a hidden container draws when shown; bad values show a message, not a crash', async () => {
    const { root } = await render(
      <div>
        <div class="tab" style={{ display: 'none', width: '500px' }}>
          <gr-native-plot value={structuredClone(sales)} x="month" y="sales" />
        </div>
        <gr-native-plot class="bad" value={{ type: 'altair', plot: '{}' } as never} x="a" y="b" />
      </div>,
    );
    const tab = root.querySelector('.tab') as HTMLElement;
    await vi.waitFor(() => expect(root.querySelector('.bad .plot-error')?.textContent).toMatch(/no "columns" and "data"/));
    expect(tab.querySelector('.chart svg')).toBeNull();
    tab.style.display = 'block';
    await vi.waitFor(() => expect(tab.querySelector('.chart svg .mark-line')).not.toBeNull(), DRAWN);
  });

  it('XSS: titles, labels, captions and tooltip values are text, never markup', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (n: string) => void }).__xss = (name) => ran.push(name);
    const payload = `<img src=x onerror="window.__xss('plot')">`;
    const { root } = await render(
      <div style={{ width: '500px' }}>
        <gr-native-plot
          value={pd({ columns: ['x', 'y', 'c'], data: [[1, 2, payload], [2, 3, payload]], datatypes: { x: 'quantitative', y: 'quantitative', c: 'nominal' }, mark: 'point' })}
          x="x"
          y="y"
          color="c"
          title={payload}
          caption={payload}
          label={payload}
          showLabel
          tooltip="all"
        />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.chart svg .mark-symbol.role-mark path').length).toBe(2), DRAWN);
    const point = root.querySelector('.chart svg .mark-symbol.role-mark path') as SVGGraphicsElement;
    const box = point.getBoundingClientRect();
    point.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true }));
    point.dispatchEvent(new MouseEvent('mouseover', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true }));
    // The tooltip shows the value as text.
    await vi.waitFor(() => expect(root.querySelector('.plot-tooltip')?.textContent).toContain(payload));
    expect(root.querySelector('.plot-tooltip')?.getAttribute('role')).toBe('tooltip');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.caption')?.textContent).toBe(payload);
    expect(ran).toEqual([]);
  });
});
