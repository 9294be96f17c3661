import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface AnnotatedImageArgs {
  value: unknown;
  label: string;
  showLegend: boolean;
  colorMap: Record<string, string> | null;
}

const svg = (body: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">${body}</svg>`)}`;
const value = {
  image: { path: 'base.svg', url: svg('<rect width="300" height="200" fill="#e5e7eb"/><circle cx="90" cy="100" r="50" fill="#6b7280"/>') },
  annotations: [
    { image: { path: 'm1.svg', url: svg('<rect x="35" y="45" width="110" height="110" fill="rgba(255,0,0,0.5)" stroke="red" stroke-width="3"/>') }, label: 'ball' },
    { image: { path: 'm2.svg', url: svg('<rect x="180" y="40" width="90" height="120" fill="rgba(0,160,0,0.5)" stroke="green" stroke-width="3"/>') }, label: 'box' },
  ],
};

const meta: Meta<AnnotatedImageArgs> = {
  title: 'Components/AnnotatedImage',
  component: 'gr-annotated-image',
  args: { value, label: 'Detections', showLegend: true, colorMap: { box: '#00a000' } },
  render: (args) =>
    html`<gr-annotated-image .value=${args.value} .label=${args.label} .showLegend=${args.showLegend} .colorMap=${args.colorMap}></gr-annotated-image>`,
};
export default meta;

type Story = StoryObj<AnnotatedImageArgs>;

export const Detections: Story = {};
export const NoLegend: Story = { args: { showLegend: false } };
export const Empty: Story = { args: { value: null } };
