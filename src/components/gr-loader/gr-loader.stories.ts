import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface LoaderArgs {
  text: string;
  size: 'sm' | 'md' | 'lg';
  layout: 'column' | 'row';
}

const meta: Meta<LoaderArgs> = {
  title: 'Chrome/Loader',
  component: 'gr-loader',
  args: { text: 'Loading...', size: 'md', layout: 'column' },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    layout: { control: 'inline-radio', options: ['column', 'row'] },
  },
  render: (args) => html`<gr-loader .text=${args.text || null} .size=${args.size} .layout=${args.layout}></gr-loader>`,
};
export default meta;

type Story = StoryObj<LoaderArgs>;

export const Default: Story = {};
export const SpinnerOnly: Story = { args: { text: '', size: 'lg' } };
export const Inline: Story = { args: { layout: 'row', size: 'sm', text: 'Building' } };
