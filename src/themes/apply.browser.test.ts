import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { applyTheme } from './apply';
import { type ThemeHandle, scopeEmbedTheme, themeHandleOf } from './scope';
import { createTheme, themes } from './builtins';
import { cssVariableName, variableNames } from './catalogue';
import { resolveThemeCss } from './css';
import type { ColorMode } from './errors';
import type { Theme } from './theme';

const cssNames = variableNames.map(cssVariableName);
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function track(handle: ThemeHandle): ThemeHandle {
  cleanups.push(() => handle.remove());
  return handle;
}

function mount<K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node = document.body): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  parent.appendChild(element);
  cleanups.push(() => element.remove());
  return element;
}

/** The element's computed value of every theme variable, whitespace normalised. */
function computedVariables(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(cssNames.map((name) => [name, style.getPropertyValue(name).replace(/\s+/g, ' ').trim()]));
}

/** What the engine says the variables resolve to, in the form Chromium serialises computed values. */
function expectedVariables(values: Readonly<Record<string, string>>): Record<string, string> {
  const probe = mount('div');
  const style = Object.entries(values).map(([name, value]) => `${name}: ${value};`).join(' ');
  probe.setAttribute('style', style);
  const result = computedVariables(probe);
  probe.remove();
  return result;
}

function expectThemeOn(element: Element, theme: Theme, mode: ColorMode) {
  const values = theme.compile()[mode];
  expect(computedVariables(element)).toEqual(expectedVariables(values));
}

/** Everything the page's root and body compute, as text. */
function pageStyles(): string {
  return [document.documentElement, document.body]
    .map((element) => {
      const style = getComputedStyle(element);
      return Array.from({ length: style.length }, (_, i) => `${style[i]}:${style.getPropertyValue(style[i] as string)}`).join(';');
    })
    .join('\n');
}

