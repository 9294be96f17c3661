import { Component, Host, Prop, h } from '@stencil/core';
import { type Visibility, containerClass, heightStyle } from '../../utils/layout';
import type { ElemClasses } from '../../utils/props';

/** Gradio's container variants for rows and columns. */
export type LayoutVariant = 'default' | 'panel' | 'compact';

/**
 * A Gradio `Row` (config type `row`): its children side by side, sharing the width by their `scale`
 * (flex-grow, 1 by default) and wrapping onto a new line when the row is narrower than the sum of their
 * `min_width`s (160px by default). Gaps are `--layout-gap`.
 *
 * The element itself is the flex box (it carries the class `row` and the `elem_id`), so custom CSS written
 * for Gradio's `div.row` keeps working. Rows have no events.
 *
 * @slot - the row's children (components, columns, forms, groups, ...).
 */
@Component({ tag: 'gr-row', styleUrl: 'gr-row.css', scoped: true })
export class GrRow {
  /** `true`: every child is as tall as the tallest (and the children of columns grow to fill them). */
  @Prop() equalHeight: boolean = false;

  /** `panel` and `compact` draw the row on a `--background-fill-secondary` panel; `compact` squares its children. */
  @Prop() variant: LayoutVariant = 'default';

  /** Relative height when the app fills the viewport (`fill_height`): the row's `flex-grow`. `null`: none. */
  @Prop() scale: number | null = null;

  /** Height: a number of pixels or any CSS length. `null`: as tall as the content. */
  @Prop() height: number | string | null = null;

  /** Minimum height: pixels or a CSS length. */
  @Prop() minHeight: number | string | null = null;

  /** Maximum height: pixels or a CSS length. */
  @Prop() maxHeight: number | string | null = null;

  /** `false` or `"hidden"` hides the row (its children stay in the DOM). */
  @Prop() visible: Visibility = true;

  /** Gradio's `elem_id`: the element's `id`, for custom CSS. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element, for custom CSS. */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    const grows = typeof this.scale === 'number' && this.scale >= 1;
    const style = heightStyle(this.height, this.minHeight, this.maxHeight);
    if (typeof this.scale === 'number') style['flex-grow'] = String(this.scale);
    return (
      <Host
        id={this.elemId ?? undefined}
        class={containerClass('row', this.elemClasses, this.visible, {
          panel: this.variant === 'panel',
          compact: this.variant === 'compact',
          stretch: this.equalHeight,
          'unequal-height': !this.equalHeight,
          'grow-children': grows,
        })}
        style={style}
      >
        <slot />
      </Host>
    );
  }
}
