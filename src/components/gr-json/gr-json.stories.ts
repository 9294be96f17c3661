import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface JsonArgs {
  value: unknown;
  open: boolean;
  showIndices: boolean;
  showLabel: boolean;
  label: string;
  container: boolean;
  maxHeight: number | null;
}

const sample = {
  model: 'resnet-50',
  accuracy: 0.93,
  trained: true,
  checkpoint: null,
  layers: [64, 128, 256, 512],
  config: { optimizer: { name: 'adam', schedule: { warmup: 500, decay: 'cosine' } }, batch_size: 32 },
};

const meta: Meta<JsonArgs> = {
  title: 'Components/JSON',
  component: 'gr-json',
  args: { value: sample, open: false, showIndices: false, showLabel: true, label: 'JSON', container: true, maxHeight: 500 },
  render: (args) =>
    html`<gr-json
      .value=${args.value}
      .open=${args.open}
      .showIndices=${args.showIndices}
      .showLabel=${args.showLabel}
      .label=${args.label}
      .container=${args.container}
      .maxHeight=${args.maxHeight}
    ></gr-json>`,
};
export default meta;

type Story = StoryObj<JsonArgs>;

export const Default: Story = {};
export const Open: Story = { args: { open: true } };
export const ShowIndices: Story = { args: { showIndices: true, open: true } };
export const Empty: Story = { args: { value: null } };
export const Scalar: Story = { args: { value: 'a plain string' } };
export const ArrayRoot: Story = { args: { value: [{ id: 1 }, { id: 2 }, { id: 3 }] } };
export const NoContainer: Story = { args: { container: false, showLabel: false } };
export const Scrolling: Story = {
  args: { maxHeight: 150, value: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])) },
};
