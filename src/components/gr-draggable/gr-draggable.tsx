import { Component, Element, Host, Prop, State, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
import { type Visibility, containerClass } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Draggable` (config type `draggable`): a layout whose children the user can reorder, purely in the
 * page (Gradio sends no event). Each child can be dragged by the mouse onto another child's place, or moved
 * with the keyboard: focus it (Tab) and press Alt+ArrowUp/ArrowDown (Alt+ArrowLeft/ArrowRight in a row); a
 * live region announces the new position. The order is shown with CSS `order`, so the children's elements
 * (and what the runtime renders into them) stay where they are in the DOM.
 *
 * @slot - the children.
 */
@Component({ tag: 'gr-draggable', styleUrls: ['../../utils/block.css', 'gr-draggable.css'], scoped: true })
export class GrDraggable {
  @Element() el!: HTMLElement;

  @State() announcement = '';

  /** `column` stacks the children, `row` puts them side by side. */
  @Prop() orientation: 'column' | 'row' = 'column';

  /** `false` or `"hidden"` hides the layout. */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`. */
  @Prop() elemClasses: ElemClasses = null;

  /** The children in their shown order. */
  private order: HTMLElement[] = [];
  private dragged: HTMLElement | null = null;
  private observer?: MutationObserver;

  connectedCallback() {
    this.observer = new MutationObserver(() => this.sync());
    this.observer.observe(this.el, { childList: true });
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }

  componentDidLoad() {
    this.sync();
  }

  /** The reorderable children: the host's own element children (the slot's content), not its status line. */
  private items(): HTMLElement[] {
    return Array.from(this.el.children).filter(
      // Not `instanceof HTMLElement`: children may come from another realm (a test DOM, an iframe's document).
      (child): child is HTMLElement => 'style' in child && !child.classList.contains('draggable-status'),
    );
  }

  /** Keeps the known order for children still here, appends new ones, and applies it. */
  private sync() {
    const now = this.items();
    this.order = [...this.order.filter((child) => now.includes(child)), ...now.filter((child) => !this.order.includes(child))];
    this.order.forEach((child, index) => {
      child.style.order = String(index);
      if (child.getAttribute('draggable') !== 'true') {
        child.setAttribute('draggable', 'true');
        child.tabIndex = 0;
        child.setAttribute('aria-roledescription', 'draggable item');
        child.addEventListener('dragstart', this.onDragStart);
        child.addEventListener('dragover', this.onDragOver);
        child.addEventListener('drop', this.onDrop);
        child.addEventListener('dragend', this.onDragEnd);
        child.addEventListener('keydown', this.onKeyDown);
      }
    });
  }

  /** Moves `child` to `index` of the shown order and announces it. */
  private move(child: HTMLElement, index: number) {
    const from = this.order.indexOf(child);
    const to = Math.max(0, Math.min(this.order.length - 1, index));
    if (from < 0 || from === to) return;
    this.order.splice(from, 1);
    this.order.splice(to, 0, child);
    this.sync();
    this.announcement = t('movedTo', this.el, { n: to + 1, count: this.order.length });
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const child = event.currentTarget as HTMLElement;
    if (!event.altKey || event.target !== child) return;
    const back = this.orientation === 'row' ? 'ArrowLeft' : 'ArrowUp';
    const forward = this.orientation === 'row' ? 'ArrowRight' : 'ArrowDown';
    if (event.key !== back && event.key !== forward) return;
    event.preventDefault();
    this.move(child, this.order.indexOf(child) + (event.key === forward ? 1 : -1));
    child.focus();
  };

  private onDragStart = (event: DragEvent) => {
    this.dragged = event.currentTarget as HTMLElement;
    this.dragged.classList.add('dragging');
    event.dataTransfer?.setData('text/plain', '');
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  };

  private onDragOver = (event: DragEvent) => {
    if (!this.dragged) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  };

  private onDrop = (event: DragEvent) => {
    const target = event.currentTarget as HTMLElement;
    if (!this.dragged || target === this.dragged) return;
    event.preventDefault();
    this.move(this.dragged, this.order.indexOf(target));
  };

  private onDragEnd = () => {
    this.dragged?.classList.remove('dragging');
    this.dragged = null;
  };

  render() {
    return (
      <Host
        id={this.elemId ?? undefined}
        class={{ ...containerClass('draggable', this.elemClasses, this.visible), [this.orientation]: true }}
      >
        <slot />
        <span class="draggable-status sr-only" role="status">
          {this.announcement}
        </span>
      </Host>
    );
  }
}
