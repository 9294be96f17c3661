import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Value = string | number;

interface DropdownArgs {
  value: Value | Value[] | null;
  choices: [string, Value][];
  multiselect: boolean;
  filterable: boolean;
  allowCustomValue: boolean;
  maxChoices: number | null;
  label: string;
  info: string;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const models: [string, Value][] = [
  ['GPT-2', 'gpt2'],
  ['Llama 3 8B', 'llama-3-8b'],
  ['Mistral 7B', 'mistral-7b'],
  ['Phi-3 mini', 'phi-3-mini'],
  ['Qwen 2 7B', 'qwen2-7b'],
];

const meta: Meta<DropdownArgs> = {
  title: 'Components/Dropdown',
  component: 'gr-dropdown',
  args: {
    value: 'gpt2',
    choices: models,
    multiselect: false,
    filterable: true,
    allowCustomValue: false,
    maxChoices: null,
    label: 'Dropdown',
    info: '',
    showLabel: true,
    interactive: true,
    container: true,
  },
  render: (args) =>
    html`<div style="min-height: 280px"><gr-dropdown
      .value=${args.value}
      .choices=${args.choices}
      .multiselect=${args.multiselect}
      .filterable=${args.filterable}
      .allowCustomValue=${args.allowCustomValue}
      .maxChoices=${args.maxChoices}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-dropdown></div>`,
};
export default meta;

type Story = StoryObj<DropdownArgs>;

export const Default: Story = {};
export const WithInfo: Story = { args: { label: 'Model', info: 'Type to filter' } };
export const Empty: Story = { args: { value: null, label: 'Model' } };
export const Multiselect: Story = { args: { label: 'Models', multiselect: true, value: ['gpt2', 'phi-3-mini'] } };
export const MaxChoices: Story = { args: { label: 'Two at most', multiselect: true, value: ['gpt2'], maxChoices: 2 } };
export const CustomValue: Story = { args: { label: 'Model or path', allowCustomValue: true, value: 'my-org/my-model' } };
export const NotFilterable: Story = { args: { label: 'Pick from the list', filterable: false } };
export const Static: Story = { args: { label: 'Model', interactive: false } };
export const StaticMultiselect: Story = {
  args: { label: 'Models', multiselect: true, value: ['gpt2', 'qwen2-7b'], interactive: false },
};
export const NoContainer: Story = { args: { container: false, showLabel: false } };
