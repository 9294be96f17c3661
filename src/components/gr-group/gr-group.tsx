import { Component, Host, Prop, h } from '@stencil/core';
import { type Visibility, containerClass } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';

/**
 * A Gradio `Group` (config type `group`): its children joined into one card, stacked with hairline
 * separators (`--border-color-primary` showing through 1px gaps), without their own borders, radii or gaps.
 * As in Gradio, the children see `--block-radius`, `--block-border-width`, `--button-border-width` and the
 * button radii set to 0 and `--layout-gap` / `--form-gap-width` set to 1px.
 *
 * The element itself is the card (classes `gr-group`, `elem_classes`; `id` = `elem_id`). No events.
 *
 * @slot - the grouped children.
 */
@Component({ tag: 'gr-group', styleUrl: 'gr-group.css', scoped: true })
export class GrGroup {
  /** `false` or `"hidden"` hides the group (its children stay in the DOM). */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`, for custom CSS. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element, for custom CSS. */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    return (
      <Host id={this.elemId ?? undefined} class={containerClass('gr-group', this.elemClasses, this.visible)}>
        <slot />
      </Host>
    );
  }
}
