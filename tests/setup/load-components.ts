/**
 * Registers every element of the Stencil build (`dist/components`, built by `stencil build` before the
 * tests) for the spec and browser test layers. In `beforeAll`, as @stencil/vitest's spies require.
 */
import { beforeAll } from 'vitest';

beforeAll(async () => {
  const elements: Record<string, unknown> = await import('../../dist/components/index.js');
  for (const [name, define] of Object.entries(elements)) {
    if (name.startsWith('defineCustomElement') && typeof define === 'function') define();
  }
});
