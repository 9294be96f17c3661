import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { type Visibility, containerClass } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Accordion` (config type `accordion`): a block whose full-width header button (label, and a
 * ▼ icon turned sideways while closed) shows or hides its content, a column of its children. Closed content
 * stays in the DOM, hidden. The header is a `<button aria-expanded>`: Enter and Space toggle it.
 *
 * The element itself is the block (classes `block gr-accordion`, `id` = `elem_id`).
 *
 * @slot - the accordion's content.
 */
@Component({ tag: 'gr-accordion', styleUrl: 'gr-accordion.css', scoped: true })
export class GrAccordion {
  /** The header text. */
  @Prop() label: string = '';

  /** Whether the content is shown. Updated when the user toggles the accordion. */
  @Prop({ mutable: true }) open: boolean = true;

  /** `false` or `"hidden"` hides the accordion. */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user opens the accordion (not when `open` is set). */
  @Event({ eventName: 'gr-expand', bubbles: true, composed: true }) grExpand!: EventEmitter<void>;

  /** Fires when the user closes the accordion (not when `open` is set). */
  @Event({ eventName: 'gr-collapse', bubbles: true, composed: true }) grCollapse!: EventEmitter<void>;

  private toggle = () => {
    this.open = !this.open;
    if (this.open) this.grExpand.emit();
    else this.grCollapse.emit();
  };

  render() {
    return (
      <Host
        id={this.elemId ?? undefined}
        class={containerClass('gr-accordion', this.elemClasses, this.visible, { block: true, open: this.open })}
      >
        <button type="button" class="label-wrap" aria-expanded={this.open ? 'true' : 'false'} onClick={this.toggle}>
          <span class="label">{this.label}</span>
          <span class="icon" aria-hidden="true">
            ▼
          </span>
        </button>
        <slot />
      </Host>
    );
  }
}
