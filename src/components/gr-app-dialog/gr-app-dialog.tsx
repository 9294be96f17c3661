import { Component, Element, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';

const focusableSelector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element, looking inside shadow roots. */
function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A modal panel over the page for `<gradio-app>`'s "Use via API" and "Settings" pages: its content is the
 * slotted element. On opening it takes the focus, Tab and Shift+Tab stay inside it, Escape or a click on the
 * backdrop emits `gr-close`, and on removal the focus goes back where it was.
 *
 * @slot - the panel's content.
 * @part panel - the panel.
 */
@Component({ tag: 'gr-app-dialog', styleUrl: 'gr-app-dialog.css', shadow: true })
export class GrAppDialog {
  @Element() el!: HTMLElement;

  /** The dialog's accessible name. */
  @Prop() label: string = 'Dialog';

  /** Fires when the user presses Escape or clicks outside the panel. */
  @Event({ eventName: 'gr-close', bubbles: true, composed: true }) grClose!: EventEmitter<void>;

  private panel?: HTMLElement;
  private restoreFocus: Element | null = null;

  connectedCallback() {
    this.restoreFocus = deepActiveElement();
  }

  componentDidLoad() {
    this.panel?.focus();
  }

  disconnectedCallback() {
    const target = this.restoreFocus as HTMLElement | null;
    if (target?.isConnected && typeof target.focus === 'function') target.focus();
  }

  /** The content's focusable elements, in order (slotted content lives in the light DOM). */
  private focusables(): HTMLElement[] {
    return Array.from(this.el.querySelectorAll<HTMLElement>(focusableSelector)).filter((el) => el.getClientRects().length > 0);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.grClose.emit();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = this.focusables();
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const active = deepActiveElement(this.el.getRootNode() as Document | ShadowRoot);
    const first = items[0];
    const last = items[items.length - 1];
    const outside = !active || !this.el.contains(active);
    if (event.shiftKey && (outside || active === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (outside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  };

  render() {
    return (
      <Host onKeyDown={this.onKeyDown}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: pointer convenience; Escape closes from the keyboard */}
        <div class="backdrop" onClick={() => this.grClose.emit()} />
        <div part="panel" class="panel" role="dialog" aria-modal="true" aria-label={this.label} tabindex="-1" ref={(el) => (this.panel = el)}>
          <slot />
        </div>
      </Host>
    );
  }
}
