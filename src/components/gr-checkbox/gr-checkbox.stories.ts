import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface CheckboxArgs {
  value: boolean;
  label: string;
  info: string;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const meta: Meta<CheckboxArgs> = {
  title: 'Components/Checkbox',
  component: 'gr-checkbox',
  args: { value: false, label: 'Checkbox', info: '', showLabel: true, interactive: true, container: true },
  render: (args) =>
    html`<gr-checkbox
      .value=${args.value}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-checkbox>`,
};
export default meta;

type Story = StoryObj<CheckboxArgs>;

export const Default: Story = {};
export const Checked: Story = { args: { value: true, label: 'Enable safety filter' } };
export const WithInfo: Story = { args: { label: 'Stream output', info: 'Show tokens as they arrive' } };
export const Static: Story = { args: { value: true, label: 'Verified', interactive: false } };
export const HiddenLabel: Story = { args: { label: 'Hidden label', showLabel: false } };
export const NoContainer: Story = { args: { label: 'Bare', container: false } };
