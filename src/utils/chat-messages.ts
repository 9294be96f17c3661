/**
 * The Chatbot's value, in every shape a Gradio server sends it, turned into one internal model (pure: no
 * DOM). Shapes (spec components.md §4.7, fixtures `chatbot_stream-*`):
 *
 * - Gradio 5 `type="tuples"`: `[[user, bot], ...]`, each side `null`, a string, a FileMessage
 *   `{file: FileData, alt_text}` or a ComponentMessage `{component, value, constructor_args, props}`.
 * - Gradio 5 `type="messages"`: `[{role, content, metadata, options}]` with `content` a string, a
 *   FileMessage or a ComponentMessage.
 * - Gradio 6: the same messages with `content` a list of blocks `{type: "text", text}`,
 *   `{type: "file", file, alt_text}`, `{type: "component", ...}`.
 *
 * Each content block becomes one {@link ChatItem} (as the official frontend flattens them), carrying the
 * message's index (`number`, or `[pair, side]` for tuples) so event data names the message the server knows.
 * Thoughts (`metadata.title` with an `id`) collect the messages whose `metadata.parent_id` names them.
 */
import { embeddedTagFor } from './component-tags';
import type { FileData } from './file-data';

export type ChatRole = 'user' | 'assistant' | 'system';

/** Where an item sits in the wire value: a message index, or `[pair, side]` in the tuples format. */
export type ChatIndex = number | [number, number];

/** Gradio's `metadata` of a message (a "thought" when it has a title). */
export interface ChatMetadata {
  title?: string | null;
  id?: string | number | null;
  parent_id?: string | number | null;
  log?: string | null;
  duration?: number | null;
  status?: 'pending' | 'done' | null;
}

/** One option button under a message (Gradio's OptionDict). */
export interface ChatOption {
  value: string;
  label?: string | null;
}

/** What kind of player a file gets. */
export type ChatMediaKind = 'image' | 'audio' | 'video' | 'file';

/** What one item shows. */
export type ChatPart =
  | { kind: 'text'; text: string }
  | { kind: 'file'; media: ChatMediaKind; files: FileData[]; altText: string | null }
  | ChatComponentPart
  /** A component message of a type this kit has no element for: named, with its value. */
  | { kind: 'unsupported'; component: string; reason: string };

/**
 * A component message shown by the kit's element for its type: `tag` with `props` (camelCase, display
 * only) and `value` (the component's wire value).
 */
export interface ChatComponentPart {
  kind: 'component';
  component: string;
  tag: string;
  value: unknown;
  props: Record<string, unknown>;
}

/** One displayed piece of a message (one content block). */
export interface ChatItem {
  /** Stable identity across re-renders: `<index>` or `<index>.<block>`. */
  key: string;
  role: ChatRole;
  index: ChatIndex;
  part: ChatPart;
  /**
   * The content as the official frontend reports it in event data (`like`, `select`, `retry`...): the
   * text, or `{component, value, alt_text, constructor_args, props}` for files and components.
   */
  wire: unknown;
  metadata: ChatMetadata | null;
  options: ChatOption[] | null;
  /** Nested thoughts and messages (by `metadata.parent_id`). */
  children: ChatItem[];
}

/** The normalised value: the top-level items, and a message per entry that could not be read. */
export interface ChatModel {
  items: ChatItem[];
  errors: string[];
}

