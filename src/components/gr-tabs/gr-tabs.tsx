import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, State, Watch, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
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
 * first/last; Tab leaves the tab list. Tabs that do not fit the row go into a "⋯" menu at its end (as in
 * Gradio), marked as selected when the selected tab is in it; ArrowDown/Enter open it, Escape closes it.
 *
 * @slot - the `gr-tab` panels.
 */
@Component({ tag: 'gr-tabs', styleUrl: 'gr-tabs.css', scoped: true })
export class GrTabs {
  @Element() el!: HTMLElement;

  @State() tabs: TabInfo[] = [];

  /** How many of the shown tabs fit in the row; the rest are in the overflow menu. */
  @State() fitting = Number.POSITIVE_INFINITY;

  /** Whether the overflow menu is open. */
  @State() menuOpen = false;

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
  private resizeObserver?: ResizeObserver;
  /** Each tab button's width, measured while every tab is in the row (after each scan). */
  private widths: number[] | null = null;
  private row?: HTMLElement;
  private menuButton?: HTMLButtonElement;

  connectedCallback() {
    this.observer = new MutationObserver(() => this.scan());
    this.observer.observe(this.el, { childList: true });
    this.resizeObserver = new ResizeObserver(() => {
      this.measure();
      this.fit();
    });
    this.resizeObserver.observe(this.el);
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  componentDidRender() {
    this.measure();
    this.fit();
  }

  /** Measures each tab button once every shown tab is in the row and laid out (a hidden row waits to be shown). */
  private measure() {
    const { row } = this;
    if (this.widths || !row || this.fitting !== Number.POSITIVE_INFINITY || row.clientWidth === 0) return;
    const buttons = row.querySelectorAll<HTMLElement>('button[role="tab"]');
    // A resize may come between a scan and the render that puts its tabs in the row.
    if (buttons.length !== this.tabs.filter((tab) => tab.shown).length) return;
    this.widths = Array.from(buttons, (button) => button.offsetWidth);
  }

  /** Puts as many tabs in the row as fit, leaving room for the menu button when some do not. */
  private fit() {
    const { widths, row } = this;
    if (!widths || !row) return;
    // The wrapper's width: the row itself narrows when the menu button takes its place beside it.
    const room = (row.parentElement ?? row).clientWidth;
    const total = widths.reduce((sum, width) => sum + width, 0);
    let fitting = widths.length;
    if (total > room) {
      const menuWidth = 48;
      let used = 0;
      fitting = 0;
      while (fitting < widths.length && used + widths[fitting] + menuWidth <= room) used += widths[fitting++];
    }
    if (fitting !== this.fitting) this.fitting = fitting;
    if (fitting >= widths.length) this.menuOpen = false;
  }

  private onOutsidePointer = (event: PointerEvent) => {
    if (this.menuOpen && !event.composedPath().includes(this.el.querySelector('.overflow') as EventTarget)) this.menuOpen = false;
  };

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
    // Labels or tabs may have changed: measure again with every tab in the row.
    this.widths = null;
    this.fitting = Number.POSITIVE_INFINITY;
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
    // A tab in the overflow menu has no button in the row: the menu button, marked selected, takes the focus.
    const button = this.el.querySelector<HTMLElement>(`.tab-container [data-tab-key="${CSS.escape(String(target.key))}"]`);
    (button ?? this.menuButton)?.focus();
  };

  private focusMenuItem(at: number) {
    const items = Array.from(this.el.querySelectorAll<HTMLElement>('.overflow-menu [role="menuitem"]:not([disabled])'));
    if (items.length === 0) return;
    items[(at + items.length) % items.length].focus();
  }

  private openMenu(focus: 'first' | 'last' | null) {
    this.menuOpen = true;
    if (focus) requestAnimationFrame(() => this.focusMenuItem(focus === 'first' ? 0 : -1));
  }

  private closeMenu(refocus: boolean) {
    this.menuOpen = false;
    if (refocus) this.menuButton?.focus();
  }

  private onMenuButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      this.openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      this.openMenu('last');
    } else if (event.key === 'Escape' && this.menuOpen) {
      this.closeMenu(true);
    }
  };

  private onMenuKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    const items = Array.from(this.el.querySelectorAll<HTMLElement>('.overflow-menu [role="menuitem"]:not([disabled])'));
    const at = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      this.focusMenuItem(moves[event.key]);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      this.closeMenu(event.key === 'Escape');
    }
  };

  private tabButton(tab: TabInfo, current: TabInfo | undefined) {
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
  }

  private overflowMenu(hidden: TabInfo[], current: TabInfo | undefined) {
    const selectedInside = current !== undefined && hidden.includes(current);
    return (
      <div class="overflow">
        <button
          type="button"
          class={{ 'overflow-button': true, selected: selectedInside }}
          aria-haspopup="menu"
          aria-expanded={this.menuOpen ? 'true' : 'false'}
          aria-label={selectedInside ? `${t('moreTabs', this.el)}: ${current.label}` : t('moreTabs', this.el)}
          tabIndex={selectedInside ? 0 : -1}
          ref={(el) => {
            this.menuButton = el;
          }}
          onClick={() => (this.menuOpen ? this.closeMenu(false) : this.openMenu(null))}
          onKeyDown={this.onMenuButtonKeyDown}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        <div class="overflow-menu" role="menu" hidden={!this.menuOpen} onKeyDown={this.onMenuKeyDown}>
          {hidden.map((tab) => (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={!tab.interactive}
              class={{ selected: tab === current }}
              aria-current={tab === current ? 'page' : undefined}
              data-tab-key={String(tab.key)}
              onClick={() => {
                this.select(tab);
                this.closeMenu(true);
              }}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </div>
    );
  }

  render() {
    const current = this.current();
    const style: Record<string, string> = {};
    if (current?.scale !== null && current?.scale !== undefined) style['flex-grow'] = String(current.scale);
    const shown = this.tabs.filter((tab) => tab.shown);
    const inRow = shown.slice(0, this.fitting);
    const inMenu = shown.slice(this.fitting);
    return (
      <Host id={this.elemId ?? undefined} class={containerClass('tabs', this.elemClasses, this.visible)} style={style}>
        <div class="tab-wrapper">
          <div
            class="tab-container"
            role="tablist"
            onKeyDown={this.onKeyDown}
            ref={(el) => {
              this.row = el;
            }}
          >
            {inRow.map((tab) => this.tabButton(tab, current))}
          </div>
          {inMenu.length > 0 ? this.overflowMenu(inMenu, current) : null}
        </div>
        <slot />
      </Host>
    );
  }
}
