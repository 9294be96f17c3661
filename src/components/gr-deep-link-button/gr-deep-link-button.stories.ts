import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DeepLinkButtonArgs {
  value: string;
  copiedValue: string;
  variant: 'primary' | 'secondary' | 'stop' | 'huggingface';
  size: 'sm' | 'md' | 'lg';
  interactive: boolean;
}

const meta: Meta<DeepLinkButtonArgs> = {
  title: 'Components/DeepLinkButton',
  component: 'gr-deep-link-button',
  args: { value: 'Share via Link', copiedValue: 'Link Copied!', variant: 'secondary', size: 'lg', interactive: true },
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'stop', 'huggingface'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  // Alone (no `deepLink` function from a runtime), a click copies this page's URL as it is.
  render: (args) =>
    html`<gr-deep-link-button
      .value=${args.value}
      .copiedValue=${args.copiedValue}
      .variant=${args.variant}
      .size=${args.size}
      .interactive=${args.interactive}
    ></gr-deep-link-button>`,
};
export default meta;

type Story = StoryObj<DeepLinkButtonArgs>;

export const Default: Story = {};
export const Small: Story = { args: { size: 'sm', value: 'Share' } };
