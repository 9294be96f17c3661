import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface AppDialogArgs {
  label: string;
}

const meta: Meta<AppDialogArgs> = {
  title: 'Components/AppDialog',
  component: 'gr-app-dialog',
  args: { label: 'Settings' },
  // The dialog covers the page: on the docs page it gets its own frame.
  parameters: { docs: { story: { inline: false, iframeHeight: 320 } } },
  render: (args) =>
    html`<gr-app-dialog .label=${args.label}>
      <div style="padding: 1rem">
        <p style="margin-top: 0">The slotted content. Escape or a click outside emits <code>gr-close</code>.</p>
        <gr-button value="A focusable control"></gr-button>
      </div>
    </gr-app-dialog>`,
};
export default meta;

export const Default: StoryObj<AppDialogArgs> = {};
