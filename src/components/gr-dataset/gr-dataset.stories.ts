import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DatasetArgs {
  components: unknown[];
  headers: string[];
  samples: unknown[][];
  sampleLabels: string[] | null;
  samplesPerPage: number;
  layout: 'gallery' | 'table' | null;
  label: string | null;
}

const swatch = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect width="80" height="80" fill="${color}"/></svg>`)}`;

const meta: Meta<DatasetArgs> = {
  title: 'Components/Dataset',
  component: 'gr-dataset',
  args: {
    components: [{ name: 'textbox' }, { name: 'slider' }, { name: 'checkbox' }],
    headers: ['Prompt', 'Temperature', 'Stream'],
    samples: [
      ['Write a haiku about autumn', 0.7, true],
      ['Summarise the following article in two sentences', 0.2, false],
      ['Translate "good morning" to French', 0, false],
    ],
    sampleLabels: null,
    samplesPerPage: 10,
    layout: null,
    label: null,
  },
  render: (args) =>
    html`<gr-dataset
      .components=${args.components}
      .headers=${args.headers}
      .samples=${args.samples}
      .sampleLabels=${args.sampleLabels}
      .samplesPerPage=${args.samplesPerPage}
      .layout=${args.layout}
      .label=${args.label}
    ></gr-dataset>`,
};
export default meta;

type Story = StoryObj<DatasetArgs>;

export const Table: Story = {};
export const Gallery: Story = {
  args: { components: ['textbox'], headers: ['Prompt'], samples: [['A cat in a hat'], ['A dog on a log'], ['A fox in a box']] },
};
export const ImageGallery: Story = {
  args: {
    components: ['image'],
    headers: ['Image'],
    samples: ['#f97316', '#0ea5e9', '#22c55e'].map((c, i) => [{ path: `${i}.svg`, url: swatch(c), orig_name: `${i}.svg` }]),
  },
};
export const MixedCells: Story = {
  args: {
    components: ['image', 'dropdown', 'colorpicker', 'markdown', 'file'],
    headers: ['Image', 'Model', 'Colour', 'Notes', 'File'],
    samples: [
      [{ path: 'a.svg', url: swatch('#f97316') }, 'small', '#f97316', '**fast**, cheap', 'report.pdf'],
      [{ path: 'b.svg', url: swatch('#0ea5e9') }, 'large', '#0ea5e9', '*slow*, accurate', 'data.csv'],
    ],
  },
};
export const SampleLabels: Story = { args: { sampleLabels: ['Haiku', 'Summary', 'Translation'] } };
export const ForcedTableLayout: Story = { args: { components: ['textbox'], headers: ['Prompt'], samples: [['one'], ['two']], layout: 'table' } };
export const Paginated: Story = {
  args: { components: ['textbox'], headers: ['Prompt'], samples: Array.from({ length: 120 }, (_, i) => [`Example prompt ${i + 1}`]), samplesPerPage: 6 },
};
