import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ImageEditorArgs {
  value: unknown;
  label: string;
  showLabel: boolean;
  interactive: boolean;
  sources: string[];
  brush: unknown;
  eraser: unknown;
  layers: unknown;
  transforms: string[];
  canvasSize: [number, number];
  fixedCanvas: boolean;
  height: number | null;
  placeholder: string | null;
  showApply: boolean;
}

const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300"><rect width="480" height="300" fill="#bae6fd"/><circle cx="360" cy="80" r="40" fill="#fde047"/><path d="M0 300 L160 140 L300 300 Z" fill="#166534"/><path d="M180 300 L330 170 L480 300 Z" fill="#15803d"/></svg>',
)}`;
const landscape = { background: { path: 'landscape.svg', url: picture, orig_name: 'landscape.svg' }, layers: [], composite: null, id: null };

const meta: Meta<ImageEditorArgs> = {
  title: 'Components/ImageEditor',
  component: 'gr-image-editor',
  args: {
    value: null,
    label: 'Image',
    showLabel: true,
    interactive: true,
    sources: ['upload', 'webcam', 'clipboard'],
    brush: null,
    eraser: null,
    layers: true,
    transforms: ['crop', 'resize'],
    canvasSize: [480, 300],
    fixedCanvas: false,
    height: null,
    placeholder: null,
    showApply: false,
  },
  render: (args) =>
    html`<gr-image-editor
      .value=${args.value}
      .label=${args.label}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .sources=${args.sources}
      .brush=${args.brush}
      .eraser=${args.eraser}
      .layers=${args.layers}
      .transforms=${args.transforms}
      .canvasSize=${args.canvasSize}
      .fixedCanvas=${args.fixedCanvas}
      .height=${args.height}
      .placeholder=${args.placeholder}
      .showApply=${args.showApply}
    ></gr-image-editor>`,
};
export default meta;

type Story = StoryObj<ImageEditorArgs>;

/** `gr.ImageEditor()`: a blank 480 x 300 canvas, every tool. */
export const Default: Story = {};
/** A background from the value: draw over it on layers. */
export const WithBackground: Story = { args: { label: 'Photo', value: landscape } };
/** `gr.Sketchpad()`: no sources, a fixed black brush. */
export const Sketchpad: Story = {
  args: { label: 'Sketchpad', sources: [], brush: { colors: ['#000000'], default_color: 'auto', color_mode: 'fixed', default_size: 'auto' } },
};
/** `gr.ImageMask()`: one layer, black brush, over an uploaded picture. */
export const ImageMask: Story = {
  args: { label: 'Mask', value: landscape, layers: false, brush: { colors: ['#000000'], color_mode: 'fixed', default_size: 12 } },
};
/** Gradio 6's brush with opacity and named layers. */
export const Gradio6Options: Story = {
  args: {
    label: 'Paint',
    brush: { colors: [['#dc2626', 0.5], '#2563eb', '#16a34a'], default_color: '#2563eb', color_mode: 'defaults', default_size: 8 },
    layers: { allow_additional_layers: false, layers: ['Sky', 'Ground'], disabled: false },
  },
};
/** `fixed_canvas=True`: the picture is fitted into the 300 x 300 canvas. */
export const FixedCanvas: Story = { args: { label: 'Fixed', value: landscape, canvasSize: [300, 300], fixedCanvas: true } };
/** An `apply` listener shows the Save changes button. */
export const WithApply: Story = { args: { label: 'Apply', showApply: true } };
export const Static: Story = { args: { label: 'Result', interactive: false, value: { ...landscape, composite: landscape.background } } };
export const BrokenBackground: Story = {
  args: {
    label: 'Broken',
    value: { background: { path: 'broken.png', url: URL.createObjectURL(new Blob(['not an image'], { type: 'image/png' })) }, layers: [], composite: null },
  },
};
