import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface CodeArgs {
  value: string;
  language: string | null;
  interactive: boolean;
  lines: number;
  maxLines: number | null;
  wrapLines: boolean;
  showLineNumbers: boolean;
}

const python = `import gradio as gr

def greet(name: str) -> str:
    """Say hello."""
    return f"Hello {name}!"

demo = gr.Interface(fn=greet, inputs="text", outputs="text")
demo.launch()
`;

const meta: Meta<CodeArgs> = {
  title: 'Components/Code',
  component: 'gr-code',
  args: { value: python, language: 'python', interactive: true, lines: 5, maxLines: null, wrapLines: false, showLineNumbers: true },
  argTypes: {
    language: {
      control: 'select',
      options: [null, 'python', 'javascript', 'typescript', 'json', 'html', 'css', 'markdown', 'yaml', 'sql', 'shell', 'c', 'cpp', 'r'],
    },
  },
  render: (args) =>
    html`<gr-code
      .value=${args.value}
      .language=${args.language}
      .interactive=${args.interactive}
      .lines=${args.lines}
      .maxLines=${args.maxLines}
      .wrapLines=${args.wrapLines}
      .showLineNumbers=${args.showLineNumbers}
    ></gr-code>`,
};
export default meta;

type Story = StoryObj<CodeArgs>;

export const Editor: Story = {};
export const Static: Story = { args: { interactive: false } };
export const NoLineNumbers: Story = { args: { showLineNumbers: false } };
export const MaxLines: Story = { args: { maxLines: 4 } };
export const WrapLines: Story = { args: { wrapLines: true, value: `# ${'a very long comment '.repeat(12)}\nx = 1\n` } };
export const Json: Story = { args: { language: 'json', value: '{\n  "name": "gradio",\n  "stars": 30000\n}\n' } };
export const Sql: Story = { args: { language: 'sql-postgreSQL', value: 'SELECT id, name FROM users WHERE active;\n' } };
export const PlainText: Story = { args: { language: null, value: 'no highlighting here\n' } };
