/**
 * The one place where HTML from a value (Markdown, HTML, labels, messages) becomes markup: DOMPurify with
 * the kit's link policy. Nothing a value carries may run script: no `<script>`, no event-handler attributes,
 * no `javascript:` / `vbscript:` / scripted `data:` URLs, no `<iframe srcdoc>`, no `<object>` / `<embed>`,
 * and DOMPurify's namespace checks neutralise SVG / MathML confusion tricks. Every link that leaves the
 * page gets `target="_blank"` and `rel="noopener noreferrer"`; in-page anchors (`href="#..."`) stay as they are.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { kitPolicy } from './trusted-types';

/** How much raw HTML survives, beyond the safe core every mode keeps. */
export interface SanitizeOptions {
  /**
   * Also keep `<style>` elements and `<iframe src="https://...">` embeds (never `srcdoc`): for HTML the app
   * author wrote on purpose (`gr.HTML`, `gr.Markdown(sanitize_html=False)`). Scripts still never run.
   * @default false
   */
  keepEmbeds?: boolean;
}

const FORBID_ALWAYS = ['script', 'object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'noscript'];
const FORBID_ATTR = ['srcdoc', 'formaction', 'xlink:href', 'action', 'ping'];

let purifier: DOMPurify | null | undefined;
/** The window the purifier was made for: a simulated DOM can be replaced under a loaded module (test files). */
let purifierWindow: unknown;

/** A private DOMPurify instance (its hooks never touch other users of the default one), made on first use. */
function getPurifier(): DOMPurify | null {
  const current = typeof window === 'undefined' ? undefined : window;
  if (purifier === undefined || purifierWindow !== current) {
    const made = createPurifier();
    // A failed self-test under a DOM is not kept: it may be passing (a simulated DOM mid-setup once failed it
    // and left every later value of a test run escaped); the next call tries again.
    if (made || current === undefined) {
      purifier = made;
      purifierWindow = current;
    }
    return made;
  }
  return purifier;
}

/**
 * Whether HTML can be sanitized here (a DOM DOMPurify works with). Where it cannot, {@link sanitizeHtml}
 * escapes its input: fine for a value's text, wrong for markup the kit made itself (a highlighter's spans),
 * which should then not be used at all.
 */
export function canSanitize(): boolean {
  return getPurifier() !== null;
}

function createPurifier(): DOMPurify | null {
  if (typeof window === 'undefined') return null;
  const instance = createDOMPurify(window);
  if (!instance.isSupported) return null;
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.nodeName.toLowerCase();
    if ((name === 'a' || name === 'area') && element.hasAttribute('href')) {
      const href = (element.getAttribute('href') ?? '').trim();
      if (href.startsWith('#')) {
        element.removeAttribute('target');
      } else {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (element.hasAttribute('target')) {
      element.removeAttribute('target');
    }
    if (name === 'iframe') {
      const src = (element.getAttribute('src') ?? '').trim();
      if (!/^https?:\/\//i.test(src)) element.removeAttribute('src');
    }
    // A Markdown task list's checkbox has no label of its own: its list item's text names it.
    if (name === 'input' && element.getAttribute('type') === 'checkbox' && !element.hasAttribute('aria-label')) {
      const item = element.closest('li');
      const text = item?.textContent?.trim();
      if (text && !element.closest('label')) element.setAttribute('aria-label', text);
    }
  });
  // Self-test: DOM implementations that DOMPurify cannot work with (some simulated DOMs) would pass markup
  // through unchecked. Then every value is shown as escaped text instead. (No inline event handler in the
  // probe: a page whose CSP forbids them reports one even in the sanitizer's inert copy.)
  const probe = instance.sanitize('<p title="ok">a</p><a href="javascript:1">b</a><script>1</script>', withPolicy({})) as string;
  if (!probe.includes('<p title="ok">') || /javascript|script/i.test(probe)) return null;
  return instance;
}

/**
 * Under Trusted Types DOMPurify parses through a policy: the kit's own (`gradio-kit`), never DOMPurify's
 * default `dompurify` one, so a page lists one name only.
 */
function withPolicy(config: Config): Config {
  const policy = kitPolicy();
  return policy ? { ...config, TRUSTED_TYPES_POLICY: policy as unknown as Config['TRUSTED_TYPES_POLICY'] } : config;
}

function configFor(options: SanitizeOptions): Config {
  const keep = options.keepEmbeds === true;
  return withPolicy({
    FORBID_TAGS: keep ? FORBID_ALWAYS : [...FORBID_ALWAYS, 'style', 'iframe'],
    FORBID_ATTR,
    ADD_TAGS: keep ? ['iframe'] : [],
    ADD_ATTR: keep ? ['allow', 'allowfullscreen', 'frameborder', 'loading', 'referrerpolicy'] : [],
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // A leading <style> would otherwise be parsed into <head> and lost.
    FORCE_BODY: keep,
    RETURN_TRUSTED_TYPE: false,
  });
}

/** Escapes text for HTML: the fallback when no DOM is available to sanitize with. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Sanitizes HTML from a value with options: see {@link SanitizeOptions}. Returns a string safe for
 * `innerHTML`. Without a working DOM (server rendering, a
 * simulated DOM DOMPurify rejects) the input comes back escaped as text.
 */
export function sanitizeHtmlWith(html: string, options: SanitizeOptions = {}): string {
  const source = typeof html === 'string' ? html : String(html ?? '');
  const instance = getPurifier();
  if (!instance) return escapeHtml(source);
  return instance.sanitize(source, configFor(options)) as string;
}

/**
 * Sanitizes HTML from a value for `innerHTML`: keeps formatting markup (text, lists, tables, images, SVG,
 * MathML, details), drops everything that could run script or restyle the page (`<style>`, `<iframe>`), and
 * makes every outgoing link open in a new tab with `rel="noopener noreferrer"`.
 */
export function sanitizeHtml(html: string): string {
  return sanitizeHtmlWith(html);
}
