import { Component, Element, Host, Prop, State, h } from '@stencil/core';
import { type Visibility, containerClass } from '../../utils/layout';
import { type ElemClasses, flexStyle } from '../../utils/props';

/**
 * Gradio's implicit `Form` (config type `form`): the server wraps each run of consecutive form inputs
 * (Textbox, Number, Slider, Checkbox, Radio, Dropdown, ...) in one, so they look like a single card split
 * by hairlines. It lays its children out in its parent's direction (side by side in a row, stacked in a
 * column) and removes their own borders, radii and shadows.
 *
 * The element itself is the flex box (class `form`). Not a `<form>` element: nothing is submitted. Like
 * Gradio's, it hides itself while all its children are hidden (class `hidden` on each). No events.
 *
 * @slot - the form's inputs.
 */
@Component({ tag: 'gr-form', styleUrl: 'gr-form.css', scoped: true })
export class GrForm {
  @Element() el!: HTMLElement;

  /** Every child is hidden: the form hides too (no empty card). */
  @State() allHidden = false;

  /** Relative size inside a row: the server sums the children's scales. */
  @Prop() scale: number | null = 0;

  /** Minimum width in pixels: the server sums the children's min widths when the parent is a row. */
  @Prop() minWidth: number | null = 0;

  /** `false` or `"hidden"` hides the form. */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  private observer?: MutationObserver;

  connectedCallback() {
    this.observer = new MutationObserver(() => this.checkChildren());
    this.observer.observe(this.el, { childList: true, subtree: true, attributeFilter: ['class'] });
    this.checkChildren();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
  }

  private checkChildren() {
    const children = Array.from(this.el.children);
    this.allHidden = children.length > 0 && children.every((child) => child.classList.contains('hidden'));
  }

  render() {
    return (
      <Host
        id={this.elemId ?? undefined}
        class={containerClass('form', this.elemClasses, this.visible, { 'all-hidden': this.allHidden })}
        style={flexStyle(this.scale, this.minWidth)}
      >
        <slot />
      </Host>
    );
  }
}
