/**
 * Markdown of chat messages at streaming cost: a message's HTML is kept by its text, and a message that
 * grows (a streamed reply) is split into top-level blocks so only the last, unfinished block is rendered
 * again per token. Finished blocks keep their HTML.
 */
import { type MarkdownOptions, renderMarkdown } from './markdown';

/**
 * Splits Markdown into top-level blocks at blank lines, never inside a fenced code block or display math,
 * and never before an indented line or a list item that continues a list (so loose lists and indented
 * code stay one block). Joining the blocks gives the text back.
 */
export function splitMarkdownBlocks(text: string): string[] {
  const lines = text.split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let math = false;
  let blank = false;
  let inList = false;
  const listItem = /^\s{0,3}(?:[-+*]|\d{1,9}[.)])\s/;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence === null && !math && blank && line.trim() !== '' && !/^\s/.test(line) && !(inList && listItem.test(line))) {
      blocks.push(`${current.join('\n')}\n`);
      current = [];
      inList = false;
    }
    current.push(line);
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && fenceMatch) fence = fenceMatch[1];
    else if (fence !== null && fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) {
      fence = null;
    } else if (fence === null) {
      const dollars = line.split('$$').length - 1;
      if (dollars % 2 === 1) math = !math;
    }
    if (fence === null && !math && listItem.test(line)) inList = true;
    blank = line.trim() === '';
  }
  blocks.push(current.join('\n'));
  return blocks.filter((block, i) => block !== '' || i === 0);
}

/**
 * The blocks of `text`, which extends the text whose blocks are `previous`: the same as
 * `splitMarkdownBlocks(text)`, but only the text from the previous last two blocks on is split again, so
 * the cost per token follows the new text, not the message. A boundary whose first line is not the
 * previous text's last line cannot move when the text grows (only the last line can change), and at a
 * boundary the split is in its initial state (no fence, no math, no list), so it restarts there.
 */
export function extendMarkdownBlocks(previous: readonly string[], text: string): string[] {
  const kept = Math.max(0, previous.length - 2);
  let offset = 0;
  for (let i = 0; i < kept; i++) offset += previous[i].length;
  return [...previous.slice(0, kept), ...splitMarkdownBlocks(text.slice(offset))];
}

interface Entry {
  text: string;
  /** The whole HTML; for a message that grew, joined from its blocks when first asked for. */
  html: string | null;
  /** The blocks of a message that grew, with their HTML (the streaming path). */
  blocks?: { source: string; html: string }[];
}

/**
 * Rendered HTML per chat item, by item key: the same text renders once; a text that extends the previous
 * one re-renders only its blocks from the first changed one on.
 */
export class ChatMarkdownCache {
  #entries = new Map<string, Entry>();
  #optionsKey = '';
  #options?: MarkdownOptions;
  #onRender?: (source: string) => void;

  /** `onRender` is told every source actually rendered (a whole text, or a block of a growing one). */
  constructor(onRender?: (source: string) => void) {
    this.#onRender = onRender;
  }

  /** Renders `text` for the item `key` with `options`; a change of options clears the cache. */
  render(key: string, text: string, options: MarkdownOptions): string {
    const entry = this.#entry(key, text, options);
    entry.html ??= (entry.blocks ?? []).map((block) => block.html).join('');
    return entry.html;
  }

  /**
   * The HTML of `text` per block: one entry for a message seen whole, one per top-level block for a
   * message that grew, so the element can keep the finished blocks' DOM and replace only the last one.
   */
  renderBlocks(key: string, text: string, options: MarkdownOptions): string[] {
    const entry = this.#entry(key, text, options);
    return entry.blocks ? entry.blocks.map((block) => block.html) : [entry.html ?? ''];
  }

  #render(source: string, options: MarkdownOptions): string {
    this.#onRender?.(source);
    return renderMarkdown(source, options);
  }

  #entry(key: string, text: string, options: MarkdownOptions): Entry {
    // The same options object is compared by identity first (one JSON key per change of options, not per message).
    if (options !== this.#options) {
      this.#options = options;
      const optionsKey = JSON.stringify(options);
      if (optionsKey !== this.#optionsKey) {
        this.#entries.clear();
        this.#optionsKey = optionsKey;
      }
    }
    const previous = this.#entries.get(key);
    if (previous && previous.text === text) return previous;
    let entry: Entry;
    if (previous && text.startsWith(previous.text) && text.length - previous.text.length < text.length) {
      // A growing message: keep the finished blocks, render from the first block that changed.
      const old = previous.blocks ?? splitMarkdownBlocks(previous.text).map((source) => ({ source, html: '' }));
      const sources = extendMarkdownBlocks(
        old.map((block) => block.source),
        text,
      );
      const blocks = sources.map((source, i) => {
        const before = old[i];
        if (before && before.source === source && before.html && i < sources.length - 1) return before;
        return { source, html: this.#render(source, options) };
      });
      entry = { text, html: null, blocks };
    } else {
      entry = { text, html: this.#render(text, options) };
    }
    this.#entries.set(key, entry);
    return entry;
  }

  /** Forgets items no longer shown. */
  retain(keys: ReadonlySet<string>): void {
    for (const key of this.#entries.keys()) if (!keys.has(key)) this.#entries.delete(key);
  }

  /** Forgets everything (assets such as KaTeX arrived: render again). */
  clear(): void {
    this.#entries.clear();
  }
}
