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

interface Entry {
  text: string;
  html: string;
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

  /** Renders `text` for the item `key` with `options`; a change of options clears the cache. */
  render(key: string, text: string, options: MarkdownOptions): string {
    return this.#entry(key, text, options).html;
  }

  /**
   * The HTML of `text` per block: one entry for a message seen whole, one per top-level block for a
   * message that grew, so the element can keep the finished blocks' DOM and replace only the last one.
   */
  renderBlocks(key: string, text: string, options: MarkdownOptions): string[] {
    const entry = this.#entry(key, text, options);
    return entry.blocks ? entry.blocks.map((block) => block.html) : [entry.html];
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
      const sources = splitMarkdownBlocks(text);
      const old = previous.blocks ?? splitMarkdownBlocks(previous.text).map((source) => ({ source, html: '' }));
      const blocks = sources.map((source, i) => {
        const before = old[i];
        if (before && before.source === source && before.html && i < sources.length - 1) return before;
        return { source, html: renderMarkdown(source, options) };
      });
      entry = { text, html: blocks.map((b) => b.html).join(''), blocks };
    } else {
      entry = { text, html: renderMarkdown(text, options) };
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
