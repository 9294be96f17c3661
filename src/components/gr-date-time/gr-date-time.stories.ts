import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DateTimeArgs {
  value: string | number | null;
  includeTime: boolean;
  label: string;
  info: string;
  showLabel: boolean;
  interactive: boolean;
}

const meta: Meta<DateTimeArgs> = {
  title: 'Components/DateTime',
  component: 'gr-date-time',
  args: { value: '2024-05-06 07:08:09', includeTime: true, label: 'Date', info: '', showLabel: true, interactive: true },
  render: (args) =>
    html`<gr-date-time
      .value=${args.value}
      .includeTime=${args.includeTime}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
    ></gr-date-time>`,
};
export default meta;

type Story = StoryObj<DateTimeArgs>;

export const Default: Story = {};
export const Empty: Story = { args: { value: null } };
export const DateOnly: Story = { args: { includeTime: false, value: '2024-05-06', label: 'Day' } };
export const FromTimestamp: Story = { args: { value: 1_700_000_000, label: 'Epoch seconds' } };
export const Relative: Story = { args: { value: 'now - 2h', info: 'Relative values are resolved by the server' } };
export const Invalid: Story = { args: { value: '2024-13-45', label: 'Invalid text is marked' } };
export const Static: Story = { args: { interactive: false } };
