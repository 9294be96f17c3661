import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import type { Client } from '../../client/client';
import { Connection } from '../../client/connection';
import { AuthError } from '../../client/errors';
import type { SpaceStatus } from '../../client/spaces';
import type { Config, DependencyConfig } from '../../client/types';
import type { KeptValues } from '../../app/engine-host';
import type { EventEngine, Toast } from '../../app/events';
import { type AppStyles, applyServerStyles } from '../../app/app-assets';
import { ApiPanels } from '../../app/api-page';
import { type HubButtonRole, hubButtonProps, hubButtons } from '../../app/hub-buttons';
import { appTranslations, needsTranslations, preloadGradioKeys, readerLocale } from '../../app/i18n';
import { type Page, initialPage, navbarOf, pageContent, pagesOf } from '../../app/pages';
import { defineElements, defineElementsUnder, loadsElementsOnDemand } from '../../utils/element-loader';
import { type NodeViewContext, renderNode } from '../../app/node-view';
import type { Renders } from '../../app/render';
import { ErrorScreen, HostedAt, LoadingScreen, PageBar, applyKitTheme } from '../../app/screens';
import { AppStore } from '../../app/store';
import { type TreeNode, buildTree, checkConfig, treeTags } from '../../app/tree';
import type { ThemeMode } from '../../themes/scope';
import { elementReady } from '../../utils/element-ready';
import { loadOnce } from '../../utils/load-once';
import { loadKitWords, refreshTranslations, t } from '../../utils/i18n';
import type { FileTreeLister } from '../../utils/file-tree';
import type { LoginDetail } from '../gr-app-login/gr-app-login';
import type { UploadFunction } from '../../utils/upload';

/** The detail of `<gradio-app>`'s `error` event. */
export interface GradioAppErrorDetail {
  /** The error class: `ConnectionError`, `NotFoundError`, `AuthError`, `ConfigError`, ... */
  name: string;
  message: string;
  /** The app reference that failed. */
  src: string;
}

/** Events whose detail or timing means the element's value may have changed (the store follows it). */
// `restore` is the kit's own (gr-browser-state read a stored value), not a Gradio event: no listener runs on it.
const valueEvents = ['change', 'input', 'submit', 'select', 'blur', 'clear', 'upload', 'release', 'edit', 'expand', 'collapse', 'restore'];

const kebab = (name: string) => name.replace(/_/g, '-');

/** `src/app/render.ts`, loaded once, with the first `@gr.render` update (most apps have none). */
const loadRenders = loadOnce(() => import('../../app/render'));

/**
 * The event engine (`src/app/events.ts`) and what it acts through (`src/app/engine-host.ts`), loaded once, after
 * the first page is on screen: showing an app needs none of it, and an embed that only shows is smaller. What
 * the user does before it is there waits for it.
 */
const loadEngine = loadOnce(() => import('../../app/engine-host'));

/**
 * `src/client/client.ts` (with `Job`), loaded once, after the first page is on screen: the app renders from
 * its connection's config, and only calls, uploads and the API page need the client.
 */
const loadClient = loadOnce(() => import('../../client/client'));

/**
 * Embeds a hosted Gradio app: `<gradio-app src="https://user-space.hf.space"></gradio-app>`.
 *
 * It fetches the app's config through `gradio-kit/client`'s connection, renders the layout with the kit's elements
 * inside its own shadow root (so the page's CSS and the app's CSS do not reach each other), applies the
 * server's theme and custom CSS to itself only, and runs every event through the client, showing queue
 * position, progress, streamed output, logs and errors.
 *
 * Attributes are accepted both as the documented snake_case names of Gradio's embed (`initial_height`,
 * `theme_mode`, `control_page_title`) and in kebab case.
 *
 * @part app - the app container (`.gradio-container`).
 */
@Component({ tag: 'gradio-app', styleUrl: 'gradio-app.css', shadow: true })
export class GradioApp {
  @Element() host!: HTMLElement;

