import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface HighlightedTextArgs {
  value: unknown;
  colorMap: Record<string, string> | null;
  showLegend: boolean;
  showInlineCategory: boolean;
  combineAdjacent: boolean;
  interactive: boolean;
  rtl: boolean;
}

const entities = [
  { token: 'Ada Lovelace', class_or_confidence: 'PER' },
  { token: ' wrote the first program for the ', class_or_confidence: null },
  { token: 'Analytical Engine', class_or_confidence: 'MISC' },
  { token: ' in ', class_or_confidence: null },
  { token: 'London', class_or_confidence: 'LOC' },
  { token: '.', class_or_confidence: null },
];

const scores = [
  { token: 'The food was ', class_or_confidence: null },
  { token: 'wonderful', class_or_confidence: 0.9 },
  { token: ' but the service was ', class_or_confidence: null },
  { token: 'slow', class_or_confidence: -0.6 },
  { token: '.', class_or_confidence: null },
];

const meta: Meta<HighlightedTextArgs> = {
  title: 'Components/HighlightedText',
  component: 'gr-highlighted-text',
  args: {
    value: entities,
    colorMap: null,
    showLegend: false,
    showInlineCategory: true,
    combineAdjacent: false,
    interactive: false,
    rtl: false,
  },
  render: (args) =>
    html`<gr-highlighted-text
      .value=${args.value}
      .colorMap=${args.colorMap}
      .showLegend=${args.showLegend}
      .showInlineCategory=${args.showInlineCategory}
      .combineAdjacent=${args.combineAdjacent}
      .interactive=${args.interactive}
      .rtl=${args.rtl}
    ></gr-highlighted-text>`,
};
export default meta;

type Story = StoryObj<HighlightedTextArgs>;

export const Categories: Story = {};
export const Legend: Story = { args: { showLegend: true } };
export const ColorMap: Story = { args: { colorMap: { PER: 'purple', LOC: '#38bdf8', MISC: 'lime' } } };
export const NoInlineCategory: Story = { args: { showInlineCategory: false } };
export const Scores: Story = { args: { value: scores, showLegend: true } };
export const Interactive: Story = { args: { interactive: true } };
export const CombineAdjacent: Story = {
  args: {
    combineAdjacent: true,
    value: [
      { token: 'New', class_or_confidence: 'LOC' },
      { token: ' ', class_or_confidence: 'LOC' },
      { token: 'York', class_or_confidence: 'LOC' },
      { token: ' is big.', class_or_confidence: null },
    ],
  },
};
export const Empty: Story = { args: { value: null } };
