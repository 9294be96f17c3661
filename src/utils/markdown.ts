/**
 * Markdown to safe HTML, as Gradio renders it (`gr.Markdown`, chat messages, info text): GitHub-flavoured
 * Markdown (marked), code blocks highlighted by highlight.js (each with a copy button), LaTeX between the configured delimiters typeset
 * by KaTeX (as MathML, which browsers draw natively: no KaTeX CSS or fonts needed), optional anchor ids on
 * headers, and the result always passed through the shared sanitizer last.
 *
 * Rendering is synchronous with whatever is loaded; {@link loadMarkdownAssets} fetches the highlight.js
 * grammars and KaTeX a text needs (dynamic imports, once each) and says whether rendering again would
 * change the result. Elements render at once, then again when the assets arrive.
 */
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { highlightLoaded, loadGrammar } from './highlight';
import { escapeHtml, sanitizeHtmlWith } from './sanitize';

/** One LaTeX delimiter pair, Gradio's `latex_delimiters` entry. */
export interface LatexDelimiter {
  left: string;
  right: string;
  /** `true`: display (block) math; `false`: inline math. */
  display: boolean;
}

/** Gradio Markdown's default `latex_delimiters`. */
export const DEFAULT_LATEX_DELIMITERS: LatexDelimiter[] = [{ left: '$$', right: '$$', display: true }];

export interface MarkdownOptions {
  /** Delimiters of LaTeX math; `[]` turns math off. @default DEFAULT_LATEX_DELIMITERS */
  latexDelimiters?: LatexDelimiter[] | null;
  /** Single newlines become `<br>` (Gradio's `line_breaks`). @default false */
  lineBreaks?: boolean;
  /** Headers get an `id` and a `#` anchor link (Gradio's `header_links`). @default false */
  headerLinks?: boolean;
  /**
   * Keep `<style>` and `<iframe src=https:...>` from raw HTML (Gradio's `sanitize_html=False`). Scripts,
   * handlers and script URLs are removed either way. @default false
   */
  keepEmbeds?: boolean;
  /** Render inline Markdown only (no paragraphs or blocks): info text, table cells. @default false */
  inline?: boolean;
  /** A copy button on each code block (not inside other controls, such as example rows). @default true */
  codeCopyButtons?: boolean;
}

interface MathToken extends Tokens.Generic {
  type: 'math' | 'blockMath';
  raw: string;
  text: string;
  display: boolean;
}

type Katex = typeof import('katex').default;
let katex: Katex | undefined;
let katexLoading: Promise<boolean> | undefined;

function loadKatex(): Promise<boolean> {
  katexLoading ??= import('katex')
    .then((module) => {
      katex = module.default;
      return true;
    })
    .catch(() => false);
  return katexLoading;
}

function validDelimiters(list: LatexDelimiter[] | null | undefined): LatexDelimiter[] {
  const source = Array.isArray(list) ? list : DEFAULT_LATEX_DELIMITERS;
  return source
    .filter((d) => d && typeof d.left === 'string' && typeof d.right === 'string' && d.left && d.right)
    .sort((a, b) => b.left.length - a.left.length);
}

/** Index of the first unescaped `needle` in `text` at or after `from`, or -1. */
function findUnescaped(text: string, needle: string, from: number): number {
  let index = text.indexOf(needle, from);
  while (index > 0 && text[index - 1] === '\\' && !needle.startsWith('\\')) index = text.indexOf(needle, index + 1);
  return index;
}

