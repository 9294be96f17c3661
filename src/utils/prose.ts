/**
 * Behaviour of rendered prose (Markdown, HTML): in-page anchors (`href="#id"`) scroll to their target in the
 * element's own tree, which also works inside `<gradio-app>`'s shadow root where the browser's own fragment
 * navigation cannot see the ids.
 */
export function followInPageAnchor(event: MouseEvent, host: HTMLElement): void {
  const target = event.target as Element | null;
  const anchor = target?.closest?.('a[href^="#"]') as HTMLAnchorElement | null;
  if (!anchor || !host.contains(anchor)) return;
  const id = decodeURIComponent((anchor.getAttribute('href') ?? '').slice(1));
  if (!id) return;
  const root = host.getRootNode() as Document | ShadowRoot;
  const destination = root.getElementById?.(id) ?? host.querySelector(`[id="${CSS.escape(id)}"]`);
  if (!destination) return;
  event.preventDefault();
  destination.scrollIntoView({ block: 'start' });
}

/**
 * Copies a Markdown code block when its copy button (rendered by markdown.ts) is clicked inside `host`;
 * the button shows a check mark for a moment. Returns whether the click was such a button.
 */
export function copyCodeBlock(event: MouseEvent, host: HTMLElement): boolean {
  const button = (event.target as Element | null)?.closest?.('button.copy-code') as HTMLButtonElement | null;
  if (!button || !host.contains(button)) return false;
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  navigator.clipboard?.writeText(code).then(
    () => {
      button.classList.add('copied');
      button.setAttribute('aria-label', 'Copied');
      setTimeout(() => {
        button.classList.remove('copied');
        button.setAttribute('aria-label', 'Copy code');
      }, 2000);
    },
    () => undefined,
  );
  return true;
}

/**
 * Gradio's `.prose` typography and highlight.js token colours (`.gr-prose`, `.gr-hljs`) for HTML that arrives through `innerHTML`.
 * Stencil's scoped CSS cannot reach such content (it has no scope classes), so these rules are installed
 * once per root (the document, or `<gradio-app>`'s shadow root) by {@link adoptProseStyles}, all under
 * `:where()` so they carry no specificity and any app CSS overrides them.
 */
