import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { idleButUnfinishedStates } from '../../../tests/helpers/busy';

const doc = [
  '# Getting started',
  '',
  'Some *text* with a [link](https://www.gradio.app) and [back up](#hgetting-started).',
  '',
  '```python',
  'def f(x):',
  '    return x + 1',
  '```',
  '',
  '$$',
  'e^{i\\pi} + 1 = 0',
  '$$',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
].join('\n');

describe('gr-markdown in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-markdown value={doc} headerLinks />
        <gr-markdown value="Scrolling text" height={80} showCopyButton />
        <gr-markdown value="labelled" label="Notes" showLabel container padding rtl />
      </div>,
    );
    const md = root.querySelector('gr-markdown') as HTMLElement;
    await vi.waitFor(() => expect(md.querySelector('.hljs-keyword')).not.toBeNull());
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is aria-busy while a code grammar loads: whenever it is not, what it shows is drawn with it', async () => {
    const { root } = await render(<gr-markdown value={'```sql\nSELECT 1\n```'} />);
    const prose = root.querySelector('.prose') as HTMLElement;
    const highlighted = () => root.querySelector('.hljs-keyword')?.textContent === 'SELECT';
    expect(await idleButUnfinishedStates(root, () => prose, highlighted)).toEqual([]);
    // Text that needs nothing to load is never busy.
    (root as unknown as { value: string }).value = 'plain *text*';
    await vi.waitFor(() => expect(prose.querySelector('em')?.textContent).toBe('text'));
    expect(prose.hasAttribute('aria-busy')).toBe(false);
  });

  it('renders GFM, highlighted code, KaTeX MathML and header anchors', async () => {
    const { root } = await render(<gr-markdown value={doc} headerLinks />);
    await vi.waitFor(() => {
      expect(root.querySelector('.hljs-keyword')?.textContent).toBe('def');
      expect(root.querySelector('math')).not.toBeNull();
    });
    expect(root.querySelector('h1')?.id).toBe('hgetting-started');
    expect(root.querySelector('h1 .header-link')?.getAttribute('href')).toBe('#hgetting-started');
    expect(root.querySelectorAll('table td')).toHaveLength(2);
    expect(root.querySelector('annotation')?.textContent ?? '').not.toContain('<');
    const link = root.querySelector('a[href^="https:"]');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    const inPage = root.querySelector('p a[href="#hgetting-started"]');
    expect(inPage?.hasAttribute('target')).toBe(false);
    // Prose styles reach the innerHTML content.
    expect(getComputedStyle(root.querySelector('pre') as Element).overflowX).toBe('auto');
  });

  it('code blocks have a copy button that copies the block', async () => {
    const { root } = await render(<gr-markdown value={'```\nline one\n```'} />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const button = root.querySelector('.code-block .copy-code') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Copy code');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith('line one');
    await vi.waitFor(() => expect(button.getAttribute('aria-label')).toBe('Copied'));
    writeText.mockRestore();
  });

  it('a header link scrolls to its header', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => `line ${i}`).join('\n\n');
    const { root } = await render(<gr-markdown value={`[down](#hend)\n\n${filler}\n\n## End`} headerLinks />);
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    (root.querySelector('a[href="#hend"]') as HTMLAnchorElement).click();
    expect(scroll.mock.contexts[0]).toBe(root.querySelector('h2#hend'));
    expect(location.hash).toBe('');
    scroll.mockRestore();
  });

  it('keeps single-newline text together unless line_breaks', async () => {
    const { root, setProps } = await render(<gr-markdown value={'a\nb'} />);
    expect(root.querySelector('br')).toBeNull();
    await setProps({ lineBreaks: true });
    expect(root.querySelector('.prose br')).not.toBeNull();
  });

  it('uses the configured LaTeX delimiters', async () => {
    const { root } = await render(
      <gr-markdown value={'inline \\(x^2\\) math'} latexDelimiters={[{ left: '\\(', right: '\\)', display: false }]} />,
    );
    await vi.waitFor(() => expect(root.querySelector('math msup')).not.toBeNull());
    expect(root.querySelector('math')?.getAttribute('display')).not.toBe('block');
  });

  it('copy button: reachable with Tab, Enter emits gr-copy', async () => {
    const { root } = await render(<gr-markdown value="copy me" showCopyButton />);
    const listener = vi.fn();
    root.addEventListener('gr-copy', listener);
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Cop/);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener.mock.calls[0][0].detail).toEqual({ value: 'copy me' });
  });

  it('sanitize_html=False keeps style and https iframes, still no script', async () => {
    const value = '<style>.x{color:red}</style><iframe src="https://example.com" title="ex"></iframe><script>window.__mdRan=1</script>';
    const { root, setProps } = await render(<gr-markdown value={value} />);
    expect(root.querySelector('.prose style')).toBeNull();
    expect(root.querySelector('.prose iframe')).toBeNull();
    await setProps({ sanitizeHtml: false });
    expect(root.querySelector('.prose style')).not.toBeNull();
    expect(root.querySelector('.prose iframe')?.getAttribute('src')).toBe('https://example.com');
    expect(root.querySelector('.prose script')).toBeNull();
    expect((window as unknown as { __mdRan?: number }).__mdRan).toBeUndefined();
  });
});