const ROLES: ReadonlySet<string> = new Set(['user', 'assistant', 'system']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFileData = (value: unknown): value is FileData =>
  isObject(value) && (typeof value.path === 'string' || typeof value.url === 'string');

/** The name to show for a file: its original name, else the last part of its path or URL. */
export const fileName = (file: FileData): string =>
  file.orig_name || (file.path || file.url || 'file').split(/[\\/]/).pop()?.replace(/[?#].*$/, '') || 'file';

/** The player for a file, by MIME type, then by extension (the official rule, extended to names). */
export function mediaKindOf(file: FileData): ChatMediaKind {
  const mime = typeof file.mime_type === 'string' ? file.mime_type.toLowerCase() : '';
  if (mime.includes('image')) return 'image';
  if (mime.includes('audio')) return 'audio';
  if (mime.includes('video')) return 'video';
  if (mime) return 'file';
  const name = (file.orig_name || file.path || file.url || '').toLowerCase().replace(/[?#].*$/, '');
  if (/\.(png|jpe?g|gif|webp|avif|bmp|svg)$/.test(name)) return 'image';
  if (/\.(mp3|wav|ogg|oga|flac|m4a|aac|opus)$/.test(name)) return 'audio';
  if (/\.(mp4|webm|ogv|mov|m4v)$/.test(name)) return 'video';
  return 'file';
}

function metadataOf(value: unknown): ChatMetadata | null {
  if (!isObject(value)) return null;
  const meta: ChatMetadata = {};
  if (typeof value.title === 'string') meta.title = value.title;
  if (typeof value.id === 'string' || typeof value.id === 'number') meta.id = value.id;
  if (typeof value.parent_id === 'string' || typeof value.parent_id === 'number') meta.parent_id = value.parent_id;
  if (typeof value.log === 'string') meta.log = value.log;
  if (typeof value.duration === 'number' && Number.isFinite(value.duration)) meta.duration = value.duration;
  if (value.status === 'pending' || value.status === 'done') meta.status = value.status;
  return Object.keys(meta).length ? meta : null;
}

function optionsOf(value: unknown): ChatOption[] | null {
  if (!Array.isArray(value)) return null;
  const options: ChatOption[] = [];
  for (const option of value) {
    if (isObject(option) && (typeof option.value === 'string' || typeof option.value === 'number')) {
      options.push({ value: String(option.value), label: typeof option.label === 'string' ? option.label : null });
    }
  }
  return options.length ? options : null;
}

const componentWire = (component: string, value: unknown, altText: string | null) => ({
  component,
  value,
  alt_text: altText,
  constructor_args: {},
  props: {},
});

/** A FileMessage `{file, alt_text}` (the file may be a list). */
function filePart(block: Record<string, unknown>): { part: ChatPart; wire: unknown } | string {
  const files = (Array.isArray(block.file) ? block.file : [block.file]).filter(isFileData);
  if (!files.length) return 'a file message without a file';
  const altText = typeof block.alt_text === 'string' ? block.alt_text : null;
  const media = mediaKindOf(files[0]);
  const wireValue = media === 'file' ? files : files[0];
  return { part: { kind: 'file', media, files, altText }, wire: componentWire(media, wireValue, altText) };
}

/**
 * Config props of a component message that describe where and how the component sits in a layout, or the
 * server's bookkeeping: none of them applies to a component shown inside a message.
 */
const placementProps = new Set([
  'value',
  'name',
  'proxy_url',
  'server_fns',
  'component_class_id',
  'key',
  'render',
  'elem_id',
  'visible',
  'scale',
  'min_width',
  'interactive',
  'container',
  'show_label',
  'selectable',
  'streaming',
  'every',
  'inputs',
]);

/**
 * The element props for a component message's config `props` (Gradio's snake_case, `_selectable` and all):
 * camelCase names, placement dropped, and shown as Gradio's frontend shows it: display only, no block
 * frame, the label only when the app gave one.
 */
export function messageComponentProps(props: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isObject(props)) {
    for (const [key, value] of Object.entries(props)) {
      const name = key.replace(/^_+/, '');
      if (placementProps.has(name)) continue;
      out[name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = value;
    }
  }
  return { ...out, interactive: false, container: false, visible: true, showLabel: typeof out.label === 'string' && out.label !== '' };
}

/**
 * A ComponentMessage: shown by the kit's element for its type (a plot, a dataframe, JSON, an image...);
 * a type with no element is named as not shown.
 */
function componentPart(block: Record<string, unknown>): { part: ChatPart; wire: unknown } {
  const component = String(block.component);
  const { type: _type, ...wire } = block;
  const tag = embeddedTagFor(component);
  if (tag) {
    return { part: { kind: 'component', component, tag, value: block.value ?? null, props: messageComponentProps(block.props) }, wire };
  }
  return {
    part: { kind: 'unsupported', component, reason: `A "${component}" component cannot be shown in this chat: there is no element for it.` },
    wire,
  };
}

/** One content block (string, text block, file, component) to a part, or an error text. */
function partOf(block: unknown): { part: ChatPart; wire: unknown } | string {
  if (typeof block === 'string') return { part: { kind: 'text', text: block }, wire: block };
  if (typeof block === 'number' || typeof block === 'boolean') {
    return { part: { kind: 'text', text: String(block) }, wire: String(block) };
  }
  if (!isObject(block)) return 'content that is neither text, a file nor a component';
  if (block.type === 'text' || (block.type === undefined && typeof block.text === 'string' && !('file' in block))) {
    const text = typeof block.text === 'string' ? block.text : '';
    return { part: { kind: 'text', text }, wire: text };
  }
  if (block.type === 'file' || 'file' in block) return filePart(block);
  if (typeof block.component === 'string') return componentPart(block);
  return 'content that is neither text, a file nor a component';
}

function makeItems(
  role: ChatRole,
  index: ChatIndex,
  content: unknown,
  metadata: ChatMetadata | null,
  options: ChatOption[] | null,
  errors: string[],
): ChatItem[] {
  const label = Array.isArray(index) ? `Message ${index[0] + 1} (${index[1] ? 'bot' : 'user'})` : `Message ${index + 1}`;
  const baseKey = Array.isArray(index) ? `${index[0]}.${index[1]}` : String(index);
  // Gradio 6 sends a list of blocks; Gradio 5 one block (string, file or component).
  const blocks = Array.isArray(content) ? content : [content];
  const items: ChatItem[] = [];
  blocks.forEach((block, b) => {
    if (block === null || block === undefined) return;
    const result = partOf(block);
    if (typeof result === 'string') {
      errors.push(`${label} could not be shown: ${result}.`);
      return;
    }
    const key = Array.isArray(content) ? `${baseKey}/${b}` : baseKey;
    items.push({ key, role, index, part: result.part, wire: result.wire, metadata, options, children: [] });
  });
  return items;
}

/** The items and errors one entry (a message, or a tuple pair) of the value made, at its index. */
interface EntryItems {
  index: number;
  items: ChatItem[];
  /** Each item's part when made: an item changed since (a streamed reply written into it) is not reused. */
  parts: ChatPart[];
  errors: string[];
}

/**
 * What each entry object of a value made. A streamed value shares every entry but the one being written
 * with the value before it (the client copies only what a diff edits), so one token reads one message,
 * not the conversation.
 */
const madeFrom = new WeakMap<object, EntryItems>();

function entryItems(entry: unknown, i: number): EntryItems {
  const cached = typeof entry === 'object' && entry !== null ? madeFrom.get(entry) : undefined;
  if (cached && cached.index === i && cached.items.every((item, k) => item.part === cached.parts[k])) return cached;
  const errors: string[] = [];
  const items: ChatItem[] = [];
  if (Array.isArray(entry)) {
    // Tuples: [user, bot].
    if (entry.length > 2) errors.push(`Message pair ${i + 1} has more than two sides; the rest is not shown.`);
    entry.slice(0, 2).forEach((side, s) => {
      items.push(...makeItems(s === 0 ? 'user' : 'assistant', [i, s], side, null, null, errors));
    });
  } else if (!isObject(entry) || typeof entry.role !== 'string') {
    errors.push(`Message ${i + 1} could not be shown: it has no role.`);
  } else if (!ROLES.has(entry.role)) {
    errors.push(`Message ${i + 1} could not be shown: unknown role "${entry.role}".`);
  } else {
    items.push(...makeItems(entry.role as ChatRole, i, entry.content, metadataOf(entry.metadata), optionsOf(entry.options), errors));
  }
  const made = { index: i, items, parts: items.map((item) => item.part), errors };
  if (typeof entry === 'object' && entry !== null) madeFrom.set(entry, made);
  return made;
}

/**
 * Normalises a Chatbot value of any supported shape. Never throws: entries it cannot read are skipped and
 * described in `errors` (the element shows them). Entries seen before at the same index give the same items.
 */
export function normaliseChat(value: unknown): ChatModel {
  const errors: string[] = [];
  if (value === null || value === undefined || value === '') return { items: [], errors };
  if (!Array.isArray(value)) {
    return { items: [], errors: ['The chat value is not a list of messages.'] };
  }
  const flat: ChatItem[] = [];
  value.forEach((entry, i) => {
    const made = entryItems(entry, i);
    for (const item of made.items) flat.push(item);
    for (const error of made.errors) errors.push(error);
  });
  return { items: nestThoughts(flat), errors };
}

/** Moves items whose `metadata.parent_id` names an earlier thought (`metadata.id` + title) under it. */
function nestThoughts(flat: ChatItem[]): ChatItem[] {
  const thoughts = new Map<string, ChatItem>();
  const top: ChatItem[] = [];
  // Items are reused from earlier values (entryItems): their nesting is made afresh.
  for (const item of flat) if (item.children.length) item.children = [];
  for (const item of flat) {
    const meta = item.metadata;
    const parent = meta?.parent_id !== undefined && meta?.parent_id !== null ? thoughts.get(String(meta.parent_id)) : undefined;
    if (parent) parent.children.push(item);
    else top.push(item);
    if (meta?.title && meta.id !== undefined && meta.id !== null && !thoughts.has(String(meta.id))) {
      thoughts.set(String(meta.id), item);
    }
  }
  return top;
}

/**
 * Groups consecutive items of one role into one bubble (Gradio's `group_consecutive_messages`); with
 * `consecutive` false every item is its own group. System messages are not shown.
 */
export function groupItems(items: readonly ChatItem[], consecutive: boolean): ChatItem[][] {
  const groups: ChatItem[][] = [];
  for (const item of items) {
    if (item.role === 'system') continue;
    const last = groups[groups.length - 1];
    if (consecutive && last && last[0].role === item.role) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** The plain text of an item and its nested thoughts (copy buttons), or `null` when it is not all text. */
export function itemText(item: ChatItem, depth = 0): string | null {
  if (item.part.kind !== 'text') return null;
  const indent = '  '.repeat(depth);
  const title = item.metadata?.title;
  if (!title && !depth) return item.part.text;
  let text = title ? `${indent}${depth ? '- ' : ''}${title}\n` : '';
  text += `${indent}  ${item.part.text}\n`;
  for (const child of item.children) {
    const inner = itemText(child, depth + 1);
    if (inner === null) return null;
    text += inner;
  }
  return depth ? text : text.replace(/\n$/, '');
}

/** Same index (numbers and tuple pairs alike). */
export const sameIndex = (a: ChatIndex, b: ChatIndex): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a[0] === b[0] && a[1] === b[1] : a === b;

/** JSON of a small value for comparison; `null` when it cannot be serialised (never equal). */
function signature(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return null;
  }
}

const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  const left = signature(a);
  return left !== null && left === signature(b);
};

/** The same item: key, role, index, content, metadata, options and nested items. */
function sameItem(a: ChatItem, b: ChatItem): boolean {
  if (a === b) return true;
  if (a.key !== b.key || a.role !== b.role || !sameIndex(a.index, b.index) || a.children.length !== b.children.length) return false;
  if (a.part.kind === 'text' || b.part.kind === 'text') {
    if (a.part.kind !== b.part.kind || (a.part as { text: string }).text !== (b.part as { text: string }).text) return false;
  } else if (!sameJson(a.part, b.part)) return false;
  if (!sameJson(a.metadata, b.metadata) || !sameJson(a.options, b.options)) return false;
  return a.children.every((child, i) => sameItem(child, b.children[i]));
}

/**
 * When `next` differs from `prev` only in the text of its last top-level item (a reply streaming in: no
 * message added or removed, no thought, no other change), that item of `next`; otherwise `null`. The
 * element then writes that one item's text instead of rendering the whole conversation again.
 */
export function streamedItem(prev: ChatModel, next: ChatModel): ChatItem | null {
  const count = next.items.length;
  if (!count || prev.items.length !== count || prev.errors.join('\n') !== next.errors.join('\n')) return null;
  const before = prev.items[count - 1];
  const after = next.items[count - 1];
  if (before.part.kind !== 'text' || after.part.kind !== 'text' || before.part.text === after.part.text) return null;
  if (before.metadata?.title || after.metadata?.title || !sameItem(before, { ...after, part: before.part })) return null;
  for (let i = 0; i < count - 1; i++) if (!sameItem(prev.items[i], next.items[i])) return null;
  return after;
}

/**
 * The value after the user edited the text of the message at `index` (Gradio's edit): a tuple side or a
 * message's content is replaced by the new text, in the shape the value already uses (a string, or
 * Gradio 6's list with one text block). Returns a new list; the old one is not changed.
 */
export function editedValue(value: unknown, index: ChatIndex, text: string): unknown {
  if (!Array.isArray(value)) return value;
  const next = value.slice();
  if (Array.isArray(index)) {
    const pair = Array.isArray(next[index[0]]) ? (next[index[0]] as unknown[]).slice() : null;
    if (!pair) return value;
    pair[index[1]] = text;
    next[index[0]] = pair;
    return next;
  }
  const message = next[index];
  if (!isObject(message)) return value;
  const content = Array.isArray(message.content) ? [{ type: 'text', text }] : text;
  next[index] = { ...message, content };
  return next;
}

/**
 * The item undo and retry name: the last user item (Gradio's rule: walk back over assistant messages
 * from the end). `undefined` when there is none.
 */
export function lastUserItem(items: readonly ChatItem[]): ChatItem | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i].role !== 'assistant') return items[i];
  return undefined;
}