const PROSE_CSS = `
:where(.gr-prose) { color: var(--body-text-color); font-family: var(--font); font-size: var(--prose-text-size);
  font-weight: var(--prose-text-weight); line-height: var(--line-md, 1.5); overflow-wrap: break-word; }
:where(.gr-prose) :where(h1, h2, h3, h4, h5, h6) { font-weight: var(--prose-header-text-weight); line-height: 1.3;
  color: var(--body-text-color); margin: 1.2em 0 0.6em; position: relative; }
:where(.gr-prose) :where(h1) { font-size: var(--text-xxl); margin-top: 0.4em; }
:where(.gr-prose) :where(h2) { font-size: var(--text-xl); }
:where(.gr-prose) :where(h3) { font-size: var(--text-lg); }
:where(.gr-prose) :where(h4, h5, h6) { font-size: var(--text-md); }
:where(.gr-prose) :where(p, ul, ol, blockquote, table, pre, details, dl) { margin: 0 0 0.9em; }
:where(.gr-prose) > :where(:first-child) { margin-top: 0; }
:where(.gr-prose) > :where(:last-child) { margin-bottom: 0; }
:where(.gr-prose) :where(ul, ol) { padding-inline-start: 1.6em; }
:where(.gr-prose) :where(li) { margin: 0.25em 0; }
:where(.gr-prose) :where(a) { color: var(--link-text-color); text-decoration: underline; }
:where(.gr-prose) :where(a:hover) { color: var(--link-text-color-hover); }
:where(.gr-prose) :where(a:visited) { color: var(--link-text-color-visited); }
:where(.gr-prose) :where(a:active) { color: var(--link-text-color-active); }
:where(.gr-prose) :where(a:focus-visible) { outline: 2px solid var(--color-accent); outline-offset: 1px; }
:where(.gr-prose) :where(code) { font-family: var(--font-mono); font-size: 0.9em; background: var(--code-background-fill);
  border-radius: var(--radius-sm); padding: 0.1em 0.3em; }
:where(.gr-prose) :where(pre) { background: var(--code-background-fill); border: 1px solid var(--border-color-primary);
  border-radius: var(--radius-md); padding: var(--spacing-lg) var(--spacing-xl); overflow-x: auto; line-height: 1.45; }
:where(.gr-prose) :where(.code-block) { position: relative; }
:where(.gr-prose) :where(.copy-code) { position: absolute; top: var(--spacing-sm); right: var(--spacing-sm); display: inline-flex;
  padding: var(--spacing-xs); border: 1px solid var(--border-color-primary); border-radius: var(--radius-sm);
  background: var(--block-background-fill); color: var(--body-text-color-subdued); cursor: pointer; opacity: 0.8; }
:where(.gr-prose) :where(.copy-code:hover, .copy-code:focus-visible, .copy-code.copied) { opacity: 1; color: var(--body-text-color); }
:where(.gr-prose) :where(.copy-code:focus-visible) { outline: 2px solid var(--color-accent); }
:where(.gr-prose) :where(.copy-code.copied) { border-color: var(--color-accent); }
:where(.gr-prose) :where(pre code) { background: none; padding: 0; border-radius: 0; font-size: var(--text-sm); }
:where(.gr-prose) :where(blockquote) { border-inline-start: 3px solid var(--border-color-primary); margin-inline: 0;
  padding-inline-start: 1em; color: var(--body-text-color-subdued); }
:where(.gr-prose) :where(table) { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
:where(.gr-prose) :where(th, td) { border: 1px solid var(--table-border-color, var(--border-color-primary));
  padding: var(--spacing-sm) var(--spacing-lg); text-align: start; }
:where(.gr-prose) :where(th) { font-weight: 600; background: var(--background-fill-secondary); }
:where(.gr-prose) :where(tr:nth-child(even) td) { background: var(--table-even-background-fill); }
:where(.gr-prose) :where(img) { max-width: 100%; height: auto; }
:where(.gr-prose) :where(hr) { border: none; border-top: 1px solid var(--border-color-primary); margin: 1.5em 0; }
:where(.gr-prose) :where(.math-display) { overflow-x: auto; margin: 0 0 0.9em; }
:where(.gr-prose) :where(math[display="block"]) { margin: 0.5em 0; }
:where(.gr-prose) :where(.header-link) { margin-inline-start: 0.4em; text-decoration: none;
  color: var(--body-text-color-subdued); opacity: 0; }
:where(.gr-prose) :where(h1, h2, h3, h4, h5, h6):hover :where(.header-link),
:where(.gr-prose) :where(.header-link:focus-visible) { opacity: 1; }
:where(.gr-prose, .gr-hljs) :where(.hljs-keyword, .hljs-selector-tag, .hljs-literal, .hljs-doctag) { color: #a626a4; }
:where(.gr-prose, .gr-hljs) :where(.hljs-string, .hljs-regexp, .hljs-addition, .hljs-attribute) { color: #2f7d32; }
:where(.gr-prose, .gr-hljs) :where(.hljs-number, .hljs-symbol, .hljs-bullet, .hljs-variable, .hljs-template-variable) { color: #986801; }
:where(.gr-prose, .gr-hljs) :where(.hljs-title, .hljs-section, .hljs-name, .hljs-selector-id, .hljs-selector-class) { color: #2c5cc5; }
:where(.gr-prose, .gr-hljs) :where(.hljs-comment, .hljs-quote) { color: #6a6f78; font-style: italic; }
:where(.gr-prose, .gr-hljs) :where(.hljs-built_in, .hljs-type, .hljs-params, .hljs-meta) { color: #8a5d00; }
:where(.gr-prose, .gr-hljs) :where(.hljs-deletion) { color: #c0392b; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-keyword, .hljs-selector-tag, .hljs-literal, .hljs-doctag) { color: #c678dd; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-string, .hljs-regexp, .hljs-addition, .hljs-attribute) { color: #98c379; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-number, .hljs-symbol, .hljs-bullet, .hljs-variable, .hljs-template-variable) { color: #d19a66; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-title, .hljs-section, .hljs-name, .hljs-selector-id, .hljs-selector-class) { color: #61aeee; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-comment, .hljs-quote) { color: #7f848e; }
:where(.dark) :where(.gr-prose, .gr-hljs) :where(.hljs-built_in, .hljs-type, .hljs-params, .hljs-meta) { color: #e6c07b; }
`;

const adopted = new WeakSet<Node>();

/** Installs the prose styles once in the root (document or shadow root) the element lives in. */
export function adoptProseStyles(host: HTMLElement): void {
  const root = host.getRootNode();
  if (adopted.has(root)) return;
  const isDocument = root.nodeType === 9;
  const isShadow = root.nodeType === 11 && 'host' in root;
  if (!isDocument && !isShadow) return;
  adopted.add(root);
  const target = root as Document | ShadowRoot;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PROSE_CSS);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.setAttribute('data-gr-prose', '');
    style.textContent = PROSE_CSS;
    (isDocument ? (root as Document).head : (root as ShadowRoot)).appendChild(style);
  }
}
