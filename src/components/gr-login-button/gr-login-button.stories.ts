import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface HubButtonsArgs {
  root: string;
  username: string;
  spaceId: string;
}

/** The Hugging Face buttons: LoginButton, DuplicateButton (only on a Space) and DeepLinkButton. */
const meta: Meta<HubButtonsArgs> = {
  title: 'Components/Hugging Face buttons',
  component: 'gr-login-button',
  args: { root: 'https://gradio-hello-world.hf.space', username: '', spaceId: 'gradio/hello_world' },
  render: (args) =>
    html`<div style="display:flex;gap:8px;flex-wrap:wrap">
      <gr-login-button .root=${args.root} .username=${args.username || null}></gr-login-button>
      <gr-duplicate-button .spaceId=${args.spaceId || null}></gr-duplicate-button>
      <gr-deep-link-button .deepLink=${async () => 'demo-key'}></gr-deep-link-button>
    </div>`,
};
export default meta;

type Story = StoryObj<HubButtonsArgs>;

export const LoggedOut: Story = {};
export const LoggedIn: Story = { args: { username: 'ada' } };
export const OffSpaces: Story = { args: { spaceId: '' } };
