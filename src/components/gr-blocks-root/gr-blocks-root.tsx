import { Component, Element, Host, Listen, Prop, State, h } from '@stencil/core';
import type { SidebarLayoutDetail } from '../../utils/layout';
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
 * An open `gr-sidebar` inside shifts the content by the part of it that covers the root (wider than 768px).
 *
 * Classes as Gradio's containers: `fillable`, `app`, `fill_width`, `fill_height`, `sidebar-parent`.
 *
 * @slot - the top-level blocks.
 */
@Component({ tag: 'gr-blocks-root', styleUrl: 'gr-blocks-root.css', scoped: true })
export class GrBlocksRoot {
  @Element() el!: HTMLElement;

  /** Extra padding (px) per side, where an open gr-sidebar would cover the content. */
  @State() overlap: { left: number; right: number } = { left: 0, right: 0 };

  /** Gradio's `fill_height`: the root grows to the parent's height (full-page apps only). */
  @Prop() fillHeight: boolean = false;

  /** Gradio's `fill_width`: no responsive max width, the app spans the window (padding kept). */
  @Prop() fillWidth: boolean = false;

  /** Full-page app (padding, centred, responsive max width). `false` for an embedded app: full width, no padding. */
  @Prop() app: boolean = true;

  /** Extra classes (the app's own `elem_classes`-like hooks for custom CSS). */
  @Prop() elemClasses: ElemClasses = null;

  /** Widths (px) of the open sidebars, per side. */
  private sidebars: { left: number | null; right: number | null } = { left: null, right: null };
  /** Widths (px) of the closed sidebars' toggles, per side. */
  private toggles: { left: number | null; right: number | null } = { left: null, right: null };
  /** The sidebar elements that reported, per side (to find where their panels really sit). */
  private panels: { left: HTMLElement | null; right: HTMLElement | null } = { left: null, right: null };

  /** A gr-sidebar inside opened, closed or resized (internal event). */
  @Listen('gr-sidebar-layout')
  onSidebarLayout(event: CustomEvent<SidebarLayoutDetail>) {
    event.stopPropagation();
    const { position, width } = event.detail ?? {};
    if (position !== 'left' && position !== 'right') return;
    this.sidebars = { ...this.sidebars, [position]: typeof width === 'number' ? width : null };
    const toggle = event.detail?.toggle;
    this.toggles = { ...this.toggles, [position]: typeof toggle === 'number' ? toggle : null };
    this.panels = { ...this.panels, [position]: event.target instanceof HTMLElement && event.target !== this.el ? event.target : null };
    this.measureOverlap();
  }

  @Listen('resize', { target: 'window' })
  onResize() {
    if ([this.sidebars.left, this.sidebars.right, this.toggles.left, this.toggles.right].some((width) => width !== null)) this.measureOverlap();
  }

  /**
   * As Gradio: only the part of a sidebar that covers the root is made room for (a centred app on a wide
   * screen does not move); at 768px and below the sidebar overlays the content. A closed sidebar's toggle
   * gets room too, at any width: in an embed there is no page margin for it, and it would cover the content.
   */
  private measureOverlap() {
    const rect = this.el.getBoundingClientRect();
    const narrow = window.innerWidth <= 768;
    const cover = (width: number | null, edge: number) => (narrow || width === null ? 0 : Math.max(0, width - edge));
    // A fixed sidebar sits at the edge of its containing block, which is the viewport in a full page but not
    // inside an ancestor with `contain: layout` or a transform (`<gradio-app>`'s host): measure from where
    // its panel really is (its box without the slide transform), not from the viewport's edges.
    const left = this.panelBox(this.panels.left);
    const right = this.panelBox(this.panels.right);
    const reach = (toggle: number | null, edge: number) => (toggle === null ? 0 : Math.max(0, toggle + 4 - edge));
    const leftEdge = rect.left - (left?.left ?? 0);
    const rightEdge = (right?.right ?? window.innerWidth) - rect.right;
    this.overlap = {
      left: Math.max(cover(this.sidebars.left, leftEdge), reach(this.toggles.left, leftEdge)),
      right: Math.max(cover(this.sidebars.right, rightEdge), reach(this.toggles.right, rightEdge)),
    };
  }

  /** A sidebar's horizontal box in the viewport without its (sliding) translation. */
  private panelBox(panel: HTMLElement | null): { left: number; right: number } | null {
    if (!panel?.isConnected) return null;
    const box = panel.getBoundingClientRect();
    let shift = 0;
    try {
      shift = new DOMMatrixReadOnly(getComputedStyle(panel).transform).m41;
    } catch {
      // `none` or an unparsable value: no translation.
    }
    return { left: box.left - shift, right: box.right - shift };
  }

  render() {
    const { left, right } = this.overlap;
    const style: Record<string, string> = {};
    if (left) style['--gr-sidebar-left'] = `${left}px`;
    if (right) style['--gr-sidebar-right'] = `${right}px`;
    return (
      <Host
        class={{
          ...elemClassMap(this.elemClasses),
          fillable: true,
          contain: true,
          app: this.app,
          fill_width: this.fillWidth,
          fill_height: this.fillHeight && this.app,
          'sidebar-parent': Boolean(left || right),
          'sidebar-left': Boolean(left),
          'sidebar-right': Boolean(right),
        }}
        style={style}
      >
        <slot />
      </Host>
    );
  }
}
