import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface BrowserStateArgs {
  storageKey: string;
  defaultValue: unknown;
}

/**
 * BrowserState has no UI. The story shows the value loaded from localStorage; open the story in a second
 * tab and press "Save" there to see `gr-change` arrive here.
 */
const meta: Meta<BrowserStateArgs> = {
  title: 'Components/BrowserState',
  component: 'gr-browser-state',
  args: { storageKey: 'storybook-browser-state', defaultValue: { visits: 0 } },
  render: (args) => {
    const show = (el: Element | null) => {
      const out = el?.parentElement?.querySelector('output');
      if (out && el) out.textContent = JSON.stringify((el as HTMLGrBrowserStateElement).value);
    };
    const save = (event: Event) => {
      const el = (event.target as HTMLElement).parentElement?.querySelector('gr-browser-state') as
        | HTMLGrBrowserStateElement
        | undefined;
      if (!el) return;
      const current = (el.value as { visits?: number } | null) ?? {};
      el.value = { visits: (current.visits ?? 0) + 1 };
      show(el);
    };
    return html`<div>
      <gr-browser-state
        .storageKey=${args.storageKey}
        .defaultValue=${args.defaultValue}
        @gr-change=${(event: Event) => show(event.target as Element)}
      ></gr-browser-state>
      <button type="button" @click=${save}>Save</button>
      <output></output>
    </div>`;
  },
};
export default meta;

export const PersistsInLocalStorage: StoryObj<BrowserStateArgs> = {};
