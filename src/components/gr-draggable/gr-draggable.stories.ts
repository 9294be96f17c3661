import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DraggableArgs {
  orientation: 'column' | 'row';
}

const meta: Meta<DraggableArgs> = {
  title: 'Layout/Draggable',
  component: 'gr-draggable',
  args: { orientation: 'column' },
  argTypes: { orientation: { control: 'inline-radio', options: ['column', 'row'] } },
  render: (args) =>
    html`<gr-draggable .orientation=${args.orientation}>
      <gr-block>First (drag me, or focus and press Alt+Arrow)</gr-block>
      <gr-block>Second</gr-block>
      <gr-block>Third</gr-block>
    </gr-draggable>`,
};
export default meta;

type Story = StoryObj<DraggableArgs>;

export const Column: Story = {};
export const Row: Story = { args: { orientation: 'row' } };
