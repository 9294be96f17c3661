import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { encodeWav } from '../../utils/audio-wav';
import type { FileData } from '../../utils/file-data';

interface AudioArgs {
  value: FileData | null;
  interactive: boolean;
  sources: string[];
  editable: boolean;
  loop: boolean;
  label: string;
}

/** A two-tone WAV (8 kHz mono), written by the element's own encoder, as a blob URL. */
function toneWav(seconds = 1.5): string {
  const rate = 8000;
  const samples = Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => {
    const t = i / rate;
    return 0.4 * Math.sin((Math.PI * t) / seconds) * Math.sin(2 * Math.PI * (t < seconds / 2 ? 440 : 660) * t);
  });
  const buffer = { sampleRate: rate, numberOfChannels: 1, length: samples.length, duration: seconds, getChannelData: () => samples };
  return URL.createObjectURL(encodeWav(buffer as unknown as AudioBuffer));
}

const tone: FileData = { path: 'tone.wav', url: toneWav(), orig_name: 'tone.wav', mime_type: 'audio/wav' };

const meta: Meta<AudioArgs> = {
  title: 'Components/Audio',
  component: 'gr-audio',
  args: { value: tone, interactive: false, sources: ['upload', 'microphone'], editable: true, loop: false, label: 'Audio' },
  render: (args) =>
    html`<gr-audio
      .value=${args.value}
      .interactive=${args.interactive}
      .sources=${args.sources}
      .editable=${args.editable}
      .loop=${args.loop}
      .label=${args.label}
    ></gr-audio>`,
};
export default meta;

type Story = StoryObj<AudioArgs>;

export const Player: Story = {};
export const Editable: Story = { args: { interactive: true } };
export const Upload: Story = { args: { value: null, interactive: true } };
export const Microphone: Story = { args: { value: null, interactive: true, sources: ['microphone'] } };
export const Empty: Story = { args: { value: null } };
export const Broken: Story = { args: { value: { path: 'broken.wav', url: 'data:audio/wav;base64,bm90IGF1ZGlv', orig_name: 'broken.wav' } } };
/** `streaming`: Start streaming emits the microphone's samples as a WAV chunk (`gr-stream`) every `streamEvery` seconds. */
export const StreamingMicrophone: Story = {
  args: { value: null, interactive: true, sources: ['microphone'], label: 'Microphone stream' },
  render: (args) =>
    html`<gr-audio .value=${args.value} .interactive=${true} .sources=${args.sources} .label=${args.label} .streaming=${true} .streamEvery=${0.5} .timeLimit=${10}></gr-audio>`,
};
