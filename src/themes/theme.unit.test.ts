import { describe, expect, it } from 'vitest';
import { themes } from './builtins';
import { parseThemeCss } from './css';
import { ThemeOptionError } from './errors';
import { ThemeCycleError, ThemeReferenceError } from './reference-errors';
import { googleFont, localFont } from './fonts';
import { colors } from './palettes';
import { radiusSizes, spacingSizes, textSizes } from './sizes';
import { Theme } from './theme';

/** Runs `fn` and returns what it threw. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('Theme constructor', () => {
  it('defaults to Gradio Base: blue / blue / zinc, md sizes, IBM Plex stacks', () => {
    const { light } = new Theme().compile();
    expect(light['--primary-500']).toBe(colors.blue['500']);
    expect(light['--neutral-950']).toBe(colors.zinc['950']);
    expect(light['--radius-xxl']).toBe(radiusSizes.md.xxl);
    expect(light['--font']).toBe("'IBM Plex Sans', 'ui-sans-serif', 'system-ui', sans-serif");
    expect(light['--font-mono']).toBe("'IBM Plex Mono', 'ui-monospace', 'Consolas', monospace");
  });

  it('takes hue names, custom palettes, size names, custom scales and font stacks', () => {
    const custom = { ...colors.rose, '500': '#123456' };
    const theme = new Theme({
      primaryHue: custom,
      secondaryHue: 'teal',
      neutralHue: 'stone',
      spacingSize: 'lg',
      radiusSize: { ...radiusSizes.none, xl: '3px' },
      textSize: 'sm',
      font: [googleFont('Inter'), 'Arial', 'sans-serif'],
      fontMono: 'monospace',
    });
    const { light } = theme.compile();
    expect(light['--primary-500']).toBe('#123456');
    expect(light['--secondary-50']).toBe(colors.teal['50']);
    expect(light['--neutral-800']).toBe(colors.stone['800']);
    expect(light['--spacing-xxl']).toBe(spacingSizes.lg.xxl);
    expect(light['--radius-xl']).toBe('3px');
    expect(light['--text-md']).toBe(textSizes.sm.md);
    expect(light['--font']).toBe("'Inter', 'Arial', sans-serif");
    expect(light['--font-mono']).toBe('monospace');
    // The semantic defaults follow: --color-accent is *primary_500.
    expect(light['--color-accent']).toBe('#123456');
  });

  it('rejects unknown hue and size names and incomplete custom scales, naming the option', () => {
    expect(thrown(() => new Theme({ primaryHue: 'blurple' as never })).message).toMatch(/unknown primary hue "blurple"/);
    expect(thrown(() => new Theme({ radiusSize: 'xl' as never })).message).toMatch(/unknown radius size "xl".*none, sm, md, lg, xxl/);
    const partial = { ...colors.red, '950': '' };
    const error = thrown(() => new Theme({ neutralHue: partial }));
    expect(error).toBeInstanceOf(ThemeOptionError);
    expect(error.message).toBe('custom neutral palette is missing step(s) 950');
    expect(thrown(() => new Theme({ textSize: { sm: '1px' } as never })).message).toMatch(/custom text scale is missing step\(s\) xxs, xs, md/);
  });

  it('only names fonts: Google and local fonts are loaded only on request', () => {
    const theme = new Theme({ font: [googleFont('Lexend', [400, 700]), localFont('Quicksand'), 'sans-serif'] });
    expect(theme.toCss()).not.toMatch(/@font-face|@import|googleapis|woff2/);
    expect(theme.stylesheets).toEqual(['https://fonts.googleapis.com/css2?family=Lexend:wght@400;700&display=swap']);
    const faces = theme.fontFaceCss('https://example.test/');
    expect(faces).toContain("font-family: 'Quicksand';");
    expect(faces).toContain("url('https://example.test/static/fonts/Quicksand/Quicksand-Regular.woff2')");
    expect(faces).toContain("url('https://example.test/static/fonts/IBMPlexMono/IBMPlexMono-Bold.woff2')");
    expect(faces).not.toContain('Lexend');
  });
});

describe('Theme.set and reference resolution', () => {
  it('resolves plain values, references to core values and chains through other variables', () => {
    const theme = new Theme({ primaryHue: 'green' }).set({
      button_primary_background_fill: '*primary_200',
      button_primary_background_fill_hover: '*button_primary_background_fill',
      button_primary_border_color: '*button_primary_background_fill_hover',
      block_radius: '*radius_xl',
      block_padding: 'calc(*spacing_xl * 2) *spacing_sm',
      loader_color: 'rebeccapurple',
    });
    const { light } = theme.compile();
    expect(light['--button-primary-background-fill']).toBe(colors.green['200']);
    expect(light['--button-primary-background-fill-hover']).toBe(colors.green['200']);
    expect(light['--button-primary-border-color']).toBe(colors.green['200']);
    expect(light['--block-radius']).toBe('12px');
    expect(light['--block-padding']).toBe('calc(10px * 2) 4px');
    expect(light['--loader-color']).toBe('rebeccapurple');
  });

  it('resolves dark values against the dark values of referenced variables', () => {
    const theme = new Theme().set({
      block_background_fill: '*neutral_100',
      block_background_fill_dark: '*neutral_800',
      block_title_background_fill: '*block_background_fill',
      block_label_background_fill: '*background_fill_primary',
      block_label_background_fill_dark: null,
    });
    expect(theme.resolve('block_background_fill', 'dark')).toBe(colors.zinc['800']);
    // No dark value of its own: the light text, whose reference resolves to the dark value.
    expect(theme.get('block_title_background_fill').dark).toBeUndefined();
    expect(theme.resolve('block_title_background_fill', 'light')).toBe(colors.zinc['100']);
    expect(theme.resolve('block_title_background_fill', 'dark')).toBe(colors.zinc['800']);
    // background_fill_primary is white / *neutral_950 in Base.
    expect(theme.resolve('block_label_background_fill', 'light')).toBe('white');
    expect(theme.resolve('block_label_background_fill', 'dark')).toBe(colors.zinc['950']);
  });

  it('keeps a variable\'s dark value when only the light one is set, and null makes dark follow light', () => {
    const theme = new Theme().set({ body_text_color: '*neutral_900' });
    expect(theme.get('body_text_color')).toEqual({ light: '*neutral_900', dark: '*neutral_100' });
    theme.set({ body_text_color_dark: null });
    expect(theme.get('body_text_color')).toEqual({ light: '*neutral_900', dark: undefined });
    expect(theme.resolve('body_text_color', 'dark')).toBe(colors.zinc['900']);
  });

  it('throws for an unknown variable name, naming it, and changes nothing', () => {
    const theme = new Theme();
    const error = thrown(() => theme.set({ block_radius: '0px', button_primary_colour: 'red' } as never));
    expect(error).toBeInstanceOf(ThemeOptionError);
    expect(error.message).toBe('unknown theme variable "button_primary_colour"');
    expect(theme.get('block_radius').light).toBe('*radius_sm');
    expect(thrown(() => theme.set({ nope_dark: 'red' } as never)).message).toBe('unknown theme variable "nope_dark"');
  });

  it('throws for a reference to an unknown variable, naming the variable and the reference', () => {
    const error = thrown(() => new Theme().set({ block_border_color: '1px solid *primary_1000' }));
    expect(error).toBeInstanceOf(ThemeReferenceError);
    expect(error).toMatchObject({ name: 'ThemeReferenceError', variable: 'block_border_color', reference: 'primary_1000', mode: 'light' });
    expect(error.message).toContain('"block_border_color" references "*primary_1000"');
    const dark = thrown(() => new Theme().set({ block_border_color_dark: '*no_such_thing' })) as ThemeReferenceError;
    expect(dark).toMatchObject({ variable: 'block_border_color', reference: 'no_such_thing', mode: 'dark' });
    expect(dark.message).toContain('(dark)');
  });

  it('throws for a reference cycle, naming the variables of the loop', () => {
    const error = thrown(() =>
      new Theme().set({
        button_primary_background_fill: '*button_primary_background_fill_hover',
        button_primary_background_fill_hover: '*button_primary_border_color',
        button_primary_border_color: '*button_primary_background_fill',
      }),
    );
    expect(error).toBeInstanceOf(ThemeCycleError);
    const cycle = (error as ThemeCycleError).cycle;
    expect(cycle).toHaveLength(4);
    expect(cycle[0]).toBe(cycle[3]);
    expect(new Set(cycle)).toEqual(
      new Set(['button_primary_background_fill', 'button_primary_background_fill_hover', 'button_primary_border_color']),
    );
    expect(error.message).toMatch(/is part of a reference cycle: \*button_primary_\w+ -> /);
  });

  it('explains a dark value that references its own light variable', () => {
    const error = thrown(() => new Theme().set({ loader_color_dark: '*loader_color' })) as ThemeCycleError;
    expect(error).toBeInstanceOf(ThemeCycleError);
    expect(error).toMatchObject({ variable: 'loader_color', mode: 'dark', cycle: ['loader_color', 'loader_color'] });
    expect(error.message).toContain('set "loader_color_dark" to null');
  });

  it('rejects references with a _dark suffix and values that are not non-empty strings', () => {
    expect(thrown(() => new Theme().set({ block_radius: '*radius_sm_dark' })).message).toMatch(
      /"block_radius" references "\*radius_sm_dark"; refer to "\*radius_sm"/,
    );
    expect(thrown(() => new Theme().set({ block_radius: '' })).message).toMatch(/"block_radius" must be a non-empty string, got ""/);
    expect(thrown(() => new Theme().set({ block_radius: 4 as never })).message).toMatch(/got 4/);
    expect(thrown(() => new Theme().set({ block_radius: null as never })).message).toMatch(/non-empty string, got null/);
  });

  it('refuses to change the shared built-in instances; clones and createTheme are changeable', () => {
    expect(themes.soft.readOnly).toBe(true);
    expect(thrown(() => themes.soft.set({ block_radius: '0px' })).message).toMatch(/shared built-in.*createTheme\("soft"\)/);
    const copy = themes.soft.clone('my-soft').set({ block_radius: '0px' });
    expect(copy.name).toBe('my-soft');
    expect(copy.resolve('block_radius')).toBe('0px');
    expect(themes.soft.resolve('block_radius')).not.toBe('0px');
  });
});

describe('CSS output', () => {
  it('declares every variable on the scope and again on its dark selectors, references as var()', () => {
    const theme = new Theme().set({ block_title_text_color: '*body_text_color' });
    const { css, light, dark } = theme.compile('#app');
    expect(css.startsWith('#app {\n  --primary-50: #eff6ff;\n')).toBe(true);
    expect(css).toContain('\n}\n\n#app.dark, #app .dark {\n');
    expect(css).toContain('  --block-title-text-color: var(--body-text-color);\n');
    expect(css).toContain('  --body-text-color: var(--neutral-100);\n'); // the dark block's value
    const parsed = parseThemeCss(css);
    expect(parsed.light.size).toBe(214);
    expect(parsed.dark.size).toBe(214);
    expect(Object.keys(light)).toEqual([...parsed.light.keys()]);
    expect(Object.keys(dark)).toEqual([...parsed.light.keys()]);
    expect(Object.values(light).join(' ')).not.toMatch(/\*\w|var\(/);
  });

  it('writes :host(.dark) for a :host scope and keeps Gradio\'s :root form by default', () => {
    expect(new Theme().toCss(':host')).toContain(':host(.dark), :host .dark {');
    expect(new Theme().toCss()).toMatch(/^:root \{[\s\S]*\n:root\.dark, :root \.dark \{/);
  });
});
