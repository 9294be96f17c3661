import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

describe('sanitizeHtml without a DOM', () => {
  it('escapes everything to plain text', () => {
    expect(sanitizeHtml('<b onclick="x()">a & b</b>')).toBe('&lt;b onclick=&quot;x()&quot;&gt;a &amp; b&lt;/b&gt;');
    expect(sanitizeHtml("it's")).toBe('it&#39;s');
  });
});
