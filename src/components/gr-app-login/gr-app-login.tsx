import { Component, Element, Event, type EventEmitter, Prop, h } from '@stencil/core';
import type { KitWord } from '../../utils/i18n';
import { t } from '../../utils/i18n-more';

/** Detail of `gr-login`: what the user entered. */
export interface LoginDetail {
  username: string;
  password: string;
}

/**
 * The login form of an app launched with `auth=` (`<gradio-app>` shows it before the app, and again when a
 * login ends). It only reports what was entered (`gr-login`); the embed signs in. While `signingIn`, the form
 * stays as it is, with what the user typed, and its button waits.
 */
@Component({ tag: 'gr-app-login', styleUrl: 'gr-app-login.css', scoped: true })
export class GrAppLogin {
  @Element() el!: HTMLElement;

  /** The app's `auth_message`, shown above the fields. */
  @Prop() message: string | null = null;

  /** Why the last attempt failed (a wrong login, an expired one); empty for none. */
  @Prop() error: string = '';

  /** A login is under way: the button is disabled and says so. */
  @Prop() signingIn: boolean = false;

  /** Fires when the user submits the form. */
  @Event({ eventName: 'gr-login', bubbles: true, composed: true }) grLogin!: EventEmitter<LoginDetail>;

  private onSubmit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.grLogin.emit({ username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') });
  };

  render() {
    const word = (key: KitWord) => t(key, this.el);
    return (
      <form class="login" onSubmit={this.onSubmit}>
        <h2>{word('login')}</h2>
        {this.message ? <p class="auth-message">{String(this.message)}</p> : null}
        <label>
          {word('username')} <input name="username" autocomplete="username" required />
        </label>
        <label>
          {word('password')} <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {this.error ? (
          <p class="login-error" role="alert">
            {this.error}
          </p>
        ) : null}
        <button type="submit" disabled={this.signingIn}>
          {this.signingIn ? word('signingIn') : word('login')}
        </button>
      </form>
    );
  }
}
