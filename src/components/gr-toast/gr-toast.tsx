import { Component, Element, Event, type EventEmitter, Host, Method, Prop, State, Watch, h } from '@stencil/core';
import { sanitizeHtml } from '../../utils/sanitize';
import { t } from '../../utils/i18n';
import { trustedHtml } from '../../utils/trusted-types';

/** The kinds of toast: `gr.Info`, `gr.Warning`, `gr.Error`, `gr.Success`. */
export type ToastType = 'info' | 'warning' | 'error' | 'success';

/** One message, as the runtime builds it from a `log` message or an error (Gradio's ToastMessage). */
export interface ToastMessage {
  /** Unique id; `add()` assigns one when missing. */
  id: string | number;
  type: ToastType;
  /** A custom title (`gr.Info(title=...)`); shown when the message is alone in its group. */
  title?: string | null;
  /** The message, as HTML (sanitized before display). */
  message: string;
  /** Seconds before the message closes itself; `null` or `0`: stays until closed. Default 10. */
  duration?: number | null;
  /** `false`: not shown (Gradio's `visible=False`). */
  visible?: boolean;
}

/** Detail of `gr-toast-close`. */
export interface ToastCloseDetail {
  /** The type of the group closed. */
  type: ToastType;
  /** The ids of the messages closed. */
  ids: (string | number)[];
}

const toastTypes: ReadonlySet<string> = new Set<ToastType>(['info', 'warning', 'error', 'success']);
const typeOrder: ToastType[] = ['error', 'warning', 'info', 'success'];

const icons: Record<ToastType, string> = {
  info: 'M12 16v-5M12 8h.01',
  warning: 'M12 9v4M12 17h.01',
  error: 'M15 9l-6 6M9 9l6 6',
  success: 'M8 12l3 3 5-6',
};

let nextId = 0;

/**
 * Gradio's toasts (`gr.Info`, `gr.Warning`, `gr.Error`, `gr.Success`): a stack fixed at the top right of
 * the viewport, one card per message type holding every message of that type. A card shows the type's
 * icon, title and count, a button that collapses its messages, a close button (closing the whole group)
 * and the messages as sanitized HTML. When a message has a `duration` and is alone in its group, a
 * countdown bar runs and the card closes after that many seconds.
 *
 * Error cards are `role="alert"`, the others `role="status"`.
 */
@Component({ tag: 'gr-toast', styleUrl: 'gr-toast.css', scoped: true })
export class GrToast {
  @Element() el!: HTMLElement;

  /** Types whose messages the user collapsed. */
  @State() collapsed: Partial<Record<ToastType, boolean>> = {};

  /** The messages shown. `add()` appends; closing (by the user or a timer) removes. */
  @Prop({ mutable: true }) messages: ToastMessage[] = [];
  @Watch('messages')
  messagesChanged() {
    this.syncTimers();
  }

  /** Fires when the user closes a group with its close button. */
  @Event({ eventName: 'gr-toast-close', bubbles: true, composed: true }) grToastClose!: EventEmitter<ToastCloseDetail>;

  private timers = new Map<string | number, ReturnType<typeof setTimeout>>();

  componentWillLoad() {
    this.syncTimers();
  }

  disconnectedCallback() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Shows a message; returns its id. `duration` defaults to 10 seconds (`null` or `0`: sticky), `title` to
   * the type's name.
   */
  @Method()
  async add(message: Omit<ToastMessage, 'id'> & { id?: string | number }): Promise<string | number> {
    nextId += 1;
    const id = message.id ?? `gr-toast-${nextId}`;
    const duration = message.duration === undefined ? 10 : message.duration;
    this.messages = [...this.list(), { ...message, id, duration }];
    return id;
  }

  /** Removes a message by id. */
  @Method()
  async dismiss(id: string | number): Promise<void> {
    this.messages = this.list().filter((message) => message.id !== id);
  }

