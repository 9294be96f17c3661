import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const icon = { path: '/tmp/huggingface-logo.svg', url: 'http://127.0.0.1:7860/gradio_api/file=/tmp/huggingface-logo.svg' };
const link = (root: HTMLElement) => root.querySelector('gr-button a') as HTMLAnchorElement | null;

describe('gr-login-button', () => {
  it('renders Gradio defaults: a large huggingface-styled link to the login route', async () => {
    const { root } = await render(<gr-login-button />);
    const anchor = link(root);
    expect(anchor?.textContent).toBe('Sign in with Hugging Face');
    expect(anchor?.classList.contains('huggingface')).toBe(true);
    expect(anchor?.classList.contains('large')).toBe(true);
    // No root known: root-relative, as on Gradio's own page.
    expect(anchor?.getAttribute('href')).toBe('/login/huggingface?_target_url=/');
  });

  it('links to the app root given, else to the root of its icon URL; another origin opens in a new tab', async () => {
    const { root, setProps } = await render(<gr-login-button icon={icon} />);
    expect(link(root)?.getAttribute('href')).toBe('http://127.0.0.1:7860/login/huggingface?_target_url=/');
    expect(link(root)?.getAttribute('target')).toBe('_blank');
    expect(root.querySelector('gr-button img')?.getAttribute('src')).toBe(icon.url);
    await setProps({ root: 'https://owner-app.hf.space' });
    expect(link(root)?.getAttribute('href')).toBe('https://owner-app.hf.space/login/huggingface?_target_url=/');
  });

  it('once logged in (the server sets the logout text, or username is given) it links to logout', async () => {
    const { root, setProps } = await render(<gr-login-button root="http://a.test" />);
    await setProps({ value: 'Logout (ada)' });
    expect(link(root)?.textContent).toBe('Logout (ada)');
    expect(link(root)?.getAttribute('href')).toBe('http://a.test/logout?_target_url=/');
    await setProps({ value: 'Sign in with Hugging Face', username: 'bob', logoutValue: 'Sign out {}' });
    expect(link(root)?.textContent).toBe('Sign out bob');
    expect(link(root)?.getAttribute('href')).toBe('http://a.test/logout?_target_url=/');
  });

  it('a root that is not http(s) is ignored, never linked', async () => {
    const { root } = await render(<gr-login-button root="javascript:alert(1)" />);
    expect(link(root)?.getAttribute('href')).toBe('/login/huggingface?_target_url=/');
  });

  it('gr-click bubbles from the inner button on a user click only, not when disabled', async () => {
    const { root, setProps } = await render(<gr-login-button root="http://a.test" />);
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    link(root)?.addEventListener('click', (event) => event.preventDefault());
    link(root)?.click();
    expect(listener).toHaveBeenCalledTimes(1);
    await setProps({ interactive: false });
    expect(link(root)?.hasAttribute('href')).toBe(false);
    link(root)?.click();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
