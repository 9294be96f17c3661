import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface TabsArgs {
  selected: string | null;
}

const meta: Meta<TabsArgs> = {
  title: 'Layout/Tabs',
  component: 'gr-tabs',
  args: { selected: null },
  argTypes: { selected: { control: 'select', options: [null, 'text', 'image', 'settings'] } },
  render: (args) =>
    html`<gr-tabs .selected=${args.selected}>
      <gr-tab label="Text" tab-id="text"><gr-block><p>Text tab content</p></gr-block></gr-tab>
      <gr-tab label="Image" tab-id="image"><gr-block><p>Image tab content</p></gr-block></gr-tab>
      <gr-tab label="Disabled" tab-id="disabled" .interactive=${false}><p>Never shown</p></gr-tab>
      <gr-tab label="Settings" tab-id="settings">
        <gr-row><gr-button value="Save" variant="primary"></gr-button><gr-button value="Reset"></gr-button></gr-row>
      </gr-tab>
    </gr-tabs>`,
};
export default meta;

type Story = StoryObj<TabsArgs>;

export const Default: Story = {};
export const SecondSelected: Story = { args: { selected: 'image' } };

/** A hidden tab has no button. */
export const HiddenTab: Story = {
  render: () => html`<gr-tabs>
    <gr-tab label="Visible"><p>Shown</p></gr-tab>
    <gr-tab label="Hidden" .visible=${false}><p>Hidden</p></gr-tab>
    <gr-tab label="Also visible"><p>Also shown</p></gr-tab>
  </gr-tabs>`,
};

/** Many tabs: those that do not fit the row are in the "⋯" menu at its end. */
export const ManyTabs: Story = {
  render: () => html`<div style="width: 360px"><gr-tabs>
    ${Array.from({ length: 10 }, (_, i) => html`<gr-tab label=${`Tab ${i + 1}`}><p>Panel ${i + 1}</p></gr-tab>`)}
  </gr-tabs></div>`,
};
