/**
 * `<gradio-app>`'s footer links "Use via API" and "Settings", and the state of the panels they open inside the
 * embed. The panels themselves and the API recorder (`./api-panel.tsx`) load when one is first opened: an
 * embed that never opens them does not pay for them. Everything shown is read from a store, so changes
 * re-render it.
 */
// biome-ignore lint/correctness/noUnusedImports: h is the JSX factory of the markup below
import { h } from '@stencil/core';
import { type ObservableMap, createStore } from '@stencil/store';
import type { Client } from '../client/client';
import type { Config, DependencyConfig } from '../client/types';
import type { RecordedCall } from '../components/gr-api-docs/api-source';
import type { ThemeMode } from '../themes/scope';
import { type KitWord, localeOf, wordIn } from '../utils/i18n';
import { defineElements } from '../utils/element-loader';
import type * as PanelModule from './api-panel';

/** What the panels need from the embed. */
export interface PanelsHost {
  /** The app's client (its code loads when first asked for); rejects when no app is connected. */
  client(): Promise<Client>;
  /** The app's config, once connected. */
  config(): Config | undefined;
  /** The theme mode the embed's attributes ask for (attribute or `?__theme=`). */
  themeMode(): ThemeMode;
  setThemeMode(mode: ThemeMode): void;
  locale(): string | null;
  setLocale(locale: string | null): void;
}

export interface PanelsState {
  open: 'api' | 'settings' | null;
  recording: boolean;
  calls: RecordedCall[];
  /** The theme mode last chosen in Settings. */
  theme: ThemeMode | null;
  /** The panels whose code (`./api-panel.tsx` and their elements) has loaded: the one asked for shows then. */
  ready: ('api' | 'settings')[];
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
  readonly host: PanelsHost;
  #module?: typeof PanelModule;
  #loading?: Promise<void>;

  constructor(host: PanelsHost) {
    this.host = host;
    this.state = createStore<PanelsState>({ open: null, recording: false, calls: [], theme: null, ready: [] }).state;
  }

  /**
   * The event engine's `onSubmit`: while recording, keeps each call to a documented endpoint. Recording is
   * switched on from the API panel, so the recorder has loaded by then.
   */
  record(dep: DependencyConfig, inputs: unknown[]): void {
    const config = this.host.config();
    if (!this.state.recording || !config || !this.#module) return;
    const call = this.#module.recordCall(dep, inputs, config);
    if (call) this.state.calls = [...this.state.calls, call];
  }

  /** A kit word in the embed's locale (its `locale` attribute, else the reader's language). */
  word(word: KitWord): string {
    return wordIn(word, this.host.locale() ?? localeOf(null));
  }

  close = () => {
    this.state.open = null;
  };

  #open(panel: 'api' | 'settings') {
    this.state.open = panel;
    if (this.state.ready.includes(panel)) return;
    this.#loading ??= import('./api-panel').then((module) => {
      this.#module = module;
    });
    // The one-tag embed loads the panel's elements too (an element rendered before it is defined loses its props).
    const elements = defineElements(['gr-app-dialog', panel === 'api' ? 'gr-api-docs' : 'gr-app-settings']);
    Promise.all([this.#loading, elements]).then(
      () => {
        if (!this.state.ready.includes(panel)) this.state.ready = [...this.state.ready, panel];
      },
      // A chunk that failed to load (the CDN went away): the link does nothing now, and tries again when clicked.
      () => {
        this.#loading = this.#module ? this.#loading : undefined;
        if (this.state.open === panel) this.state.open = null;
      },
    );
  }

  /** "Use via API" (unless `show_api=False`, or 6.x `footer_links` leaves it out) and "Settings". */
  footer(config: Config | undefined): unknown {
    if (!config) return null;
    const { api, settings } = footerLinks(config);
    if (!api && !settings) return null;
    const style = { background: 'none', border: 'none', padding: '0', font: 'inherit', color: 'inherit', cursor: 'pointer', textDecoration: 'underline' };
    return (
      <nav class="api-links" aria-label={this.word('app')} style={{ display: 'flex', gap: '1em', justifyContent: 'center', fontSize: 'var(--text-sm)', color: 'var(--body-text-color-subdued)' }}>
        {api ? (
          <button type="button" class="api-link" style={style} onClick={() => this.#open('api')}>
            {this.word('useViaApi')}
          </button>
        ) : null}
        {settings ? (
          <button type="button" class="settings-link" style={style} onClick={() => this.#open('settings')}>
            {this.word('settings')}
          </button>
        ) : null}
      </nav>
    );
  }

  /** The open panel, once its module has loaded. */
  panel(): unknown {
    const { open, ready } = this.state;
    return open && ready.includes(open) && this.#module ? this.#module.panelView(this) : null;
  }
}
