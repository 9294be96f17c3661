import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, State, Watch, forceUpdate, h, writeTask } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { ChatMarkdownCache } from '../../utils/chat-markdown';
import {
  type ChatComponentPart,
  type ChatIndex,
  type ChatItem,
  type ChatModel,
  editedValue,
  groupItems,
  itemText,
  lastUserItem,
  normaliseChat,
  fileName,
  streamedItem,
} from '../../utils/chat-messages';
import { ChatIcon } from '../../utils/chat-icons';
import { elementEventNames } from '../../utils/element-events';
import { copyText } from '../../utils/display';
import { defineElements, undefinedElements } from '../../utils/element-loader';
import { type FileData, fileUrl } from '../../utils/file-data';
import { type LatexDelimiter, DEFAULT_LATEX_DELIMITERS, type MarkdownOptions, loadMarkdownAssets, mayNeedMarkdownAssets } from '../../utils/markdown';
import { adoptProseStyles, copyCodeBlock, followInPageAnchor } from '../../utils/prose';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import { formatBytes } from '../../utils/upload-rules';
import { t } from '../../utils/i18n-more';
import { trustedHtml } from '../../utils/trusted-types';

/** The Chatbot's wire value: Gradio 5 tuples or messages, Gradio 6 messages with content blocks. */
export type ChatbotValue = unknown[] | null;

/** An example shown while the chat is empty (Gradio's ExampleMessage). */
export interface ChatbotExample {
  text?: string | null;
  display_text?: string | null;
  files?: FileData[] | null;
  icon?: FileData | string | null;
}

/** `gr-like` detail: Gradio's LikeData. `liked` is `true`, `false`, a custom option, or `""` when un-chosen. */
export interface ChatbotLikeDetail {
  index: ChatIndex;
  value: unknown;
  liked: boolean | string;
}

/** `gr-retry` / `gr-undo` detail: the last user message. */
export interface ChatbotUndoRetryDetail {
  index: ChatIndex;
  value: unknown;
}

/** `gr-edit` detail (Gradio's EditData). */
export interface ChatbotEditDetail {
  index: ChatIndex;
  value: string;
  previous_value: string;
  _dispatch_value: { type: 'text'; text: string }[];
}

/** `gr-select` and `gr-option-select` detail. */
export interface ChatbotSelectDetail {
  index: ChatIndex | number;
  value: unknown;
}

/** `gr-example-select` detail. */
export interface ChatbotExampleSelectDetail {
  index: number;
  value: { text: string | null | undefined; files: FileData[] | null | undefined };
}

/** How far from the bottom (px) still counts as "at the bottom" for autoscroll. */
const BOTTOM_SLACK = 60;
/** How long a bot message must stay unchanged before screen readers hear it (ms). */
const ANNOUNCE_AFTER_MS = 900;

/** The HTML last written into a content element, so an unchanged message is never written again. */
const writtenHtml = new WeakMap<Element, string>();

function writeHtml(el: Element | undefined, html: string) {
  if (!el || writtenHtml.get(el) === html) return;
  writtenHtml.set(el, html);
  el.innerHTML = trustedHtml(html);
}

/**
 * Keeps Stencil's slot-relocation walk out of a content element. With `extras.experimentalSlotFixes`, every
 * render of a scoped element walks all the DOM under its host (the runtime's `checkSlotRelocate` flag is
 * never reset), reading each element's `__childNodes` (the runtime's name for a patched host's real child
 * list) before `childNodes`. A message's HTML holds no slot and no node of Stencil's, so an empty list there
 * is the truth for the walk and spares it the bulk of a long chat's DOM (lists, code, MathML). Were the
 * runtime to stop reading the name, the walk would only be slower again.
 */
function hideFromSlotWalk(el: HTMLElement) {
  if (!Object.hasOwn(el, '__childNodes')) Object.defineProperty(el, '__childNodes', { value: [], configurable: true });
}

/** Content elements that hold one `.md-block` child per Markdown block (a message that grew). */
const blockMode = new WeakSet<Element>();

/**
 * Writes a message's Markdown blocks into its content element, which the element's vdom leaves empty:
 * one block is the element's HTML; a message that grew gets one `.md-block` child per block, and only the
 * blocks whose HTML changed (while streaming: the last one) are written, so finished blocks keep their nodes.
 */
function writeBlocks(el: HTMLElement, blocks: string[]) {
  hideFromSlotWalk(el);
  if (blocks.length === 1 && !blockMode.has(el)) {
    writeHtml(el, blocks[0]);
    return;
  }
  if (!blockMode.has(el)) {
    blockMode.add(el);
    writtenHtml.delete(el);
    el.replaceChildren();
  }
  const children = el.children;
  // The element's scope class (scoped CSS), so `.md-block` rules apply to the blocks made here.
  const scope = Array.from(el.classList).filter((name) => name.startsWith('sc-'));
  blocks.forEach((html, i) => {
    let block = children[i];
    if (!block) {
      block = document.createElement('div');
      block.classList.add('md-block', ...scope);
      el.appendChild(block);
    }
    writeHtml(block, html);
  });
  while (children.length > blocks.length) children[children.length - 1].remove();
}

/** Component-message wrappers that already stop their element's events. */
const isolated = new WeakSet<Element>();

/**
 * A component inside a message is display only: its events (a dataframe cell's `gr-select`...) stop at its
 * wrapper, so an app listening on the page never takes them for the Chatbot's own.
 */
function stopInnerEvents(el: HTMLElement | undefined) {
  if (!el || isolated.has(el)) return;
  isolated.add(el);
  for (const name of elementEventNames) el.addEventListener(name, (event) => event.stopPropagation());
}