  @State() phase: 'idle' | 'loading' | 'login' | 'ready' | 'error' = 'idle';
  @State() errorMessage = '';
  @State() loginError = '';
  /** What the user had entered when their login ended (see `askLoginAgain`). */
  private keptValues: KeptValues | null = null;
  @State() signingIn = false;
  /** The toast stack is rendered from the first message on, so its code (and the sanitizer) load only then. */
  @State() showToasts = false;

  /** The app: a URL (`https://host/path/`), a Space id (`user/space`) or a `*.hf.space` host. */
  @Prop({ reflect: true }) src: string | null = null;
  /** A Space id (`user/space`): an alternative to `src`. */
  @Prop() space: string | null = null;
  /** Load at once; otherwise the app loads when the element comes near the viewport. */
  @Prop() eager: boolean = false;
  /**
   * The page of a multipage app to show first (its path, `second` for `root/second`); by default the page the
   * `src` URL names, else the home page. Changing it switches pages.
   */
  @Prop() page: string | null = null;
  /**
   * The reader's language (`fr`, `pt-BR`) for the app's own translations (`gr.I18n`) and the kit's words;
   * by default the browser's. The language chosen in Settings sets it (and fires `locale-change`).
   */
  @Prop({ mutable: true, reflect: true }) locale: string | null = null;
  /** The Hugging Face Hub that resolves a Space id (a mirror, or a stand-in in tests). */
  @Prop() hub: string | null = null;
  /** Height reserved while loading (CSS length; `initial_height` attribute also accepted). */
  @Prop() initialHeight: string | null = null;
  /** @internal snake_case alias of `initial-height`. */
  @Prop({ attribute: 'initial_height' }) initial_height: string | null = null;
  /** Show the frame that tells where the app is hosted. */
  @Prop() container: boolean = true;
  /** Show the hosting info line under the app. */
  @Prop() info: boolean = true;
  /** Scroll the page to outputs as the official embed does. */
  @Prop() autoscroll: boolean = false;
  /** `light`, `dark` or `system` (`theme_mode` attribute also accepted); `?__theme=` on the page URL wins. */
  @Prop() themeMode: ThemeMode | null = null;
  /** @internal snake_case alias of `theme-mode`. */
  @Prop({ attribute: 'theme_mode' }) theme_mode: ThemeMode | null = null;
  /** Set the page title to the app's title. */
  @Prop() controlPageTitle: boolean = false;
  /** @internal snake_case alias of `control-page-title`. */
  @Prop({ attribute: 'control_page_title' }) control_page_title: boolean = false;
  /**
   * Run the app's own JavaScript (event `js` functions, the config's `js` and `head`) in this page. Off by
   * default: that code would run with the embedding page's origin. Gradio's constant helpers (the
   * Interface's Clear button) work without it.
   */
  @Prop() allowJs: boolean = false;

  @Watch('src')
  @Watch('space')
  onSourceChange() {
    if (this.phase !== 'idle') void this.load();
  }

  @Watch('themeMode')
  @Watch('theme_mode')
  onThemeModeChange() {
    this.styles?.theme.setMode(this.effectiveThemeMode());
  }

  /** Fires once the app has rendered, and again after each `@gr.render` update is shown (bubbling, composed). */
  @Event({ eventName: 'render', bubbles: true, composed: true }) renderEvent!: EventEmitter<void>;
  /** Fires when the app cannot be shown: unreachable, not a Gradio app, refused, malformed config. */
  @Event({ eventName: 'error', bubbles: true, composed: true }) errorEvent!: EventEmitter<GradioAppErrorDetail>;
  /** Fires when the user picks a language in Settings, with the new `locale`. */
  @Event({ eventName: 'locale-change', bubbles: true, composed: true }) localeChange!: EventEmitter<string | null>;