describe('applyTheme in Chromium', () => {
  it('scopes two themes in two modes to two elements without touching each other or the page', () => {
    const before = pageStyles();
    const plain = mount('div');
    const plainChild = mount('button', plain);
    const host = mount('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.style.background = 'var(--button-primary-background-fill)';
    shadow.append(inner);
    const outside = mount('div');

    const ocean = track(applyTheme(plain, themes.ocean, { mode: 'light' }));
    const soft = track(applyTheme(host, 'soft', { mode: 'dark' }));

    expect(ocean.resolvedMode).toBe('light');
    expect(soft.resolvedMode).toBe('dark');
    expectThemeOn(plain, themes.ocean, 'light');
    expectThemeOn(plainChild, themes.ocean, 'light');
    expectThemeOn(host, themes.soft, 'dark');
    expect(getComputedStyle(inner).backgroundColor).toBe('rgb(79, 70, 229)'); // indigo 600, Soft's dark primary
    // The shadow-root theme lives inside the shadow root; the other one next to the page's styles.
    expect(shadow.querySelector('style')?.textContent).toMatch(/^:host \{/);
    expect(plain.getAttribute('data-gradio-theme')).toMatch(/^\d+$/);
    expect(host.hasAttribute('data-gradio-theme')).toBe(false);
    // Nothing leaks to the page or to a sibling.
    expect(getComputedStyle(outside).getPropertyValue('--primary-500')).toBe('');
    expect(getComputedStyle(document.documentElement).getPropertyValue('--primary-500')).toBe('');
    expect(document.documentElement.classList.contains('dark') || document.body.classList.contains('dark')).toBe(false);
    expect(pageStyles()).toBe(before);
  });

  it('switches mode and theme at runtime and cleans up on remove()', () => {
    const element = mount('section');
    const handle = track(applyTheme(element, themes.citrus, { mode: 'light' }));
    expectThemeOn(element, themes.citrus, 'light');
    handle.setMode('dark');
    expect(element.classList.contains('dark')).toBe(true);
    expectThemeOn(element, themes.citrus, 'dark');
    const custom = createTheme('glass', { primaryHue: 'rose' }).set({ block_radius: '*radius_xxl' });
    handle.setTheme(custom);
    expect(handle.theme).toBe(custom);
    expectThemeOn(element, custom, 'dark');
    handle.setMode('light');
    expectThemeOn(element, custom, 'light');
    expect(themeHandleOf(element)).toBe(handle);

    handle.remove();
    expect(getComputedStyle(element).getPropertyValue('--primary-500')).toBe('');
    expect(element.hasAttribute('data-gradio-theme')).toBe(false);
    expect(element.classList.contains('dark')).toBe(false);
    expect(document.querySelector('style[data-gradio-theme-style]')).toBeNull();
    expect(themeHandleOf(element)).toBeUndefined();
  });

  it('a .dark element inside a light-themed element switches its subtree, as in Gradio', () => {
    const element = mount('div');
    const darkPart = mount('div', element);
    darkPart.className = 'dark';
    track(applyTheme(element, themes.default, { mode: 'light' }));
    expect(getComputedStyle(element).getPropertyValue('--body-background-fill').trim()).toBe('white');
    expect(getComputedStyle(darkPart).getPropertyValue('--body-background-fill').trim()).toBe('#0f0f11');
  });

  it('re-scopes a server\'s /theme.css text onto an element, with the values the server meant', async () => {
    const css = await commands.readFile('src/themes/fixtures/gradio-5.14/monochrome.theme.css');
    const element = mount('div');
    const handle = track(applyTheme(element, css, { mode: 'dark' }));
    expect(handle.theme).toBeUndefined();
    const resolved = resolveThemeCss(css);
    expect(computedVariables(element)).toEqual(expectedVariables(resolved.dark));
    expectThemeOn(element, themes.monochrome, 'dark');
    // The server's @font-face rules are dropped: no font is requested.
    expect(document.querySelector('[data-gradio-theme-style]')?.textContent).not.toContain('@font-face');
  });

  it("scopeEmbedTheme gives a shadow host a server's /theme.css (5.x and 6.x dark selectors) with the values the server meant", async () => {
    const css = await commands.readFile('src/themes/fixtures/gradio-5.14/monochrome.theme.css');
    // Gradio 6 writes its dark block as `:root.dark, :root .dark` (gradio/themes/base.py), 5.x as `:root .dark`.
    const css6 = css.replace(':root .dark {', ':root.dark, :root .dark {');
    expect(css6).not.toBe(css);
    const resolved = resolveThemeCss(css);
    for (const text of [css, css6]) {
      const host = mount('div');
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('p');
      shadow.append(inner);
      const handle = track(scopeEmbedTheme(host, text, { mode: 'light' }));
      expect(computedVariables(host)).toEqual(expectedVariables(resolved.light));
      handle.setMode('dark');
      expect(computedVariables(host)).toEqual(expectedVariables(resolved.dark));
      expect(computedVariables(inner)).toEqual(expectedVariables(resolved.dark));
      // The theme is the shadow root's: nothing reaches the page, and no font is requested.
      expect(document.querySelector('[data-gradio-theme-style], [data-gradio-theme-fonts], link[data-gradio-theme-font]')).toBeNull();
      expect(shadow.querySelector('style')?.textContent).not.toContain('@font-face');
      handle.remove();
      expect(getComputedStyle(host).getPropertyValue('--body-background-fill')).toBe('');
    }
  });

  it('applying again to the same element replaces the previous theme', () => {
    const element = mount('div');
    const first = applyTheme(element, themes.soft, { mode: 'dark' });
    const second = track(applyTheme(element, themes.base, { mode: 'light' }));
    expect(document.querySelectorAll('style[data-gradio-theme-style]')).toHaveLength(1);
    expect(element.classList.contains('dark')).toBe(false);
    expectThemeOn(element, themes.base, 'light');
    first.remove(); // already replaced: no effect on the second
    expectThemeOn(element, themes.base, 'light');
    expect(themeHandleOf(element)).toBe(second);
  });

  it('"system" starts from prefers-color-scheme', () => {
    const element = mount('div');
    const handle = track(applyTheme(element, themes.soft));
    const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(handle.mode).toBe('system');
    expect(handle.resolvedMode).toBe(systemDark ? 'dark' : 'light');
    expectThemeOn(element, themes.soft, handle.resolvedMode);
  });

  it('"system" follows prefers-color-scheme changes live, and stops after remove()', () => {
    // Chromium's colour scheme cannot be switched from inside the page: stand in for its MediaQueryList.
    const query = new EventTarget() as EventTarget & { matches: boolean; media: string };
    query.matches = false;
    query.media = '(prefers-color-scheme: dark)';
    const spy = vi.spyOn(window, 'matchMedia').mockImplementation((media) => {
      expect(media).toBe('(prefers-color-scheme: dark)');
      return query as unknown as MediaQueryList;
    });
    cleanups.push(() => spy.mockRestore());
    const changes: ColorMode[] = [];
    const element = mount('div');
    const handle = track(applyTheme(element, themes.ocean, { mode: 'system', onModeChange: (mode) => changes.push(mode) }));
    expectThemeOn(element, themes.ocean, 'light');

    query.matches = true;
    query.dispatchEvent(new Event('change'));
    expect(handle.resolvedMode).toBe('dark');
    expectThemeOn(element, themes.ocean, 'dark');

    handle.setMode('light'); // a fixed mode ignores the system
    query.matches = false;
    query.dispatchEvent(new Event('change'));
    query.matches = true;
    query.dispatchEvent(new Event('change'));
    expect(handle.resolvedMode).toBe('light');

    handle.setMode('system');
    expect(handle.resolvedMode).toBe('dark');
    handle.remove();
    query.matches = false;
    query.dispatchEvent(new Event('change'));
    expect(element.classList.contains('dark')).toBe(false);
    expect(changes).toEqual(['dark', 'light', 'dark']);
  });

  it('loads fonts only when asked', () => {
    const element = mount('div');
    const silent = track(applyTheme(element, themes.citrus, { mode: 'light' }));
    expect(document.querySelector('link[data-gradio-theme-font], style[data-gradio-theme-fonts]')).toBeNull();
    silent.remove();

    const handle = track(
      applyTheme(element, themes.soft, { mode: 'light', fonts: { google: true, localBaseUrl: 'http://127.0.0.1:9/' } }),
    );
    const faces = document.head.querySelector('style[data-gradio-theme-fonts]')?.textContent ?? '';
    expect(faces).toContain("url('http://127.0.0.1:9/static/fonts/Montserrat/Montserrat-Regular.woff2')");
    expect(document.querySelector('link[data-gradio-theme-font]')).toBeNull(); // Soft has no Google font
    handle.setTheme(createTheme('soft', { font: [{ name: 'Lexend', source: 'google', weights: [400] }] }));
    expect(document.querySelectorAll('link[data-gradio-theme-font]')).toHaveLength(1);
    handle.remove();
    expect(document.querySelector('link[data-gradio-theme-font], style[data-gradio-theme-fonts]')).toBeNull();
  });
});
