import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface SettingsArgs {
  themeMode: 'light' | 'dark' | 'system';
  locale: string | null;
  closable: boolean;
}

const meta: Meta<SettingsArgs> = {
  title: 'App/Settings',
  component: 'gr-app-settings',
  args: { themeMode: 'system', locale: null, closable: true },
  argTypes: { themeMode: { control: 'radio', options: ['light', 'dark', 'system'] } },
  render: (args) => html`<gr-app-settings .themeMode=${args.themeMode} .locale=${args.locale} .closable=${args.closable}></gr-app-settings>`,
};
export default meta;

type Story = StoryObj<SettingsArgs>;

export const Default: Story = {};
export const FrenchDark: Story = { args: { themeMode: 'dark', locale: 'fr' } };
