import { Component, Host, Prop, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { ElemClasses } from '../../utils/props';

/**
 * Gradio's block container as an element, for composing the kit in plain HTML: a themed panel (border,
 * padding, radius, shadow) around its children. Every gr-* component draws the same chrome itself.
 *
 * @slot - the block's content.
 */
@Component({ tag: 'gr-block', styleUrl: '../../utils/block.css', scoped: true })
export class GrBlock {
  /** `false`: no border, shadow, background or padding (Gradio's `container=False`). */
  @Prop() container: boolean = true;

  /** Inner padding (`--block-padding`). */
  @Prop() padding: boolean = true;

  /** Border style; `dashed` marks an empty drop area. */
  @Prop() borderStyle: 'solid' | 'dashed' | 'none' = 'solid';

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** Height: a number of pixels or a CSS length. */
  @Prop() height: number | string | null = null;

  /** `false` hides the block. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the inner block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={this.padding}
          borderStyle={this.borderStyle}
          height={this.height}
        >
          <slot />
        </Block>
      </Host>
    );
  }
}
