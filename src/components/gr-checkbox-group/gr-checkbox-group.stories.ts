import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Value = string | number;

interface CheckboxGroupArgs {
  value: Value[];
  choices: [string, Value][];
  label: string;
  info: string;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const fruits: [string, Value][] = [
  ['Apple', 'apple'],
  ['Banana', 'banana'],
  ['Cherry', 'cherry'],
  ['Durian', 'durian'],
];

const meta: Meta<CheckboxGroupArgs> = {
  title: 'Components/CheckboxGroup',
  component: 'gr-checkbox-group',
  args: {
    value: [],
    choices: fruits,
    label: 'Checkbox Group',
    info: '',
    showLabel: true,
    interactive: true,
    container: true,
  },
  render: (args) =>
    html`<gr-checkbox-group
      .value=${args.value}
      .choices=${args.choices}
      .label=${args.label}
      .info=${args.info || null}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-checkbox-group>`,
};
export default meta;

type Story = StoryObj<CheckboxGroupArgs>;

export const Default: Story = {};
export const Selected: Story = { args: { label: 'Fruits', value: ['banana', 'durian'], info: 'Pick any number' } };
export const Static: Story = { args: { label: 'Chosen', value: ['apple'], interactive: false } };
export const HiddenLabel: Story = { args: { showLabel: false, value: ['cherry'] } };
export const NoContainer: Story = { args: { container: false } };
