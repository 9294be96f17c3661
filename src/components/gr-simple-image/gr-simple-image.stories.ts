import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SimpleImageArgs {
  value: unknown;
  label: string;
  showDownloadButton: boolean;
  interactive: boolean;
}

const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120"><rect width="200" height="120" fill="#bfdbfe"/><circle cx="100" cy="60" r="40" fill="#1d4ed8"/></svg>',
)}`;

const meta: Meta<SimpleImageArgs> = {
  title: 'Components/SimpleImage',
  component: 'gr-simple-image',
  args: { value: null, label: 'Image', showDownloadButton: true, interactive: true },
  render: (args) =>
    html`<gr-simple-image
      .value=${args.value}
      .label=${args.label}
      .showDownloadButton=${args.showDownloadButton}
      .interactive=${args.interactive}
    ></gr-simple-image>`,
};
export default meta;

type Story = StoryObj<SimpleImageArgs>;

export const Upload: Story = {};
export const WithImage: Story = { args: { value: { path: 'circle.svg', url: picture, orig_name: 'circle.svg' } } };
export const Static: Story = { args: { value: { path: 'circle.svg', url: picture }, interactive: false, showDownloadButton: false } };
