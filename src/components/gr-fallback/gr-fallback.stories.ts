import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface FallbackArgs {
  type: string;
  label: string;
  root: string;
}

const meta: Meta<FallbackArgs> = {
  title: 'Components/Fallback',
  component: 'gr-fallback',
  args: { type: 'gallery', label: 'Pictures', root: 'https://gradio-hello-world.hf.space' },
  render: (args) => html`<gr-fallback .type=${args.type} .label=${args.label || null} .root=${args.root || null}></gr-fallback>`,
};
export default meta;

type Story = StoryObj<FallbackArgs>;

export const GradioType: Story = {};
export const CustomComponent: Story = { args: { type: 'pdf', label: 'Document' } };
export const UnlabelledCustomComponent: Story = { args: { type: 'molecule3d', label: '' } };
