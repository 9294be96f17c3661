import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const field = (name: string) =>
  html`<gr-block><label style="display: grid; gap: 6px">${name}<input style="font: inherit" /></label></gr-block>`;

const meta: Meta = {
  title: 'Layout/Form',
  component: 'gr-form',
};
export default meta;

/** In a column (the usual case): inputs stacked into one card. */
export const InAColumn: StoryObj = {
  render: () => html`<gr-column><gr-form>${field('Name')}${field('Email')}</gr-form></gr-column>`,
};

/** In a row: inputs side by side, sharing the form's summed scale. */
export const InARow: StoryObj = {
  render: () => html`<gr-row><gr-form .scale=${2} .minWidth=${320}>${field('First')}${field('Last')}</gr-form>
    <gr-button value="Submit" variant="primary"></gr-button></gr-row>`,
};
