import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Layout/Group',
  component: 'gr-group',
  render: () =>
    html`<gr-group>
      <gr-block><p>First block</p></gr-block>
      <gr-block><p>Second block</p></gr-block>
      <gr-button value="A button"></gr-button>
    </gr-group>`,
};
export default meta;

export const Default: StoryObj = {};

/** A group inside a row, next to an ordinary block. */
export const InARow: StoryObj = {
  render: () => html`<gr-row>
    <gr-group><gr-block><p>Grouped 1</p></gr-block><gr-block><p>Grouped 2</p></gr-block></gr-group>
    <gr-block><p>Not grouped</p></gr-block>
  </gr-row>`,
};
