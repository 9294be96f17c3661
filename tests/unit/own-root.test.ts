/**
 * The client's `root` rule (`ownRoot` in src/client/protocol.ts): API calls, the session hash, the token and
 * the login cookie go to the config's `root`, so a root on another origin is ignored (the app's own URL
 * stands), except a replica host of the same Hugging Face Space.
 */
import { describe, expect, it } from 'vitest';
import { normaliseConfig, ownRoot } from '../../src/client/config';

describe('ownRoot', () => {
  it('keeps a root on the app origin (a sub-path, a relative path, a trailing slash)', () => {
    expect(ownRoot('http://127.0.0.1:7860/app/', 'http://127.0.0.1:7860/app')).toBe('http://127.0.0.1:7860/app');
    expect(ownRoot('/app', 'http://127.0.0.1:7860')).toBe('http://127.0.0.1:7860/app');
    expect(ownRoot('', 'http://127.0.0.1:7860/')).toBe('http://127.0.0.1:7860');
    expect(ownRoot(undefined, 'http://127.0.0.1:7860')).toBe('http://127.0.0.1:7860');
  });

  it('ignores a root on another origin: another host, port or scheme, a script URL, garbage', () => {
    const base = 'https://app.example';
    for (const root of ['https://evil.example', 'https://app.example:8443', 'http://app.example', 'javascript:alert(1)', 'http://[::1', 42, {}]) {
      expect(ownRoot(root, base), String(root)).toBe(base);
    }
  });

  it("accepts a replica of the same Space, never another Space's host", () => {
    const base = 'https://ada-demo.hf.space';
    expect(ownRoot('https://ada-demo--x7k2p.hf.space', base)).toBe('https://ada-demo--x7k2p.hf.space');
    expect(ownRoot('https://eve-demo.hf.space', base)).toBe(base);
    expect(ownRoot('https://ada-demo--x7k2p.hf.space.evil.example', base)).toBe(base);
    expect(ownRoot('http://ada-demo--x7k2p.hf.space', base)).toBe(base);
  });

  it('normaliseConfig applies it', () => {
    expect(normaliseConfig({ root: 'http://127.0.0.2:9/', components: [] }, 'http://127.0.0.1:7860').root).toBe('http://127.0.0.1:7860');
  });
});
