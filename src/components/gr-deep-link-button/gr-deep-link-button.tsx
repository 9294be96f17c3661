import { Component, Host, Prop, State, h } from '@stencil/core';
import type { FileData } from '../../utils/file-data';
import { HubButton } from '../../utils/hub-button';
import { type DeepLinkFunction, withDeepLink } from '../../utils/hub-buttons';
import type { ElemClasses } from '../../utils/props';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * A Gradio `DeepLinkButton` (config type `button`, `name` `deeplinkbutton`): copies to the clipboard a link to
 * the page with the user's current state. The state is saved by the app's server (`GET
 * {root}/gradio_api/deep_link?session_hash=...`, spec protocol.md §10.12) through the `deepLink` function the
 * runtime hands over; the link is `pageUrl` with `?deep_link=<key>`. With no `deepLink` (an element used
 * alone) the link is the page's URL as it is. The text shows `copiedValue` for two seconds after a copy;
 * a failure is shown next to the button.
 *
 * Renders a `gr-button`, whose `gr-click` (Gradio's `click`) bubbles from it.
 */
@Component({ tag: 'gr-deep-link-button', styleUrls: ['../../utils/block.css', '../../utils/hub-button.css', 'gr-deep-link-button.css'], scoped: true })
export class GrDeepLinkButton {
  @State() copied = false;
  @State() error: string | null = null;

  /** The button's text (Gradio's `value`). */
  @Prop() value: string = 'Share via Link';

  /** The text for two seconds after the link was copied. */
  @Prop() copiedValue: string = 'Link Copied!';

  /** Saves the session's state on the server and resolves with its key (set by `<gradio-app>`). */
  @Prop() deepLink: DeepLinkFunction | null = null;

  /** The page the link opens; by default the current page's URL. */
  @Prop() pageUrl: string | null = null;

  /** Visual style. */
  @Prop() variant: ButtonVariant = 'secondary';

  /** Size. */
  @Prop() size: ButtonSize = 'lg';

  /** An image before the text: a URL or FileData (Gradio sends a link icon). */
  @Prop() icon: string | FileData | null = null;

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Relative width inside a row. */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the button. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`: the id of the inner control. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`. */
  @Prop() elemClasses: ElemClasses = null;

  private timer?: ReturnType<typeof setTimeout>;

  disconnectedCallback() {
    clearTimeout(this.timer);
  }

  private copy = async () => {
    clearTimeout(this.timer);
    this.error = null;
    try {
      const key = this.deepLink ? await this.deepLink() : '';
      if (typeof key !== 'string') throw new Error('the server did not answer with a link key');
      await navigator.clipboard.writeText(withDeepLink(this.pageUrl ?? location.href, key));
      this.copied = true;
      this.timer = setTimeout(() => {
        this.copied = false;
      }, 2000);
    } catch (error) {
      this.copied = false;
      this.error = `Could not copy the link: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  render() {
    return (
      <Host class={{ hidden: !this.visible }}>
        <HubButton from={this} text={this.copied ? this.copiedValue : this.value} onClick={() => void this.copy()} />
        <span class="status sr-only" role="status">
          {this.copied ? this.copiedValue : ''}
        </span>
        {this.error ? (
          <span class="error" role="alert">
            {this.error}
          </span>
        ) : null}
      </Host>
    );
  }
}
