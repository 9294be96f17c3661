import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface TextboxArgs {
  value: string;
  label: string;
  info: string;
  placeholder: string;
  lines: number;
  maxLines: number | null;
  type: 'text' | 'password' | 'email';
  showLabel: boolean;
  showCopyButton: boolean;
  interactive: boolean;
  container: boolean;
  rtl: boolean;
  textAlign: 'left' | 'right' | null;
  maxLength: number | null;
}

const meta: Meta<TextboxArgs> = {
  title: 'Components/Textbox',
  component: 'gr-textbox',
  args: {
    value: '',
    label: 'Textbox',
    info: '',
    placeholder: '',
    lines: 1,
    maxLines: null,
    type: 'text',
    showLabel: true,
    showCopyButton: false,
    interactive: true,
    container: true,
    rtl: false,
    textAlign: null,
    maxLength: null,
  },
  argTypes: {
    type: { control: 'inline-radio', options: ['text', 'password', 'email'] },
    textAlign: { control: 'inline-radio', options: [null, 'left', 'right'] },
  },
  render: (args) =>
    html`<gr-textbox
      .value=${args.value}
      .label=${args.label}
      .info=${args.info || null}
      .placeholder=${args.placeholder || null}
      .lines=${args.lines}
      .maxLines=${args.maxLines}
      .type=${args.type}
      .showLabel=${args.showLabel}
      .showCopyButton=${args.showCopyButton}
      .interactive=${args.interactive}
      .container=${args.container}
      .rtl=${args.rtl}
      .textAlign=${args.textAlign}
      .maxLength=${args.maxLength}
    ></gr-textbox>`,
};
export default meta;

type Story = StoryObj<TextboxArgs>;

export const Default: Story = {};
export const WithPlaceholderAndInfo: Story = {
  args: { label: 'Name', placeholder: 'Enter your name', info: 'As on your passport' },
};
export const SingleLineInput: Story = { args: { label: 'Search', maxLines: 1, placeholder: 'Search…' } };
export const MultiLine: Story = {
  args: { label: 'Essay', lines: 4, maxLines: 8, value: 'Enter inserts a newline here;\nShift+Enter submits.' },
};
export const Password: Story = { args: { label: 'Password', type: 'password', value: 'hunter2' } };
export const Email: Story = { args: { label: 'Email', type: 'email', placeholder: 'you@example.com' } };
export const CopyButton: Story = { args: { label: 'Output', value: 'Copy me to the clipboard', showCopyButton: true } };
export const Static: Story = { args: { label: 'Result', value: 'Read-only output', interactive: false } };
export const RightToLeft: Story = { args: { label: 'مرحبا', value: 'نص من اليمين إلى اليسار', rtl: true } };
export const RightAligned: Story = { args: { label: 'Amount', value: '42.00', textAlign: 'right', maxLines: 1 } };
export const MaxLength: Story = { args: { label: 'Tweet', maxLength: 10, placeholder: 'At most 10 characters' } };
export const NoContainer: Story = { args: { label: 'Bare', container: false, showLabel: false, placeholder: 'No block' } };
/** `submit_btn=True, stop_btn="Stop"`: buttons after the field. */
export const SubmitAndStopButtons: Story = {
  render: () =>
    html`<gr-textbox label="Message" placeholder="Ask something" .maxLines=${1} .submitBtn=${true} .stopBtn=${'Stop'}></gr-textbox>`,
};
/** What an event's validator said of the text (`<gradio-app>` sets it): under the label, the field marked invalid. */
export const ValidationError: Story = {
  render: () => html`<gr-textbox label="Place" value="London" .maxLines=${1} .validationError=${'The place must not be London'}></gr-textbox>`,
};
