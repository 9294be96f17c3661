import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Model3DArgs {
  value: unknown;
  label: string;
  displayMode: 'solid' | 'wireframe' | 'point_cloud';
  clearColor: number[] | null;
  cameraPosition: Array<number | null> | null;
  zoomSpeed: number;
  panSpeed: number;
  height: number | null;
  interactive: boolean;
}

// A small pyramid (square base, four sides) written as OBJ text in the page: no file to fetch.
const pyramid = [
  'v -1 0 -1',
  'v 1 0 -1',
  'v 1 0 1',
  'v -1 0 1',
  'v 0 1.5 0',
  'f 1 2 3',
  'f 1 3 4',
  'f 1 5 2',
  'f 2 5 3',
  'f 3 5 4',
  'f 4 5 1',
].join('\n');

const file = (name: string, text: string) => ({
  path: name,
  url: URL.createObjectURL(new Blob([text], { type: 'text/plain' })),
  orig_name: name,
  size: text.length,
  meta: { _type: 'gradio.FileData' },
});

const meta: Meta<Model3DArgs> = {
  title: 'Components/Model3D',
  component: 'gr-model3d',
  args: {
    value: file('pyramid.obj', pyramid),
    label: '3D Model',
    displayMode: 'solid',
    clearColor: null,
    cameraPosition: [30, 65, null],
    zoomSpeed: 1,
    panSpeed: 1,
    height: 320,
    interactive: false,
  },
  argTypes: { displayMode: { control: 'inline-radio', options: ['solid', 'wireframe', 'point_cloud'] } },
  render: (args) =>
    html`<gr-model3d
      .value=${args.value}
      .label=${args.label}
      .displayMode=${args.displayMode}
      .clearColor=${args.clearColor}
      .cameraPosition=${args.cameraPosition}
      .zoomSpeed=${args.zoomSpeed}
      .panSpeed=${args.panSpeed}
      .height=${args.height}
      .interactive=${args.interactive}
    ></gr-model3d>`,
};
export default meta;

type Story = StoryObj<Model3DArgs>;

export const Solid: Story = {};
export const Wireframe: Story = { args: { displayMode: 'wireframe' } };
export const PointCloud: Story = { args: { displayMode: 'point_cloud' } };
export const ClearColor: Story = { args: { clearColor: [0.95, 0.9, 0.8, 1] } };
export const Upload: Story = { args: { value: null, interactive: true, label: 'Your model' } };
export const UploadedModel: Story = { args: { interactive: true } };
export const Unsupported: Story = { args: { value: file('scene.splat', 'not drawn'), label: 'Splat' } };
export const Broken: Story = { args: { value: file('broken.glb', 'not a glb'), label: 'Broken file' } };
