import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface HtmlArgs {
  value: string;
  container: boolean;
  padding: boolean;
  showLabel: boolean;
  label: string;
  applyDefaultCss: boolean;
  maxHeight: number | null;
}

const meta: Meta<HtmlArgs> = {
  title: 'Components/HTML',
  component: 'gr-html',
  args: {
    value:
      '<h2>Welcome</h2><p>Any <b>HTML</b>, with <a href="https://www.gradio.app">links</a> and <code>code</code>.</p><ul><li>one</li><li>two</li></ul>',
    container: false,
    padding: false,
    showLabel: false,
    label: 'HTML',
    applyDefaultCss: true,
    maxHeight: null,
  },
  render: (args) =>
    html`<gr-html
      .value=${args.value}
      .container=${args.container}
      .padding=${args.padding}
      .showLabel=${args.showLabel}
      .label=${args.label}
      .applyDefaultCss=${args.applyDefaultCss}
      .maxHeight=${args.maxHeight}
    ></gr-html>`,
};
export default meta;

type Story = StoryObj<HtmlArgs>;

export const Default: Story = {};
export const InContainerWithLabel: Story = { args: { container: true, padding: true, showLabel: true, label: 'Card' } };
export const WithoutDefaultCss: Story = { args: { applyDefaultCss: false } };
export const ScrollingMaxHeight: Story = {
  args: { maxHeight: 80, container: true, value: Array.from({ length: 12 }, (_, i) => `<p>Line ${i + 1}</p>`).join('') },
};
export const Styled: Story = {
  args: { value: '<style>.badge{background:#fde68a;padding:4px 8px;border-radius:6px}</style><span class="badge">styled</span>' },
};
/** Template with `${value}` and a `props` key. */
export const Template: Story = {
  render: () => html`<gr-html
    .value=${'Ada'}
    .htmlTemplate=${'<p>Hello <b>${value}</b>, you have ${count} messages.</p>'}
    .props=${{ count: 3 }}
  ></gr-html>`,
};
/** Hostile input: nothing runs. */
export const UnsafeInput: Story = {
  args: { value: '<img src="data:," alt="" onerror="alert(1)"><svg onload="alert(1)"></svg><a href="javascript:alert(1)">click</a>' },
};
