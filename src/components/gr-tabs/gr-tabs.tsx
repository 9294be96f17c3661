import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, State, Watch, h } from '@stencil/core';
import { type Visibility, containerClass, isShown } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';
import type { TabSelectDetail } from '../gr-tab/gr-tab';

/** What gr-tabs knows of one of its gr-tab children. */
interface TabInfo {
  el: HTMLGrTabElement;
  key: string | number;
  label: string;
  shown: boolean;
  interactive: boolean;
  panelId: string;
  scale: number | null;
}

/** Detail of gr-tabs' `gr-change`. */
export interface TabsChangeDetail {
  /** The newly selected tab's id (`tabId`, or its position when it has none). */
  selected: string | number;
}

const sameKey = (a: string | number | null | undefined, b: string | number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);

/**
 * Gradio `Tabs` (config type `tabs`) around `gr-tab` children (config type `tabitem`): a `role="tablist"`
 * row of buttons, one per visible tab, and the selected tab's panel. The other panels stay in the DOM,
 * hidden. Keyboard: Left/Right arrows move to (and select) the previous/next enabled tab, Home/End the
 * first/last; Tab leaves the tab list.
 *
 * @slot - the `gr-tab` panels.
 */
@Component({ tag: 'gr-tabs', styleUrl: 'gr-tabs.css', scoped: true })
export class GrTabs {
  @Element() el!: HTMLElement;

  @State() tabs: TabInfo[] = [];

  /**
   * The selected tab's id (a gr-tab's `tabId`, or its position among the tabs when it has none). `null` or
   * an unknown id selects the first visible, interactive tab. Updated when the user selects a tab.
   */
  @Prop({ mutable: true }) selected: string | number | null = null;
  @Watch('selected')
  selectedChanged() {
    this.syncPanels();
  }

  /** `false` or `"hidden"` hides the tabs. */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  /**
   * Fires when the user selects a tab (click, or arrow / Home / End keys), after the tab's own `gr-select`
   * (whose `event.target` is the gr-tab). Gradio's `select`.
   */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<TabSelectDetail>;

  /** Fires after `gr-select` when the user's selection changed the selected tab (not when `selected` is set). */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<TabsChangeDetail>;

  private observer?: MutationObserver;

  connectedCallback() {
    this.observer = new MutationObserver(() => this.scan());
    this.observer.observe(this.el, { childList: true });
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }

  componentWillLoad() {
    this.scan();
  }

  /** A gr-tab's props changed (internal event of gr-tab). */
  @Listen('gr-tab-update')
  onTabUpdate(event: Event) {
    if ((event.target as HTMLElement).parentElement !== this.el) return;
    event.stopPropagation();
    this.scan();
  }

  /** The gr-tab children of this element (the slot is the host's last child, so they are direct children). */
  private ownTabs(): HTMLGrTabElement[] {
    return Array.from(this.el.children).filter((child): child is HTMLGrTabElement => child.tagName === 'GR-TAB');
  }

  private scan() {
    this.tabs = this.ownTabs().map((el, position) => ({
      el,
      key: el.tabId ?? position,
      label: el.label ?? '',
      shown: isShown(el.visible),
      interactive: el.interactive !== false,
      panelId: el.id,
      scale: typeof el.scale === 'number' ? el.scale : null,
    }));
    this.syncPanels();
  }

  /** The tab shown: the one `selected` names, else the first visible interactive one. */
  private current(): TabInfo | undefined {
    return (
      this.tabs.find((tab) => tab.shown && sameKey(tab.key, this.selected)) ??
      this.tabs.find((tab) => tab.shown && tab.interactive)
    );
  }

  private syncPanels() {
    const current = this.current();
    for (const tab of this.tabs) tab.el.active = tab === current;
  }

  private select(tab: TabInfo) {
    if (!tab.interactive || !tab.shown) return;
    const changed = this.current() !== tab;
    this.selected = tab.key;
    const detail: TabSelectDetail = {
      index: this.tabs.filter((t) => t.shown).indexOf(tab),
      value: tab.label,
      selected: true,
      id: tab.key,
    };
    tab.el.dispatchEvent(new CustomEvent('gr-tab-activate', { detail }));
    this.grSelect.emit(detail);
    if (changed) this.grChange.emit({ selected: tab.key });
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const enabled = this.tabs.filter((tab) => tab.shown && tab.interactive);
    if (enabled.length === 0) return;
    const at = enabled.indexOf(this.current() as TabInfo);
    const targets: Record<string, number> = {
      ArrowRight: (at + 1) % enabled.length,
      ArrowLeft: (at - 1 + enabled.length) % enabled.length,
      Home: 0,
      End: enabled.length - 1,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    const target = enabled[targets[event.key]];
    this.select(target);
    (this.el.querySelector(`[data-tab-key="${CSS.escape(String(target.key))}"]`) as HTMLElement | null)?.focus();
  };

  render() {
    const current = this.current();
    const style: Record<string, string> = {};
    if (current?.scale !== null && current?.scale !== undefined) style['flex-grow'] = String(current.scale);
    return (
      <Host id={this.elemId ?? undefined} class={containerClass('tabs', this.elemClasses, this.visible)} style={style}>
        <div class="tab-wrapper">
          <div class="tab-container" role="tablist" onKeyDown={this.onKeyDown}>
            {this.tabs
              .filter((tab) => tab.shown)
              .map((tab) => {
                const selected = tab === current;
                return (
                  <button
                    type="button"
                    role="tab"
                    id={tab.panelId ? `${tab.panelId}-button` : undefined}
                    aria-controls={tab.panelId || undefined}
                    aria-selected={selected ? 'true' : 'false'}
                    tabIndex={selected ? 0 : -1}
                    disabled={!tab.interactive}
                    class={{ selected }}
                    data-tab-key={String(tab.key)}
                    onClick={() => this.select(tab)}
                  >
                    {tab.label}
                  </button>
                );
              })}
          </div>
        </div>
        <slot />
      </Host>
    );
  }
}
