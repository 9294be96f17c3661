import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SliderArgs {
  value: number | null;
  minimum: number;
  maximum: number;
  step: number;
  label: string;
  info: string;
  showLabel: boolean;
  showResetButton: boolean;
  interactive: boolean;
  container: boolean;
}

const meta: Meta<SliderArgs> = {
  title: 'Components/Slider',
  component: 'gr-slider',
  args: {
    value: 0,
    minimum: 0,
    maximum: 100,
    step: 1,
    label: 'Slider',
    info: '',
    showLabel: true,
    showResetButton: true,
    interactive: true,
    container: true,
  },
  render: (args) =>
    html`<gr-slider
      .value=${args.value}
      .minimum=${args.minimum}
      .maximum=${args.maximum}
      .step=${args.step}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .showResetButton=${args.showResetButton}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-slider>`,
};
export default meta;

type Story = StoryObj<SliderArgs>;

export const Default: Story = {};
export const Fractional: Story = {
  args: { label: 'Temperature', value: 0.7, minimum: 0, maximum: 2, step: 0.1, info: 'Higher is more random' },
};
export const NoResetButton: Story = { args: { label: 'Steps', value: 30, showResetButton: false } };
export const Static: Story = { args: { label: 'Progress', value: 64, interactive: false } };
export const HiddenLabel: Story = { args: { label: 'Volume', value: 50, showLabel: false } };
export const NoContainer: Story = { args: { label: 'Bare', value: 10, container: false } };
