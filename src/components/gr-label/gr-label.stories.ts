import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface LabelArgs {
  value: unknown;
  numTopClasses: number | null;
  showHeading: boolean;
  color: string;
  showLabel: boolean;
}

const classes = {
  label: 'tabby cat',
  confidences: [
    { label: 'tabby cat', confidence: 0.62 },
    { label: 'tiger cat', confidence: 0.21 },
    { label: 'Egyptian cat', confidence: 0.1 },
    { label: 'lynx', confidence: 0.05 },
    { label: 'Persian cat', confidence: 0.02 },
  ],
};

const meta: Meta<LabelArgs> = {
  title: 'Components/Label',
  component: 'gr-label',
  args: { value: classes, numTopClasses: null, showHeading: true, color: '', showLabel: true },
  render: (args) =>
    html`<gr-label
      .value=${args.value}
      .numTopClasses=${args.numTopClasses}
      .showHeading=${args.showHeading}
      .color=${args.color || null}
      .showLabel=${args.showLabel}
    ></gr-label>`,
};
export default meta;

type Story = StoryObj<LabelArgs>;

export const Confidences: Story = {};
export const TopThree: Story = { args: { numTopClasses: 3 } };
export const NoHeading: Story = { args: { showHeading: false } };
export const PlainLabel: Story = { args: { value: { label: 'positive' } } };
export const Coloured: Story = { args: { value: { label: 'approved' }, color: '#bbf7d0' } };
export const Empty: Story = { args: { value: null } };
