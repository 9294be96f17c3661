import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DuplicateButtonArgs {
  value: string;
  spaceId: string;
  size: 'sm' | 'md' | 'lg';
}

const meta: Meta<DuplicateButtonArgs> = {
  title: 'Components/DuplicateButton',
  component: 'gr-duplicate-button',
  args: { value: 'Duplicate Space', spaceId: 'gradio/hello_world', size: 'sm' },
  argTypes: { size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] } },
  render: (args) =>
    html`<gr-duplicate-button .value=${args.value} .spaceId=${args.spaceId || null} .size=${args.size}></gr-duplicate-button>`,
};
export default meta;

type Story = StoryObj<DuplicateButtonArgs>;

/** On a Space: a link to the Hub page that duplicates it, in a new tab. */
export const OnASpace: Story = {};
export const Large: Story = { args: { size: 'lg', value: 'Duplicate this Space' } };
