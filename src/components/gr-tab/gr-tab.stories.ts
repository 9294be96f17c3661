import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface TabArgs {
  label: string;
  interactive: boolean;
  visible: boolean;
}

const meta: Meta<TabArgs> = {
  title: 'Layout/Tab',
  component: 'gr-tab',
  args: { label: 'Second tab', interactive: true, visible: true },
  render: (args) =>
    html`<gr-tabs selected="second">
      <gr-tab label="First" tab-id="first"><p>First panel</p></gr-tab>
      <gr-tab .label=${args.label} tab-id="second" .interactive=${args.interactive} .visible=${args.visible}>
        <gr-block><p>The tab under the controls</p></gr-block>
      </gr-tab>
    </gr-tabs>`,
};
export default meta;

type Story = StoryObj<TabArgs>;

export const Default: Story = {};
export const NotInteractive: Story = { args: { interactive: false } };
export const Hidden: Story = { args: { visible: false } };