/** Matches math starting at the very beginning of `src` with one of the delimiters. */
function matchMath(src: string, delimiters: LatexDelimiter[], blockOnly: boolean): MathToken | undefined {
  for (const d of delimiters) {
    if (blockOnly && !d.display) continue;
    if (!src.startsWith(d.left)) continue;
    const end = findUnescaped(src, d.right, d.left.length);
    if (end <= d.left.length) continue;
    const text = src.slice(d.left.length, end);
    // Single-character dollar math must hug its content, so "$5 and $10" stays text.
    if (d.left === '$' && (/^\s/.test(text) || /\s$/.test(text))) continue;
    let raw = src.slice(0, end + d.right.length);
    if (blockOnly) {
      const rest = src.slice(raw.length);
      const lineEnd = /^[ \t]*(?:\n|$)/.exec(rest);
      if (!lineEnd) continue;
      raw += lineEnd[0];
    }
    return { type: blockOnly ? 'blockMath' : 'math', raw, text, display: d.display };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mathExtension(delimiters: LatexDelimiter[]): MarkedExtension {
  const firstStart = (src: string, candidates: LatexDelimiter[]) => {
    let best = -1;
    for (const d of candidates) {
      const index = findUnescaped(src, d.left, 0);
      if (index >= 0 && (best < 0 || index < best)) best = index;
    }
    return best < 0 ? undefined : best;
  };
  const displayOnly = delimiters.filter((d) => d.display);
  return {
    extensions: [
      {
        name: 'blockMath',
        level: 'block',
        start: (src) => {
          let best: number | undefined;
          for (const d of displayOnly) {
            const match = new RegExp(`(^|\\n)[ \\t]{0,3}${escapeRegExp(d.left)}`).exec(src);
            const index = match ? match.index + match[1].length : -1;
            if (index >= 0 && (best === undefined || index < best)) best = index;
          }
          return best;
        },
        tokenizer: (src) => {
          const indent = /^[ \t]{0,3}/.exec(src)?.[0] ?? '';
          const token = matchMath(src.slice(indent.length), delimiters, true);
          if (token) token.raw = indent + token.raw;
          return token;
        },
        renderer: (token) => `<div class="math-display">${renderMath(token as MathToken)}</div>\n`,
      },
      {
        name: 'math',
        level: 'inline',
        start: (src) => firstStart(src, delimiters),
        tokenizer: (src) => matchMath(src, delimiters, false),
        renderer: (token) => renderMath(token as MathToken),
      },
    ],
  };
}

function renderMath(token: MathToken): string {
  if (!katex) return `<span class="math-source">${escapeHtml(token.raw.trim())}</span>`;
  try {
    return katex.renderToString(token.text, {
      displayMode: token.display,
      throwOnError: false,
      output: 'mathml',
      trust: false,
    });
  } catch {
    return `<span class="math-source">${escapeHtml(token.raw.trim())}</span>`;
  }
}

/**
 * The copy button of a code block. Clicks are handled by the element that shows the Markdown (see
 * `copyCodeBlock` in prose.ts); the button only copies the block's own text.
 */
const COPY_CODE_BUTTON =
  '<button type="button" class="copy-code" aria-label="Copy code" title="Copy code">' +
  '<svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">' +
  '<path d="M8 8h11v13H8z"></path><path d="M5 16V3h11"></path></svg></button>';

/** A URL fragment for a header text, GitHub style: lower case, words joined by `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z0-9#]+;/gi, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

function buildMarked(options: MarkdownOptions): Marked {
  const slugs = new Map<string, number>();
  const marked = new Marked({ gfm: true, breaks: options.lineBreaks === true, async: false, silent: false });
  const delimiters = validDelimiters(options.latexDelimiters);
  if (delimiters.length) marked.use(mathExtension(delimiters));
  marked.use({
    renderer: {
      code({ text, lang }) {
        const language = (lang ?? '').trim().split(/\s+/)[0] ?? '';
        const highlighted = highlightLoaded(text, language);
        const languageClass = language ? ` language-${escapeHtml(language)}` : '';
        return (
          `<div class="code-block">${options.codeCopyButtons === false ? '' : COPY_CODE_BUTTON}` +
          `<pre><code class="hljs${languageClass}">${highlighted ?? escapeHtml(text)}</code></pre></div>\n`
        );
      },
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        if (!options.headerLinks) return `<h${depth}>${inner}</h${depth}>\n`;
        // Gradio's anchor ids: "h" + the GitHub slug ("## Getting started" -> "hgetting-started").
        const base = `h${slugify(inner)}`;
        const seen = slugs.get(base) ?? 0;
        slugs.set(base, seen + 1);
        const id = seen ? `${base}-${seen}` : base;
        return (
          `<h${depth} id="${id}">${inner}` +
          `<a class="header-link" href="#${id}" aria-label="Link to this section">#</a></h${depth}>\n`
        );
      },
    },
  });
  return marked;
}

/**
 * Renders Markdown to sanitized HTML, synchronously, with the highlighters and KaTeX loaded so far (code
 * shows as plain text and math as its source until {@link loadMarkdownAssets} has loaded them). Never throws:
 * a failure renders the text escaped.
 */
export function renderMarkdown(source: string | null | undefined, options: MarkdownOptions = {}): string {
  const text = typeof source === 'string' ? source : source == null ? '' : String(source);
  if (!text) return '';
  let html: string;
  try {
    const marked = buildMarked(options);
    html = (options.inline ? marked.parseInline(text) : marked.parse(text)) as string;
  } catch {
    html = `<p>${escapeHtml(text)}</p>`;
  }
  return sanitizeHtmlWith(html, { keepEmbeds: options.keepEmbeds === true });
}

/**
 * Whether `source` may need code grammars or KaTeX (a fenced code block, or one of the math delimiters): a
 * cheap test before `loadMarkdownAssets`, for an element that shows it is busy while they load.
 */
export function mayNeedMarkdownAssets(source: string | null | undefined, options: MarkdownOptions = {}): boolean {
  if (typeof source !== 'string' || !source) return false;
  return source.includes('```') || validDelimiters(options.latexDelimiters).some((d) => source.includes(d.left));
}

/**
 * Loads the highlight.js grammars and KaTeX that `source` needs and were not loaded yet. Resolves `true`
 * when something new was loaded (render again), `false` otherwise. Never rejects.
 */
export async function loadMarkdownAssets(
  source: string | null | undefined,
  options: MarkdownOptions = {},
): Promise<boolean> {
  if (typeof source !== 'string' || !source) return false;
  let tokens: Token[];
  const marked = buildMarked(options);
  try {
    tokens = marked.lexer(source);
  } catch {
    return false;
  }
  const languages = new Set<string>();
  let needsMath = false;
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'code') {
      const language = ((token as Tokens.Code).lang ?? '').trim().split(/\s+/)[0];
      if (language) languages.add(language);
    } else if (token.type === 'math' || token.type === 'blockMath') {
      needsMath = true;
    }
  });
  const pending: Promise<boolean>[] = [];
  for (const language of languages) {
    if (highlightLoaded('', language) === null) pending.push(loadGrammar(language));
  }
  if (needsMath && !katex) pending.push(loadKatex());
  if (!pending.length) return false;
  const results = await Promise.all(pending);
  return results.some(Boolean);
}