/**
 * A Gradio `Chatbot` (config type `chatbot`): the conversation, in every format a Gradio 5 or 6 server
 * sends (tuples, messages with string content, messages with content blocks), with Markdown, LaTeX and
 * highlighted code, images / audio / video / file links, collapsible thoughts (`metadata`), option
 * buttons, examples and a placeholder while empty, per-message actions (copy, like / dislike / custom
 * feedback, retry, undo, edit) and a clear button.
 *
 * Components in messages (Gradio's ComponentMessage: a plot, a dataframe, JSON, a label, HTML, an image...)
 * render with the kit's element for their type (`src/utils/component-tags.ts`), display only; their `gr-*`
 * events stop at the message. A type with no element is named in a notice. The page must define those
 * elements (the lazy loader does).
 *
 * Streaming: each message's HTML is kept and a growing message re-renders only its last Markdown block. A
 * new value that only grew the last message's text (a reply streaming in) does not render the
 * conversation at all: that message's content is written on the next frame, so the cost per token does not
 * grow with the history.
 * The list follows new tokens unless the user scrolled up; a button then leads back to the bottom.
 *
 * Accessibility: the conversation is a `role="log"` region (keyboard scrollable); a finished bot message
 * is announced once through a polite live region, without re-reading the history. While code highlighting
 * or math typesetting loads for the messages shown, the log is `aria-busy="true"` (they are redrawn then).
 *
 * Events fire only on user action; `gr-change` fires after the user changed the value (edit, clear).
 *
 * @part log - the scrolling conversation.
 * @part message - each message bubble.
 *
 * Styled with `--chatbot-text-size`, `--color-accent-soft`, `--background-fill-secondary`,
 * `--border-color-accent-subdued`, `--border-color-primary`, `--radius-xl`, `--block-*`.
 */
@Component({
  tag: 'gr-chatbot',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-chatbot.css'],
  scoped: true,
})
export class GrChatbot {
  @Element() el!: HTMLGrChatbotElement;

  /** The user scrolled away from the bottom: show the "scroll down" button and stop following. */
  @State() scrolledUp = false;
  /** The group being edited (its index among the shown groups), with the edited texts. */
  @State() editing: { group: number; texts: string[] } | null = null;
  /** Chosen feedback per bot group key. */
  @State() feedback: Record<string, string | null> = {};
  /** A copy button shows its check mark (by button id). */
  @State() copied: string | null = null;
  /** The text the live region reads out. */
  @State() announcement = '';
  /** Open state of thoughts the user toggled, by item key. */
  @State() openThoughts: Record<string, boolean> = {};

  /** The messages: Gradio's wire value (tuples, or messages with string or block content). */
  @Prop({ mutable: true }) value: ChatbotValue = [];
  @Watch('value')
  valueChanged() {
    const next = normaliseChat(this.value);
    const grown = streamedItem(this.model, next);
    const previous = grown ? this.model.items[this.model.items.length - 1] : undefined;
    const target = previous ? this.textElements.get(previous.key) : undefined;
    if (grown && previous && target?.isConnected && this.editing === null) {
      // A reply streaming in: the model keeps its items (handlers rendered with them see the new text) and
      // only that message's content is written, on the next frame, without rendering the conversation.
      Object.assign(previous, grown);
      this.streamed = { item: previous, target };
    } else {
      this.model = next;
      this.streamed = null;
    }
    this.followBottom = this.autoscroll && !this.scrolledUp;
    this.scheduleAnnouncement();
  }

  /** Gradio 5's `type` (`messages` or `tuples`); informational: every shape is recognised by itself. */
  @Prop() type: 'messages' | 'tuples' | null = null;

  /** The label; `null` reads "Chatbot". */
  @Prop() label: string | null = null;

  /** Show the label badge (the log is named by the label either way). */
  @Prop() showLabel: boolean = true;

  /** Height of the chat (number = px). */
  @Prop() height: number | string | null = 400;

  /** Minimum height (number = px). */
  @Prop() minHeight: number | string | null = null;

  /** Maximum height (number = px). */
  @Prop() maxHeight: number | string | null = null;

  /** The user may drag the bottom edge to resize (Gradio 6's `resizable`). */
  @Prop() resizable: boolean = false;

  /** Gradio 5's spelling of `resizable`. */
  @Prop() resizeable: boolean = false;

  /** Follow new messages and tokens, unless the user scrolled up. */
  @Prop() autoscroll: boolean = true;

  /** Which messages the user may edit: `user`, `all`, or none. */
  @Prop() editable: 'user' | 'all' | null = null;

  /** LaTeX delimiters (`[{left, right, display}]`); `[]` turns math off. */
  @Prop() latexDelimiters: LatexDelimiter[] = DEFAULT_LATEX_DELIMITERS;

  /** Right-to-left text. */
  @Prop() rtl: boolean = false;

  /** Gradio 6's toolbar list: `copy` (per message), `copy_all`; others are ignored. */
  @Prop() buttons: unknown[] | null = null;

  /** Gradio 5: a copy button under each message. */
  @Prop() showCopyButton: boolean = false;

  /** Gradio 5: a button that copies the whole conversation. */
  @Prop() showCopyAllButton: boolean = false;

  /** Gradio 5's share button (Hugging Face only): accepted, not shown. */
  @Prop() showShareButton: boolean | null = null;

  /** `[user, bot]` avatar images (FileData or URL, each may be `null`). */
  @Prop() avatarImages: (FileData | string | null)[] | null = null;

  /**
   * Gradio's `sanitize_html`. Message HTML is always sanitized here; `false` only keeps `<style>` and
   * `https:` iframes the app's messages carry.
   */
  @Prop() sanitizeHtml: boolean = true;

