import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SidebarArgs {
  open: boolean;
  position: 'left' | 'right';
  width: number;
}

const meta: Meta<SidebarArgs> = {
  title: 'Layout/Sidebar',
  component: 'gr-sidebar',
  args: { open: true, position: 'left', width: 320 },
  argTypes: { position: { control: 'inline-radio', options: ['left', 'right'] } },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<gr-sidebar label="Settings" .open=${args.open} .position=${args.position} .width=${args.width}>
        <gr-block><p>Sidebar content</p></gr-block>
        <gr-button value="Apply" variant="primary"></gr-button>
      </gr-sidebar>
      <div style="padding: 2rem 4rem"><p>The page content.</p></div>`,
};
export default meta;

type Story = StoryObj<SidebarArgs>;

export const Left: Story = {};
export const Right: Story = { args: { position: 'right' } };
export const Closed: Story = { args: { open: false } };
