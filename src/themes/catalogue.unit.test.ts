import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coreVariables,
  cssVariableName,
  isThemeVariable,
  semanticDefaults,
  themeVariableName,
  variableNames,
} from './catalogue';
import { parseThemeCss } from './css';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/gradio-5.14/${name}.theme.css`, import.meta.url), 'utf8');

describe('variable catalogue', () => {
  it('is exactly the set of variables a real Gradio 5.14 server emits, in its order', () => {
    const server = parseThemeCss(fixture('base'));
    expect(variableNames.map(cssVariableName)).toEqual([...server.light.keys()]);
    expect(new Set(variableNames.map(cssVariableName))).toEqual(new Set(server.dark.keys()));
    expect(variableNames).toHaveLength(214);
  });

  it('has 56 core variables (33 hue steps, 21 size steps, 2 fonts) and 158 semantic ones', () => {
    expect(coreVariables).toHaveLength(56);
    expect(coreVariables.filter((name) => /^(primary|secondary|neutral)_/.test(name))).toHaveLength(33);
    expect(coreVariables.filter((name) => /^(spacing|radius|text)_/.test(name))).toHaveLength(21);
    expect(semanticDefaults).toHaveLength(158);
    expect(new Set(variableNames).size).toBe(variableNames.length);
  });

  it('keeps the Base defaults the real server serves for theme "base", light and dark', () => {
    const server = parseThemeCss(fixture('base'));
    const asCss = (value: string) => value.replace(/\*(\w+)/g, (_m, name: string) => `var(${cssVariableName(name)})`);
    for (const entry of semanticDefaults) {
      const name = cssVariableName(entry.name);
      expect(asCss(entry.light), name).toBe(server.light.get(name));
      expect(asCss(entry.dark ?? entry.light), `${name} (dark)`).toBe(server.dark.get(name));
    }
  });

  it('converts between snake_case names and CSS custom properties', () => {
    expect(cssVariableName('block_label_text_color')).toBe('--block-label-text-color');
    expect(themeVariableName('--block-label-text-color')).toBe('block_label_text_color');
    expect(isThemeVariable('button_primary_background_fill')).toBe(true);
    expect(isThemeVariable('button_primary_background_fill_dark')).toBe(false);
    expect(isThemeVariable('name')).toBe(false);
  });
});
