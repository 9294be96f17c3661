import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import type { PlotData } from '../../utils/native-plot';

const value: PlotData = {
  columns: ['x', 'y'],
  data: [
    [1, 2],
    [2, 4],
  ],
  datatypes: { x: 'quantitative', y: 'quantitative' },
  mark: 'point',
};

describe('gr-native-plot', () => {
  it('empty: the plot icon named by the (hidden) label; no toolbar by default', async () => {
    const { root } = await render(<gr-native-plot x="x" y="y" />);
    const empty = root.querySelector('.empty')!;
    expect(root.querySelector(`#${empty.getAttribute('aria-labelledby')}`)?.textContent).toBe('Plot');
    expect(root.querySelector('.sr-only')?.textContent).toBe('Plot');
    expect(root.querySelector('.toolbar')).toBeNull();
  });

  it('the chart is a figure described by the kind of plot, its columns and rows; caption and label shown', async () => {
    const { root } = await render(<gr-native-plot value={value} x="x" y="y" label="Points" showLabel caption="Source: test" buttons={['export', 'fullscreen']} />);
    expect(root.querySelector('.chart')?.getAttribute('aria-label')).toBe('Points: Scatter plot of y by x, 2 rows.');
    expect(root.querySelector('.block-label')?.textContent).toBe('Points');
    expect(root.querySelector('.caption')?.textContent).toBe('Source: test');
    expect(Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'))).toEqual(['Export as PNG', 'Fullscreen']);
  });

  it('a value that does not fit the props shows a message', async () => {
    const { root } = await render(<gr-native-plot value={value} x="x" y="nope" />);
    await vi.waitFor(() => expect(root.querySelector('.plot-error')?.textContent).toBe('The y column "nope" is not in the data (columns: x, y).'));
    expect(root.querySelector('.chart')?.classList.contains('hidden')).toBe(true);
  });
});
