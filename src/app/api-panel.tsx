/**
 * The panels `<gradio-app>`'s footer links open ("Use via API": `<gr-api-docs>`; "Settings":
 * `<gr-app-settings>`, in a `<gr-app-dialog>`), and the API recorder's entry point. Loaded by `./api-page.tsx`
 * when a panel is first opened.
 */
// biome-ignore lint/correctness/noUnusedImports: h is the JSX factory of the markup below
import { h } from '@stencil/core';
import type { Config, DependencyConfig } from '../client/types';
import type { ApiDescription, RecordedCall } from '../components/gr-api-docs/api-source';
import { gradioLocales, settingsLocales } from '../components/gr-app-settings/locales';
import type { ThemeMode } from '../themes/scope';
import { kitLocales } from '../utils/i18n';
import type { ApiPanels } from './api-page';
import { recordedCall } from './api-recorder';

/** A call the event engine sent, as the API page's "Recorded calls" lists it (`null`: not a documented endpoint). */
export function recordCall(dep: DependencyConfig, inputs: unknown[], config: Config): RecordedCall | null {
  return recordedCall(dep, inputs, new Map(config.components.map((component) => [component.id, component])));
}

/** One per embed: a new function on each render would make `<gr-api-docs>` fetch the API again. */
const connectors = new WeakMap<ApiPanels, () => Promise<ApiDescription>>();

/** Hands `<gr-api-docs>` the connected client's API. */
function connect(panels: ApiPanels): () => Promise<ApiDescription> {
  let connector = connectors.get(panels);
  if (!connector) {
    connector = async () => {
      const client = await panels.host.client();
      const { config } = client;
      return { url: config.root.replace(/\/+$/, ''), apiPrefix: config.api_prefix ?? '', info: await client.view_api(), dependencies: config.dependencies };
    };
    connectors.set(panels, connector);
  }
  return connector;
}

/** Gradio's languages, the kit's and those the app translates itself into (`config.i18n_translations`). */
function locales(panels: ApiPanels): string[] {
  const own = panels.host.config()?.i18n_translations;
  return settingsLocales(gradioLocales, kitLocales, own && typeof own === 'object' ? Object.keys(own) : []);
}

/** The open panel, if any. */
export function panelView(panels: ApiPanels): unknown {
  const { state, host } = panels;
  const { open } = state;
  if (!open) return null;
  return (
    <gr-app-dialog label={panels.word(open === 'api' ? 'apiDocs' : 'settings')} onGr-close={panels.close}>
      {open === 'api' ? (
        <gr-api-docs
          connect={connect(panels)}
          closable
          recording={state.recording}
          recorded={state.calls}
          onGr-close={panels.close}
          onGr-record={(event: CustomEvent<{ recording: boolean }>) => {
            state.recording = event.detail.recording;
            if (event.detail.recording) state.calls = [];
          }}
        />
      ) : (
        <gr-app-settings
          closable
          themeMode={state.theme ?? host.themeMode()}
          locale={host.locale()}
          locales={locales(panels)}
          onGr-close={panels.close}
          onGr-theme-change={(event: CustomEvent<{ mode: ThemeMode }>) => {
            state.theme = event.detail.mode;
            host.setThemeMode(event.detail.mode);
          }}
          onGr-locale-change={(event: CustomEvent<{ locale: string | null }>) => host.setLocale(event.detail.locale)}
        />
      )}
    </gr-app-dialog>
  );
}
