import { describe, expect, it } from 'vitest';
import { readListing, valuePaths } from './file-tree';

describe('file-tree helpers', () => {
  it("reads Gradio's ls answer; null is an empty folder; malformed answers and unsafe names are refused", () => {
    expect(readListing([{ name: 'a', type: 'folder', valid: true }, { name: 'b.txt', type: 'file', valid: false }], [])).toEqual([
      { name: 'a', type: 'folder', valid: true },
      { name: 'b.txt', type: 'file', valid: false },
    ]);
    expect(readListing(null, ['x'])).toEqual([]);
    expect(() => readListing({}, ['docs', 'deep'])).toThrow('The listing of "docs/deep" is not a list of files.');
    for (const name of ['..', '', 'a/b', 'a\\b', 7]) {
      expect(() => readListing([{ name, type: 'file', valid: true }], [])).toThrow('The listing of the root folder has an invalid entry at position 1.');
    }
  });

  it("keeps the value's segment lists and drops anything else", () => {
    expect(valuePaths([['a.txt'], ['docs', 'b.md'], 'c', [], [1], null])).toEqual([['a.txt'], ['docs', 'b.md']]);
    expect(valuePaths('a.txt')).toEqual([]);
  });
});
