import { Component, Host, Prop, h } from '@stencil/core';
import type { ElemClasses } from '../../utils/props';
import { elemClassMap } from '../../utils/props';

/**
 * The root of a Gradio app's layout (the `gr.Blocks` itself, which has no config entry: Gradio synthesises a
 * column for it). Its children are the top-level blocks, stacked `--layout-gap` apart.
 *
 * In full-page mode (`app`, the default) it is centred with `--size-4 --size-8` padding and a responsive
 * max width (640, 768, 1024, 1280, 1536, 1920px at the 640/768/1024/1280/1536/1920px breakpoints), unless
 * `fillWidth`. With `fillHeight` it grows to at least the height of its parent (give the parent a height,
 * e.g. `min-height: 100vh` on a flex column) and top-level children with a `scale` share the extra height.
 *
 * Classes as Gradio's containers: `fillable`, `app`, `fill_width`, `fill_height`.
 *
 * @slot - the top-level blocks.
 */
@Component({ tag: 'gr-blocks-root', styleUrl: 'gr-blocks-root.css', scoped: true })
export class GrBlocksRoot {
  /** Gradio's `fill_height`: the root grows to the parent's height (full-page apps only). */
  @Prop() fillHeight: boolean = false;

  /** Gradio's `fill_width`: no responsive max width, the app spans the window (padding kept). */
  @Prop() fillWidth: boolean = false;

  /** Full-page app (padding, centred, responsive max width). `false` for an embedded app: full width, no padding. */
  @Prop() app: boolean = true;

  /** Extra classes (the app's own `elem_classes`-like hooks for custom CSS). */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    return (
      <Host
        class={{
          ...elemClassMap(this.elemClasses),
          fillable: true,
          contain: true,
          app: this.app,
          fill_width: this.fillWidth,
          fill_height: this.fillHeight && this.app,
        }}
      >
        <slot />
      </Host>
    );
  }
}
