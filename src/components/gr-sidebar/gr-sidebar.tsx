import { Component, Element, Event, type EventEmitter, Host, Prop, State, h } from '@stencil/core';
import { cssLength } from '../../utils/block';
import { uniqueId } from '../../utils/ids';
import { type SidebarLayoutDetail, type Visibility, containerClass, isShown } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';
import { t } from '../../utils/i18n-more';

/**
 * A Gradio `Sidebar` (config type `sidebar`): a full-height panel fixed to the left or right edge of the
 * viewport that slides in and out. A toggle button (`aria-expanded`) sticks out of its inner edge. While
 * closed, its content is hidden from view, from the keyboard and from assistive technology (it stays in the
 * DOM). At 768px and below it spans the viewport width.
 *
 * The element is the panel (class `sidebar`, `id` = `elem_id`), an `<aside>`-like landmark
 * (`role="complementary"`) named by `label`. Inside a `gr-blocks-root`, the root makes room for the open
 * panel on its side (wider than 768px), so the page content shifts instead of being covered.
 *
 * @slot - the sidebar's content.
 */
@Component({ tag: 'gr-sidebar', styleUrl: 'gr-sidebar.css', scoped: true })
export class GrSidebar {
  @Element() el!: HTMLElement;

  /** Rendered once and laid out: from then on it slides (see the stylesheet). */
  @State() settled = false;

  /** Accessible name of the panel (Gradio does not display it). */
  @Prop() label: string | null = null;

  /** Whether the panel is shown. Updated when the user toggles it. */
  @Prop({ mutable: true }) open: boolean = true;

  /** The edge it is fixed to. */
  @Prop() position: 'left' | 'right' = 'left';

  /** Width: a number of pixels or any CSS length. */
  @Prop() width: number | string = 320;

  /** `false` or `"hidden"` hides the sidebar and its toggle. */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user opens the sidebar with its toggle (not when `open` is set). */
  @Event({ eventName: 'gr-expand', bubbles: true, composed: true }) grExpand!: EventEmitter<void>;

  /** Fires when the user closes the sidebar with its toggle (not when `open` is set). */
  @Event({ eventName: 'gr-collapse', bubbles: true, composed: true }) grCollapse!: EventEmitter<void>;

  private contentId = uniqueId('gr-sidebar-content');
  /** The enclosing gr-blocks-root, told when the panel needs room. */
  private root: Element | null = null;
  /** The last layout told to the root. */
  private announced = '';

  connectedCallback() {
    this.root = this.el.closest('gr-blocks-root');
  }

  disconnectedCallback() {
    // Detached: the root can no longer hear an event from here, so it is told directly.
    const detail: SidebarLayoutDetail = { position: this.position === 'right' ? 'right' : 'left', width: null };
    this.root?.dispatchEvent(new CustomEvent('gr-sidebar-layout', { detail }));
    this.announced = '';
  }

  componentDidLoad() {
    // Reading the computed style applies the first style now, without a transition; the slide
    // transition applies from the next frame on.
    void getComputedStyle(this.el).transform;
    requestAnimationFrame(() => {
      this.settled = true;
    });
  }

  /** Tells an enclosing gr-blocks-root how much room the open panel needs on which side (an internal event). */
  componentDidRender() {
    const shown = isShown(this.visible);
    const toggle = this.el.querySelector<HTMLElement>('.toggle-button');
    const detail: SidebarLayoutDetail = {
      position: this.position === 'right' ? 'right' : 'left',
      width: this.open && shown ? this.el.offsetWidth : null,
      toggle: !this.open && shown && toggle ? toggle.offsetWidth : null,
    };
    const key = JSON.stringify(detail);
    if (key === this.announced) return;
    this.announced = key;
    this.el.dispatchEvent(new CustomEvent('gr-sidebar-layout', { detail, bubbles: true, composed: true }));
  }

  private toggle = () => {
    this.open = !this.open;
    if (this.open) this.grExpand.emit();
    else this.grCollapse.emit();
  };

  render() {
    const right = this.position === 'right';
    return (
      <Host
        id={this.elemId ?? undefined}
        role="complementary"
        aria-label={this.label || 'Sidebar'}
        class={containerClass('sidebar', this.elemClasses, this.visible, { open: this.open, right, settled: this.settled })}
        style={{ '--sidebar-width': cssLength(this.width) ?? '320px' }}
      >
        <button
          type="button"
          class="toggle-button"
          aria-expanded={this.open ? 'true' : 'false'}
          aria-controls={this.contentId}
          aria-label={this.open ? t('closeSidebar', this.el) : t('openSidebar', this.el)}
          onClick={this.toggle}
        >
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 5l7 7-7 7" />
          </svg>
        </button>
        <div class="sidebar-content" id={this.contentId}>
          <slot />
        </div>
      </Host>
    );
  }
}
