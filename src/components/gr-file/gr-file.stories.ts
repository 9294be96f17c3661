import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface FileArgs {
  value: unknown;
  label: string;
  fileCount: 'single' | 'multiple' | 'directory';
  fileTypes: string[] | null;
  interactive: boolean;
  selectable: boolean;
  height: number | null;
  maxFileSize: number | null;
}

const file = (name: string, size: number) => ({
  path: name,
  url: URL.createObjectURL(new Blob([`Contents of ${name}`], { type: 'text/plain' })),
  orig_name: name,
  size,
  meta: { _type: 'gradio.FileData' },
});

const meta: Meta<FileArgs> = {
  title: 'Components/File',
  component: 'gr-file',
  args: { value: null, label: 'File', fileCount: 'single', fileTypes: null, interactive: true, selectable: false, height: null, maxFileSize: null },
  argTypes: { fileCount: { control: 'inline-radio', options: ['single', 'multiple', 'directory'] } },
  render: (args) =>
    html`<gr-file
      .value=${args.value}
      .label=${args.label}
      .fileCount=${args.fileCount}
      .fileTypes=${args.fileTypes}
      .interactive=${args.interactive}
      .selectable=${args.selectable}
      .height=${args.height}
      .maxFileSize=${args.maxFileSize}
    ></gr-file>`,
};
export default meta;

type Story = StoryObj<FileArgs>;

export const Upload: Story = {};
export const PdfOrImagesOnly: Story = { args: { label: 'PDF or images', fileTypes: ['.pdf', 'image'], fileCount: 'multiple' } };
export const SmallFilesOnly: Story = { args: { label: 'At most 1 KB', maxFileSize: 1024 } };
export const OneFile: Story = { args: { value: file('report.pdf', 48_213) } };
export const SeveralFiles: Story = {
  args: { fileCount: 'multiple', value: [file('data.csv', 1_204), file('a very long file name that keeps going.json', 88_000), file('photo.png', 2_400_000)] },
};
export const Output: Story = { args: { label: 'Result', interactive: false, value: [file('result.zip', 10_500)], fileCount: 'multiple' } };
export const Selectable: Story = { args: { label: 'Pick one', interactive: false, selectable: true, fileCount: 'multiple', value: [file('a.txt', 10), file('b.txt', 20)] } };
export const Folder: Story = { args: { label: 'Folder', fileCount: 'directory' } };
