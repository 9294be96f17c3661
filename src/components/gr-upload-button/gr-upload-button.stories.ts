import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface UploadButtonArgs {
  label: string;
  variant: 'primary' | 'secondary' | 'stop';
  size: 'sm' | 'md' | 'lg';
  fileCount: 'single' | 'multiple' | 'directory';
  fileTypes: string[] | null;
  interactive: boolean;
  maxFileSize: number | null;
}

const meta: Meta<UploadButtonArgs> = {
  title: 'Components/UploadButton',
  component: 'gr-upload-button',
  args: { label: 'Upload a File', variant: 'secondary', size: 'lg', fileCount: 'single', fileTypes: null, interactive: true, maxFileSize: null },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'stop'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    fileCount: { control: 'inline-radio', options: ['single', 'multiple', 'directory'] },
  },
  render: (args) =>
    html`<gr-upload-button
      .label=${args.label}
      .variant=${args.variant}
      .size=${args.size}
      .fileCount=${args.fileCount}
      .fileTypes=${args.fileTypes}
      .interactive=${args.interactive}
      .maxFileSize=${args.maxFileSize}
    ></gr-upload-button>`,
};
export default meta;

type Story = StoryObj<UploadButtonArgs>;

export const Default: Story = {};
export const ImagesOnly: Story = { args: { label: 'Upload images', variant: 'primary', fileTypes: ['image'], fileCount: 'multiple' } };
export const SmallFiles: Story = { args: { label: 'Upload (max 1 KB)', maxFileSize: 1024, size: 'sm' } };
export const Disabled: Story = { args: { interactive: false } };