  /** Render messages as Markdown; `false` shows the plain text. */
  @Prop() renderMarkdown: boolean = true;

  /** Single newlines become line breaks. */
  @Prop() lineBreaks: boolean = true;

  /** The feedback choices: `Like` and `Dislike` are thumbs, others are listed under a flag. */
  @Prop() feedbackOptions: string[] | null = ['Like', 'Dislike'];

  /** Feedback already given, one entry per bot message group. */
  @Prop() feedbackValue: (string | null)[] | null = null;

  /** `bubble` (default) or `panel`. */
  @Prop() layout: 'bubble' | 'panel' | null = null;

  /** Markdown shown while the chat is empty. */
  @Prop() placeholder: string | null = null;

  /** Examples shown while the chat is empty. */
  @Prop() examples: ChatbotExample[] | null = null;

  /** Files in messages get a download link. */
  @Prop() allowFileDownloads: boolean = true;

  /** Consecutive messages of one role share one bubble. */
  @Prop() groupConsecutiveMessages: boolean = true;

  /** Show like / dislike (Gradio sets it when the app listens to `like`). */
  @Prop() likeable: boolean = false;

  /** Also offer feedback on the user's messages. */
  @Prop() likeUserMessage: boolean = false;

  /** Show retry under the last bot message (set when the app listens to `retry`). */
  @Prop() retryable: boolean = false;

  /** Show undo under the last bot message (set when the app listens to `undo`). */
  @Prop() undoable: boolean = false;

  /** Messages can be clicked (set when the app listens to `select`). */
  @Prop() selectable: boolean = false;

  /** Text appended to copied messages (Gradio 6's `watermark`). */
  @Prop() watermark: string | null = null;

  /** `false`: no clear button and no editing (a display-only chat). */
  @Prop() interactive: boolean = true;

  /** A reply is on its way: show the "…" bubble (the runtime sets it while the event is pending). */
  @Prop() pending: boolean = false;

  /** `false`: no block border, background or padding. */
  @Prop() container: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires after the user changed the value (an edit, a clear), with the new value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<ChatbotValue>;

  /** Fires when the user clicks a message (with `selectable`): `{index, value}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<ChatbotSelectDetail>;

  /** Fires on a like, dislike or custom feedback choice: `{index, value, liked}`. */
  @Event({ eventName: 'gr-like', bubbles: true, composed: true }) grLike!: EventEmitter<ChatbotLikeDetail>;

  /** Fires on the retry button: `{index, value}` of the last user message. */
  @Event({ eventName: 'gr-retry', bubbles: true, composed: true }) grRetry!: EventEmitter<ChatbotUndoRetryDetail>;

  /** Fires on the undo button: `{index, value}` of the last user message. */
  @Event({ eventName: 'gr-undo', bubbles: true, composed: true }) grUndo!: EventEmitter<ChatbotUndoRetryDetail>;

  /** Fires when the user saved an edited message (after `value` took the new text). */
  @Event({ eventName: 'gr-edit', bubbles: true, composed: true }) grEdit!: EventEmitter<ChatbotEditDetail>;

  /** Fires when the user cleared the chat (after `value` became `[]`). */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<null>;

  /** Fires after a message's copy button copied it: `{value}`. */
  @Event({ eventName: 'gr-copy', bubbles: true, composed: true }) grCopy!: EventEmitter<{ value: string }>;

  /** Fires when the user picks an option button: `{index, value}`. */
  @Event({ eventName: 'gr-option-select', bubbles: true, composed: true }) grOptionSelect!: EventEmitter<ChatbotSelectDetail>;

  /** Fires when the user picks an example: `{index, value: {text, files}}`. */
  @Event({ eventName: 'gr-example-select', bubbles: true, composed: true })
  grExampleSelect!: EventEmitter<ChatbotExampleSelectDetail>;

  private model: ChatModel = { items: [], errors: [] };
  /** Rendered Markdown per item; whatever it renders (a message, or a streamed message's changed block) gets its assets. */
  private markdown = new ChatMarkdownCache((source) => this.requestAssets(source));
  private log?: HTMLDivElement;
  private followBottom = true;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Bot messages present when the element first rendered are history: never announced. */
  private announced = new Set<string>();
  private assetsRequested = new Set<string>();
  /** Highlighting grammars or KaTeX loads under way: the log is `aria-busy` until the messages are drawn again. */
  private assetsPending = 0;
  /** Assets arrived and the messages have not been drawn with them yet (the render that does clears it). */
  private redrawDue = false;
  /** The content element of each text item, by item key (written directly while a reply streams). */
  private textElements = new Map<string, HTMLElement>();
  /** The streamed item whose text waits to be written, and its content element. */
  private streamed: { item: ChatItem; target: HTMLElement } | null = null;
  /** A write of the streamed text is queued for the next frame. */
  private streamWrite = false;
  /** What each component message's element was last given, kept while unchanged (by item key). */
  private shownComponents = new Map<string, { signature: string; part: ChatComponentPart }>();

  componentWillLoad() {
    this.model = normaliseChat(this.value);
    for (const item of this.model.items) if (item.role === 'assistant') this.announced.add(this.announceKey(item));
  }

  connectedCallback() {
    adoptProseStyles(this.el);
  }

  /**
   * The one-tag embed loads elements on demand, and Stencil defines only the tags an element's markup names:
   * the elements of this render's component messages (a plot, a data frame) are defined before it, since one
   * rendered undefined would lose its props. One that cannot load shows as an empty element; the rest render.
   */
  componentWillRender(): Promise<void> | void {
    const tags = this.model.items.flatMap((item) => (item.part.kind === 'component' ? [item.part.tag] : []));
    const missing = undefinedElements(tags);
    if (missing.length > 0) return defineElements(missing).catch(() => undefined);
  }

