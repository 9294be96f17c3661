import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import type { LoginDetail } from './gr-app-login';

describe('gr-app-login in Chromium', () => {
  // The element's own colours: with Gradio's Default theme its button is the theme's primary button, white on
  // orange-500 (2.8:1), as Gradio's own login page is (the stories' axe run leaves the theme's contrast out).
  it('has no axe violations, with a message and an error', async () => {
    const { root } = await render(
      <div>
        <gr-app-login message="Team accounts only." error="Incorrect credentials." />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keyboard: the fields and the button in order; Enter reports what was typed, once', async () => {
    const { root } = await render(<gr-app-login />);
    const logins: LoginDetail[] = [];
    root.addEventListener('gr-login', (event) => logins.push((event as CustomEvent<LoginDetail>).detail));
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('name')).toBe('username');
    await userEvent.keyboard('ada');
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('name')).toBe('password');
    await userEvent.keyboard('lovelace{Enter}');
    expect(logins).toEqual([{ username: 'ada', password: 'lovelace' }]);
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('BUTTON');
  });

  it('shows the message and the error; while signing in, keeps what was typed and waits', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-app-login message="<b>Team</b> accounts only." />);
    expect(root.querySelector('.auth-message')?.textContent).toBe('<b>Team</b> accounts only.');
    expect(root.querySelector('.auth-message b')).toBeNull();
    expect(root.querySelector('.login-error')).toBeNull();
    (root.querySelector('input[name=username]') as HTMLInputElement).value = 'ada';
    await setProps({ signingIn: true, error: 'Incorrect credentials.' });
    await waitForChanges();
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toMatch(/Signing in/i);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Incorrect credentials.');
    expect((root.querySelector('input[name=username]') as HTMLInputElement).value).toBe('ada');
  });
});
