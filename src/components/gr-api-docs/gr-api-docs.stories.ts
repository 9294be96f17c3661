import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleApi } from './api-docs-sample';
import type { RecordedCall } from './api-source';

interface ApiDocsArgs {
  language: 'gradio-kit' | 'javascript' | 'python' | 'bash';
  recording: boolean;
  recorded: RecordedCall[];
}

const api = sampleApi();

const meta: Meta<ApiDocsArgs> = {
  title: 'App/API page',
  component: 'gr-api-docs',
  args: { language: 'gradio-kit', recording: false, recorded: [] },
  argTypes: { language: { control: 'select', options: ['gradio-kit', 'javascript', 'python', 'bash'] } },
  render: (args) =>
    html`<gr-api-docs .connect=${async () => api} .language=${args.language} .recording=${args.recording} .recorded=${args.recorded}></gr-api-docs>`,
};
export default meta;

type Story = StoryObj<ApiDocsArgs>;

export const Endpoints: Story = {};
export const Python: Story = { args: { language: 'python' } };
export const Curl: Story = { args: { language: 'bash' } };
export const Recording: Story = { args: { recording: true, recorded: [{ endpoint: '/greet', values: ['Ada', 2] }] } };
