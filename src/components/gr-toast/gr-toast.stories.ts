import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ToastMessage } from './gr-toast';

const meta: Meta = {
  title: 'Chrome/Toast',
  component: 'gr-toast',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const all: ToastMessage[] = [
  { id: 1, type: 'error', message: 'The model failed to load.', duration: null },
  { id: 2, type: 'warning', message: 'The input was truncated to 512 tokens.', duration: null },
  { id: 3, type: 'info', message: 'See the <a href="https://www.gradio.app/docs">docs</a>.', duration: null },
  { id: 4, type: 'info', message: 'A second <b>info</b> message.', duration: null },
  { id: 5, type: 'success', title: 'Saved', message: 'Your settings were saved.', duration: 10 },
];

/** Every type; the two info messages are grouped, the success one counts down 10 seconds. */
export const AllTypes: StoryObj = {
  render: () => html`<gr-toast .messages=${all}></gr-toast>`,
};

export const ErrorOnly: StoryObj = {
  render: () => html`<gr-toast .messages=${[all[0]]}></gr-toast>`,
};

/** Buttons that call `add()` like `gr.Info` / `gr.Warning` / `gr.Error` / `gr.Success`. */
export const Interactive: StoryObj = {
  render: () => {
    const add = (type: ToastMessage['type']) => (event: Event) => {
      const toast = (event.target as HTMLElement).closest('div')?.querySelector('gr-toast') as HTMLGrToastElement;
      void toast.add({ type, message: `A new ${type} message at ${new Date().toLocaleTimeString()}`, duration: 5 });
    };
    return html`<div style="padding: 2rem; display: flex; gap: 8px">
      <gr-button value="Info" @gr-click=${add('info')}></gr-button>
      <gr-button value="Warning" @gr-click=${add('warning')}></gr-button>
      <gr-button value="Error" variant="stop" @gr-click=${add('error')}></gr-button>
      <gr-button value="Success" variant="primary" @gr-click=${add('success')}></gr-button>
      <gr-toast></gr-toast>
    </div>`;
  },
};
