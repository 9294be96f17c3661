import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DownloadButtonArgs {
  label: string;
  variant: 'primary' | 'secondary' | 'stop';
  size: 'sm' | 'md' | 'lg';
  value: unknown;
  interactive: boolean;
}

const meta: Meta<DownloadButtonArgs> = {
  title: 'Components/DownloadButton',
  component: 'gr-download-button',
  args: {
    label: 'Download',
    variant: 'secondary',
    size: 'lg',
    value: { path: 'hello.txt', url: URL.createObjectURL(new Blob(['hello'], { type: 'text/plain' })), orig_name: 'hello.txt' },
    interactive: true,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'stop'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) =>
    html`<gr-download-button
      .label=${args.label}
      .variant=${args.variant}
      .size=${args.size}
      .value=${args.value}
      .interactive=${args.interactive}
    ></gr-download-button>`,
};
export default meta;

type Story = StoryObj<DownloadButtonArgs>;

export const Default: Story = {};
export const NoValue: Story = { args: { value: null, label: 'Nothing yet' } };
export const Primary: Story = { args: { variant: 'primary', label: 'Download result' } };
export const Disabled: Story = { args: { interactive: false } };
