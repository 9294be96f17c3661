import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ProgressLevel, TrackerStatus } from '../../utils/status';

interface TrackerArgs {
  status: TrackerStatus | null;
  queuePosition: number | null;
  queueSize: number | null;
  eta: number | null;
  progress: ProgressLevel[] | null;
  showProgress: 'full' | 'minimal' | 'hidden';
  timer: boolean;
  variant: 'default' | 'center' | 'layout';
  message: string | null;
  validationError: string | null;
}

const meta: Meta<TrackerArgs> = {
  title: 'Chrome/StatusTracker',
  component: 'gr-status-tracker',
  args: {
    status: 'pending',
    queuePosition: null,
    queueSize: null,
    eta: null,
    progress: null,
    showProgress: 'full',
    timer: true,
    variant: 'default',
    message: null,
    validationError: null,
  },
  argTypes: {
    status: { control: 'select', options: [null, 'pending', 'generating', 'streaming', 'complete', 'error'] },
    showProgress: { control: 'inline-radio', options: ['full', 'minimal', 'hidden'] },
    variant: { control: 'inline-radio', options: ['default', 'center', 'layout'] },
  },
  render: (args) =>
    html`<gr-block .height=${220}>
      <p>The output block under the overlay.</p>
      <gr-status-tracker
        .status=${args.status}
        .queuePosition=${args.queuePosition}
        .queueSize=${args.queueSize}
        .eta=${args.eta}
        .progress=${args.progress}
        .showProgress=${args.showProgress}
        .timer=${args.timer}
        .variant=${args.variant}
        .message=${args.message}
        .validationError=${args.validationError}
      ></gr-status-tracker>
    </gr-block>`,
};
export default meta;

type Story = StoryObj<TrackerArgs>;

export const Pending: Story = {};
export const Queued: Story = { args: { queuePosition: 1, queueSize: 5, eta: 3 } };
export const Processing: Story = { args: { queuePosition: 0, eta: 4 } };
export const Progress: Story = {
  args: {
    progress: [
      { index: 2, length: 5, unit: 'epochs', desc: 'Training' },
      { index: 1500, length: 3000, unit: 'steps', desc: 'Batch' },
    ],
  },
};
export const ProgressFraction: Story = { args: { progress: [{ progress: 0.42, desc: 'Thinking' }] } };
export const Minimal: Story = { args: { showProgress: 'minimal' } };
export const NoTimer: Story = { args: { timer: false } };
export const Generating: Story = { args: { status: 'generating' } };
export const LayoutPending: Story = { args: { variant: 'layout' } };
export const ErrorState: Story = { name: 'Error', args: { status: 'error', message: 'Something went wrong' } };
export const Complete: Story = { args: { status: 'complete' } };
/** What an event's validator said of an input: a banner at the top right; the input under it stays usable. */
export const ValidationError: Story = { args: { status: null, validationError: 'Age must be at least 3' } };
