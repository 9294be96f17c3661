import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface NumberArgs {
  value: number | null;
  label: string;
  info: string;
  placeholder: string;
  minimum: number | null;
  maximum: number | null;
  step: number;
  precision: number | null;
  showLabel: boolean;
  interactive: boolean;
  container: boolean;
}

const meta: Meta<NumberArgs> = {
  title: 'Components/Number',
  component: 'gr-number',
  args: {
    value: null,
    label: 'Number',
    info: '',
    placeholder: '',
    minimum: null,
    maximum: null,
    step: 1,
    precision: null,
    showLabel: true,
    interactive: true,
    container: true,
  },
  render: (args) =>
    html`<gr-number
      .value=${args.value}
      .label=${args.label}
      .info=${args.info || null}
      .placeholder=${args.placeholder || null}
      .minimum=${args.minimum}
      .maximum=${args.maximum}
      .step=${args.step}
      .precision=${args.precision}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .container=${args.container}
    ></gr-number>`,
};
export default meta;

type Story = StoryObj<NumberArgs>;

export const Default: Story = {};
export const WithValue: Story = { args: { label: 'Age', value: 42, info: 'In years' } };
export const Placeholder: Story = { args: { label: 'Seed', placeholder: 'Random when empty' } };
export const Bounded: Story = { args: { label: 'Percent', value: 50, minimum: 0, maximum: 100, step: 5 } };
export const Precision: Story = { args: { label: 'Price', value: 9.99, precision: 2, step: 0.01 } };
export const Static: Story = { args: { label: 'Result', value: 3.14, interactive: false } };
export const NoContainer: Story = { args: { label: 'Bare', value: 1, container: false, showLabel: false } };
/** What an event's validator said of the value (`<gradio-app>` sets it): under the label, the field marked invalid. */
export const ValidationError: Story = {
  render: () => html`<gr-number label="Age" .value=${1} .validationError=${'Age must be at least 3'}></gr-number>`,
};