  /** The session with the app: its config, fetched first, and its requests. */
  private connection?: Connection;
  /** The client over that connection, once its code has loaded (after the first render, or when first needed). */
  private client?: Client;
  private clientLoad?: Promise<Client>;
  private config?: Config;
  /** What is rendered: the layout, refilled by `@gr.render` updates. */
  @State() tree?: TreeNode;
  private store?: AppStore;
  /** The `@gr.render` updates of the page shown (made with the first one). */
  private renders?: Renders;
  /** The `@gr.render` updates being applied, one after the other. */
  private renderQueue: Promise<void> = Promise.resolve();
  private renderGeneration = 0;
  /** The pages of a multipage app (one for others), and the one shown. */
  private pages: Page[] = [];
  @State() currentPage = '';
  /**
   * Status trackers can show: always, but in the one-tag embed only once their code has loaded (after the first
   * render; a status that comes before shows then).
   */
  @State() trackers = !loadsElementsOnDemand();
  /** Tabs shown at least once (a Gradio 6 tab renders its children from then on). */
  @State() shownTabs: ReadonlySet<number> = new Set();
  /** A Space's state while it wakes, builds or starts (from the Hub). */
  @State() spaceStatus: SpaceStatus | null = null;
  /** The shown page's event engine: undefined until its code has loaded after the page's first render. */
  private engine?: EventEngine;
  /** The shown page's dependencies, for its engine. */
  private pageDependencies: readonly DependencyConfig[] = [];
  /** Bumped each time a page is shown: an engine (or its `load` run) meant for an earlier page is dropped. */
  private pageToken = 0;
  /** Events the user caused before the page's engine was there, dispatched to it once it is (in order). */
  private pendingEvents: [id: number, name: string, detail: unknown][] = [];
  private styles?: AppStyles;
  private observer?: IntersectionObserver;
  private renderedOnce = false;
  /** A `@gr.render` update is on its way to the screen: `render` fires once it is there. */
  private rerendered = false;
  private loadToken = 0;
  private toastStack?: HTMLGrToastElement;
  private pendingToasts: Toast[] = [];
  private listened = new Set<string>();
  /** "Use via API" and "Settings" (src/app/api-page.tsx). */
  private panels = new ApiPanels({
    client: () => this.connected(),
    config: () => this.connection?.config,
    themeMode: () => this.effectiveThemeMode(),
    setThemeMode: (mode) => this.styles?.theme.setMode(mode),
    locale: () => this.locale,
    setLocale: (locale) => {
      this.locale = locale;
      this.localeChange.emit(locale);
    },
  });

  /** Handed to every element that takes files: sends them to the app's server through the client. */
  /** The Hugging Face buttons of the page shown (their elements take the job of Gradio's generated js). */
  private hubRoles = new Map<number, HubButtonRole>();

  private hubProps(id: number): Record<string, unknown> {
    const role = this.hubRoles.get(id);
    const { connection } = this;
    if (!role || !connection) return {};
    const root = `${connection.config.root.replace(/\/+$/, '')}/`;
    const deepLink = () => this.connected().then((client) => client.deepLink());
    return hubButtonProps(role, { root, pageUrl: new URL(this.currentPage, root).toString(), deepLink });
  }

  private upload: UploadFunction = async (files, options = {}) => {
    const client = await this.connected('cannot upload');
    const { onProgress, signal } = options;
    const sizes = new Map(files.map((file) => [file.name, file.size]));
    return client.upload(files, {
      signal,
      onProgress: onProgress && ((p) => onProgress({ name: p.orig_name, loaded: p.loaded, total: sizes.get(p.orig_name) ?? 0 })),
    });
  };

  /** The `ls` handed to each folder-listing element: its component's `ls` server function (one per id). */
  private listers = new Map<number, FileTreeLister>();
  private lister(id: number): FileTreeLister {
    let ls = this.listers.get(id);
    if (!ls) {
      ls = (folder) => this.serverFunctions(id)('ls', folder);
      this.listers.set(id, ls);
    }
    return ls;
  }

  /** Calls a component's server functions by name (one function per id, so a re-render keeps the element's prop). */
  private servers = new Map<number, (fnName: string, data: unknown) => Promise<unknown>>();
  private serverFunctions(id: number): (fnName: string, data: unknown) => Promise<unknown> {
    let call = this.servers.get(id);
    if (!call) {
      call = async (fnName, data) => {
        const client = await this.connected(`cannot call its ${fnName} function`);
        return client.componentServer(id, fnName, data);
      };
      this.servers.set(id, call);
    }
    return call;
  }

