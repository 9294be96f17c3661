import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface MultimodalArgs {
  value: unknown;
  label: string;
  showLabel: boolean;
  placeholder: string;
  lines: number;
  maxLines: number;
  submitBtn: boolean | string;
  stopBtn: boolean | string;
  fileCount: 'single' | 'multiple';
  fileTypes: string[] | null;
  interactive: boolean;
  rtl: boolean;
  sources: string[];
}

// Inline images keep the stories free of network requests.
const swatch = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="${fill}"/></svg>`)}`;
const photo = { path: 'photo.svg', url: swatch('#f97316'), orig_name: 'photo.svg', mime_type: 'image/svg+xml' };
const notes = { path: 'notes.txt', url: swatch('#64748b'), orig_name: 'notes.txt', mime_type: 'text/plain' };

const meta: Meta<MultimodalArgs> = {
  title: 'Components/MultimodalTextbox',
  component: 'gr-multimodal-textbox',
  args: {
    value: { text: '', files: [] },
    label: 'Message',
    showLabel: true,
    placeholder: 'Type a message or drop files…',
    lines: 1,
    maxLines: 20,
    submitBtn: true,
    stopBtn: false,
    fileCount: 'multiple',
    fileTypes: null,
    interactive: true,
    rtl: false,
    sources: ['upload'],
  },
  argTypes: { fileCount: { control: 'inline-radio', options: ['single', 'multiple'] } },
  render: (args) =>
    html`<gr-multimodal-textbox
      .value=${args.value}
      .label=${args.label}
      .showLabel=${args.showLabel}
      .placeholder=${args.placeholder || null}
      .lines=${args.lines}
      .maxLines=${args.maxLines}
      .submitBtn=${args.submitBtn}
      .stopBtn=${args.stopBtn}
      .fileCount=${args.fileCount}
      .fileTypes=${args.fileTypes}
      .interactive=${args.interactive}
      .rtl=${args.rtl}
      .sources=${args.sources}
    ></gr-multimodal-textbox>`,
};
export default meta;

type Story = StoryObj<MultimodalArgs>;

export const Empty: Story = {};
export const WithFiles: Story = { args: { value: { text: 'What is in these?', files: [photo, notes] } } };
export const Streaming: Story = { args: { submitBtn: false, stopBtn: true, value: { text: '', files: [] } } };
export const ButtonTexts: Story = { args: { submitBtn: 'Send', stopBtn: 'Stop' } };
export const ImagesOnly: Story = { args: { fileTypes: ['image'], fileCount: 'single', placeholder: 'Drop one image' } };
export const MultiLine: Story = { args: { lines: 3, maxLines: 6, value: 'Enter adds a line here;\nShift+Enter sends.' } };
export const Static: Story = { args: { interactive: false, value: { text: 'Sent earlier', files: [photo] } } };
export const RightToLeft: Story = { args: { rtl: true, label: 'رسالة', value: { text: 'مرحبا', files: [] } } };
/** The microphone source: records a voice note that is attached as a WAV file. */
export const Microphone: Story = { args: { sources: ['upload', 'microphone'], placeholder: 'Type or record a message' } };
