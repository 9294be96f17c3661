import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface RowArgs {
  variant: 'default' | 'panel' | 'compact';
  equalHeight: boolean;
  visible: boolean;
}

const meta: Meta<RowArgs> = {
  title: 'Layout/Row',
  component: 'gr-row',
  args: { variant: 'default', equalHeight: false, visible: true },
  argTypes: { variant: { control: 'inline-radio', options: ['default', 'panel', 'compact'] } },
  render: (args) =>
    html`<gr-row .variant=${args.variant} .equalHeight=${args.equalHeight} .visible=${args.visible}>
      <gr-block><p>Scale 1</p></gr-block>
      <gr-block .scale=${2}><p>Scale 2</p></gr-block>
      <gr-block .height=${120}><p>120px tall</p></gr-block>
    </gr-row>`,
};
export default meta;

type Story = StoryObj<RowArgs>;

export const Default: Story = {};
export const Panel: Story = { args: { variant: 'panel' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const EqualHeight: Story = { args: { equalHeight: true } };

/** Two columns with min width 320px: they wrap under each other in a narrow row. */
export const Wrapping: Story = {
  render: () => html`<div style="width: 500px; border: 1px dashed #ccc">
    <gr-row>
      <gr-column><gr-block><p>Column 1</p></gr-block></gr-column>
      <gr-column><gr-block><p>Column 2</p></gr-block></gr-column>
    </gr-row>
  </div>`,
};