  /** Calls an endpoint of the app by api name (what a WorkflowCanvas's function nodes run through). */
  private predict = async (apiName: string, data: unknown[]): Promise<unknown[]> => {
    const client = await this.connected(`cannot call ${apiName}`);
    return (await client.predict(apiName, data)).data as unknown[];
  };

  /**
   * The client of the app shown, its code loaded if need be (a failed load is tried again by the next caller).
   * @param doing What the caller cannot do without one, for the error when no app is connected.
   */
  private connected(doing = 'cannot call it'): Promise<Client> {
    const { connection } = this;
    if (!connection || connection.closed) return Promise.reject(new Error(`The app is not connected: ${doing}.`));
    if (this.client) return Promise.resolve(this.client);
    this.clientLoad ??= loadClient().then(
      ({ Client }) => {
        if (connection !== this.connection) throw new Error(`The app is not connected: ${doing}.`);
        this.client ??= Client.fromConnection(connection);
        return this.client;
      },
      (error: unknown) => {
        this.clientLoad = undefined;
        throw error;
      },
    );
    return this.clientLoad;
  }

  /** Ends the session with the app shown (its client's calls, or only the connection's requests). */
  private disconnect() {
    this.client?.close();
    this.connection?.close();
    this.connection = undefined;
    this.client = undefined;
    this.clientLoad = undefined;
  }

