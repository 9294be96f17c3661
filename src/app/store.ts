/**
 * The state store behind `<gradio-app>`: each component's element props (camelCase) and status tracker,
 * in one `@stencil/store` map keyed by component id, so that an element re-renders when its entry changes.
 * The store is the truth for values: user edits reach it through the elements' events, and outputs land in
 * it before the elements re-render.
 */
import { type ObservableMap, createStore } from '@stencil/store';
import type { ComponentConfig, DependencyConfig } from '../client/types';
import type { EngineHost, LoadingStatus } from './events';
import type { AppTranslations } from './app-translations';
import { isInteractive } from './interactivity';
import { camelCase, elementProps } from './props';
import { invisibleTypes, layoutTypes, missingValues } from './registry';

/** One component's entry. */
export interface NodeState {
  type: string;
  /** Element props, camelCase. */
  props: Record<string, unknown>;
  status: LoadingStatus | null;
  /** What the last run's validator said of this input (Gradio 5.45+ `validator=`), until it is taken back. */
  validationError?: string | null;
}

export type AppState = Record<string, NodeState>;

/**
 * Props a user changes besides `value` (an accordion or sidebar opened, a tab selected), by the events that
 * change them. The store follows them too: otherwise a later update that sets the config's value again
 * (`gr.Accordion(open=False)` after the user opened it) would equal the store's stale value and never reach
 * the element.
 */
const userProps: Readonly<Record<string, readonly string[]>> = {
  expand: ['open'],
  collapse: ['open'],
  select: ['selected', 'selectedIndex'],
  change: ['selected'],
};

/** A component's entry as made from its config (interactivity decided from the listeners). */
function entryOf(
  component: ComponentConfig,
  dependencies: readonly DependencyConfig[],
  translations: AppTranslations | undefined,
  keep?: Record<string, unknown>,
): NodeState {
  const config = translations ? translations.translateProps(component.props) : component.props;
  const props = elementProps({ ...config, ...keep });
  const missing = props.value === undefined ? missingValues.get(component.type) : undefined;
  if (missing) props.value = missing();
  if (!layoutTypes.has(component.type)) props.interactive = isInteractive(component.id, component.props, dependencies);
  return { type: component.type, props, status: null };
}

export class AppStore {
  /** The observable map the elements' renders read. */
  readonly state: ObservableMap<AppState>;
  /** Every component's config, the `@gr.render` ones included. */
  readonly components = new Map<number, ComponentConfig>();

  /** The app's `gr.I18n` translations: markers in props, values and updates become text. */
  #translations?: AppTranslations;

  /** The translations markers are resolved with (none while the app has shown no translated text). */
  get translations(): AppTranslations | undefined {
    return this.#translations;
  }

