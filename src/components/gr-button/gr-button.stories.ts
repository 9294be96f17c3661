import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ButtonArgs {
  value: string;
  variant: 'primary' | 'secondary' | 'stop' | 'huggingface';
  size: 'sm' | 'md' | 'lg';
  interactive: boolean;
  link: string;
}

const meta: Meta<ButtonArgs> = {
  title: 'Components/Button',
  component: 'gr-button',
  args: { value: 'Run', variant: 'secondary', size: 'lg', interactive: true, link: '' },
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'stop', 'huggingface'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
  render: (args) =>
    html`<gr-button
      .value=${args.value}
      .variant=${args.variant}
      .size=${args.size}
      .interactive=${args.interactive}
      .link=${args.link || null}
    ></gr-button>`,
};
export default meta;

type Story = StoryObj<ButtonArgs>;

export const Secondary: Story = {};
export const Primary: Story = { args: { variant: 'primary', value: 'Submit' } };
export const Stop: Story = { args: { variant: 'stop', value: 'Stop' } };
export const Disabled: Story = { args: { interactive: false, value: 'Not now' } };
export const Link: Story = { args: { link: 'https://www.gradio.app', value: 'Gradio docs' } };

/** Every variant at every size, side by side. */
export const AllVariants: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(3, max-content); gap: 12px">
    ${(['primary', 'secondary', 'stop'] as const).flatMap((variant) =>
      (['lg', 'md', 'sm'] as const).map(
        (size) => html`<gr-button .value=${`${variant} ${size}`} .variant=${variant} .size=${size}></gr-button>`,
      ),
    )}
  </div>`,
};
