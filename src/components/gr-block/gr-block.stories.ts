import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface BlockArgs {
  container: boolean;
  padding: boolean;
  borderStyle: 'solid' | 'dashed' | 'none';
  height: number | null;
  visible: boolean;
}

const meta: Meta<BlockArgs> = {
  title: 'Layout/Block',
  component: 'gr-block',
  args: { container: true, padding: true, borderStyle: 'solid', height: null, visible: true },
  argTypes: {
    borderStyle: { control: 'inline-radio', options: ['solid', 'dashed', 'none'] },
    height: { control: 'number' },
  },
  render: (args) =>
    html`<gr-block
      .container=${args.container}
      .padding=${args.padding}
      .borderStyle=${args.borderStyle}
      .height=${args.height}
      .visible=${args.visible}
    >
      <p>Any content: the block draws the theme's panel around it.</p>
    </gr-block>`,
};
export default meta;

type Story = StoryObj<BlockArgs>;

export const Default: Story = {};
/** `container=False`: no border, shadow, background or padding. */
export const NoContainer: Story = { args: { container: false } };
export const NoPadding: Story = { args: { padding: false } };
/** A dashed border marks an empty drop area. */
export const Dashed: Story = { args: { borderStyle: 'dashed' } };
export const FixedHeight: Story = { args: { height: 160 } };

/** Blocks side by side in a row, sized by `scale` and `minWidth`. */
export const InARow: Story = {
  render: () => html`<gr-row>
    <gr-block .scale=${1}><p>Scale 1</p></gr-block>
    <gr-block .scale=${2}><p>Scale 2</p></gr-block>
    <gr-block .minWidth=${240}><p>At least 240px wide</p></gr-block>
  </gr-row>`,
};
