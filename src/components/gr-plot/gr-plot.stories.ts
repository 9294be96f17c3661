import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface PlotArgs {
  value: unknown;
  label: string | null;
  bokehVersion: string | null;
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
  },
  render: (args) => html`<gr-plot .value=${args.value} .label=${args.label} .bokehVersion=${args.bokehVersion}></gr-plot>`,
};
export default meta;

type Story = StoryObj<PlotArgs>;

export const Altair: Story = {};
export const Matplotlib: Story = { args: { value: { type: 'matplotlib', plot: bars } } };
export const Plotly: Story = {
  // The pinned plotly.js that Storybook serves (.storybook/main.ts), instead of the default CDN copy.
  beforeEach: () => {
    (globalThis as { GRADIO_KIT_PLOTLY_URL?: string }).GRADIO_KIT_PLOTLY_URL = 'vendor/plotly/plotly.min.js';
  },
  args: {
    value: {
      type: 'plotly',
      plot: JSON.stringify({ data: [{ type: 'bar', x: ['apple', 'pear', 'fig'], y: [9, 6, 7] }], layout: { title: { text: 'Fruit sold' } } }),
    },
  },
};
export const Bokeh: Story = { args: { value: { type: 'bokeh', plot: '{}' }, bokehVersion: '3.6.2' } };
export const Empty: Story = { args: { value: null } };