  /** Removes every message. */
  @Method()
  async clear(): Promise<void> {
    this.messages = [];
  }

  private list(): ToastMessage[] {
    return Array.isArray(this.messages) ? this.messages.filter((message) => message && typeof message === 'object') : [];
  }

  private isShown = (message: ToastMessage) => message.visible !== false && toastTypes.has(message.type);

  /** A timer per message with a duration; on expiry the message closes if it is alone in its group. */
  private syncTimers() {
    const messages = this.list();
    const ids = new Set(messages.map((message) => message.id));
    for (const [id, timer] of this.timers) {
      if (!ids.has(id)) {
        clearTimeout(timer);
        this.timers.delete(id);
      }
    }
    for (const message of messages) {
      const seconds = message.duration;
      if (this.timers.has(message.id) || typeof seconds !== 'number' || seconds <= 0) continue;
      this.timers.set(
        message.id,
        setTimeout(() => this.expire(message), seconds * 1000),
      );
    }
  }

  private expire(message: ToastMessage) {
    const group = this.list().filter((other) => other.type === message.type && this.isShown(other));
    if (group.length === 1 && group[0].id === message.id) {
      this.messages = this.list().filter((other) => other.id !== message.id);
    }
  }

  private closeGroup(type: ToastType, ids: (string | number)[]) {
    this.messages = this.list().filter((message) => !ids.includes(message.id));
    this.grToastClose.emit({ type, ids });
  }

  private toggleGroup(type: ToastType) {
    this.collapsed = { ...this.collapsed, [type]: !this.collapsed[type] };
  }

  private renderGroup(type: ToastType, group: ToastMessage[]) {
    const single = group.length === 1;
    const first = group[0];
    const title = (single && first.title) || t(type, this.el);
    const expanded = !this.collapsed[type];
    const countdown = single && typeof first.duration === 'number' && first.duration > 0;
    const listId = `gr-toast-messages-${type}`;
    return (
      <div class={{ 'toast-body': true, [type]: true }} role={type === 'error' ? 'alert' : 'status'} data-type={type}>
        <div class="toast-header">
          <span class="toast-icon" aria-hidden="true">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              {type === 'warning' ? <path d="M12 3l10 18H2z" /> : <circle cx="12" cy="12" r="9" />}
              <path d={icons[type]} />
            </svg>
          </span>
          <span class="toast-title">
            {title}
            {single ? null : <span class="toast-count">({group.length})</span>}
          </span>
          <button
            type="button"
            class={{ 'toast-toggle': true, expanded }}
            aria-expanded={expanded ? 'true' : 'false'}
            aria-controls={listId}
            aria-label={t(expanded ? 'hideTypeMessages' : 'showTypeMessages', this.el, { type: t(type, this.el) })}
            onClick={() => this.toggleGroup(type)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M6 9l6 6 6-6" />
            </svg>
          </button>
          <button
            type="button"
            class="toast-close"
            aria-label={t('closeTypeMessages', this.el, { type: t(type, this.el) })}
            onClick={() => this.closeGroup(type, group.map((message) => message.id))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div class="toast-messages" id={listId} hidden={!expanded}>
          {group.map((message, index) => [
            <div class="toast-message-text" innerHTML={trustedHtml(sanitizeHtml(message.message ?? ''))} />,
            index < group.length - 1 ? <div class="toast-separator" /> : null,
          ])}
        </div>
        {countdown ? <div class="timer" key={`timer-${first.id}`} style={{ animationDuration: `${first.duration}s` }} /> : null}
      </div>
    );
  }

  render() {
    const shown = this.list().filter(this.isShown);
    const types = typeOrder.filter((type) => shown.some((message) => message.type === type));
    return (
      <Host class={{ empty: shown.length === 0 }}>
        {types.map((type) =>
          this.renderGroup(
            type,
            shown.filter((message) => message.type === type),
          ),
        )}
      </Host>
    );
  }
}
