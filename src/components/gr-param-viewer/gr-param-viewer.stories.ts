import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ParamViewerArgs {
  value: Record<string, { type: string; description: string; default: string | null }>;
  language: 'python' | 'typescript';
  header: string | null;
  anchorLinks: boolean;
}

const meta: Meta<ParamViewerArgs> = {
  title: 'Components/ParamViewer',
  component: 'gr-param-viewer',
  args: {
    value: {
      value: { type: 'str | None', description: 'The **initial** text.', default: 'None' },
      lines: { type: 'int', description: 'Minimum number of lines.', default: '1' },
      label: { type: 'str | None', description: 'The label; see the [docs](https://www.gradio.app/docs).', default: 'None' },
    },
    language: 'python',
    header: 'Parameters',
    anchorLinks: false,
  },
  argTypes: { language: { control: 'inline-radio', options: ['python', 'typescript'] } },
  render: (args) =>
    html`<gr-param-viewer .value=${args.value} .language=${args.language} .header=${args.header} .anchorLinks=${args.anchorLinks}></gr-param-viewer>`,
};
export default meta;

type Story = StoryObj<ParamViewerArgs>;

export const Default: Story = {};
export const WithAnchors: Story = { args: { anchorLinks: true } };
export const NoHeader: Story = { args: { header: null } };
