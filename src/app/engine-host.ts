/**
 * What `<gradio-app>`'s event engine acts through: the store's values, statuses and validation (translated, for
 * what updates bring), plus the element's toasts, scrolling, `@gr.render` updates, API recorder and login.
 * `<gradio-app>` loads this module (with the engine, which it re-exports) after the page's first render:
 * showing an app needs none of it.
 */
import type { DependencyConfig } from '../client/types';
import { AppTranslations } from './app-translations';
import type { EngineHost, EventEngine, Toast } from './events';
import type { AppStore } from './store';

export { EventEngine } from './events';

/** What the engine host needs from `<gradio-app>`. */
export interface EngineHostApp {
  store: AppStore;
  /** The shadow root the app's elements are in. */
  root: ShadowRoot | null;
  /** The engine of the page shown (an update may come from one whose page is gone). */
  engine(): EventEngine | undefined;
  /** The reader's locale. */
  locale(): string;
  /** Whether outputs scroll into view (`autoscroll`). */
  autoscroll(): boolean;
  toast(toast: Toast): void;
  /** The server no longer knows the login: `kept` is what the user had entered, for after the next login. */
  loginExpired(kept: KeptValues): void;
  render(renderConfig: unknown): Promise<void>;
  onSubmit(dep: DependencyConfig, inputs: unknown[]): void;
}

/** Each component's value (with its type) when a login ended, by id. */
export type KeptValues = Map<number, { type: string; value: unknown }>;

/** Every component's current value in `store`. */
function valuesOf(store: AppStore): KeptValues {
  const kept: KeptValues = new Map();
  for (const { id } of store.components.values()) {
    const entry = store.get(id);
    if (entry) kept.set(id, { type: entry.type, value: entry.props.value });
  }
  return kept;
}

/** Puts `kept` values back in the components of `store` with the same id and type (a new login's app). */
export function restoreValues(store: AppStore, kept: KeptValues): void {
  const access = store.engineAccess();
  for (const [id, { type, value }] of kept) {
    if (store.get(id)?.type === type && value !== undefined) access.setValue(id, value);
  }
}

/** An element with a public `commit()` method (gr-image-editor), which finishes its value. */
type Committing = Element & { commit?: () => unknown };

/** The engine host of one page of an app. */
export function engineHostOf(app: EngineHostApp): EngineHost {
  const { store, root } = app;
  // An app whose config showed no translated text may still send some (an update's `gr.I18n` label).
  if (!store.translations) {
    const translations = new AppTranslations(null, app.locale());
    store.translateWith(translations);
    void translations.withGradioKeys(app.locale());
  }
  const access = store.engineAccess();
  const element = (id: number) => root?.querySelector(`[data-gr-id="${id}"]`) ?? null;
  /**
   * A BrowserState whose value an event changed fires `change`, as Gradio's does (a server-side gr.State
   * change comes as `changed_state_ids` instead): a saved chat history then refreshes its list.
   */
  const followBrowserState = (id: number, before: unknown) => {
    const entry = store.get(id);
    if (entry?.type !== 'browserstate' || JSON.stringify(entry.props.value) === JSON.stringify(before)) return;
    queueMicrotask(() => app.engine()?.dispatch(id, 'change'));
  };
  return {
    ...access,
    setValue: (id, value) => {
      const before = store.get(id)?.props.value;
      access.setValue(id, value);
      followBrowserState(id, before);
    },
    updateProps: (id, props) => {
      const before = store.get(id)?.props.value;
      access.updateProps(id, props);
      followBrowserState(id, before);
    },
    toast: (toast) => app.toast(toast),
    loginExpired: () => app.loginExpired(valuesOf(store)),
    scrollTo: (id) => {
      if (app.autoscroll()) element(id)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    },
    render: (renderConfig) => app.render(renderConfig),
    onSubmit: (dep, inputs) => app.onSubmit(dep, inputs),
    settleInputs: async (ids) => {
      // An element with a public `commit()` method (gr-image-editor) finishes its value first; its change event
      // reaches the store. In the one-tag embed an element is its own instance, so its private methods are
      // properties too: no element may have a private `commit` (tests/unit/settle-contract.test.ts), and what
      // a `commit` returns is awaited only when it is a promise.
      await Promise.all(
        ids.map(async (id) => {
          const committing = element(id) as Committing | null;
          if (typeof committing?.commit !== 'function') return;
          const settled: unknown = committing.commit();
          if (settled instanceof Promise) await settled.catch(() => undefined);
        }),
      );
    },
  };
}