  connectedCallback() {
    if (this.phase !== 'idle') return;
    if (this.eager || typeof IntersectionObserver === 'undefined') {
      void this.load();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.observer?.disconnect();
          void this.load();
        }
      },
      { rootMargin: '400px' },
    );
    this.observer.observe(this.host);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.engine?.dispose();
    this.disconnect();
    this.styles?.remove();
  }

  componentDidRender() {
    // In the one-tag embed, elements this render added that are not defined yet (a toast, a status tracker)
    // load now and upgrade in place; `render` waits for them. Elsewhere `pending` is null.
    const pending = defineElementsUnder(this.host.shadowRoot);
    if (this.phase !== 'ready') {
      // A loading, login or error screen: what failed to load there shows as the element it is (unupgraded).
      pending?.catch(() => undefined);
      return;
    }
    const first = !this.renderedOnce;
    const again = this.rerendered;
    this.renderedOnce = true;
    this.rerendered = false;
    if (!first && !again) {
      pending?.catch((error: unknown) => this.elementsFailed(error));
      return;
    }
    if (pending) void pending.then(() => this.rendered(first), (error: unknown) => this.elementsFailed(error));
    else this.rendered(first);
  }

  /** The layout is on screen with its elements defined: `render` fires; after the first, `load` listeners run. */
  private rendered(first: boolean) {
    this.renderEvent.emit();
    if (!first) return;
    // The one-tag embed: what every action shows (status trackers) loads now, after the app. The toast stack
    // (with its sanitizer, 15 KB gzip) loads with the first message: most visits never show one.
    if (!this.trackers) {
      // If their code cannot load, trackers stay hidden (outputs still update).
      defineElements(['gr-status-tracker']).then(
        () => {
          this.trackers = true;
        },
        () => undefined,
      );
    }
    // BrowserState elements restore the browser's stored values as they load: load listeners read those.
    const token = this.pageToken;
    const states = Array.from(this.host.shadowRoot?.querySelectorAll('gr-browser-state') ?? [], elementReady);
    Promise.all([this.startEngine(), ...states]).then(
      ([engine]) => {
        if (engine && engine === this.engine && token === this.pageToken) engine.load();
      },
      (error: unknown) => this.elementsFailed(error),
    );
  }

  private elementsFailed(error: unknown) {
    this.addToast({ type: 'error', title: t('error', this.host), message: error instanceof Error ? error.message : String(error), duration: 10 });
  }

  private reference(): string | null {
    return this.src ?? this.space ?? null;
  }

  private effectiveThemeMode(): ThemeMode {
    const fromPage = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('__theme') : null;
    if (fromPage === 'dark' || fromPage === 'light') return fromPage;
    return this.themeMode ?? this.theme_mode ?? 'system';
  }

  private fail(name: string, message: string) {
    this.phase = 'error';
    this.errorMessage = message;
    this.errorEvent.emit({ name, message, src: this.reference() ?? '' });
    void this.useKitTheme();
  }

  /** The error and login screens wear the kit's theme when the server's is not applied (yet). */
  private async useKitTheme() {
    if (this.styles) return;
    const token = this.loadToken;
    const theme = await applyKitTheme(
      this.host,
      () => this.effectiveThemeMode(),
      () => token === this.loadToken && !this.styles,
    );
    if (theme) this.styles = { theme, remove: () => theme.remove() };
  }

  private async load(auth?: [string, string]) {
    const token = ++this.loadToken;
    const ref = this.reference();
    this.engine?.dispose();
    // What was under way for the app shown until now (its engine's start, its `load` run) is dropped.
    this.pageToken++;
    this.disconnect();
    this.renderedOnce = false;
    if (!ref) {
      this.fail('ConfigError', 'No app to show: set the src attribute to a Gradio app URL or a Space id.');
      return;
    }
    // A login attempt keeps the form (and what the user typed) on screen until it is answered.
    if (auth) this.signingIn = true;
    else this.phase = 'loading';
    // The reader's words load alongside the config, so the app's first render is already in their language.
    const words = loadKitWords(readerLocale(this.locale, this.host));
    preloadGradioKeys(readerLocale(this.locale, this.host));
    try {
      this.spaceStatus = null;
      const connection = await Connection.open(ref, {
        auth: auth ?? null,
        with_null_state: true,
        hub: this.hub ?? undefined,
        onSpaceStatus: (status) => {
          if (token === this.loadToken) this.spaceStatus = status;
        },
      });
      await words;
      if (token !== this.loadToken) return connection.close();
      this.connection = connection;
      this.config = connection.config;
      if (connection.config.auth_required && !auth) return await this.showLogin('');
      // A malformed or hostile config: what cannot run is left out (and said in a warning), or a ConfigError.
      const { config, warnings } = checkConfig(connection.config);
      this.config = config;
      const locale = readerLocale(this.locale, this.host);
      // An app with no translated text loads no translation code now (its engine brings it, for later updates).
      const translations = needsTranslations(config) ? await appTranslations(config.i18n_translations, locale) : undefined;
      if (token !== this.loadToken) return;
      this.store = new AppStore(config.components, config.dependencies, translations);
      const kept = this.keptValues;
      this.keptValues = null;
      // Only a login that ended under an engine keeps values: its code is there.
      if (kept) (await loadEngine()).restoreValues(this.store, kept);
      this.pages = pagesOf(config);
      const shown = this.showPage(initialPage(config, this.pages, this.page, ref));
      shown.catch(() => undefined); // awaited below, after the theme: not an unhandled rejection meanwhile
      if (warnings.length > 0) {
        this.addToast({ type: 'warning', title: t('warning', this.host), message: `The app's config has problems: ${warnings.join('; ')}.`, duration: 20 });
      }
      this.styles?.remove();
      this.styles = await applyServerStyles(this.host, connection.config, this.effectiveThemeMode());
      await shown;
      if (token !== this.loadToken) return;
      this.listenForEvents(config.dependencies);
      if (this.allowJs) {
        await import('../../app/app-scripts')
          .then(({ runAppScripts }) => runAppScripts(connection.config))
          .catch((error) =>
            this.addToast({ type: 'error', title: t('error', this.host), message: `The app's JavaScript failed: ${String(error)}`, duration: 10 }),
          );
      }
      if (this.controlPageTitle || this.control_page_title) {
        const title = connection.config.title;
        if (typeof title === 'string' && title) document.title = title;
      }
      this.signingIn = false;
      this.phase = 'ready';
    } catch (error) {
      if (token !== this.loadToken) return;
      if (error instanceof AuthError) return await this.showLogin(auth ? t('wrongLogin', this.host) : '');
      this.signingIn = false;
      // A TypeError or RangeError here is a config whose shape nothing expected (a list that is an object...).
      const malformed = error instanceof TypeError || error instanceof RangeError;
      const name = error instanceof Error && !malformed ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      const why = malformed ? `the app's config is malformed (${message})` : message;
      this.fail(name === 'Error' ? 'ConfigError' : name, `Could not load the Gradio app at ${ref}: ${why}`);
    }
  }

  /**
   * Shows one page of the app (all of it for a single-page app): its layout, and an event engine with its
   * listeners, whose `load` ones run once it is on screen. Values the user entered on other pages stay.
   */
  private async showPage(path: string): Promise<void> {
    const { connection, config, store } = this;
    if (!connection || !config || !store) return;
    const content = pageContent(config, path);
    const hubRoles = hubButtons(store.components.values(), content.dependencies);
    const tree = buildTree({ components: [...store.components.values()], layout: content.layout }, hubRoles);
    // The one-tag embed loads the page's elements before showing it (elsewhere they are defined already).
    const navbar = this.pages.length > 1 || navbarOf(config) ? ['gr-navbar'] : [];
    await defineElements([...treeTags(tree), ...navbar]);
    if (store !== this.store) return;
    this.engine?.dispose();
    this.engine = undefined;
    this.pageToken++;
    this.pageDependencies = content.dependencies;
    this.pendingEvents = [];
    this.renders = undefined;
    this.currentPage = path;
    this.hubRoles = hubRoles;
    this.tree = tree;
    this.renderedOnce = false;
  }

  /**
   * The shown page's event engine, made once its code is there (right after the page's first render); the
   * events that waited for it go to it then. Resolves to undefined if another page (or app) is shown meanwhile.
   */
  private async startEngine(): Promise<EventEngine | undefined> {
    const token = this.pageToken;
    // An app shown meanwhile (another src) closed this one's connection: what failed for it is no error now.
    const loaded = await Promise.all([loadEngine(), this.connected()]).catch((error: unknown) => {
      if (token === this.pageToken) throw error;
    });
    if (!loaded) return undefined;
    const [{ EventEngine, engineHostOf }, client] = loaded;
    const { config, store } = this;
    if (token !== this.pageToken || client !== this.client || !config || !store || this.phase !== 'ready') return undefined;
    if (this.engine) return this.engine;
    const host = engineHostOf({
      store,
      root: this.host.shadowRoot,
      engine: () => this.engine,
      locale: () => readerLocale(this.locale, this.host),
      autoscroll: () => this.autoscroll,
      toast: (toast) => this.addToast(toast),
      loginExpired: (kept) => this.askLoginAgain(kept),
      render: (renderConfig) => this.applyRender(renderConfig),
      onSubmit: (dep, inputs) => this.panels.record(dep, inputs),
    });
    const engine = new EventEngine(this.pageDependencies, client, host, {
      allowJs: this.allowJs,
      showError: Boolean(config.show_error),
      // Gradio 6's frontend runs no `.then()` after a failure, only `.failure()` listeners.
      thenAfterFailure: Number.parseInt(config.version, 10) < 6,
    });
    this.engine = engine;
    for (const [id, name, detail] of this.pendingEvents.splice(0)) engine.dispatch(id, name, detail);
    // What depends on the engine's listeners (the image editor's "Save changes") shows now.
    forceUpdate(this.host);
    return engine;
  }

  /** A page picked in the navbar or set through `page`: shown once its elements are there. */
  private switchPage(path: string) {
    this.showPage(path).catch((error: unknown) => this.elementsFailed(error));
  }

  @Watch('locale')
  onLocaleChange() {
    const locale = readerLocale(this.locale, this.host);
    refreshTranslations();
    const { store } = this;
    // Gradio's own keys in that language may have to load first; a later change of locale wins.
    void store?.translations?.withGradioKeys(locale).then(() => {
      if (store === this.store && readerLocale(this.locale, this.host) === locale) store.relocalize(locale);
    });
  }

  @Watch('page')
  onPageChange(path: string | null) {
    if (this.phase === 'ready' && path !== null && this.pages.some((page) => page.path === path)) this.switchPage(path);
  }

  /** A tab shown for the first time: its children render from now on. */
  private showTab(id: number) {
    if (this.shownTabs.has(id)) return;
    this.shownTabs = new Set(this.shownTabs).add(id);
  }

  /** One listener per event name any dependency targets, plus the value-changing ones, on the shadow root. */
  private listenForEvents(dependencies: readonly DependencyConfig[]) {
    const shadow = this.host.shadowRoot;
    if (!shadow) return;
    const names = new Set(valueEvents);
    for (const dep of dependencies) for (const [, name] of dep.targets) names.add(name);
    for (const name of names) {
      const domName = `gr-${kebab(name)}`;
      if (this.listened.has(domName)) continue;
      this.listened.add(domName);
      shadow.addEventListener(domName, (event) => this.onComponentEvent(name, event as CustomEvent));
    }
  }

  private onComponentEvent(name: string, event: CustomEvent) {
    const source = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.grId !== undefined) as
      | HTMLElement
      | undefined;
    if (!source) return;
    const id = Number(source.dataset.grId);
    this.store?.followElement(id, name, source as unknown as Record<string, unknown>);
    if (this.engine) this.engine.dispatch(id, name, event.detail ?? null);
    else if (this.phase === 'ready') {
      // The engine's code is still loading (or failed to: this tries again).
      this.pendingEvents.push([id, name, event.detail ?? null]);
      this.startEngine().catch((error: unknown) => this.elementsFailed(error));
    }
  }

  /**
   * A `@gr.render` update: the container gets its new children, the store the new components (keeping what
   * the user typed in keyed ones), the engine the new listeners; then `render` fires again.
   */
  private applyRender(renderConfig: unknown): Promise<void> {
    // One update at a time, in the order they came (each may wait for code to load).
    const next = this.renderQueue.then(() => this.applyRenderNow(renderConfig));
    this.renderQueue = next;
    return next;
  }

  private async applyRenderNow(renderConfig: unknown): Promise<void> {
    const { engine } = this;
    if (!engine) return;
    try {
      // `@gr.render` code loads with the first update; the engine waits for it before the job's next message.
      const { Renders, applyToStore, replaceChildren } = await loadRenders();
      this.renders ??= new Renders();
      const { store, tree, renders } = this;
      // The page changed (or the app reloaded) while the code loaded: that engine's renders are gone with it.
      if (engine !== this.engine || !store || !tree || !renders) return;
      const { change, hubRoles, children } = applyToStore(renders, store, engine.dependencies, renderConfig, ++this.renderGeneration);
      this.hubRoles = hubRoles;
      // The one-tag embed loads the elements the update brings before showing it.
      await defineElements(children.flatMap(treeTags));
      if (engine !== this.engine || !this.tree) return;
      this.tree = replaceChildren(this.tree, change.containerId, children);
      this.listenForEvents(change.dependencies);
      engine.replaceDependencies(change.removedDependencies, change.dependencies);
      this.rerendered = true;
    } catch (error) {
      this.addToast({ type: 'error', title: t('error', this.host), message: error instanceof Error ? error.message : String(error), duration: 10 });
    }
  }

  /** Messages go to the `<gr-toast>` stack (grouped by type, timed, sanitized), rendered on first use. */
  private addToast(toast: Toast) {
    this.pendingToasts.push(toast);
    if (this.showToasts) this.flushToasts();
    // The one-tag embed loads the stack's code first (an element rendered before it is defined loses its props).
    // If it cannot load, the messages wait for the next toast's attempt.
    else
      void defineElements(['gr-toast']).then(
        () => {
          this.showToasts = true;
        },
        () => undefined,
      );
  }

  private flushToasts() {
    const stack = this.toastStack;
    if (!stack || this.pendingToasts.length === 0) return;
    const messages = this.pendingToasts.splice(0);
    void elementReady(stack).then(() => Promise.all(messages.map((message) => stack.add(message))));
  }

  /**
   * The server no longer knows the login (expired, or the user logged out elsewhere): the login form comes
   * back with a message, and what the user had entered (`kept`) is put back once they have signed in again.
   */
  private askLoginAgain(kept: KeptValues) {
    if (this.phase !== 'ready') return;
    this.keptValues = kept;
    this.engine?.dispose();
    void this.showLogin(t('loginExpired', this.host));
  }

  /**
   * The login form, with `error` under it, once its element is there (the one-tag embed loads it only for an
   * app that asks for a login). The kit's theme dresses it while the server's is not applied.
   */
  private async showLogin(error: string) {
    const token = this.loadToken;
    try {
      await defineElements(['gr-app-login']);
    } catch (failure) {
      const why = failure instanceof Error ? failure.message : String(failure);
      if (token === this.loadToken) this.fail('ConnectionError', `Could not show the login form of ${this.reference()}: ${why}`);
      return;
    }
    if (token !== this.loadToken) return;
    this.signingIn = false;
    this.loginError = error;
    this.phase = 'login';
    void this.useKitTheme();
  }

  private onLogin = (event: CustomEvent<LoginDetail>) => {
    void this.load([event.detail.username, event.detail.password]);
  };

  /** What the layout tree's rendering (`src/app/node-view.tsx`) needs from this element. */
  private nodeView(): NodeViewContext {
    return {
      store: this.store,
      trackers: this.trackers,
      rootId: this.tree?.id,
      root: this.config?.root ?? null,
      maxFileSize: this.config?.max_file_size ?? null,
      fillHeight: Boolean(this.config?.fill_height),
      fillWidth: Boolean(this.config?.fill_width),
      shownTabs: this.shownTabs,
      showTab: (id) => this.showTab(id),
      upload: this.upload,
      lister: (id) => this.lister(id),
      serverFunctions: (id) => this.serverFunctions(id),
      predict: this.predict,
      hubProps: (id) => this.hubProps(id),
      // The image editor's "Save changes" button shows when the app listens to its `apply` event.
      listens: (id, event) => this.engine?.listens(id, event) ?? false,
    };
  }

  render() {
    const height = this.initialHeight ?? this.initial_height ?? '300px';
    const version = this.config?.version?.replace(/\./g, '-') ?? '';
    let body: unknown;
    if (this.phase === 'ready' && this.tree && this.config) {
      body = [
        <PageBar
          config={this.config}
          pages={this.pages}
          currentPage={this.currentPage}
          navbarProps={(id) => this.store?.get(id)?.props}
          onNavigate={(path) => this.switchPage(path)}
        />,
        renderNode(this.tree, this.nodeView()),
      ];
    }
    else if (this.phase === 'error') body = <ErrorScreen host={this.host} message={this.errorMessage} />;
    else if (this.phase === 'login') {
      body = (
        <gr-app-login
          message={this.config?.auth_message ? String(this.config.auth_message) : null}
          error={this.loginError}
          signingIn={this.signingIn}
          onGr-login={this.onLogin}
        />
      );
    } else body = <LoadingScreen host={this.host} height={height} space={this.spaceStatus} />;
    return (
      <Host class={{ 'embed-container': this.container }} lang={this.locale ?? undefined}>
        <div
          part="app"
          class={{ 'gradio-container': true, [`gradio-container-${version}`]: Boolean(version), contain: true }}
        >
          <div class="main">{body}</div>
          {this.showToasts ? (
            <gr-toast
              ref={(el?: HTMLGrToastElement) => {
                this.toastStack = el;
                this.flushToasts();
              }}
            />
          ) : null}
          {this.info && this.container && this.phase === 'ready' ? <HostedAt host={this.host} config={this.config} /> : null}
          {this.phase === 'ready' ? [this.panels.footer(this.config), this.panels.panel()] : null}
        </div>
      </Host>
    );
  }
}
