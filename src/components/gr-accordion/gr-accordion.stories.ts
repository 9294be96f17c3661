import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface AccordionArgs {
  label: string;
  open: boolean;
}

const meta: Meta<AccordionArgs> = {
  title: 'Layout/Accordion',
  component: 'gr-accordion',
  args: { label: 'Advanced options', open: true },
  render: (args) =>
    html`<gr-accordion .label=${args.label} .open=${args.open}>
      <gr-block><p>Inside the accordion</p></gr-block>
      <gr-button value="A button inside"></gr-button>
    </gr-accordion>`,
};
export default meta;

type Story = StoryObj<AccordionArgs>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };

/** Accordions nested in each other. */
export const Nested: Story = {
  render: () => html`<gr-accordion label="Outer">
    <gr-accordion label="Inner" .open=${false}><gr-block><p>Deep content</p></gr-block></gr-accordion>
  </gr-accordion>`,
};
