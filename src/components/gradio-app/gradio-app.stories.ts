import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface GradioAppArgs {
  src: string;
  initialHeight: string;
  container: boolean;
  info: boolean;
}

/**
 * `<gradio-app>` shows a hosted Gradio app; Storybook has no server, so the story shows what the element
 * says when it has no app to show. The guide "Embed a Gradio app" has runnable examples, and this page lists
 * every attribute, property and event.
 */
const meta: Meta<GradioAppArgs> = {
  title: 'App/GradioApp',
  component: 'gradio-app',
  args: { src: '', initialHeight: '200px', container: true, info: true },
  render: (args) =>
    html`<gradio-app
      .src=${args.src || null}
      .initialHeight=${args.initialHeight}
      .container=${args.container}
      .info=${args.info}
      eager
    ></gradio-app>`,
};
export default meta;

/** With no `src`: the element says how to point it at an app (and fires `error`). */
export const NoApp: StoryObj<GradioAppArgs> = {};
