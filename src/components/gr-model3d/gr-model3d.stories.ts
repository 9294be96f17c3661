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

const file = (name: string, body: string | ArrayBuffer) => ({
  path: name,
  url: URL.createObjectURL(new Blob([body])),
  orig_name: name,
  size: typeof body === 'string' ? body.length : body.byteLength,
  meta: { _type: 'gradio.FileData' },
});

/**
 * A `.splat` file made in the page: a sphere of 2,000 Gaussian splats coloured by height, 32 bytes each
 * (position and scale as float32 x3, RGBA and a rotation quaternion as uint8 x4), in the y-down frame splats
 * are trained in.
 */
function splatSphere(count = 2000): ArrayBuffer {
  const view = new DataView(new ArrayBuffer(count * 32));
  for (let i = 0; i < count; i++) {
    // Points spread evenly over the sphere (a golden-angle spiral).
    const y = 1 - (2 * (i + 0.5)) / count;
    const ring = Math.sqrt(1 - y * y);
    const angle = i * 2.399963;
    const at = i * 32;
    for (const [n, v] of [ring * Math.cos(angle), y, ring * Math.sin(angle), 0.05, 0.05, 0.05].entries()) view.setFloat32(at + 4 * n, v, true);
    const warm = (1 - y) / 2;
    for (const [n, v] of [Math.round(40 + 200 * warm), 90, Math.round(240 - 200 * warm), 255, 255, 128, 128, 128].entries()) view.setUint8(at + 24 + n, v);
  }
  return view.buffer;
}

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
export const GaussianSplats: Story = { args: { value: file('sphere.splat', splatSphere()), label: 'Splats', cameraPosition: [-90, 75, 3.2] } };
export const BrokenSplats: Story = { args: { value: file('broken.splat', 'not 32-byte splats'), label: 'Broken splats' } };
export const Unsupported: Story = { args: { value: file('scene.usdz', 'not drawn'), label: 'USDZ' } };
export const Broken: Story = { args: { value: file('broken.glb', 'not a glb'), label: 'Broken file' } };
