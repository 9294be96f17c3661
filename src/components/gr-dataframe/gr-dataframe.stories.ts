import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DataframeArgs {
  value: unknown;
  datatype: string | string[];
  interactive: boolean;
  label: string;
  showSearch: 'none' | 'search' | 'filter';
  showRowNumbers: boolean;
  wrap: boolean;
  maxHeight: number;
  pinnedColumns: number | null;
}

const typed = {
  headers: ['name', 'score', 'ok', 'when', 'notes', 'markup'],
  data: [
    ['alpha', 1.5, true, '2024-01-02', '**bold** and `code`', '<b>bold</b>'],
    ['beta', 22.25, false, '2024-02-03', '[link](https://gradio.app)', '<i>italic</i>'],
    ['gamma', -3, true, '2024-03-04', 'a $$x^2$$ formula', 'plain'],
  ],
  metadata: {
    display_value: [
      ['alpha', '1.5', 'True', '2024-01-02', '**bold** and `code`', '<b>bold</b>'],
      ['beta', '22.2', 'False', '2024-02-03', '[link](https://gradio.app)', '<i>italic</i>'],
      ['gamma', '-3.0', 'True', '2024-03-04', 'a $$x^2$$ formula', 'plain'],
    ],
    styling: [
      ['', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['', 'color: rgb(185, 28, 28); font-weight: 700', '', '', '', ''],
    ],
  },
};

const meta: Meta<DataframeArgs> = {
  title: 'Components/Dataframe',
  component: 'gr-dataframe',
  args: {
    value: typed,
    datatype: ['str', 'number', 'bool', 'date', 'markdown', 'html'],
    interactive: false,
    label: 'Results',
    showSearch: 'none',
    showRowNumbers: false,
    wrap: false,
    maxHeight: 500,
    pinnedColumns: null,
  },
  argTypes: { showSearch: { control: 'select', options: ['none', 'search', 'filter'] } },
  render: (args) =>
    html`<gr-dataframe
      .value=${args.value}
      .datatype=${args.datatype}
      .interactive=${args.interactive}
      .label=${args.label}
      .showSearch=${args.showSearch}
      .showRowNumbers=${args.showRowNumbers}
      .wrap=${args.wrap}
      .maxHeight=${args.maxHeight}
      .pinnedColumns=${args.pinnedColumns}
    ></gr-dataframe>`,
};
export default meta;

type Story = StoryObj<DataframeArgs>;

export const StyledStatic: Story = {};
export const Editable: Story = { args: { interactive: true, showSearch: 'filter', value: { ...typed, metadata: null } } };
export const HundredThousandRows: Story = {
  args: {
    label: '100,000 rows',
    datatype: ['number', 'str', 'number'],
    showRowNumbers: true,
    showSearch: 'search',
    value: { headers: ['id', 'name', 'value'], data: Array.from({ length: 100_000 }, (_, i) => [i, `row ${i}`, Math.round(Math.sin(i) * 1000) / 1000]) },
  },
};
export const ManyColumns: Story = {
  args: {
    label: '200 columns, first pinned',
    datatype: 'number',
    pinnedColumns: 1,
    value: { headers: Array.from({ length: 200 }, (_, i) => `c${i}`), data: Array.from({ length: 200 }, (_, r) => Array.from({ length: 200 }, (_, c) => r * c)) },
  },
};
export const BadInput: Story = {
  args: {
    label: 'Ragged rows, NaN and infinity',
    datatype: 'number',
    value: { headers: ['a', 'b'], data: [[1], [Number.NaN, Number.POSITIVE_INFINITY, 3], [null, -Number.POSITIVE_INFINITY]] },
  },
};
export const Empty: Story = { args: { label: 'Empty', value: { headers: [], data: [] } } };
