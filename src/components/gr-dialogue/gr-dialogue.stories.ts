import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface DialogueArgs {
  value: Array<{ speaker: string; text: string }> | string;
  speakers: string[] | null;
  uiMode: 'both' | 'dialogue' | 'text';
  interactive: boolean;
  label: string;
}

const meta: Meta<DialogueArgs> = {
  title: 'Components/Dialogue',
  component: 'gr-dialogue',
  args: {
    value: [
      { speaker: 'Host', text: 'Welcome to the show.' },
      { speaker: 'Guest', text: 'Thanks for having me!' },
    ],
    speakers: ['Host', 'Guest'],
    uiMode: 'both',
    interactive: true,
    label: 'Dialogue',
  },
  argTypes: { uiMode: { control: 'inline-radio', options: ['both', 'dialogue', 'text'] } },
  render: (args) =>
    html`<gr-dialogue
      .value=${args.value}
      .speakers=${args.speakers}
      .uiMode=${args.uiMode}
      .interactive=${args.interactive}
      .label=${args.label}
      .colorMap=${{ Host: '#f97316', Guest: '#2563eb' }}
    ></gr-dialogue>`,
};
export default meta;

type Story = StoryObj<DialogueArgs>;

export const Editable: Story = {};
export const ReadOnly: Story = { args: { interactive: false } };
export const TextOnly: Story = { args: { uiMode: 'text' } };
export const NoSpeakers: Story = { args: { speakers: null, value: 'A plain transcript.' } };
