import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface RootArgs {
  fillHeight: boolean;
  fillWidth: boolean;
}

const meta: Meta<RootArgs> = {
  title: 'Layout/BlocksRoot',
  component: 'gr-blocks-root',
  args: { fillHeight: false, fillWidth: false },
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div style="min-height: 100vh; display: flex; flex-direction: column">
      <gr-blocks-root .fillHeight=${args.fillHeight} .fillWidth=${args.fillWidth}>
        <gr-block><p>A top-level block</p></gr-block>
        <gr-row .scale=${1}>
          <gr-column><gr-block><p>Row of scale 1 (grows with fill height)</p></gr-block></gr-column>
          <gr-column><gr-block><p>Second column</p></gr-block></gr-column>
        </gr-row>
        <gr-button value="Run" variant="primary"></gr-button>
      </gr-blocks-root>
    </div>`,
};
export default meta;

type Story = StoryObj<RootArgs>;

export const Default: Story = {};
export const FillHeight: Story = { args: { fillHeight: true } };
export const FillWidth: Story = { args: { fillWidth: true } };
