import { Component, Element, Host, Prop, h } from '@stencil/core';
import { Block } from '../../utils/block';
import { isCustomType } from '../../utils/gradio-types';
import { normalizeRoot } from '../../utils/hub-buttons';
import { t } from '../../utils/i18n-more';

/**
 * What `<gradio-app>` renders for a component type this kit does not have: a visible, labelled block that
 * names the type, so an app with an unknown component still renders everything else. A type that is not one
 * of Gradio's own is a custom component (`gradio cc`, e.g. `pdf` of `gradio_pdf`): its code targets Gradio's
 * Svelte page and cannot run here, so the block says so and links to the app itself (`root`) to use it there.
 */
@Component({ tag: 'gr-fallback', styleUrls: ['../../utils/block.css', 'gr-fallback.css'], scoped: true })
export class GrFallback {
  @Element() el!: HTMLElement;

  /** The config `type` that has no element. */
  @Prop() type: string = 'unknown';

  /** The component's label, when it has one. */
  @Prop() label: string | null = null;

  /** The app's root URL (the config's `root`), linked for custom components; not linked when not http(s). */
  @Prop() root: string | null = null;

  render() {
    const custom = isCustomType(this.type);
    const root = normalizeRoot(this.root);
    const name = t(custom ? 'customComponent' : 'unsupportedComponent', this.el);
    const openApp = root ? (
      <a href={root} target="_blank" rel="noopener noreferrer">
        {t('openAppToUse', this.el)}
      </a>
    ) : (
      t('openAppItself', this.el)
    );
    return (
      <Host role="group" aria-label={`${name}: ${this.label || this.type}`}>
        <Block borderStyle="dashed">
          {this.label ? <span class="block-title">{this.label}</span> : null}
          {custom ? (
            <p class="message">
              This app uses the custom component <code>{this.type}</code>, which only the app's own page can show. {openApp}
            </p>
          ) : (
            <p class="message">
              This component (<code>{this.type}</code>) cannot be shown here yet.
            </p>
          )}
        </Block>
      </Host>
    );
  }
}
