import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bokehBarsItem } from './plot-samples';
// @ts-expect-error: Vite's `?url` import (its types are not in this project's compiler settings)
import bokehMainUrl from '@bokeh/bokehjs/build/js/bokeh.min.js?url';

interface PlotArgs {
  value: unknown;
  label: string | null;
  bokehVersion: string | null;
  bokehUrl: string | null;
}

const bars = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="white"/><rect x="20" y="60" width="40" height="100" fill="#f97316"/><rect x="80" y="20" width="40" height="140" fill="#f97316"/><rect x="140" y="90" width="40" height="70" fill="#f97316"/></svg>',
)}`;

const meta: Meta<PlotArgs> = {
  title: 'Components/Plot',
  component: 'gr-plot',
  args: {
    value: {
      type: 'altair',
      plot: JSON.stringify({
        title: 'Fruit sold',
        data: { values: [{ fruit: 'apple', sold: 9 }, { fruit: 'pear', sold: 6 }, { fruit: 'fig', sold: 7 }] },
        mark: 'bar',
        encoding: { x: { field: 'fruit', type: 'nominal' }, y: { field: 'sold', type: 'quantitative' } },
      }),
    },
    label: 'Plot',
    bokehVersion: null,
    bokehUrl: null,
  },
  render: (args) => html`<gr-plot .value=${args.value} .label=${args.label} .bokehVersion=${args.bokehVersion} .bokehUrl=${args.bokehUrl}></gr-plot>`,
};
export default meta;

type Story = StoryObj<PlotArgs>;

export const Altair: Story = {};
export const Matplotlib: Story = { args: { value: { type: 'matplotlib', plot: bars } } };
/** Drawn by the kit's own plotly.js chunk (nothing is fetched from a CDN). */
export const Plotly: Story = {
  args: {
    value: {
      type: 'plotly',
      plot: JSON.stringify({
        data: [
          { type: 'bar', x: ['apple', 'pear', 'fig'], y: [9, 6, 7], name: 'sold' },
          { type: 'scatter', mode: 'lines+markers', x: ['apple', 'pear', 'fig'], y: [7, 8, 4], name: 'ordered' },
        ],
        layout: { title: { text: 'Fruit sold' } },
      }),
    },
  },
};
/**
 * BokehJS 3.6.2 (the pinned `@bokeh/bokehjs`, bundled by Storybook as an asset) is on the page before the story,
 * as a page that loads BokehJS itself does: the element uses it and fetches nothing.
 */
export const Bokeh: Story = {
  beforeEach: async () => {
    if ((globalThis as { Bokeh?: Record<string, unknown> }).Bokeh?.['3.6.2']) return;
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = bokehMainUrl as string;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`BokehJS did not load from ${script.src}`));
      document.head.append(script);
    });
  },
  args: { value: { type: 'bokeh', plot: JSON.stringify(bokehBarsItem('3.6.2')) }, bokehVersion: '3.6.2' },
};
export const Empty: Story = { args: { value: null } };
