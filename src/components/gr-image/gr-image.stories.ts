import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ImageArgs {
  value: unknown;
  label: string;
  showLabel: boolean;
  interactive: boolean;
  selectable: boolean;
  sources: string[];
  height: number | null;
  showDownloadButton: boolean;
  showFullscreenButton: boolean;
  maxFileSize: number | null;
  placeholder: string | null;
}

const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#fde68a"/><circle cx="100" cy="100" r="60" fill="#f97316"/><rect x="180" y="50" width="100" height="100" fill="#2563eb"/></svg>',
)}`;
const sample = { path: 'shapes.svg', url: picture, orig_name: 'shapes.svg', mime_type: 'image/svg+xml', meta: { _type: 'gradio.FileData' } };

const meta: Meta<ImageArgs> = {
  title: 'Components/Image',
  component: 'gr-image',
  args: {
    value: null,
    label: 'Image',
    showLabel: true,
    interactive: true,
    selectable: false,
    sources: ['upload', 'webcam', 'clipboard'],
    height: null,
    showDownloadButton: true,
    showFullscreenButton: true,
    maxFileSize: null,
    placeholder: null,
  },
  render: (args) =>
    html`<gr-image
      .value=${args.value}
      .label=${args.label}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .selectable=${args.selectable}
      .sources=${args.sources}
      .height=${args.height}
      .showDownloadButton=${args.showDownloadButton}
      .showFullscreenButton=${args.showFullscreenButton}
      .maxFileSize=${args.maxFileSize}
      .placeholder=${args.placeholder}
    ></gr-image>`,
};
export default meta;

type Story = StoryObj<ImageArgs>;

export const Upload: Story = {};
export const WithImage: Story = { args: { value: sample, label: 'Input' } };
export const Output: Story = { args: { value: sample, label: 'Output', interactive: false } };
export const EmptyOutput: Story = { args: { label: 'Output', interactive: false } };
export const Selectable: Story = { args: { value: sample, label: 'Click a pixel', interactive: false, selectable: true } };
export const WebcamOnly: Story = { args: { label: 'Selfie', sources: ['webcam'] } };
export const UploadOnlySmallFiles: Story = {
  args: { label: 'At most 100 KB', sources: ['upload'], maxFileSize: 100 * 1024, placeholder: 'Drop a small image here' },
};
/** A file that is not a picture: the element says so instead of showing a broken image. */
export const BrokenImage: Story = {
  args: { value: { path: 'broken.png', url: URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' })) }, label: 'Broken', interactive: false },
};
export const FixedHeight: Story = { args: { value: sample, height: 400, label: 'Height 400' } };
/** `streaming`: once the camera is on, Start streaming emits a frame (`gr-stream`) every `streamEvery` seconds. */
export const StreamingWebcam: Story = {
  args: { sources: ['webcam'], label: 'Webcam stream' },
  render: (args) => html`<gr-image .label=${args.label} .sources=${args.sources} .streaming=${true} .streamEvery=${0.5} .timeLimit=${10}></gr-image>`,
};
