import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTheme, getTheme, themeNames, themes } from './builtins';
import { ThemeOptionError } from './errors';
import { colors } from './palettes';
import { compareWithServerCss } from './testing/compare';

const fixtureUrl = (file: string) => new URL(`./fixtures/gradio-5.14/${file}`, import.meta.url);
const serverConfig = JSON.parse(readFileSync(fixtureUrl('config-theme-fields.json'), 'utf8')) as Record<
  string,
  { theme: string; stylesheets: string[]; body_css: Record<string, string> }
>;

describe('built-in themes vs recorded Gradio 5.14 /theme.css', () => {
  it('has the eight built-ins Gradio 5.14 serves by name', () => {
    expect([...themeNames].sort()).toEqual(Object.keys(serverConfig).sort());
  });

  it.each(themeNames)('%s: every variable equal, light and dark, raw and resolved', (name) => {
    const css = readFileSync(fixtureUrl(`${name}.theme.css`), 'utf8');
    expect(compareWithServerCss(themes[name], css)).toEqual([]);
  });

  it.each(themeNames)('%s: name, Google stylesheets and body_css as in the server config', (name) => {
    const theme = themes[name];
    const config = serverConfig[name];
    expect(theme.name).toBe(config?.theme);
    expect(theme.stylesheets).toEqual(config?.stylesheets);
    const body = config?.body_css ?? {};
    expect(theme.resolve('body_background_fill', 'light')).toBe(body.body_background_fill);
    expect(theme.resolve('body_text_color', 'light')).toBe(body.body_text_color);
    expect(theme.resolve('body_background_fill', 'dark')).toBe(body.body_background_fill_dark);
    expect(theme.resolve('body_text_color', 'dark')).toBe(body.body_text_color_dark);
  });

  it('detects a difference (the comparison can fail)', () => {
    const css = readFileSync(fixtureUrl('soft.theme.css'), 'utf8');
    const changed = createTheme('soft').set({ block_label_text_color_dark: '*primary_100' });
    expect(compareWithServerCss(changed, css)).toEqual([
      { mode: 'dark', kind: 'raw', variable: '--block-label-text-color', server: 'white', ours: 'var(--primary-100)' },
      { mode: 'dark', kind: 'resolved', variable: '--block-label-text-color', server: 'white', ours: colors.indigo['100'] },
    ]);
    expect(compareWithServerCss(themes.default, css).length).toBeGreaterThan(50);
  });
});

describe('getTheme / createTheme', () => {
  it('looks names up case-insensitively and lists the known names for an unknown one', () => {
    expect(getTheme('Soft')).toBe(themes.soft);
    const error = (() => {
      try {
        getTheme('mario');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ThemeOptionError);
    expect(error?.message).toBe(
      'unknown built-in theme "mario"; expected one of base, default, origin, citrus, monochrome, soft, glass, ocean',
    );
  });

  it('creates a changeable instance with constructor options replacing the theme\'s own', () => {
    const rose = createTheme('soft', { primaryHue: 'rose' });
    expect(rose.readOnly).toBe(false);
    expect(rose.resolve('primary_500')).toBe(colors.rose['500']);
    // Soft's own values still apply (its label badge uses *primary_500 text).
    expect(rose.get('block_label_text_color')).toEqual(themes.soft.get('block_label_text_color'));
    expect(rose.resolve('block_label_text_color')).toBe(colors.rose['500']);
  });
});
