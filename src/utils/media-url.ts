// Kept apart from sanitize.ts: media elements show no HTML, so they must not pull DOMPurify in with this check.

/**
 * A URL from a value that is safe to load as media (`<img src>`, `<video src>`): http(s), relative, `blob:`
 * and `data:` image / audio / video URLs pass; script URLs (`javascript:`, `vbscript:`, `data:text/html`...)
 * give `undefined`.
 */
export function safeMediaUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  // As the URL parser does: tabs and newlines anywhere are dropped ("java\tscript:" is "javascript:").
  const trimmed = url.replace(/[\t\n\r]/g, '').trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!scheme) return trimmed;
  if (scheme === 'http' || scheme === 'https' || scheme === 'blob') return trimmed;
  // SVG images may carry script, but browsers never run script in an <img> or <video> source.
  if (scheme === 'data' && /^data:(?:image|audio|video)\//i.test(trimmed)) return trimmed;
  return undefined;
}
