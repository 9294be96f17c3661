import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** State has no UI; the story shows the value it holds. */
const meta: Meta<{ value: unknown }> = {
  title: 'Components/State',
  component: 'gr-state',
  args: { value: { history: ['hi', 'hello'] } },
  render: (args) =>
    html`<gr-state .value=${args.value}></gr-state><pre>value: ${JSON.stringify(args.value)}</pre>`,
};
export default meta;

export const HoldsJson: StoryObj<{ value: unknown }> = {};
