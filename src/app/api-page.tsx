/**
 * `<gradio-app>`'s footer links "Use via API" and "Settings", and the panels they open inside the embed
 * (`<gr-app-dialog>` with `<gr-api-docs>` or `<gr-app-settings>`), with the API recorder's state.
 * The embed keeps one `ApiPanels`; everything it shows is read from a store, so changes re-render it.
 */
// biome-ignore lint/correctness/noUnusedImports: h is the JSX factory of the markup below
import { h } from '@stencil/core';
import { type ObservableMap, createStore } from '@stencil/store';
import type { Client } from '../client/client';
import type { Config, DependencyConfig } from '../client/types';
import type { ApiDescription, RecordedCall } from '../components/gr-api-docs/api-source';
import { gradioLocales, settingsLocales } from '../components/gr-app-settings/locales';
import type { ThemeMode } from '../themes/scope';
import { type KitWord, kitLocales, localeOf, wordIn } from '../utils/i18n';
import { recordedCall } from './api-recorder';

/** What the panels need from the embed. */
export interface PanelsHost {
  client(): Client | undefined;
  /** The theme mode the embed's attributes ask for (attribute or `?__theme=`). */
  themeMode(): ThemeMode;
  setThemeMode(mode: ThemeMode): void;
  locale(): string | null;
  setLocale(locale: string | null): void;
}

interface PanelsState {
  open: 'api' | 'settings' | null;
  recording: boolean;
  calls: RecordedCall[];
  /** The theme mode last chosen in Settings. */
  theme: ThemeMode | null;
}

/**
 * Which footer links an app shows: "Use via API" unless `show_api=False` (5.x `config.show_api`) or 6.x's
 * `footer_links` leaves out `"api"`; "Settings" unless `footer_links` leaves out `"settings"`.
 */
export function footerLinks(config: Readonly<Record<string, unknown>>): { api: boolean; settings: boolean } {
  const links = config.footer_links;
  const listed = (link: string) => !Array.isArray(links) || links.includes(link);
  return { api: config.show_api !== false && listed('api'), settings: listed('settings') };
}

export class ApiPanels {
  readonly state: ObservableMap<PanelsState>['state'];
  readonly #host: PanelsHost;

  constructor(host: PanelsHost) {
    this.#host = host;
    this.state = createStore<PanelsState>({ open: null, recording: false, calls: [], theme: null }).state;
  }

  /** The event engine's `onSubmit`: while recording, keeps each call to a documented endpoint. */
  record(dep: DependencyConfig, inputs: unknown[]): void {
    const client = this.#host.client();
    if (!this.state.recording || !client) return;
    const components = new Map(client.config.components.map((component) => [component.id, component]));
    const call = recordedCall(dep, inputs, components);
    if (call) this.state.calls = [...this.state.calls, call];
  }

  /** Hands `<gr-api-docs>` the connected client's API. */
  #connect = async (): Promise<ApiDescription> => {
    const client = this.#host.client();
    if (!client) throw new Error('the app is not connected');
    const { config } = client;
    return { url: config.root.replace(/\/+$/, ''), apiPrefix: config.api_prefix ?? '', info: await client.view_api(), dependencies: config.dependencies };
  };

  /** Gradio's languages, the kit's and those the app translates itself into (`config.i18n_translations`). */
  #locales(): string[] {
    const own = this.#host.client()?.config.i18n_translations;
    return settingsLocales(gradioLocales, kitLocales, own && typeof own === 'object' ? Object.keys(own) : []);
  }

  /** A kit word in the embed's locale (its `locale` attribute, else the reader's language). */
  #word(word: KitWord): string {
    return wordIn(word, this.#host.locale() ?? localeOf(null));
  }

  #close = () => {
    this.state.open = null;
  };

  /** "Use via API" (unless `show_api=False`, or 6.x `footer_links` leaves it out) and "Settings". */
  footer(config: Config | undefined): unknown {
    if (!config) return null;
    const { api, settings } = footerLinks(config);
    if (!api && !settings) return null;
    const style = { background: 'none', border: 'none', padding: '0', font: 'inherit', color: 'inherit', cursor: 'pointer', textDecoration: 'underline' };
    return (
      <nav class="api-links" aria-label={this.#word('app')} style={{ display: 'flex', gap: '1em', justifyContent: 'center', fontSize: 'var(--text-sm)', color: 'var(--body-text-color-subdued)' }}>
        {api ? (
          <button type="button" class="api-link" style={style} onClick={() => (this.state.open = 'api')}>
            {this.#word('useViaApi')}
          </button>
        ) : null}
        {settings ? (
          <button type="button" class="settings-link" style={style} onClick={() => (this.state.open = 'settings')}>
            {this.#word('settings')}
          </button>
        ) : null}
      </nav>
    );
  }

  /** The open panel, if any. */
  panel(): unknown {
    const { open } = this.state;
    if (!open) return null;
    return (
      <gr-app-dialog label={this.#word(open === 'api' ? 'apiDocs' : 'settings')} onGr-close={this.#close}>
        {open === 'api' ? (
          <gr-api-docs
            connect={this.#connect}
            closable
            recording={this.state.recording}
            recorded={this.state.calls}
            onGr-close={this.#close}
            onGr-record={(event: CustomEvent<{ recording: boolean }>) => {
              this.state.recording = event.detail.recording;
              if (event.detail.recording) this.state.calls = [];
            }}
          />
        ) : (
          <gr-app-settings
            closable
            themeMode={this.state.theme ?? this.#host.themeMode()}
            locale={this.#host.locale()}
            locales={this.#locales()}
            onGr-close={this.#close}
            onGr-theme-change={(event: CustomEvent<{ mode: ThemeMode }>) => {
              this.state.theme = event.detail.mode;
              this.#host.setThemeMode(event.detail.mode);
            }}
            onGr-locale-change={(event: CustomEvent<{ locale: string | null }>) => this.#host.setLocale(event.detail.locale)}
          />
        )}
      </gr-app-dialog>
    );
  }
}
