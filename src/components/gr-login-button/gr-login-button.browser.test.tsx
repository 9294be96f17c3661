import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';

describe('gr-login-button in Chromium', () => {
  it('has no axe violations, logged out and in', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-login-button root="http://127.0.0.1:1/" />
        <gr-login-button root="http://127.0.0.1:1/" value="Logout (ada)" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-login-button root="http://127.0.0.1:1/" /></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is a link reached with Tab; Enter fires gr-click and follows it', async () => {
    const { root } = await render(<gr-login-button root="http://127.0.0.1:1/" />);
    const anchor = root.querySelector('a') as HTMLAnchorElement;
    const followed = vi.fn((event: Event) => event.preventDefault());
    anchor.addEventListener('click', followed);
    const clicks = vi.fn();
    root.addEventListener('gr-click', clicks);
    await userEvent.tab();
    expect(document.activeElement).toBe(anchor);
    await userEvent.keyboard('{Enter}');
    expect(clicks).toHaveBeenCalledTimes(1);
    expect(followed).toHaveBeenCalledTimes(1);
  });
});