  disconnectedCallback() {
    clearTimeout(this.copiedTimer);
    clearTimeout(this.announceTimer);
  }

  componentDidLoad() {
    this.scrollToBottom();
  }

  componentDidRender() {
    // The messages are drawn with every asset that has arrived: the log is no longer about to change.
    this.redrawDue = false;
    if (this.assetsPending === 0) this.log?.removeAttribute('aria-busy');
    this.streamed = null;
    // While the log follows the bottom (the user has not scrolled away), any render keeps it there, not only
    // one of a new value: a redraw with the Markdown assets that just arrived, or with the kit's words, grows the
    // messages above, and scroll anchoring would hold the old position (its scroll event then reads as the user
    // scrolling up, and the "scroll to the latest message" button shows on a chat nobody scrolled).
    if (this.followBottom || (this.autoscroll && !this.scrolledUp)) this.scrollToBottom();
    this.followBottom = false;
  }

  /** A streamed text alone changed: write that message's content instead of rendering (see `valueChanged`). */
  componentShouldUpdate(_next: unknown, _previous: unknown, name: string): boolean {
    if (name !== 'value' || !this.streamed) return true;
    if (!this.streamWrite) {
      this.streamWrite = true;
      writeTask(() => this.writeStreamed());
    }
    return false;
  }

  private writeStreamed() {
    this.streamWrite = false;
    const streamed = this.streamed;
    this.streamed = null;
    if (!streamed) return;
    const { item, target } = streamed;
    if (item.part.kind !== 'text' || !target.isConnected) {
      forceUpdate(this.el);
      return;
    }
    this.writeText(target, item.key, item.part.text);
    if (this.followBottom) this.scrollToBottom();
    this.followBottom = false;
  }

  /** Clicks in rendered Markdown: code-block copy buttons, in-page anchors. */
  @Listen('click')
  onContentClick(event: MouseEvent) {
    if (!copyCodeBlock(event, this.el)) followInPageAnchor(event, this.el);
  }

  // --- helpers -----------------------------------------------------------------------------------------

  private optionsMemo?: { key: unknown[]; options: MarkdownOptions };

  /** The Markdown options, the same object while the props they come from are unchanged. */
  private get markdownOptions(): MarkdownOptions {
    const key = [this.latexDelimiters, this.lineBreaks, this.sanitizeHtml];
    const memo = this.optionsMemo;
    if (memo?.key.every((part, i) => part === key[i])) return memo.options;
    const options = { latexDelimiters: this.latexDelimiters, lineBreaks: this.lineBreaks, keepEmbeds: this.sanitizeHtml === false };
    this.optionsMemo = { key, options };
    return options;
  }

  private get stringButtons(): string[] {
    return Array.isArray(this.buttons) ? this.buttons.filter((b): b is string => typeof b === 'string') : [];
  }

  private get showCopy(): boolean {
    return this.showCopyButton || this.stringButtons.includes('copy');
  }

  private get showCopyAll(): boolean {
    return this.showCopyAllButton || this.stringButtons.includes('copy_all');
  }

  private isAtBottom(): boolean {
    const log = this.log;
    return !log || log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK;
  }

  private scrollToBottom = () => {
    const log = this.log;
    if (!log) return;
    log.scrollTop = log.scrollHeight;
    if (this.scrolledUp) this.scrolledUp = false;
  };

  /** The log's scroll position at its last scroll event. */
  private lastScrollTop = 0;

  private onScroll = () => {
    const top = this.log?.scrollTop ?? 0;
    const movedUp = top < this.lastScrollTop;
    this.lastScrollTop = top;
    // Only a move towards the top leaves the bottom: messages growing above it (late Markdown assets, the kit's
    // words arriving) move the position down through scroll anchoring, which is not the user scrolling away.
    const up = this.isAtBottom() ? false : movedUp || this.scrolledUp;
    if (up !== this.scrolledUp) this.scrolledUp = up;
  };

  /** A media element finished loading and grew the list: keep following the bottom. */
  private onMediaLoad = () => {
    if (this.autoscroll && !this.scrolledUp) this.scrollToBottom();
  };

  private announceKey(item: ChatItem): string {
    return `${item.key}:${itemText(item) ?? item.part.kind}`;
  }

