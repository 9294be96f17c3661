import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ColumnArgs {
  variant: 'default' | 'panel' | 'compact';
  scale: number;
  minWidth: number;
}

const meta: Meta<ColumnArgs> = {
  title: 'Layout/Column',
  component: 'gr-column',
  args: { variant: 'default', scale: 1, minWidth: 320 },
  argTypes: { variant: { control: 'inline-radio', options: ['default', 'panel', 'compact'] } },
  render: (args) =>
    html`<gr-row>
      <gr-column .variant=${args.variant} .scale=${args.scale} .minWidth=${args.minWidth}>
        <gr-block><p>First</p></gr-block>
        <gr-button value="Second"></gr-button>
      </gr-column>
      <gr-column><gr-block><p>A sibling column of scale 1</p></gr-block></gr-column>
    </gr-row>`,
};
export default meta;

type Story = StoryObj<ColumnArgs>;

export const Default: Story = {};
export const Panel: Story = { args: { variant: 'panel' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const Wider: Story = { args: { scale: 2 } };
