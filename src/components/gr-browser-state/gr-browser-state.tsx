import { Component, Event, type EventEmitter, Host, Listen, Prop, Watch, h } from '@stencil/core';
import { decryptState, encryptState } from '../../utils/browser-state-crypto';

/**
 * Gradio's `BrowserState` (config type `browserstate`): a value with no UI (`display: none`) kept in the
 * browser's `localStorage` under `storageKey`, so it survives page reloads.
 *
 * - With a `secret` (Gradio always sends one), the value is stored AES-encrypted exactly as Gradio's frontend
 *   stores it (see `src/utils/browser-state-crypto.ts`), so either frontend reads what the other stored on
 *   the same origin; with no `secret` (the element used alone), as plain JSON.
 * - On connect the element loads `localStorage[storageKey]` into `value`; when nothing is stored (or it cannot
 *   be read: another secret, broken data) `value` becomes `defaultValue`. Either way it fires `gr-restore`.
 * - Whenever `value` changes it is saved; falsy values (`null`, `false`, `0`, `""`) are not saved, as in the
 *   official frontend.
 * - When another tab changes the stored value (the window's `storage` event), `value` follows and
 *   `gr-change` fires. Setting `value` from code never fires it.
 *
 * Storage errors (private mode, quota) are ignored: the value then lives only in the element.
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

  /** The key the stored value is encrypted with (Gradio's `secret`); `null` stores plain JSON. */
  @Prop() secret: string | null = null;
  @Watch('secret')
  secretChanged() {
    this.load();
  }

  /** Fires when another tab changed the stored value; the detail is the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<unknown>;

  /**
   * Fires when the element has read its value from storage, or taken `defaultValue` for want of one (on
   * connect, or when `storageKey` or `secret` change); the detail is that value. Not a Gradio event:
   * `<gradio-app>` takes the value from it, so that the app's listeners read what the browser had stored.
   */
  @Event({ eventName: 'gr-restore', bubbles: true, composed: true }) grRestore!: EventEmitter<unknown>;

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

  /** A stored text's value: decrypted with `secret` when there is one; `defaultValue` when unreadable. */
  private parse(text: string): unknown {
    try {
      return JSON.parse(this.secret ? decryptState(text, this.secret) : text);
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
    this.loaded = stored === null ? undefined : JSON.stringify(this.value);
    this.grRestore.emit(this.value);
  }

  /**
   * The JSON of the value last read from storage or saved (`undefined` while nothing is stored): the same value
   * given back (the runtime echoing it) is not saved again.
   */
  private loaded?: string;

  private save(value: unknown) {
    if (!value) return;
    try {
      const json = JSON.stringify(value);
      // Neither the value just read nor, while nothing is stored, the default is written (as Gradio does).
      if (json === this.loaded || (this.loaded === undefined && json === JSON.stringify(this.defaultValue))) return;
      this.loaded = json;
      this.storage()?.setItem(this.storageKey, this.secret ? encryptState(json, this.secret) : json);
    } catch {
      // Storage full or blocked: keep the value in memory only.
    }
  }

  render() {
    return <Host aria-hidden="true" />;
  }
}
