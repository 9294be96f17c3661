import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface NativePlotArgs {
  value: unknown;
  x: string;
  y: string;
  color: string | null;
  title: string | null;
  xBin: string | number | null;
  yAggregate: string | null;
  selectable: boolean;
  label: string | null;
  caption: string | null;
}

const hour = 3_600_000;
const start = Date.UTC(2024, 0, 1);
const load = {
  columns: ['time', 'load', 'server'],
  data: ['alpha', 'beta'].flatMap((server, s) =>
    Array.from({ length: 48 }, (_, i) => [start + i * hour, Math.round((50 + 10 * Math.sin(i / 6 + s)) * 100) / 100, server]),
  ),
  datatypes: { time: 'temporal', load: 'quantitative', server: 'nominal' },
  mark: 'line',
};

const meta: Meta<NativePlotArgs> = {
  title: 'Components/NativePlot',
  component: 'gr-native-plot',
  args: { value: load, x: 'time', y: 'load', color: 'server', title: 'Load by server', xBin: null, yAggregate: null, selectable: true, label: null, caption: null },
  render: (args) =>
    html`<gr-native-plot
      .value=${args.value}
      .x=${args.x}
      .y=${args.y}
      .color=${args.color}
      .title=${args.title}
      .xBin=${args.xBin}
      .yAggregate=${args.yAggregate}
      .selectable=${args.selectable}
      .label=${args.label}
      .caption=${args.caption}
    ></gr-native-plot>`,
};
export default meta;

type Story = StoryObj<NativePlotArgs>;

export const Line: Story = {};
export const Scatter: Story = {
  args: {
    value: {
      columns: ['height', 'weight', 'team'],
      data: Array.from({ length: 90 }, (_, i) => [160 + ((i * 37) % 40), 55 + ((i * 17) % 30), ['red', 'blue', 'green'][i % 3]]),
      datatypes: { height: 'quantitative', weight: 'quantitative', team: 'nominal' },
      mark: 'point',
    },
    x: 'height',
    y: 'weight',
    color: 'team',
    title: 'Height and weight',
  },
};
export const Bar: Story = {
  args: {
    value: {
      columns: ['fruit', 'sold', 'shop'],
      data: [['apple', 3, 'a'], ['pear', 5, 'a'], ['apple', 2, 'b'], ['fig', 7, 'b']],
      datatypes: { fruit: 'nominal', sold: 'quantitative', shop: 'nominal' },
      mark: 'bar',
    },
    x: 'fruit',
    y: 'sold',
    color: 'shop',
    title: 'Fruit sold',
    selectable: false,
  },
};
export const BinnedMean: Story = { args: { value: { ...load, mark: 'bar' }, xBin: '6h', yAggregate: 'mean', title: 'Mean load per 6 hours' } };
export const Empty: Story = { args: { value: null, label: 'Nothing yet' } };
export const MissingColumn: Story = { args: { y: 'missing' } };
