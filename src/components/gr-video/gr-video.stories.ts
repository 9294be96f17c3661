import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { VideoValue } from './gr-video';

interface VideoArgs {
  value: VideoValue | null;
  subtitles: string | null;
  interactive: boolean;
  sources: string[];
  loop: boolean;
  height: number | null;
  label: string;
}

const subtitles = `data:text/plain,${encodeURIComponent('1\n00:00:00,000 --> 00:00:10,000\nSubtitles from an SRT file\n')}`;

const meta: Meta<VideoArgs> = {
  title: 'Components/Video',
  component: 'gr-video',
  args: { value: null, subtitles: null, interactive: false, sources: ['upload', 'webcam'], loop: false, height: null, label: 'Video' },
  render: (args) =>
    html`<gr-video
      .value=${args.value}
      .subtitles=${args.subtitles}
      .interactive=${args.interactive}
      .sources=${args.sources}
      .loop=${args.loop}
      .height=${args.height}
      .label=${args.label}
    ></gr-video>`,
};
export default meta;

type Story = StoryObj<VideoArgs>;

export const Empty: Story = {};
export const Upload: Story = { args: { interactive: true } };
export const Webcam: Story = { args: { interactive: true, sources: ['webcam'] } };
export const Broken: Story = {
  args: { value: { path: 'broken.webm', url: 'data:video/webm;base64,bm90IGEgdmlkZW8=', orig_name: 'broken.webm' }, subtitles, height: 240 },
};
