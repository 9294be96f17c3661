import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface LoginArgs {
  message: string | null;
  error: string;
  signingIn: boolean;
}

const meta: Meta<LoginArgs> = {
  title: 'App/Login',
  component: 'gr-app-login',
  args: { message: null, error: '', signingIn: false },
  render: (args) =>
    html`<gr-app-login .message=${args.message} .error=${args.error} .signingIn=${args.signingIn}></gr-app-login>`,
};
export default meta;

type Story = StoryObj<LoginArgs>;

export const Default: Story = {};
export const WithMessageAndError: Story = {
  args: { message: 'Sign in with the account your team gave you.', error: 'Incorrect credentials.' },
};
export const SigningIn: Story = { args: { signingIn: true } };
