import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface MarkdownArgs {
  value: string;
  rtl: boolean;
  headerLinks: boolean;
  lineBreaks: boolean;
  sanitizeHtml: boolean;
  showCopyButton: boolean;
  container: boolean;
  padding: boolean;
  height: number | null;
}

const sample = `# Getting started

Gradio Markdown supports **bold**, *italic*, \`inline code\`, [links](https://www.gradio.app) and tables:

| model | accuracy |
|-------|---------:|
| small | 0.81 |
| large | 0.93 |

\`\`\`python
import gradio as gr

def greet(name):
    return f"Hello {name}!"
\`\`\`

- [x] task lists
- [ ] and more

$$
\\int_0^1 x^2\\,dx = \\frac{1}{3}
$$
`;

const meta: Meta<MarkdownArgs> = {
  title: 'Components/Markdown',
  component: 'gr-markdown',
  args: {
    value: sample,
    rtl: false,
    headerLinks: false,
    lineBreaks: false,
    sanitizeHtml: true,
    showCopyButton: false,
    container: false,
    padding: false,
    height: null,
  },
  render: (args) =>
    html`<gr-markdown
      .value=${args.value}
      .rtl=${args.rtl}
      .headerLinks=${args.headerLinks}
      .lineBreaks=${args.lineBreaks}
      .sanitizeHtml=${args.sanitizeHtml}
      .showCopyButton=${args.showCopyButton}
      .container=${args.container}
      .padding=${args.padding}
      .height=${args.height}
    ></gr-markdown>`,
};
export default meta;

type Story = StoryObj<MarkdownArgs>;

export const Default: Story = {};
export const HeaderLinks: Story = { args: { headerLinks: true } };
export const WithCopyButtonInContainer: Story = { args: { showCopyButton: true, container: true, padding: true } };
export const FixedHeight: Story = { args: { height: 160, container: true } };
export const RightToLeft: Story = { args: { rtl: true, value: '# مرحبا\n\nهذا نص من اليمين إلى اليسار.' } };
export const LineBreaks: Story = { args: { lineBreaks: true, value: 'first line\nsecond line\nthird line' } };
/** Inline math with `$...$` as well as display math. */
export const LatexDelimiters: Story = {
  render: () =>
    html`<gr-markdown
      .value=${'Euler: $e^{i\\pi} + 1 = 0$, and displayed:\n\n$$\\sum_{n=1}^\\infty \\frac{1}{n^2} = \\frac{\\pi^2}{6}$$'}
      .latexDelimiters=${[
        { left: '$$', right: '$$', display: true },
        { left: '$', right: '$', display: false },
      ]}
    ></gr-markdown>`,
};
/** Hostile input: nothing runs, links get rel="noopener noreferrer". */
export const UnsafeInput: Story = {
  args: {
    value:
      '<img src="data:," alt="" onerror="alert(1)"> [click](javascript:alert(1)) <script>alert(1)</script> <a href="https://example.com">ok</a>',
  },
};
