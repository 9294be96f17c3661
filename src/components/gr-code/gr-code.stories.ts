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
      // Gradio's `gr.Code.languages`.
      options: [
        null, 'python', 'c', 'cpp', 'markdown', 'latex', 'json', 'html', 'css', 'javascript', 'jinja2', 'typescript',
        'yaml', 'dockerfile', 'shell', 'r', 'sql', 'sql-msSQL', 'sql-mySQL', 'sql-mariaDB', 'sql-sqlite',
        'sql-cassandra', 'sql-plSQL', 'sql-hive', 'sql-pgSQL', 'sql-gql', 'sql-gpSQL', 'sql-sparkSQL', 'sql-esper',
      ],
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
export const Sql: Story = { args: { language: 'sql-pgSQL', value: 'SELECT id, name FROM users WHERE active;\n' } };
export const Cpp: Story = {
  args: { language: 'cpp', value: '#include <iostream>\n\nint main() {\n  // greet\n  std::cout << "Hello" << std::endl;\n  return 0;\n}\n' },
};
export const Shell: Story = { args: { language: 'shell', value: '# install and run\npip install gradio\nif [ -f app.py ]; then python app.py; fi\n' } };
export const Latex: Story = { args: { language: 'latex', value: '% a formula\n\\section{Energy}\n$E = mc^2$\n' } };
export const PlainText: Story = { args: { language: null, value: 'no highlighting here\n' } };
