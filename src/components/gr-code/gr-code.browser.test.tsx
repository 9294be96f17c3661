import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const source = 'def greet(name):\n    return "Hello " + name\n';

// Every script this file loads stays listed (the default buffer of 250 entries fills up with vitest's own).
performance.setResourceTimingBufferSize(100_000);

/** A chunk of the build holding a `@codemirror/legacy-modes` stream mode (strings that survive minifying). */
const legacyModeChunk = /name:\s*"(cpp|r|shell|stex|jinja2)"|in simple mode|dateSQL/;

/** The text of every chunk of the Stencil build (`dist/components`) loaded so far, by URL. */
async function loadedScripts(): Promise<Map<string, string>> {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/dist\/components\/[^/]+\.js(\?|$)/.test(url));
  const texts = await Promise.all([...new Set(urls)].map(async (url) => [url, await (await fetch(url)).text()] as const));
  return new Map(texts);
}

/** The (trimmed) texts of the spans CodeMirror's highlighter gave `className` in `root`. */
function tokens(root: Element, className: string): string[] {
  return [...root.querySelectorAll(`.cm-line .${className}`)].map((span) => span.textContent?.trim() ?? '');
}

describe('gr-code in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-code value={source} language="python" />
        <gr-code value={source} language="python" interactive={false} />
        <gr-code value="SELECT 1;" language="sql-pgSQL" showLineNumbers={false} label="Query" />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelector('.cm-editor')).not.toBeNull());
    await vi.waitFor(() => expect(root.querySelector('.hljs-keyword')).not.toBeNull());
    expect(await axeViolations(root)).toEqual([]);
  });

  it('static view highlights with highlight.js', async () => {
    const { root } = await render(<gr-code value={source} language="python" interactive={false} />);
    await vi.waitFor(() => expect(root.querySelector('.hljs-keyword')?.textContent).toBe('def'));
  });

  it('interactive: typing emits gr-input then gr-change and updates value; focus and blur are reported', async () => {
    const { root } = await render(
      <div>
        <gr-code value="x = 1" language="python" buttons={[]} />
        <button type="button">after</button>
      </div>,
    );
    const code = root.querySelector('gr-code') as HTMLGrCodeElement;
    const events: string[] = [];
    for (const name of ['gr-input', 'gr-change', 'gr-focus', 'gr-blur']) {
      code.addEventListener(name, (event) => events.push(`${name}:${(event as CustomEvent).detail ?? ''}`));
    }
    await vi.waitFor(() => expect(root.querySelector('.cm-content')).not.toBeNull());
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('cm-content')).toBe(true);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Code');
    await userEvent.keyboard('{End}2');
    expect(code.value).toBe('x = 12');
    expect(events).toEqual(['gr-focus:', 'gr-input:x = 12', 'gr-change:x = 12']);
    // Tab is not trapped: it leaves the editor.
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('after');
    expect(events.at(-1)).toBe('gr-blur:');
  });

  it('a programmatic value replaces the text without events', async () => {
    const { root } = await render(<gr-code value="a" />);
    const code = root as HTMLGrCodeElement;
    const listener = vi.fn();
    code.addEventListener('gr-change', listener);
    code.addEventListener('gr-input', listener);
    await vi.waitFor(() => expect(root.querySelector('.cm-content')).not.toBeNull());
    code.value = 'replaced';
    await vi.waitFor(() => expect(root.querySelector('.cm-content')?.textContent).toBe('replaced'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('loads a legacy stream mode only when its language is used', async () => {
    // Earlier tests used python and SQL (lang-sql) only: their chunks came, no legacy mode's did.
    const before = await loadedScripts();
    expect([...before.values()].some((text) => /name:\s*"python"/.test(text))).toBe(true);
    expect([...before].filter(([, text]) => legacyModeChunk.test(text)).map(([url]) => url)).toEqual([]);

    const { root } = await render(<gr-code value={'FROM python:3.12\nRUN pip install gradio\n'} language="dockerfile" />);
    await vi.waitFor(() => expect(tokens(root, 'tok-keyword')).toContain('FROM'));
    const after = await loadedScripts();
    const added = [...after].filter(([url]) => !before.has(url));
    expect(added.some(([, text]) => /in simple mode/.test(text))).toBe(true);
  });

  it.each([
    ['c', 'int main(void) {\n  return 0;\n}\n', 'tok-keyword', 'return'],
    ['cpp', 'class Greeter {\n public:\n  int n;\n};\n', 'tok-keyword', 'class'],
    ['r', 'greet <- function(name) paste("Hello", name)\n', 'tok-keyword', 'function'],
    ['shell', 'if [ -f run.py ]; then python run.py; fi\n', 'tok-keyword', 'if'],
    ['latex', '% a comment\n\\section{Intro}\n', 'tok-comment', '% a comment'],
    ['jinja2', '{% for item in items %}{{ item }}{% endfor %}\n', 'tok-keyword', 'for'],
    ['sql-sparkSQL', 'SELECT name FROM users;\n', 'tok-keyword', 'SELECT'],
  ])('the editor highlights %s with CodeMirror token classes', async (language, value, className, text) => {
    const { root } = await render(<gr-code value={value} language={language} />);
    await vi.waitFor(() => expect(tokens(root, className)).toContain(text));
    // The colours come from the kit's highlight style (a generated class besides the `tok-*` one).
    const span = [...root.querySelectorAll(`.cm-line .${className}`)].find((element) => element.textContent?.trim() === text)!;
    expect(getComputedStyle(span).color).not.toBe(getComputedStyle(root.querySelector('.cm-line')!).color);
  });

  it('token colours follow dark mode (a .dark ancestor)', async () => {
    const { root } = await render(
      <div>
        <div class="light-side">
          <gr-code value="return 0;" language="c" />
        </div>
        <div class="dark">
          <gr-code value="return 0;" language="c" />
        </div>
      </div>,
    );
    const keyword = (side: string) => root.querySelector(`${side} .cm-line .tok-keyword`);
    await vi.waitFor(() => expect(keyword('.light-side') && keyword('.dark')).toBeTruthy());
    expect(getComputedStyle(keyword('.light-side')!).color).toBe('rgb(166, 38, 164)');
    expect(getComputedStyle(keyword('.dark')!).color).toBe('rgb(198, 120, 221)');
  });
});
