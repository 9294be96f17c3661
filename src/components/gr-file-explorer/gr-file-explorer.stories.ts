import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface FileExplorerArgs {
  value: string[][] | null;
  label: string;
  fileCount: 'single' | 'multiple';
  interactive: boolean;
  height: number | null;
}

type Entry = { name: string; type: 'file' | 'folder'; valid: boolean };

/** A made-up project folder, listed as Gradio's `ls` server function answers (folders first). */
const folders: Record<string, Entry[]> = {
  '': [
    { name: 'data', type: 'folder', valid: true },
    { name: 'src', type: 'folder', valid: true },
    { name: 'README.md', type: 'file', valid: true },
    { name: 'requirements.txt', type: 'file', valid: true },
  ],
  data: [
    { name: 'train.csv', type: 'file', valid: true },
    { name: 'test.csv', type: 'file', valid: true },
  ],
  src: [
    { name: 'models', type: 'folder', valid: true },
    { name: 'app.py', type: 'file', valid: true },
  ],
  'src/models': [{ name: 'net.py', type: 'file', valid: true }],
};
const ls = async (folder: string[]) => folders[folder.join('/')] ?? [];

const meta: Meta<FileExplorerArgs> = {
  title: 'Components/FileExplorer',
  component: 'gr-file-explorer',
  args: { value: null, label: 'File Explorer', fileCount: 'multiple', interactive: true, height: null },
  argTypes: { fileCount: { control: 'inline-radio', options: ['single', 'multiple'] } },
  render: (args) =>
    html`<gr-file-explorer
      .ls=${ls}
      .value=${args.value}
      .label=${args.label}
      .fileCount=${args.fileCount}
      .interactive=${args.interactive}
      .height=${args.height}
    ></gr-file-explorer>`,
};
export default meta;

type Story = StoryObj<FileExplorerArgs>;

export const Multiple: Story = {};
export const Selected: Story = { args: { value: [['README.md'], ['data', 'train.csv']] } };
export const Single: Story = { args: { fileCount: 'single', label: 'One file' } };
export const ReadOnly: Story = { args: { interactive: false, value: [['requirements.txt']] } };
export const NoServer: Story = { render: () => html`<gr-file-explorer label="Alone"></gr-file-explorer>` };
