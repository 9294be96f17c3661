/**
 * Every element the runtime's registry names exists in the build, so no config type renders as a blank
 * unknown element (a type missing from the registry renders <gr-fallback> instead).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementTags } from '../../src/app/registry';

const components = resolve(import.meta.dirname, '../../dist/components');

describe('element registry', () => {
  it('maps every config type to an element of the build', () => {
    const missing = Object.entries(elementTags)
      .filter(([, tag]) => !existsSync(join(components, `${tag}.js`)))
      .map(([type, tag]) => `${type} -> ${tag}`);
    expect(missing).toEqual([]);
  });

  it('has the fallback element', () => {
    expect(existsSync(join(components, 'gr-fallback.js'))).toBe(true);
  });
});
