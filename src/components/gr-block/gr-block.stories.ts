import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface BlockArgs {
  container: boolean;
  padding: boolean;
  borderStyle: 'solid' | 'dashed' | 'none';
  height: string;
}

const meta: Meta<BlockArgs> = {
  title: 'Components/Block',
  component: 'gr-block',
  args: { container: true, padding: true, borderStyle: 'solid', height: '' },
  argTypes: { borderStyle: { control: 'inline-radio', options: ['solid', 'dashed', 'none'] } },
  render: (args) =>
    html`<gr-block
      .container=${args.container}
      .padding=${args.padding}
      .borderStyle=${args.borderStyle}
      .height=${args.height || null}
    >
      <p style="margin: 0">Any content, in Gradio's block chrome.</p>
    </gr-block>`,
};
export default meta;

type Story = StoryObj<BlockArgs>;

export const Default: Story = {};
/** `border-style="dashed"`: an empty drop area. */
export const Dashed: Story = { args: { borderStyle: 'dashed', height: '120px' } };
/** `container=False`: no border, shadow, background or padding. */
export const NoContainer: Story = { args: { container: false } };
/** Elements composed inside a block, side by side in a row. */
export const AroundElements: Story = {
  render: () =>
    html`<gr-block>
      <gr-row>
        <gr-textbox label="Name" .container=${false}></gr-textbox>
        <gr-button value="Greet" variant="primary"></gr-button>
      </gr-row>
    </gr-block>`,
};
