import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

describe('sanitizeHtml in Chromium', () => {
  it('keeps formatting, removes scripts, event handlers and javascript: URLs', () => {
    const out = parse(
      sanitizeHtml(
        '<p><b>bold</b> <em>em</em> <code>c</code></p><script>alert(1)</script><img src="x.png" onerror="alert(2)">' +
          '<a href="javascript:alert(3)">bad</a><iframe src="https://example.com"></iframe><svg><script>alert(4)</script></svg>',
      ),
    );
    expect(out.querySelector('b')?.textContent).toBe('bold');
    expect(out.querySelector('em')).not.toBeNull();
    expect(out.querySelectorAll('script').length).toBe(0);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('x.png');
    expect(out.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(out.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(out.querySelector('iframe')).toBeNull();
  });

  it('makes links open in a new tab without opener or referrer', () => {
    const link = parse(sanitizeHtml('<a href="https://gradio.app" target="_self">docs</a>')).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://gradio.app');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('accepts non-strings gracefully', () => {
    expect(sanitizeHtml(undefined as unknown as string)).toBe('');
    expect(sanitizeHtml(42 as unknown as string)).toBe('42');
  });
});