  /**
   * Translations for what comes later (values, updates, `@gr.render` components), for a store made without
   * them: the config showed no translated text, so nothing shown changes. A store that has some keeps them.
   */
  translateWith(translations: AppTranslations): void {
    if (!this.#translations && translations.active) this.#translations = translations;
  }

  constructor(components: readonly ComponentConfig[], dependencies: readonly DependencyConfig[], translations?: AppTranslations) {
    this.#translations = translations?.active ? translations : undefined;
    const initial: AppState = {};
    for (const component of components) {
      this.components.set(component.id, component);
      initial[String(component.id)] = entryOf(component, dependencies, this.#translations);
    }
    this.state = createStore<AppState>(initial);
  }

  /** A value from the server: text with its translation markers translated (other values are left alone). */
  #translatedValue<T>(value: T): T {
    return this.#translations && typeof value === 'string' ? this.#translations.translate(value) : value;
  }

  /**
   * Shows the app's texts in another locale: each prop made from a translated config text that still shows
   * that text (the user or a listener did not change it) takes the new locale's.
   */
  relocalize(locale: string): void {
    const translations = this.#translations;
    if (!translations) return;
    const before = new Map([...this.components.values()].map((c) => [c.id, translations.translateProps(c.props)]));
    translations.locale = locale;
    for (const component of this.components.values()) {
      const entry = this.get(component.id);
      const after = translations.translateProps(component.props);
      const old = before.get(component.id);
      if (!entry || !old || after === component.props) continue;
      const next = { ...entry.props };
      let changed = false;
      for (const [key, text] of Object.entries(after)) {
        const prop = camelCase(key);
        if (JSON.stringify(text) !== JSON.stringify(old[key]) && JSON.stringify(next[prop]) === JSON.stringify(old[key])) {
          next[prop] = text;
          changed = true;
        }
      }
      if (changed) this.put(component.id, { props: next });
    }
  }

  get(id: number): NodeState | undefined {
    return this.state.get(String(id));
  }

  put(id: number, change: Partial<NodeState>): void {
    const entry = this.get(id);
    if (entry) this.state.set(String(id), { ...entry, ...change });
  }

  /**
   * An element fired `eventName`: the store takes its value (and the prop that event changes) when they
   * differ, so that inputs read what the user sees.
   */
  followElement(id: number, eventName: string, element: Record<string, unknown>): void {
    const entry = this.get(id);
    if (!entry) return;
    const changed: Record<string, unknown> = {};
    if ('value' in element && entry.props.value !== element.value) changed.value = element.value;
    for (const prop of userProps[eventName] ?? []) {
      if (prop in element && entry.props[prop] !== element[prop]) changed[prop] = element[prop];
    }
    if (Object.keys(changed).length === 0) return;
    // The user changed what the validator judged: its message no longer applies (as Gradio's textbox clears it).
    this.put(id, { props: { ...entry.props, ...changed }, ...('value' in changed ? { validationError: null } : {}) });
  }

  /** Adds or replaces components (a `@gr.render` run), keeping `keep[id]` (config keys) over their props. */
  addComponents(
    components: readonly ComponentConfig[],
    dependencies: readonly DependencyConfig[],
    keep: ReadonlyMap<number, Record<string, unknown>>,
  ): void {
    for (const component of components) {
      this.components.set(component.id, component);
      const status = this.get(component.id)?.status ?? null;
      this.state.set(String(component.id), { ...entryOf(component, dependencies, this.#translations, keep.get(component.id)), status });
    }
  }

  /** Forgets components that a `@gr.render` run removed (their elements are gone from the tree). */
  removeComponents(ids: readonly number[]): void {
    for (const id of ids) this.components.delete(id);
  }

  /** A component's current props by config key (for `@gr.render`'s kept props). */
  currentProps(id: number, names: readonly string[]): Record<string, unknown> | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const key = camelCase(name);
      if (key in entry.props) out[name] = entry.props[key];
    }
    return out;
  }

  /** The part of the event engine's host that reads and writes component state. */
  engineAccess(): Pick<EngineHost, 'getValue' | 'setValue' | 'updateProps' | 'setStatus' | 'setValidation'> {
    return {
      getValue: (id) => this.get(id)?.props.value ?? null,
      setValue: (id, value) => this.put(id, { props: { ...this.get(id)?.props, value: this.#translatedValue(value) } }),
      updateProps: (id, props) => {
        const entry = this.get(id);
        if (!entry) return;
        const next = { ...entry.props };
        const translated = this.#translations ? this.#translations.translateProps(props) : props;
        for (const [key, value] of Object.entries(translated)) next[camelCase(key)] = value;
        this.put(id, { props: next });
      },
      setStatus: (id, status) => this.put(id, { status }),
      setValidation: (id, message) => {
        const entry = this.get(id);
        if (!entry) return false;
        if ((entry.validationError ?? null) !== message) this.put(id, { validationError: message });
        return !invisibleTypes.has(entry.type) && entry.props.visible !== false;
      },
    };
  }
}
