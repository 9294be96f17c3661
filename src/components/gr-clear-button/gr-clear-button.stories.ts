import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ClearButtonArgs {
  value: string;
  variant: 'primary' | 'secondary' | 'stop' | 'huggingface';
  size: 'sm' | 'md' | 'lg';
  interactive: boolean;
}

const meta: Meta<ClearButtonArgs> = {
  title: 'Components/ClearButton',
  component: 'gr-clear-button',
  args: { value: 'Clear', variant: 'secondary', size: 'lg', interactive: true },
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'stop', 'huggingface'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) =>
    html`<gr-clear-button
      .value=${args.value}
      .variant=${args.variant}
      .size=${args.size}
      .interactive=${args.interactive}
    ></gr-clear-button>`,
};
export default meta;

type Story = StoryObj<ClearButtonArgs>;

export const Default: Story = {};
export const Stop: Story = { args: { variant: 'stop', value: 'Clear all' } };
export const Small: Story = { args: { size: 'sm' } };
export const Disabled: Story = { args: { interactive: false } };
