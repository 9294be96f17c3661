import { Component, Host, Prop, h } from '@stencil/core';
import { Block } from '../../utils/block';

/**
 * What `<gradio-app>` renders for a component type this kit does not have: a visible, labelled block that
 * names the type, so an app with an unknown component still renders everything else.
 */
@Component({ tag: 'gr-fallback', styleUrls: ['../../utils/block.css', 'gr-fallback.css'], scoped: true })
export class GrFallback {
  /** The config `type` that has no element. */
  @Prop() type: string = 'unknown';

  /** The component's label, when it has one. */
  @Prop() label: string | null = null;

  render() {
    return (
      <Host role="group" aria-label={`Unsupported component: ${this.type}`}>
        <Block borderStyle="dashed">
          {this.label ? <span class="block-title">{this.label}</span> : null}
          <p class="message">
            This component (<code>{this.type}</code>) cannot be shown here yet.
          </p>
        </Block>
      </Host>
    );
  }
}
