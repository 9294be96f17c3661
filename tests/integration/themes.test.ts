/**
 * The theme engine against real Gradio 5.14 servers: for each built-in theme, an app launched with
 * `theme="<name>"` serves `/theme.css`, and every variable must equal the engine's, light and dark, both as
 * written (`var()` references) and resolved, after normalising whitespace. Also checks the config's
 * theme fields and that the server's CSS re-scopes onto an element losslessly.
 *
 * `GRADIO_KIT_RECORD_THEMES=1` also re-records the offline fixtures in src/themes/fixtures/gradio-5.14/.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, startGradioApp } from '../../scripts/gradio-server';
import { parseThemeCss, rescopeThemeCss, type ThemeName, themeNames, themes } from '../../src/themes';
import { compareWithServerCss } from '../../src/themes/testing/compare';

interface Served {
  css: string;
  contentType: string | null;
  config: { theme: string; stylesheets: string[]; body_css: Record<string, string> };
}

const served = new Map<ThemeName | 'none', Served>();
let server: GradioServer | undefined;

/** Reads one theme's CSS and config from its app (`<server>/<key>`). */
async function fetchTheme(base: string, key: ThemeName | 'none'): Promise<void> {
  const response = await fetch(`${base}/${key}/theme.css`);
  if (!response.ok) throw new Error(`GET ${base}/${key}/theme.css answered ${response.status}:\n${server?.output()}`);
  const css = await response.text();
  const config = (await (await fetch(`${base}/${key}/config`)).json()) as Served['config'];
  served.set(key, { css, contentType: response.headers.get('content-type'), config });
}

beforeAll(async () => {
  // One server with the app once per theme, each mounted at /<theme> (examples/apps/_all_themes.py): one
  // start-up instead of nine.
  server = await startGradioApp('_all_themes');
  const { url } = server;
  const mounted = ((await (await fetch(`${url}/config`)).json()) as { mounted: string[] }).mounted;
  expect(mounted.sort()).toEqual([...themeNames, 'none'].sort());
  for (const key of [...themeNames, 'none'] as const) await fetchTheme(url, key);
  if (process.env.GRADIO_KIT_RECORD_THEMES === '1') {
    const fixtures = new URL('../../src/themes/fixtures/gradio-5.14/', import.meta.url);
    const fields: Record<string, unknown> = {};
    for (const name of themeNames) {
      const { css, config } = served.get(name) as Served;
      writeFileSync(new URL(`${name}.theme.css`, fixtures), css);
      fields[name] = { theme: config.theme, stylesheets: config.stylesheets, body_css: config.body_css };
    }
    writeFileSync(new URL('config-theme-fields.json', fixtures), `${JSON.stringify(fields, null, 1)}\n`);
  }
});

afterAll(async () => {
  await server?.stop();
});

describe('built-in themes vs a real Gradio 5.14 server', () => {
  it.each(themeNames)('%s: /theme.css has every variable of the engine and no other, all values equal', (name) => {
    const { css, contentType } = served.get(name) as Served;
    expect(contentType).toMatch(/^text\/css/);
    const server = parseThemeCss(css);
    expect(server.light.size).toBe(214);
    expect(server.dark.size).toBe(214);
    expect(compareWithServerCss(themes[name], css)).toEqual([]);
  });

  it.each(themeNames)('%s: config names the theme and its Google stylesheets; body_css matches', (name) => {
    const { config } = served.get(name) as Served;
    const theme = themes[name];
    expect(config.theme).toBe(name);
    expect(config.stylesheets).toEqual(theme.stylesheets);
    expect(config.body_css).toEqual({
      body_background_fill: theme.resolve('body_background_fill', 'light'),
      body_text_color: theme.resolve('body_text_color', 'light'),
      body_background_fill_dark: theme.resolve('body_background_fill', 'dark'),
      body_text_color_dark: theme.resolve('body_text_color', 'dark'),
    });
  });

  it('an app without a theme gets Default', () => {
    const { css, config } = served.get('none') as Served;
    expect(config.theme).toBe('default');
    expect(compareWithServerCss(themes.default, css)).toEqual([]);
  });

  it.each(themeNames)('%s: the server CSS re-scoped onto an element keeps every variable', (name) => {
    const { css } = served.get(name) as Served;
    const rescoped = parseThemeCss(rescopeThemeCss(css, '#app'));
    const original = parseThemeCss(css);
    expect(rescoped.light).toEqual(original.light);
    expect(rescoped.dark).toEqual(original.dark);
  });
});
