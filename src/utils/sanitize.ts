/**
 * The one HTML sanitizer of the kit: every element that renders HTML from a value or a server message
 * (toasts, markdown, labels, ...) passes it through `sanitizeHtml` first, so no script ever runs from data.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/** The instance, `null` where none works (no DOM, or a DOM that fails the probe), `undefined` before the first use. */
let purifier: Purifier | null | undefined;

const config = {
  FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'base', 'meta'],
  FORBID_ATTR: ['srcdoc', 'formaction'],
  ADD_ATTR: ['target'],
};

const PROBE_INPUT = '<b>a</b><script>b()</script><img src="x" onerror="c()"><a href="javascript:d()">e</a>';
const PROBE_OUTPUT = '<b>a</b><img src="x"><a>e</a>';

/** A private DOMPurify instance (hooks on it do not leak into other users of the default instance). */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier;
  purifier = null;
  if (typeof window === 'undefined') return null;
  const instance = DOMPurify(window);
  if (!instance.isSupported) return null;
  // Links open in a new browsing context without access to this page (no `window.opener`, no referrer).
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
      (node as Element).setAttribute('target', '_blank');
      (node as Element).setAttribute('rel', 'noopener noreferrer');
    }
  });
  // Some simulated DOMs (happy-dom) break DOMPurify's parsing and let a <script> through: only trust an
  // instance that passes a probe, otherwise escape everything.
  const probe = instance.sanitize(PROBE_INPUT, config);
  if (probe !== PROBE_OUTPUT) return null;
  purifier = instance;
  return purifier;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Sanitized HTML for `innerHTML`: removes `<script>` and other executable elements, `on*` event handler
 * attributes and `javascript:` (or other non-allowed) URLs, and makes every link
 * `target="_blank" rel="noopener noreferrer"`. Without a DOM (server-side rendering) the input is escaped
 * to plain text.
 */
export function sanitizeHtml(html: string): string {
  const text = typeof html === 'string' ? html : String(html ?? '');
  const instance = getPurifier();
  if (!instance) return text.replace(/[&<>"']/g, (char) => escapes[char]);
  return instance.sanitize(text, config);
}
