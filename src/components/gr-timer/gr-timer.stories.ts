import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface TimerArgs {
  value: number;
  active: boolean;
}

/** The timer has no UI; the story counts its ticks next to it. */
const meta: Meta<TimerArgs> = {
  title: 'Components/Timer',
  component: 'gr-timer',
  args: { value: 1, active: true },
  render: (args) => {
    let ticks = 0;
    const onTick = (event: Event) => {
      ticks += 1;
      const out = (event.target as HTMLElement).nextElementSibling;
      if (out) out.textContent = `ticks: ${ticks}`;
    };
    return html`<gr-timer .value=${args.value} .active=${args.active} @gr-tick=${onTick}></gr-timer><output>ticks: 0</output>`;
  },
};
export default meta;

type Story = StoryObj<TimerArgs>;

export const EverySecond: Story = {};
export const Fast: Story = { args: { value: 0.2 } };
export const Inactive: Story = { args: { active: false } };
