import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ImageSliderArgs {
  value: unknown;
  label: string;
  sliderPosition: number;
  interactive: boolean;
  maxHeight: number | null;
}

const svg = (fill: string, text: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240"><rect width="400" height="240" fill="${fill}"/><text x="200" y="130" font-size="40" text-anchor="middle" fill="white">${text}</text></svg>`,
  )}`;
const pair = [
  { path: 'before.svg', url: svg('#1e3a8a', 'Before'), orig_name: 'before.svg' },
  { path: 'after.svg', url: svg('#9a3412', 'After'), orig_name: 'after.svg' },
];

const meta: Meta<ImageSliderArgs> = {
  title: 'Components/ImageSlider',
  component: 'gr-image-slider',
  args: { value: pair, label: 'Before / after', sliderPosition: 50, interactive: false, maxHeight: 500 },
  argTypes: { sliderPosition: { control: { type: 'range', min: 0, max: 100 } } },
  render: (args) =>
    html`<gr-image-slider
      .value=${args.value}
      .label=${args.label}
      .sliderPosition=${args.sliderPosition}
      .interactive=${args.interactive}
      .maxHeight=${args.maxHeight}
    ></gr-image-slider>`,
};
export default meta;

type Story = StoryObj<ImageSliderArgs>;

export const Compare: Story = {};
export const MostlyLeft: Story = { args: { sliderPosition: 80 } };
export const Upload: Story = { args: { value: null, interactive: true, label: 'Upload two images' } };
export const HalfUploaded: Story = { args: { value: [pair[0], null], interactive: true } };
