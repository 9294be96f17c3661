import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, Watch, h } from '@stencil/core';
import { uniqueId } from '../../utils/ids';
import { type Visibility, containerClass, isShown } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';

/** Gradio's SelectData for a tab selection (`gr-select` of gr-tab and gr-tabs). */
export interface TabSelectDetail {
  /** Position of the tab among the visible tab buttons. */
  index: number;
  /** The tab's label. */
  value: string;
  /** Always `true`: a tab is selected, never deselected, by the user. */
  selected: true;
  /** The tab's Gradio id (`tabId`), or its position among all tabs when it has none. */
  id: string | number;
}

/**
 * A Gradio `Tab` (config type `tabitem`): one panel of a `gr-tabs`. The parent gr-tabs draws its button
 * (label, disabled when not `interactive`) and shows only the selected panel; the others stay in the DOM,
 * hidden, keeping their state.
 *
 * The element is the `role="tabpanel"` itself (class `tabitem`, `id` = `elem_id` or a generated id; its
 * button's id is `<id>-button`), a column of its children `--layout-gap` apart.
 *
 * @slot - the panel's content.
 */
@Component({ tag: 'gr-tab', styleUrl: 'gr-tab.css', scoped: true })
export class GrTab {
  @Element() el!: HTMLElement;

  /** The text of the tab's button. */
  @Prop() label: string = '';

  /** Gradio's tab `id` (the one `gr-tabs` `selected` refers to). `null`: the tab's position is used. */
  @Prop() tabId: string | number | null = null;

  /** `false` or `"hidden"`: no button, panel hidden. */
  @Prop() visible: Visibility = true;

  /** `false`: the button is disabled (the tab cannot be selected by the user). */
  @Prop() interactive: boolean = true;

  /** Relative height of the tabs when this tab is selected and the app fills the viewport (`flex-grow`). */
  @Prop() scale: number | null = null;

  /**
   * Gradio's `render_children`: whether the children of an inactive tab are rendered before it is first shown.
   * The element shows whatever children it is given; `<gradio-app>` gives a Gradio 6 tab (which sends
   * `false` by default) its children only from its `gr-first-show` on.
   */
  @Prop() renderChildren: boolean = false;

  /** Gradio's `elem_id`: the panel's `id` (its button gets `<elem_id>-button`). */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the panel. */
  @Prop() elemClasses: ElemClasses = null;

  /** Whether this panel is the selected one. Managed by the parent `gr-tabs`; do not set it yourself. */
  @Prop() active: boolean = false;

  @Watch('active')
  onActive() {
    if (this.active && !this.shownOnce) {
      this.shownOnce = true;
      this.firstShow.emit();
    }
  }

  /** Fires once, the first time this tab is shown (selected by the user, by the app, or first by default). */
  @Event({ eventName: 'gr-first-show', bubbles: true, composed: true }) firstShow!: EventEmitter<void>;

  private shownOnce = false;

  @Watch('label')
  @Watch('tabId')
  @Watch('visible')
  @Watch('interactive')
  @Watch('scale')
  @Watch('elemId')
  notifyTabs() {
    // Tells the parent gr-tabs to redraw its buttons (an internal event, stopped there).
    this.el.dispatchEvent(new CustomEvent('gr-tab-update', { bubbles: true }));
  }

  /** Fires when the user selects this tab (click or keyboard on its button), before gr-tabs' own `gr-select`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<TabSelectDetail>;

  private autoId = uniqueId('gr-tab');

  componentDidLoad() {
    this.notifyTabs();
    this.onActive();
  }

  /** Sent by the parent gr-tabs on a user selection; re-emitted as this tab's `gr-select`. */
  @Listen('gr-tab-activate')
  onActivate(event: CustomEvent<TabSelectDetail>) {
    if (event.target !== this.el) return;
    event.stopPropagation();
    this.grSelect.emit(event.detail);
  }

  render() {
    const id = this.elemId || this.autoId;
    return (
      <Host
        id={id}
        role="tabpanel"
        aria-labelledby={`${id}-button`}
        class={containerClass('tabitem', this.elemClasses, this.visible, {
          active: this.active && isShown(this.visible),
        })}
      >
        <slot />
      </Host>
    );
  }
}
