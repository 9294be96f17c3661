import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GalleryColumns, GalleryItem } from './gr-gallery';

interface GalleryArgs {
  value: GalleryItem[];
  columns: GalleryColumns;
  height: number | null;
  selectedIndex: number | null;
  allowPreview: boolean;
  objectFit: 'contain' | 'cover' | null;
  label: string;
}

const swatch = (color: string, text: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="${color}"/><text x="80" y="66" font-size="20" text-anchor="middle" fill="white">${text}</text></svg>`,
  )}`;
const item = (color: string, i: number, caption: string | null): GalleryItem => ({
  image: { path: `${i}.svg`, url: swatch(color, String(i + 1)), orig_name: `${i}.svg` },
  caption,
});
const colors = ['#f97316', '#0ea5e9', '#22c55e', '#a855f7', '#e11d48', '#eab308'];

const meta: Meta<GalleryArgs> = {
  title: 'Components/Gallery',
  component: 'gr-gallery',
  args: {
    value: colors.map((c, i) => item(c, i, i % 2 ? null : `Swatch ${i + 1}`)),
    columns: 3,
    height: null,
    selectedIndex: null,
    allowPreview: true,
    objectFit: null,
    label: 'Gallery',
  },
  render: (args) =>
    html`<gr-gallery
      .value=${args.value}
      .columns=${args.columns}
      .height=${args.height}
      .selectedIndex=${args.selectedIndex}
      .allowPreview=${args.allowPreview}
      .objectFit=${args.objectFit}
      .label=${args.label}
    ></gr-gallery>`,
};
export default meta;

type Story = StoryObj<GalleryArgs>;

export const Grid: Story = {};
export const Preview: Story = { args: { selectedIndex: 2 } };
export const ResponsiveColumns: Story = { args: { columns: [1, 2, 4, 6] } };
export const Contain: Story = { args: { objectFit: 'contain' } };
export const Empty: Story = { args: { value: [] } };
export const FiveHundredItems: Story = {
  args: { value: Array.from({ length: 500 }, (_, i) => item(colors[i % colors.length], i, `#${i + 1}`)), columns: 6, height: 400 },
};
export const BrokenItems: Story = {
  args: {
    value: [
      { image: { path: 'refused.png', url: 'javascript:alert(1)', orig_name: 'refused.png' }, caption: 'a refused URL' },
      { image: { path: 'bad.png', url: 'data:image/png;base64,AAAA', orig_name: 'bad.png' }, caption: 'not an image' },
    ],
  },
};
