/**
 * Registers every element of the Stencil build (`dist/components`, built by `stencil build` before the
 * tests) for the spec and browser test layers. In `beforeAll`, as @stencil/vitest's spies require.
 */
import { beforeAll, vi } from 'vitest';
import { limit } from '../helpers/limits.ts';

beforeAll(async () => {
  const elements: Record<string, unknown> = await import('../../dist/components/index.js');
  for (const [name, define] of Object.entries(elements)) {
    if (name.startsWith('defineCustomElement') && typeof define === 'function') define();
  }
});

/**
 * Heavy libraries (CodeMirror, KaTeX, highlight.js grammars) load lazily the first time an element needs
 * them; on a loaded 2-core CI machine that first load can take longer than vi.waitFor's 1 s default. The
 * default becomes 10 s here; a test's own timeout still wins.
 */
const waitFor = vi.waitFor;
vi.waitFor = ((callback: Parameters<typeof waitFor>[0], options?: Parameters<typeof waitFor>[1]) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: limit(10_000), interval: 50, ...options })) as typeof waitFor;
