import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementTags, embeddedTagFor } from './component-tags';
import { elementEventNames } from './element-events';

describe('component tags', () => {
  it('a component shown inside another element gets its element; layout, invisible and unknown types get none', () => {
    expect(embeddedTagFor('plot')).toBe('gr-plot');
    expect(embeddedTagFor('dataframe')).toBe('gr-dataframe');
    expect(embeddedTagFor('lineplot')).toBe('gr-native-plot');
    expect(embeddedTagFor('row')).toBeNull();
    expect(embeddedTagFor('state')).toBeNull();
    expect(embeddedTagFor('my_custom_thing')).toBeNull();
    expect(embeddedTagFor('toString')).toBeNull();
    expect(elementTags.json).toBe('gr-json');
  });

  it('elementEventNames lists every gr-* event an element declares', () => {
    const components = resolve(import.meta.dirname, '../components');
    const declared = new Set<string>();
    for (const folder of readdirSync(components)) {
      for (const file of readdirSync(join(components, folder)).filter((name) => /\.tsx$/.test(name) && !/\.(spec|browser\.test)\.tsx$/.test(name))) {
        const source = readFileSync(join(components, folder, file), 'utf8');
        for (const match of source.matchAll(/eventName: '(gr-[a-z-]+)'/g)) declared.add(match[1]);
      }
    }
    expect(declared.size).toBeGreaterThan(20);
    expect([...declared].filter((name) => !elementEventNames.includes(name))).toEqual([]);
  });
});
