import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkSelector, fontFacesOf, parseThemeCss, rescopeRootSelectors, rescopeThemeCss, resolveThemeCss, splitSelectorList } from './css';
import { ThemeCycleError, ThemeReferenceError } from './reference-errors';

const serverCss = readFileSync(new URL('./fixtures/gradio-5.14/soft.theme.css', import.meta.url), 'utf8');

describe('parseThemeCss', () => {
  it('reads a real /theme.css: 214 variables per mode, junk lines and @font-face rules set apart', () => {
    const parsed = parseThemeCss(serverCss);
    expect(parsed.light.size).toBe(214);
    expect(parsed.dark.size).toBe(214);
    expect(parsed.light.has('--name')).toBe(false);
    expect([...parsed.dark.keys()].some((name) => name.includes('_'))).toBe(false);
    expect(parsed.fontFaces).toHaveLength(16);
    expect(parsed.fontFaces[0]).toMatch(/^@font-face \{[\s\S]*font-family: 'Montserrat';/);
    expect(parsed.light.get('--checkbox-check')).toMatch(/^url\("data:image\/svg\+xml,.*'\/%3e%3c\/svg%3e"\)$/);
  });

  it('keeps strings, comments and nested parentheses intact', () => {
    const parsed = parseThemeCss(
      '/* a { */ :root { --a: url("x;y}"); --b: calc((1px + 2px) * 2); /* --c: 1 */ --d: \'q;\' } ' +
        ':root .dark { --a: red } .gradio-container { color: red }',
    );
    expect([...parsed.light]).toEqual([
      ['--a', 'url("x;y}")'],
      ['--b', 'calc((1px + 2px) * 2)'],
      ['--d', "'q;'"],
    ]);
    expect([...parsed.dark]).toEqual([['--a', 'red']]);
    expect(parsed.otherRules).toEqual(['.gradio-container { color: red }']);
  });
});

describe('rescopeThemeCss', () => {
  it('moves :root onto the scope and :root .dark onto the scope\'s dark selectors, values verbatim', () => {
    const css = rescopeThemeCss(serverCss, 'gradio-app#demo');
    expect(css).not.toMatch(/:root|@font-face|--name|None/);
    expect(css.startsWith('gradio-app#demo {\n  --primary-50: #eef2ff;')).toBe(true);
    expect(css).toContain('gradio-app#demo.dark, gradio-app#demo .dark {\n  --body-background-fill: var(--background-fill-primary);');
    const original = parseThemeCss(serverCss);
    const rescoped = parseThemeCss(css);
    expect([...rescoped.light]).toEqual([...original.light]);
    expect([...rescoped.dark]).toEqual([...original.dark]);
  });

  it('keeps @font-face rules only when given the server URL, with absolute URLs', () => {
    const css = rescopeThemeCss(serverCss, ':host', { fontBaseUrl: 'https://demo.hf.space' });
    expect(css).toContain("url('https://demo.hf.space/static/fonts/Montserrat/Montserrat-Regular.woff2')");
    expect(css).toContain(':host(.dark), :host .dark {');
    expect(fontFacesOf("@font-face { src: url(https://cdn.test/a.woff2) }", 'https://x.test/')).toContain('url(https://cdn.test/a.woff2)');
  });
});

describe('rescopeRootSelectors', () => {
  it('gives a real /theme.css the same variables as rescopeThemeCss, each block on the scope or its dark selectors', () => {
    const css = rescopeRootSelectors(serverCss, ':host');
    expect(css).not.toMatch(/:root|@font-face/);
    const preludes = (css.match(/[^{}]*\{/g) ?? []).map((prelude) => prelude.slice(0, -1).trim());
    expect(preludes).toEqual([':host', ':host(.dark), :host .dark']);
    const original = parseThemeCss(serverCss);
    const rescoped = parseThemeCss(css);
    expect([...rescoped.light]).toEqual([...original.light]);
    expect([...rescoped.dark]).toEqual([...original.dark]);
  });

  it("takes each version's dark block (6.x `:root.dark, :root .dark`, 5.x `:root .dark`, `.dark`) and keeps other rules", () => {
    const scope = 'gradio-app#demo';
    const dark = darkSelector(scope);
    expect(rescopeRootSelectors(':root {\n  --a: 1;\n}\n\n:root.dark, :root .dark {\n  --a: 2;\n}', scope)).toBe(
      `${scope} {\n  --a: 1;\n}\n\n${dark} {\n  --a: 2;\n}`,
    );
    expect(rescopeRootSelectors(':root{--a:1}:root .dark{--a:2}.dark{--b:3}', scope)).toBe(`${scope}{--a:1}${dark} {--a:2}${dark} {--b:3}`);
    // A theme's own rules: `:root` in them moves onto the scope (in at-rules too); the rest is kept as written.
    expect(rescopeRootSelectors('@media (min-width: 1px) { :root .x { color: red } } .dark .btn { color: blue }', scope)).toBe(
      `@media (min-width: 1px) { ${scope} .x { color: red } } .dark .btn { color: blue }`,
    );
  });
});

describe('resolveThemeCss', () => {
  it('follows var() chains, dark against dark', () => {
    const resolved = resolveThemeCss(serverCss);
    expect(resolved.light['--body-background-fill']).toBe('#f9fafb');
    expect(resolved.dark['--body-background-fill']).toBe('#0b0f19');
    expect(resolved.light['--block-padding']).toBe('10px calc(10px + 2px)');
  });

  it('throws typed errors for unknown references and cycles', () => {
    expect(() => resolveThemeCss(':root { --a: var(--b) }')).toThrow(ThemeReferenceError);
    expect(() => resolveThemeCss(':root { --a: var(--b); --b: var(--a) }')).toThrow(ThemeCycleError);
  });
});

describe('selectors', () => {
  it('splits selector lists at top-level commas only', () => {
    expect(splitSelectorList(':is(a, b) c, [x="1,2"], d')).toEqual([':is(a, b) c', '[x="1,2"]', 'd']);
  });

  it('derives the dark selectors of every kind of scope', () => {
    expect(darkSelector(':root')).toBe(':root.dark, :root .dark');
    expect(darkSelector(':host')).toBe(':host(.dark), :host .dark');
    expect(darkSelector(':host(.embed)')).toBe(':host(.embed.dark), :host(.embed) .dark');
    expect(darkSelector('#a, .b')).toBe('#a.dark, #a .dark, .b.dark, .b .dark');
  });
});
