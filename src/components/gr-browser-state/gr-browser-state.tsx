import { Component, Event, type EventEmitter, Host, Listen, Prop, Watch, h } from '@stencil/core';

/**
 * Gradio's `BrowserState` (config type `browserstate`): a value with no UI (`display: none`) kept in the
 * browser's `localStorage` under `storageKey`, so it survives page reloads.
 *
 * - On connect the element loads `localStorage[storageKey]` (JSON) into `value`; when nothing is stored
 *   (or it cannot be read) `value` becomes `defaultValue`.
 * - Whenever `value` changes it is saved as JSON; falsy values (`null`, `false`, `0`, `""`) are not saved,
 *   as in the official frontend.
 * - When another tab changes the stored value (the window's `storage` event), `value` follows and
 *   `gr-change` fires. Setting `value` from code never fires it.
 *
 * Differences from the official frontend: the value is stored as plain JSON, not AES-encrypted with
 * `secret`, so `secret` is accepted and ignored, and values stored by the official frontend (encrypted)
 * under the same key are not read (the default is used instead). Storage errors (private mode, quota)
 * are ignored: the value then lives only in the element.
 */
@Component({ tag: 'gr-browser-state', styleUrl: '../../utils/no-ui.css', scoped: true })
export class GrBrowserState {
  /** The current value (any JSON). */
  @Prop({ mutable: true }) value: unknown = null;
  @Watch('value')
  valueChanged(value: unknown) {
    this.save(value);
  }

  /** The value used when nothing is stored yet (Gradio's `default_value`). */
  @Prop() defaultValue: unknown = null;

  /** The `localStorage` key (Gradio sends a random one when the app did not name it). */
  @Prop() storageKey: string = 'gradio-browser-state';
  @Watch('storageKey')
  storageKeyChanged() {
    this.load();
  }

  /** Gradio's encryption secret: accepted for config compatibility, not used (values are stored as JSON). */
  @Prop() secret: string | null = null;

  /** Fires when another tab changed the stored value; the detail is the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<unknown>;

  connectedCallback() {
    this.load();
  }

  @Listen('storage', { target: 'window' })
  onStorage(event: StorageEvent) {
    if (event.key !== this.storageKey || event.storageArea !== this.storage()) return;
    const next = event.newValue === null ? this.defaultValue : this.parse(event.newValue);
    this.value = next;
    this.grChange.emit(next);
  }

  private storage(): Storage | null {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return this.defaultValue;
    }
  }

  private load() {
    let stored: string | null = null;
    try {
      stored = this.storage()?.getItem(this.storageKey) ?? null;
    } catch {
      stored = null;
    }
    this.value = stored === null ? this.defaultValue : this.parse(stored);
  }

  private save(value: unknown) {
    if (!value) return;
    try {
      this.storage()?.setItem(this.storageKey, JSON.stringify(value));
    } catch {
      // Storage full or blocked: keep the value in memory only.
    }
  }

  render() {
    return <Host aria-hidden="true" />;
  }
}
