import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface NavbarArgs {
  currentPage: string;
  mainPageName: string | null;
}

const pages = [
  { path: '', name: 'Home', inNavbar: true },
  { path: 'second', name: 'Second', inNavbar: true },
  { path: 'settings', name: 'Settings', inNavbar: true },
  { path: 'hidden', name: 'Hidden', inNavbar: false },
];

const meta: Meta<NavbarArgs> = {
  title: 'Layout/Navbar',
  component: 'gr-navbar',
  args: { currentPage: '', mainPageName: null },
  argTypes: { currentPage: { control: 'select', options: ['', 'second', 'settings'] } },
  render: (args) =>
    html`<gr-navbar
      root="https://example.org/app"
      .pages=${pages}
      .currentPage=${args.currentPage}
      .mainPageName=${args.mainPageName}
      @gr-navigate=${(event: CustomEvent<{ path: string }>) => {
        (event.target as HTMLElement & { currentPage: string }).currentPage = event.detail.path;
      }}
    ></gr-navbar>`,
};
export default meta;

type Story = StoryObj<NavbarArgs>;

export const Default: Story = {};
export const SecondPage: Story = { args: { currentPage: 'second' } };
export const RenamedHome: Story = { args: { mainPageName: 'Start' } };
/** Extra links after the pages (`gr.Navbar(value=[...])`). */
export const ExtraLinks: Story = {
  render: () =>
    html`<gr-navbar root="https://example.org/app" .pages=${pages} .value=${[['Gradio', 'https://www.gradio.app']]}></gr-navbar>`,
};
