import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ColorPickerArgs {
  value: string | null;
  label: string;
  info: string;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const meta: Meta<ColorPickerArgs> = {
  title: 'Components/ColorPicker',
  component: 'gr-color-picker',
  args: { value: '#f97316', label: 'Color Picker', info: '', showLabel: true, interactive: true, container: true },
  render: (args) =>
    html`<gr-color-picker
      .value=${args.value}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-color-picker>`,
};
export default meta;

type Story = StoryObj<ColorPickerArgs>;

export const Default: Story = {};
export const Empty: Story = { args: { value: null } };
export const WithInfo: Story = { args: { label: 'Brand colour', info: 'Used for buttons' } };
export const Static: Story = { args: { value: '#3b82f6', interactive: false } };
export const NoContainer: Story = { args: { container: false, showLabel: false } };
