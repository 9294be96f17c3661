import { Component, Host, Prop, h } from '@stencil/core';
import { type Visibility, containerClass } from '../../utils/layout';
import { type ElemClasses, flexStyle } from '../../utils/props';
import type { LayoutVariant } from '../gr-row/gr-row';

/**
 * A Gradio `Column` (config type `column`): its children stacked vertically at full width, `--layout-gap`
 * apart. Inside a row it takes a share of the width by `scale` and wraps under the others when the row is
 * narrower than its `min_width`. In an equal-height row its children grow to fill the height.
 *
 * The element itself is the flex box (class `column`, `id` = `elem_id`). Columns have no events.
 *
 * @slot - the column's children.
 */
@Component({ tag: 'gr-column', styleUrl: 'gr-column.css', scoped: true })
export class GrColumn {
  /** Relative width inside a row (`flex-grow`): `2` is twice as wide as a sibling of scale `1`. */
  @Prop() scale: number | null = 1;

  /** Minimum width in pixels; the column wraps onto a new line of its row below this width. */
  @Prop() minWidth: number | null = 320;

  /** `panel` and `compact` draw the column as a bordered panel; `compact` squares its children. */
  @Prop() variant: LayoutVariant = 'default';

  /** `false` or `"hidden"` hides the column (its children stay in the DOM). */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`, for custom CSS. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element, for custom CSS. */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    return (
      <Host
        id={this.elemId ?? undefined}
        class={containerClass('column', this.elemClasses, this.visible, {
          panel: this.variant === 'panel',
          compact: this.variant === 'compact',
        })}
        style={flexStyle(this.scale, this.minWidth)}
      >
        <slot />
      </Host>
    );
  }
}