  /** Once the last bot message has stopped changing, the live region reads it (once). */
  private scheduleAnnouncement() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const items = this.model.items;
      const last = items[items.length - 1];
      if (last?.role !== 'assistant') return;
      const key = this.announceKey(last);
      if (this.announced.has(key)) return;
      this.announced.add(key);
      const text = itemText(last) ?? (last.part.kind === 'file' ? t('sentFile', this.el, { name: fileName(last.part.files[0]) }) : this.partSummary(last));
      if (text) this.announcement = `${this.label ?? 'Chatbot'}: ${text}`;
    }, ANNOUNCE_AFTER_MS);
  }

  /**
   * Loads highlighting grammars or KaTeX a text needs, once per text; renders again when they arrive. Until
   * then the log is `aria-busy`: its messages (and their code blocks' copy buttons) are about to be redrawn.
   */
  private requestAssets(text: string) {
    if (!mayNeedMarkdownAssets(text, this.markdownOptions)) return;
    if (this.assetsRequested.has(text)) return;
    this.assetsRequested.add(text);
    this.assetsPending++;
    this.log?.setAttribute('aria-busy', 'true');
    void loadMarkdownAssets(text, this.markdownOptions).then((loaded) => {
      this.assetsPending--;
      if (loaded) {
        // The render that follows draws with them, and clears `aria-busy` once nothing else is loading.
        this.markdown.clear();
        this.redrawDue = true;
        forceUpdate(this.el);
      } else if (this.assetsPending === 0 && !this.redrawDue) {
        // Nothing new (a streamed block whose grammar is there): no render, which streaming must not pay per token.
        this.log?.removeAttribute('aria-busy');
      }
    });
  }

  private flash(id: string) {
    this.copied = id;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => {
      this.copied = null;
    }, 2000);
  }

  /** How a non-text item is named in copied text and announcements: `[plot]`. */
  private partSummary(item: ChatItem): string {
    return item.part.kind === 'component' || item.part.kind === 'unsupported' ? `[${item.part.component}]` : '';
  }

  /**
   * The part a component message's element gets: the one given last time while the tag, value and props
   * are unchanged, so a reply streaming below a plot never hands the plot new objects (and a redraw).
   */
  private stableComponent(key: string, part: ChatComponentPart): ChatComponentPart {
    let signature: string;
    try {
      signature = JSON.stringify([part.tag, part.value, part.props]);
    } catch {
      return part;
    }
    const previous = this.shownComponents.get(key);
    if (previous?.signature === signature) return previous.part;
    this.shownComponents.set(key, { signature, part });
    return part;
  }

  private withWatermark(text: string): string {
    return this.watermark ? `${text}\n\n${this.watermark}` : text;
  }

  // --- user actions ------------------------------------------------------------------------------------

  private onSelect(item: ChatItem) {
    if (this.selectable) this.grSelect.emit({ index: item.index, value: item.wire });
  }

  private async onCopyGroup(group: ChatItem[], id: string) {
    const texts = group.map((item) => itemText(item));
    if (texts.some((t) => t === null)) return;
    const value = texts.join('\n');
    if (!(await copyText(this.withWatermark(value)))) return;
    this.flash(id);
    this.grCopy.emit({ value });
  }

  private async onCopyAll() {
    const lines = this.model.items
      .filter((item) => item.role !== 'system')
      .map((item) => {
        const text = itemText(item);
        const body = text ?? (item.part.kind === 'file' ? item.part.files.map(fileName).join(', ') : this.partSummary(item));
        return `${item.role}: ${body}`;
      });
    if (await copyText(this.withWatermark(lines.join('\n')))) this.flash('all');
  }

  private onFeedback(group: ChatItem[], groupKey: string, option: string) {
    const current = this.feedback[groupKey] ?? null;
    const selected = current === option ? null : option;
    this.feedback = { ...this.feedback, [groupKey]: selected };
    const liked = selected === 'Like' ? true : selected === 'Dislike' ? false : (selected ?? '');
    const first = group[0];
    // Gradio 5 tuples report the one message; messages report the group's contents.
    const value = Array.isArray(first.index) ? first.wire : group.map((item) => item.wire);
    this.grLike.emit({ index: first.index, value, liked });
  }

  private onUndoRetry(kind: 'undo' | 'retry') {
    const item = lastUserItem(this.model.items);
    if (!item) return;
    const detail = { index: item.index, value: item.wire };
    if (kind === 'undo') this.grUndo.emit(detail);
    else this.grRetry.emit(detail);
  }

  private startEdit(groupIndex: number, group: ChatItem[]) {
    this.editing = {
      group: groupIndex,
      texts: group.map((item) => (item.part.kind === 'text' ? item.part.text : '')),
    };
  }

  private submitEdit(group: ChatItem[]) {
    const editing = this.editing;
    if (!editing) return;
    this.editing = null;
    const edits: ChatbotEditDetail[] = [];
    let next: unknown = this.value;
    group.forEach((item, i) => {
      if (item.part.kind !== 'text') return;
      const text = editing.texts[i] ?? '';
      if (text === item.part.text) return;
      next = editedValue(next, item.index, text);
      edits.push({ index: item.index, value: text, previous_value: item.part.text, _dispatch_value: [{ type: 'text', text }] });
    });
    if (!edits.length) return;
    this.value = next as ChatbotValue;
    this.grChange.emit(this.value);
    for (const edit of edits) this.grEdit.emit(edit);
  }

  private onClear = () => {
    this.editing = null;
    this.value = [];
    this.grClear.emit(null);
    this.grChange.emit(this.value);
  };

  // --- rendering ---------------------------------------------------------------------------------------

  private renderFile(item: ChatItem) {
    if (item.part.kind !== 'file') return null;
    const { media, files, altText } = item.part;
    return (
      <div class={{ 'file-message': true, [`file-${media}`]: true }}>
        {files.map((file) => {
          const url = safeMediaUrl(fileUrl(file));
          const name = fileName(file);
          if (!url) {
            return (
              <p class="chat-notice" role="note">
                The file "{name}" cannot be shown (no safe address).
              </p>
            );
          }
          const download = this.allowFileDownloads ? (
            <a class="download" href={url} download={name} target="_blank" rel="noopener noreferrer">
              Download {name}
            </a>
          ) : null;
          if (media === 'image') {
            return [<img src={url} alt={altText ?? name} loading="lazy" onLoad={this.onMediaLoad} />, download];
          }
          if (media === 'audio') {
            return [
              // biome-ignore lint/a11y/useMediaCaption: a message's file carries no caption track to offer
              <audio controls src={url} aria-label={altText ?? name} preload="metadata" />,
              download,
            ];
          }
          if (media === 'video') {
            return [
              // biome-ignore lint/a11y/useMediaCaption: a message's file carries no caption track to offer
              <video controls src={url} aria-label={altText ?? name} preload="metadata" onLoadedMetaData={this.onMediaLoad} />,
              download,
            ];
          }
          const size = formatBytes(file.size);
          return (
            <a class="file-link" href={url} download={name} target="_blank" rel="noopener noreferrer">
              <ChatIcon name="file" />
              <span class="file-name">{name}</span>
              {size ? <span class="file-size">{size}</span> : null}
            </a>
          );
        })}
      </div>
    );
  }

  private renderText(item: ChatItem, text: string) {
    if (!this.renderMarkdown) {
      return (
        <div class="plain-text" dir={this.rtl ? 'rtl' : 'ltr'}>
          {text}
        </div>
      );
    }
    const key = item.key;
    // The vdom leaves the content element empty: its HTML is written by `writeText`, here and per streamed token.
    return (
      <div
        key="md"
        class="md gr-prose prose"
        dir={this.rtl ? 'rtl' : 'ltr'}
        ref={(el) => {
          if (el) this.writeText(el, key, text);
        }}
      />
    );
  }

  /** Writes a text item's Markdown into its content element (only the blocks that changed). */
  private writeText(el: HTMLElement, key: string, text: string) {
    this.textElements.set(key, el);
    writeBlocks(el, this.markdown.renderBlocks(key, text, this.markdownOptions));
  }

  private renderComponent(item: ChatItem, part: ChatComponentPart) {
    const { tag, props, value } = this.stableComponent(item.key, part);
    const Tag = tag;
    return (
      <div key={`component-${tag}`} class={{ 'component-message': true, [`component-${part.component}`]: true }} ref={stopInnerEvents}>
        <Tag {...props} value={value} />
      </div>
    );
  }

  private renderContent(item: ChatItem) {
    const part = item.part;
    if (part.kind === 'text') return this.renderText(item, part.text);
    if (part.kind === 'file') return this.renderFile(item);
    if (part.kind === 'component') return this.renderComponent(item, part);
    return (
      <p class="chat-notice" role="note">
        {part.reason}
      </p>
    );
  }

  private renderThought(item: ChatItem) {
    const meta = item.metadata ?? {};
    const defaultOpen = meta.status !== 'done';
    const open = this.openThoughts[item.key] ?? defaultOpen;
    const titleHtml = this.markdown.render(`${item.key}#title`, meta.title ?? '', { ...this.markdownOptions, inline: true });
    const extra = [meta.log, typeof meta.duration === 'number' ? `${meta.duration < 1 ? meta.duration.toFixed(2) : meta.duration.toFixed(1)}s` : null]
      .filter(Boolean)
      .join(' · ');
    return (
      <details
        class={{ thought: true, pending: meta.status === 'pending' }}
        open={open}
        onToggle={(event: Event) => {
          const now = (event.target as HTMLDetailsElement).open;
          if (now !== open) this.openThoughts = { ...this.openThoughts, [item.key]: now };
        }}
      >
        <summary>
          {meta.status === 'pending' ? <span key="spinner" class="spinner" role="img" aria-label={t('inProgress', this.el)} /> : null}
          <span key="title" class="thought-title" ref={(el) => writeHtml(el, titleHtml)} />
          {extra ? (
            <span key="meta" class="thought-meta">
              {extra}
            </span>
          ) : null}
        </summary>
        <div class="thought-body">
          {this.renderContent(item)}
          {item.children.map((child) => (child.metadata?.title ? this.renderThought(child) : this.renderContent(child)))}
        </div>
      </details>
    );
  }

  private renderMessage(item: ChatItem, role: 'user' | 'bot', editText: string | undefined, editIndex: number) {
    if (editText !== undefined && item.part.kind === 'text') {
      return (
        <div class={{ message: true, [role]: true, editing: true }} key={item.key}>
          <textarea
            class="edit-textarea"
            aria-label={t('editMessage', this.el)}
            value={editText}
            onInput={(event) => {
              const editing = this.editing;
              if (!editing) return;
              const texts = editing.texts.slice();
              texts[editIndex] = (event.target as HTMLTextAreaElement).value;
              this.editing = { ...editing, texts };
            }}
          />
        </div>
      );
    }
    const selectable = this.selectable;
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a bubble with links and players inside; with `selectable` it is focusable and takes Enter / Space
      <div
        key={item.key}
        part="message"
        class={{ message: true, [role]: true, selectable, thought: Boolean(item.metadata?.title) }}
        data-testid={role}
        tabindex={selectable ? 0 : undefined}
        dir={this.rtl ? 'rtl' : 'ltr'}
        onClick={selectable ? (event: MouseEvent) => this.onMessageClick(event, item) : undefined}
        onKeyDown={
          selectable
            ? (event: KeyboardEvent) => {
                if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
                  event.preventDefault();
                  this.onSelect(item);
                }
              }
            : undefined
        }
      >
        {item.metadata?.title ? this.renderThought(item) : this.renderContent(item)}
      </div>
    );
  }

  private onMessageClick(event: MouseEvent, item: ChatItem) {
    // Clicks on links, buttons and players inside a message are theirs, not a selection.
    const target = event.target as Element | null;
    if (target?.closest?.('a, button, audio, video, summary, textarea, .component-message')) return;
    this.onSelect(item);
  }

  private renderActions(group: ChatItem[], groupIndex: number, groupKey: string, role: 'user' | 'bot', isLastBot: boolean) {
    const editing = this.editing?.group === groupIndex;
    if (editing) {
      return (
        <div class="actions editing-actions">
          <button type="button" class="text-button primary" onClick={() => this.submitEdit(group)}>
            {t('submit', this.el)}
          </button>
          <button type="button" class="text-button" onClick={() => (this.editing = null)}>
            {t('cancel', this.el)}
          </button>
        </div>
      );
    }
    const allText = group.every((item) => itemText(item) !== null);
    const showCopy = this.showCopy && allText;
    const showRetry = this.retryable && isLastBot;
    const showUndo = this.undoable && isLastBot;
    const showEdit =
      this.interactive &&
      (this.editable === 'all' || (this.editable === 'user' && role === 'user')) &&
      group.some((item) => item.part.kind === 'text');
    const showLike = role === 'user' ? this.likeable && this.likeUserMessage : this.likeable;
    const options = Array.isArray(this.feedbackOptions) ? this.feedbackOptions : [];
    const extra = options.filter((o) => o !== 'Like' && o !== 'Dislike');
    const selected = this.feedback[groupKey] ?? null;
    if (!showCopy && !showRetry && !showUndo && !showEdit && !showLike) return null;
    const copyId = `copy-${groupKey}`;
    return (
      <div class="actions" role="toolbar" aria-label={t(role === 'user' ? 'messageActions' : 'replyActions', this.el)}>
        {showCopy ? (
          <button
            type="button"
            class="action"
            aria-label={t(this.copied === copyId ? 'copiedMessage' : 'copyMessage', this.el)}
            title={t('copyMessage', this.el)}
            onClick={() => this.onCopyGroup(group, copyId)}
          >
            <ChatIcon name={this.copied === copyId ? 'check' : 'copy'} />
          </button>
        ) : null}
        {showRetry ? (
          <button type="button" class="action" aria-label={t('retry', this.el)} title={t('retry', this.el)} onClick={() => this.onUndoRetry('retry')}>
            <ChatIcon name="retry" />
          </button>
        ) : null}
        {showUndo ? (
          <button type="button" class="action" aria-label={t('undo', this.el)} title={t('undo', this.el)} onClick={() => this.onUndoRetry('undo')}>
            <ChatIcon name="undo" />
          </button>
        ) : null}
        {showEdit ? (
          <button type="button" class="action" aria-label={t('edit', this.el)} title={t('edit', this.el)} onClick={() => this.startEdit(groupIndex, group)}>
            <ChatIcon name="edit" />
          </button>
        ) : null}
        {showLike && options.includes('Like') ? (
          <button
            type="button"
            class={{ action: true, chosen: selected === 'Like' }}
            aria-label={t('like', this.el)}
            aria-pressed={selected === 'Like' ? 'true' : 'false'}
            title={t('like', this.el)}
            onClick={() => this.onFeedback(group, groupKey, 'Like')}
          >
            <ChatIcon name="like" />
          </button>
        ) : null}
        {showLike && options.includes('Dislike') ? (
          <button
            type="button"
            class={{ action: true, chosen: selected === 'Dislike' }}
            aria-label={t('dislike', this.el)}
            aria-pressed={selected === 'Dislike' ? 'true' : 'false'}
            title={t('dislike', this.el)}
            onClick={() => this.onFeedback(group, groupKey, 'Dislike')}
          >
            <ChatIcon name="dislike" />
          </button>
        ) : null}
        {showLike && extra.length ? (
          <details class={{ 'extra-feedback': true, chosen: selected !== null && extra.includes(selected) }}>
            <summary class="action" aria-label={t('moreFeedback', this.el)} title={t('moreFeedback', this.el)}>
              <ChatIcon name="flag" />
            </summary>
            <div class="feedback-menu">
              {extra.map((option) => (
                <button
                  type="button"
                  class={{ 'text-button': true, chosen: selected === option }}
                  aria-pressed={selected === option ? 'true' : 'false'}
                  onClick={() => this.onFeedback(group, groupKey, option)}
                >
                  {option}
                </button>
              ))}
            </div>
          </details>
        ) : null}
      </div>
    );
  }

  private avatar(role: 'user' | 'bot') {
    const images = Array.isArray(this.avatarImages) ? this.avatarImages : [];
    const image = images[role === 'user' ? 0 : 1];
    const url = image ? safeMediaUrl(typeof image === 'string' ? image : fileUrl(image)) : undefined;
    return url ? (
      <div class="avatar">
        <img src={url} alt={t(role === 'user' ? 'userAvatar' : 'botAvatar', this.el)} />
      </div>
    ) : null;
  }

  private renderGroups() {
    const groups = groupItems(this.model.items, this.groupConsecutiveMessages);
    const items = this.model.items;
    const last = items[items.length - 1];
    let botCount = 0;
    const layout = this.layout === 'panel' ? 'panel' : 'bubble';
    return groups.map((group, g) => {
      const role = group[0].role === 'user' ? 'user' : 'bot';
      const groupKey = group[0].key;
      if (role === 'bot') {
        const preset = this.feedbackValue?.[botCount];
        if (preset !== undefined && preset !== null && !(groupKey in this.feedback)) this.feedback[groupKey] = preset;
        botCount++;
      }
      const isLastBot = role === 'bot' && group[group.length - 1] === last;
      const editing = this.editing?.group === g ? this.editing : null;
      return (
        <div key={groupKey} class={{ 'message-row': true, [layout]: true, [`${role}-row`]: true }}>
          {this.avatar(role)}
          <div class={{ 'message-group': true, [role]: true }}>
            <span class="sr-only">{`${role === 'user' ? t('you', this.el) : (this.label ?? 'Chatbot')}:`}</span>
            {group.map((item, i) => this.renderMessage(item, role, editing ? editing.texts[i] : undefined, i))}
            {this.renderActions(group, g, groupKey, role, isLastBot)}
          </div>
        </div>
      );
    });
  }

  private renderOptions() {
    const items = this.model.items;
    const last = items[items.length - 1];
    if (last?.role !== 'assistant' || !last.options || this.pending) return null;
    return (
      <fieldset class="options">
        <legend class="sr-only">{t('options', this.el)}</legend>
        {last.options.map((option, index) => (
          <button type="button" class="option" onClick={() => this.grOptionSelect.emit({ index, value: option.value })}>
            {option.label || option.value}
          </button>
        ))}
      </fieldset>
    );
  }

  private renderEmpty() {
    const examples = Array.isArray(this.examples) ? this.examples : [];
    const placeholder = typeof this.placeholder === 'string' && this.placeholder ? this.placeholder : null;
    if (!placeholder && !examples.length) return null;
    const placeholderHtml = placeholder ? this.markdown.render('#placeholder', placeholder, this.markdownOptions) : '';
    return (
      <div class="placeholder-content">
        {placeholder ? <div key="placeholder" class="placeholder md gr-prose prose" ref={(el) => writeHtml(el, placeholderHtml)} /> : null}
        {examples.length ? (
          <fieldset class="examples">
            <legend class="sr-only">{t('examples', this.el)}</legend>
            {examples.map((example, index) => {
              const text = example?.display_text || example?.text || '';
              const files = Array.isArray(example?.files) ? example.files : [];
              const icon = example?.icon ? safeMediaUrl(typeof example.icon === 'string' ? example.icon : fileUrl(example.icon)) : undefined;
              const firstImage = files.find((file) => file && /image/.test(file.mime_type ?? '') && safeMediaUrl(fileUrl(file)));
              const thumb = icon ?? (firstImage ? safeMediaUrl(fileUrl(firstImage)) : undefined);
              return (
                <button
                  type="button"
                  class="example"
                  onClick={() =>
                    this.grExampleSelect.emit({ index, value: { text: example?.text, files: example?.files } })
                  }
                >
                  {thumb ? <img class="example-icon" src={thumb} alt="" /> : null}
                  <span class="example-text">{text || (files.length ? files.map(fileName).join(', ') : `Example ${index + 1}`)}</span>
                  {files.length && text ? (
                    <span class="example-files">
                      {files.length === 1 ? fileName(files[0]) : `${files.length} files`}
                    </span>
                  ) : null}
                </button>
              );
            })}
          </fieldset>
        ) : null}
      </div>
    );
  }

  render() {
    const label = this.label ?? 'Chatbot';
    const hasMessages = this.model.items.length > 0;
    const layout = this.layout === 'panel' ? 'panel' : 'bubble';
    const keys = new Set(this.collectKeys());
    this.markdown.retain(keys);
    for (const key of this.shownComponents.keys()) if (!keys.has(key)) this.shownComponents.delete(key);
    for (const key of this.textElements.keys()) if (!keys.has(key)) this.textElements.delete(key);
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          height={this.height}
          minHeight={this.minHeight}
          maxHeight={this.maxHeight}
          allowOverflow={true}
          extraClass={{ 'chatbot-block': true, resizable: this.resizable || this.resizeable }}
        >
          {this.showLabel ? (
            <div class="block-label" aria-hidden="true">
              <ChatIcon name="chat" />
              <span>{label}</span>
            </div>
          ) : null}
          {hasMessages && (this.interactive || this.showCopyAll) ? (
            <div class="toolbar">
              {this.showCopyAll ? (
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t(this.copied === 'all' ? 'copiedConversation' : 'copyConversation', this.el)}
                  title={t('copyConversation', this.el)}
                  onClick={() => this.onCopyAll()}
                >
                  <ChatIcon name={this.copied === 'all' ? 'check' : 'copy'} />
                </button>
              ) : null}
              {this.interactive ? (
                <button type="button" class="icon-button" aria-label={t('clear', this.el)} title={t('clear', this.el)} onClick={this.onClear}>
                  <ChatIcon name="trash" />
                </button>
              ) : null}
            </div>
          ) : null}
          <div
            part="log"
            class={{ log: true, [`${layout}-wrap`]: true, 'has-label': this.showLabel }}
            role="log"
            aria-live="off"
            aria-label={label}
            tabindex={0}
            ref={(el) => {
              this.log = el;
            }}
            onScroll={this.onScroll}
          >
            {this.model.errors.map((error) => (
              <p class="chat-notice chat-error" role="alert">
                {error}
              </p>
            ))}
            {hasMessages ? (
              <div class="message-wrap">
                {this.renderGroups()}
                {this.pending ? (
                  <div class={{ 'message-row': true, [layout]: true, 'bot-row': true, 'pending-row': true }}>
                    {this.avatar('bot')}
                    <div class="message bot pending-message" role="status" aria-label={t('waitingReply', this.el)}>
                      <span class="dot" />
                      <span class="dot" />
                      <span class="dot" />
                    </div>
                  </div>
                ) : null}
                {this.renderOptions()}
              </div>
            ) : (
              this.renderEmpty()
            )}
          </div>
          {this.scrolledUp && hasMessages ? (
            <button type="button" class="scroll-down icon-button" aria-label={t('scrollLatest', this.el)} onClick={this.scrollToBottom}>
              <ChatIcon name="down" />
            </button>
          ) : null}
          <div class="sr-only" aria-live="polite" aria-atomic="true">
            {this.announcement}
          </div>
        </Block>
      </Host>
    );
  }

  private *collectKeys(): Generator<string> {
    const walk = function* (item: ChatItem): Generator<string> {
      yield item.key;
      yield `${item.key}#title`;
      for (const child of item.children) yield* walk(child);
    };
    for (const item of this.model.items) yield* walk(item);
    yield '#placeholder';
  }
}
