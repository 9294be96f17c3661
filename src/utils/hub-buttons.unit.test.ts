import { describe, expect, it } from 'vitest';
import { duplicateUrl, loggedInUser, normalizeRoot, oauthUrl, rootFromFileUrl, spaceIdOf, targetFor, withDeepLink } from './hub-buttons';

describe('hub button helpers', () => {
  it('normalizes an app root to one trailing slash, refusing non-http URLs', () => {
    expect(normalizeRoot('http://127.0.0.1:7860')).toBe('http://127.0.0.1:7860/');
    expect(normalizeRoot('https://x.hf.space/app//')).toBe('https://x.hf.space/app/');
    expect(normalizeRoot('javascript:alert(1)')).toBeNull();
    expect(normalizeRoot('/relative')).toBeNull();
    expect(normalizeRoot(null)).toBeNull();
  });

  it('reads the root from a server file URL (5.x and 6.x put files under /gradio_api/)', () => {
    const icon = { path: '/x/huggingface-logo.svg', url: 'http://127.0.0.1:7860/gradio_api/file=/x/huggingface-logo.svg' };
    expect(rootFromFileUrl(icon)).toBe('http://127.0.0.1:7860/');
    expect(rootFromFileUrl('https://h.hf.space/sub/gradio_api/file=a.svg')).toBe('https://h.hf.space/sub/');
    expect(rootFromFileUrl('https://cdn.example.com/logo.svg')).toBeNull();
    expect(rootFromFileUrl(null)).toBeNull();
  });

  it('builds the OAuth routes at the root, or root-relative without one', () => {
    expect(oauthUrl('http://a.test/', 'login')).toBe('http://a.test/login/huggingface?_target_url=/');
    expect(oauthUrl('http://a.test/', 'logout')).toBe('http://a.test/logout?_target_url=/');
    expect(oauthUrl(null, 'login')).toBe('/login/huggingface?_target_url=/');
  });

  it('reads the user back from a logout text through its pattern', () => {
    expect(loggedInUser('Logout (ada)', 'Logout ({})')).toBe('ada');
    expect(loggedInUser('Sign in with Hugging Face', 'Logout ({})')).toBeNull();
    expect(loggedInUser('Bye ada.', 'Bye {}.')).toBe('ada');
    expect(loggedInUser('Logout', 'Logout')).toBeNull();
  });

  it('accepts only owner/name Space ids', () => {
    expect(spaceIdOf('gradio/hello')).toBe('gradio/hello');
    expect(spaceIdOf('gradio')).toBeNull();
    expect(spaceIdOf('a/b/c')).toBeNull();
    expect(spaceIdOf('x"/><script>')).toBeNull();
    expect(duplicateUrl('gradio/hello')).toBe('https://huggingface.co/spaces/gradio/hello?duplicate=true');
  });

  it('opens other origins in a new tab', () => {
    expect(targetFor('http://a.test/login', 'http://a.test/page')).toBe('_self');
    expect(targetFor('/login', 'http://a.test/page')).toBe('_self');
    expect(targetFor('http://b.test/login', 'http://a.test/page')).toBe('_blank');
  });

  it('sets or drops the deep_link query, keeping the rest of the page URL', () => {
    expect(withDeepLink('http://a.test/p?x=1#h', 'abc')).toBe('http://a.test/p?x=1&deep_link=abc#h');
    expect(withDeepLink('http://a.test/p?deep_link=old', '')).toBe('http://a.test/p');
  });
});
