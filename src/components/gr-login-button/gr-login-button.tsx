import { Component, Host, Prop, h } from '@stencil/core';
import type { FileData } from '../../utils/file-data';
import { HubButton } from '../../utils/hub-button';
import { loggedInUser, normalizeRoot, oauthUrl, rootFromFileUrl, targetFor } from '../../utils/hub-buttons';
import type { ElemClasses } from '../../utils/props';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * A Gradio `LoginButton` (config type `button`, `name` `loginbutton`): a link to the app's Hugging Face OAuth
 * login route, `{root}/login/huggingface`, or to `{root}/logout` once the user is logged in (spec protocol.md
 * §8.4). Logged in means `username` is set (the config's `username`), or the text is the `logoutValue` pattern
 * (Gradio's load event sets `"Logout (ada)"`). A link to another origin than the page's opens in a new tab, so
 * an embedding page is never navigated away.
 *
 * Renders a `gr-button`, whose `gr-click` (Gradio's `click`) bubbles from it.
 */
@Component({ tag: 'gr-login-button', styleUrl: '../../utils/hub-button.css', scoped: true })
export class GrLoginButton {
  /** The text when logged out (Gradio's `value`). */
  @Prop() value: string = 'Sign in with Hugging Face';

  /** The text when logged in; `{}` stands for the user name. */
  @Prop() logoutValue: string = 'Logout ({})';

  /** The logged-in user's name (the config's `username`), or `null`. */
  @Prop() username: string | null = null;

  /**
   * The app's root URL (the config's `root`), where the OAuth routes are. When `null`, it is read from the
   * icon's URL (the server makes it under its root); with neither, the routes are root-relative to the page.
   */
  @Prop() root: string | null = null;

  /** Visual style. */
  @Prop() variant: ButtonVariant = 'huggingface';

  /** Size. */
  @Prop() size: ButtonSize = 'lg';

  /** An image before the text: a URL or FileData (Gradio sends the Hugging Face logo). */
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

  render() {
    const user = this.username || loggedInUser(this.value, this.logoutValue);
    const text = user ? this.logoutValue.replace('{}', user) : this.value;
    const root = normalizeRoot(this.root) ?? rootFromFileUrl(this.icon);
    const href = oauthUrl(root, user ? 'logout' : 'login');
    return (
      <Host class={{ hidden: !this.visible }}>
        <HubButton from={this} text={text} link={href} linkTarget={targetFor(href, document.baseURI)} />
      </Host>
    );
  }
}
