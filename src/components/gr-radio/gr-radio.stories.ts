import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Value = string | number;

interface RadioArgs {
  value: Value | null;
  choices: [string, Value][];
  label: string;
  info: string;
  rtl: boolean;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const sizes: [string, Value][] = [
  ['Small', 's'],
  ['Medium', 'm'],
  ['Large', 'l'],
];

const meta: Meta<RadioArgs> = {
  title: 'Components/Radio',
  component: 'gr-radio',
  args: {
    value: null,
    choices: sizes,
    label: 'Radio',
    info: '',
    rtl: false,
    showLabel: true,
    interactive: true,
    container: true,
  },
  render: (args) =>
    html`<gr-radio
      .value=${args.value}
      .choices=${args.choices}
      .label=${args.label}
      .info=${args.info || null}
      .rtl=${args.rtl}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-radio>`,
};
export default meta;

type Story = StoryObj<RadioArgs>;

export const Default: Story = {};
export const Selected: Story = { args: { label: 'Size', value: 'm', info: 'Choose one' } };
export const Static: Story = { args: { label: 'Size', value: 'l', interactive: false } };
export const RightToLeft: Story = {
  args: {
    label: 'الحجم',
    rtl: true,
    choices: [
      ['صغير', 's'],
      ['كبير', 'l'],
    ],
    value: 's',
  },
};
export const HiddenLabel: Story = { args: { showLabel: false, value: 's' } };
export const NoContainer: Story = { args: { container: false } };
