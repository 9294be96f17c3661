import { describe, expect, it } from 'vitest';
import { loadTranscript, sseMessages, versions } from '../../tests/client/helpers/fixtures';
import { applyDiff } from '../client/protocol';
import { extendMarkdownBlocks, splitMarkdownBlocks } from './chat-markdown';
import { editedValue, groupItems, itemText, lastUserItem, mediaKindOf, messageComponentProps, normaliseChat, streamedItem } from './chat-messages';

const png = { path: '/tmp/a.png', url: 'http://h/file=/tmp/a.png', orig_name: 'a.png', mime_type: 'image/png', meta: { _type: 'gradio.FileData' } };
const pdf = { path: '/tmp/r.pdf', url: 'http://h/file=/tmp/r.pdf', orig_name: 'r.pdf', mime_type: 'application/pdf', size: 2048 };

describe('normaliseChat over recorded traffic', () => {
  for (const version of versions) {
    it(`${version}: every streamed state of chatbot_stream normalises to the same two texts`, () => {
      const t = loadTranscript(version, 'chatbot_stream-predict');
      let value: unknown = null;
      const seen: string[] = [];
      for (const message of sseMessages(t.sse)) {
        if (message.msg !== 'process_generating' && message.msg !== 'process_completed') continue;
        const data = message.output.data[1];
        // Generating messages after the first carry diffs; the completed one the full value.
        value = message.msg === 'process_generating' && Array.isArray(data) && Array.isArray(data[0]) && typeof data[0][0] === 'string' && ['append', 'replace', 'add', 'delete'].includes(data[0][0])
          ? applyDiff(value, data)
          : data;
        const { items, errors } = normaliseChat(value);
        expect(errors).toEqual([]);
        expect(items.map((i) => i.role)).toEqual(['user', 'assistant']);
        expect(items[0].part).toEqual({ kind: 'text', text: 'hello there' });
        expect(items[0].index).toBe(0);
        expect(items[1].index).toBe(1);
        seen.push(itemText(items[1]) ?? '');
      }
      expect(seen).toEqual(['You', 'You said:', 'You said: hello', 'You said: hello there', 'You said: hello there']);
    });

    it(`${version}: a streamed state of chatbot_stream that only grew the reply is told apart from the others`, () => {
      const t = loadTranscript(version, 'chatbot_stream-predict');
      let value: unknown = null;
      let previous = normaliseChat(null);
      const grown: (string | null)[] = [];
      for (const message of sseMessages(t.sse)) {
        if (message.msg !== 'process_generating' && message.msg !== 'process_completed') continue;
        const data = message.output.data[1];
        const diff = message.msg === 'process_generating' && Array.isArray(data) && Array.isArray(data[0]) && typeof data[0][0] === 'string';
        value = diff ? applyDiff(value, data) : data;
        const next = normaliseChat(value);
        const item = streamedItem(previous, next);
        grown.push(item ? `${item.index} ${itemText(item)}` : null);
        previous = next;
      }
      // The first state brings the reply (a new message), the last repeats the full value (no change).
      expect(grown).toEqual([null, '1 You said:', '1 You said: hello', '1 You said: hello there', null]);
    });
  }
});

describe('streamedItem', () => {
  const base = [
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: 'Hel' },
  ];
  const grownBy = (value: unknown[]) => streamedItem(normaliseChat(base), normaliseChat(value));

  it('names the last item when only its text changed (messages, 6.x blocks, tuples)', () => {
    expect(grownBy([base[0], { role: 'assistant', content: 'Hello' }])?.part).toEqual({ kind: 'text', text: 'Hello' });
    const blocks = (text: string) => [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }, { role: 'assistant', content: [{ type: 'text', text }] }];
    expect(streamedItem(normaliseChat(blocks('a')), normaliseChat(blocks('ab')))?.key).toBe('1/0');
    expect(streamedItem(normaliseChat([['hi', 'a']]), normaliseChat([['hi', 'ab']]))?.index).toEqual([0, 1]);
  });

  it('is null for any other change: a message added or removed, an earlier text, options, metadata, a thought', () => {
    expect(grownBy([...base, { role: 'user', content: 'more' }])).toBeNull();
    expect(grownBy([base[0]])).toBeNull();
    expect(grownBy([{ role: 'user', content: 'hi!' }, { role: 'assistant', content: 'Hello' }])).toBeNull();
    expect(grownBy([base[0], { role: 'assistant', content: 'Hello', options: [{ value: 'y' }] }])).toBeNull();
    expect(grownBy([base[0], { role: 'assistant', content: 'Hello', metadata: { title: 'Thinking' } }])).toBeNull();
    expect(grownBy([base[0], { role: 'user', content: 'Hello' }])).toBeNull();
    expect(grownBy([base[0], { role: 'assistant', content: { file: png } }])).toBeNull();
    expect(grownBy(base)).toBeNull();
    expect(grownBy([{ role: 'user', content: { file: png } }, { role: 'assistant', content: 'Hello' }])).toBeNull();
  });
});

describe('normaliseChat over values that share messages (a stream through the client)', () => {
  it('reads a message seen before at the same index once: its items come back as they were', () => {
    const history = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `m${i}` }));
    const first = normaliseChat([...history, { role: 'assistant', content: 'Hel' }]);
    const second = normaliseChat([...history, { role: 'assistant', content: 'Hello' }]);
    expect(second.items[5]).toBe(first.items[5]);
    expect(second.items[20]).not.toBe(first.items[20]);
    expect(streamedItem(first, second)?.part).toEqual({ kind: 'text', text: 'Hello' });
    // At another index (a message removed before it) the same message is read again, with its new index.
    const shifted = normaliseChat(history.slice(1));
    expect(shifted.items[4].index).toBe(4);
    expect(shifted.items[4].part).toEqual({ kind: 'text', text: 'm5' });
  });

  it('an item written into since (a streamed reply) is not handed out for its old message', () => {
    const old = { role: 'assistant', content: 'Hel' };
    const before = normaliseChat([old]);
    const after = normaliseChat([{ role: 'assistant', content: 'Hello' }]);
    Object.assign(before.items[0], streamedItem(before, after));
    expect(normaliseChat([old]).items[0].part).toEqual({ kind: 'text', text: 'Hel' });
  });

  it('thoughts nest the same way every time (children are not added twice)', () => {
    const value = [
      { role: 'assistant', content: 'plan', metadata: { title: 'Thinking', id: 1 } },
      { role: 'assistant', content: 'step', metadata: { parent_id: 1 } },
    ];
    normaliseChat(value);
    const again = normaliseChat(value);
    expect(again.items).toHaveLength(1);
    expect(again.items[0].children).toHaveLength(1);
    expect(normaliseChat([value[0]]).items[0].children).toHaveLength(0);
  });
});

describe('normaliseChat shapes', () => {
  it('Gradio 5 tuples: [user, bot] pairs with null sides, files and [pair, side] indices', () => {
    const { items, errors } = normaliseChat([
      ['hi', 'hello'],
      [{ file: png, alt_text: 'a cat' }, null],
      [null, 'bye'],
    ]);
    expect(errors).toEqual([]);
    expect(items.map((i) => [i.role, i.index])).toEqual([
      ['user', [0, 0]],
      ['assistant', [0, 1]],
      ['user', [1, 0]],
      ['assistant', [2, 1]],
    ]);
    expect(items[2].part).toEqual({ kind: 'file', media: 'image', files: [png], altText: 'a cat' });
    // The event value of a file is the official frontend's component form.
    expect(items[2].wire).toEqual({ component: 'image', value: png, alt_text: 'a cat', constructor_args: {}, props: {} });
  });

  it('Gradio 5 messages: string, FileMessage and ComponentMessage content, options and metadata', () => {
    const { items } = normaliseChat([
      { role: 'user', content: 'look', metadata: null, options: null },
      { role: 'user', content: { file: pdf, alt_text: null } },
      { role: 'assistant', content: { component: 'audio', value: { ...png, mime_type: 'audio/wav', path: 'a.wav' }, constructor_args: {}, props: {} } },
      { role: 'assistant', content: 'pick', options: [{ value: 'y', label: 'Yes' }, { value: 'n' }, { bad: 1 }] },
    ]);
    expect(items[1].part).toMatchObject({ kind: 'file', media: 'file', files: [pdf] });
    expect((items[1].wire as { value: unknown }).value).toEqual([pdf]);
    // A component message is shown by the element for its type, display only.
    expect(items[2].part).toEqual({
      kind: 'component',
      component: 'audio',
      tag: 'gr-audio',
      value: { ...png, mime_type: 'audio/wav', path: 'a.wav' },
      props: { interactive: false, container: false, visible: true, showLabel: false },
    });
    expect(items[3].options).toEqual([
      { value: 'y', label: 'Yes' },
      { value: 'n', label: null },
    ]);
  });

  it('Gradio 6 content blocks: one item per block, keyed by message and block', () => {
    const { items } = normaliseChat([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'two things' },
          { type: 'file', file: png, alt_text: null },
        ],
        metadata: null,
        options: null,
      },
      {
        role: 'assistant',
        content: [
          { type: 'component', component: 'plot', value: { type: 'altair', plot: '{}' }, constructor_args: {}, props: {} },
          { type: 'component', component: 'my_widget', value: 1, constructor_args: {}, props: {} },
        ],
      },
    ]);
    expect(items.map((i) => [i.key, i.index, i.part.kind])).toEqual([
      ['0/0', 0, 'text'],
      ['0/1', 0, 'file'],
      ['1/0', 1, 'component'],
      ['1/1', 1, 'unsupported'],
    ]);
    expect(items[2].part).toMatchObject({ tag: 'gr-plot', value: { type: 'altair', plot: '{}' } });
    expect(items[2].wire).toEqual({ component: 'plot', value: { type: 'altair', plot: '{}' }, constructor_args: {}, props: {} });
    expect(items[3].part).toEqual({
      kind: 'unsupported',
      component: 'my_widget',
      reason: 'A "my_widget" component cannot be shown in this chat: there is no element for it.',
    });
  });

  it("a component message's config props become display-only element props", () => {
    const props = messageComponentProps({
      value: { headers: ['a'], data: [[1]] },
      label: 'Scores',
      show_label: false,
      elem_id: 'table',
      elem_classes: ['mine'],
      interactive: true,
      _selectable: true,
      max_height: 300,
      col_count: [1, 'fixed'],
      name: 'dataframe',
      proxy_url: null,
      visible: false,
      container: true,
    });
    expect(props).toEqual({
      label: 'Scores',
      showLabel: true,
      elemClasses: ['mine'],
      maxHeight: 300,
      colCount: [1, 'fixed'],
      interactive: false,
      container: false,
      visible: true,
    });
    expect(messageComponentProps(null)).toEqual({ interactive: false, container: false, visible: true, showLabel: false });
  });

  it('thoughts nest by metadata.id / parent_id and keep title, log, duration, status', () => {
    const { items } = normaliseChat([
      { role: 'user', content: 'q' },
      { role: 'assistant', content: 'plan', metadata: { title: 'Thinking', id: 1, status: 'pending', log: 'step 1', duration: 1.5 } },
      { role: 'assistant', content: 'search', metadata: { title: 'Tool', id: 2, parent_id: 1, status: 'done' } },
      { role: 'assistant', content: 'result', metadata: { parent_id: 2 } },
      { role: 'assistant', content: 'orphan', metadata: { parent_id: 99 } },
      { role: 'assistant', content: 'answer' },
    ]);
    expect(items.map((i) => itemText(i))).toEqual(['q', 'Thinking\n  plan\n  - Tool\n    search\n      result', 'orphan', 'answer']);
    expect(items[1].metadata).toEqual({ title: 'Thinking', id: 1, status: 'pending', log: 'step 1', duration: 1.5 });
    expect(items[1].children[0].children[0].part).toEqual({ kind: 'text', text: 'result' });
  });

  it('bad input is described, never thrown', () => {
    expect(normaliseChat('nope').errors).toEqual(['The chat value is not a list of messages.']);
    const { items, errors } = normaliseChat([{ content: 'x' }, { role: 'robot', content: 'x' }, 42, { role: 'user', content: { weird: true } }, ['a', 'b', 'c'], { role: 'user', content: 'ok' }]);
    expect(errors).toEqual([
      'Message 1 could not be shown: it has no role.',
      'Message 2 could not be shown: unknown role "robot".',
      'Message 3 could not be shown: it has no role.',
      'Message 4 could not be shown: content that is neither text, a file nor a component.',
      'Message pair 5 has more than two sides; the rest is not shown.',
    ]);
    expect(items.map((i) => itemText(i))).toEqual(['a', 'b', 'ok']);
    expect(normaliseChat(null)).toEqual({ items: [], errors: [] });
  });
});

describe('chat helpers', () => {
  it('groups consecutive roles (or not), skipping system messages', () => {
    const { items } = normaliseChat([
      { role: 'system', content: 's' },
      { role: 'user', content: 'a' },
      { role: 'assistant', content: 'b' },
      { role: 'assistant', content: 'c' },
    ]);
    expect(groupItems(items, true).map((g) => g.map((i) => itemText(i)))).toEqual([['a'], ['b', 'c']]);
    expect(groupItems(items, false)).toHaveLength(3);
    expect(itemText(lastUserItem(items)!)).toBe('a');
  });

  it('edits keep the shape of the value (string, 6.x blocks, tuple side)', () => {
    const messages = [{ role: 'user', content: 'old', metadata: null }];
    expect(editedValue(messages, 0, 'new')).toEqual([{ role: 'user', content: 'new', metadata: null }]);
    expect(messages[0].content).toBe('old');
    expect(editedValue([{ role: 'user', content: [{ type: 'text', text: 'old' }] }], 0, 'new')).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'new' }] },
    ]);
    expect(editedValue([['old', 'bot']], [0, 0], 'new')).toEqual([['new', 'bot']]);
  });

  it('media kinds by MIME type, then by name', () => {
    expect(mediaKindOf({ path: 'x', mime_type: 'video/mp4' })).toBe('video');
    expect(mediaKindOf({ path: '/tmp/song.MP3' })).toBe('audio');
    expect(mediaKindOf({ path: '/tmp/a.webp?x=1' })).toBe('image');
    expect(mediaKindOf({ path: '/tmp/data.csv' })).toBe('file');
  });

  it('splits Markdown into blocks that join back, keeping fences, math and loose lists whole', () => {
    const text = 'Intro para\nline two\n\n```py\nx = 1\n\ny = 2\n```\n\n- a\n\n- b\n\n$$\na\n\nb\n$$\n\nlast';
    const blocks = splitMarkdownBlocks(text);
    expect(blocks.join('')).toBe(text);
    expect(blocks).toEqual(['Intro para\nline two\n\n', '```py\nx = 1\n\ny = 2\n```\n\n', '- a\n\n- b\n\n', '$$\na\n\nb\n$$\n\n', 'last']);
    expect(splitMarkdownBlocks('')).toEqual(['']);
  });

  it('a growing text splits, from its previous blocks, exactly as the whole text does (at every character)', () => {
    const text =
      'Intro para\nline two\n\n```py\nx = 1\n\ny = 2\n```\n\n- a\n\n- b\n  more\n\n1. one\n\n2) two\n\n$$\na\n\nb\n$$\n\n' +
      '    indented\n\n~~~\ncode\n~~~\n\n> quote\n\nlast *words*';
    let blocks = splitMarkdownBlocks('');
    for (let end = 1; end <= text.length; end++) {
      blocks = extendMarkdownBlocks(blocks, text.slice(0, end));
      expect(blocks, text.slice(0, end)).toEqual(splitMarkdownBlocks(text.slice(0, end)));
    }
    // Tokens of several characters at a time, as a server streams them.
    blocks = splitMarkdownBlocks('Intro');
    for (let end = 5; end <= text.length; end += 7) {
      blocks = extendMarkdownBlocks(blocks, text.slice(0, end));
      expect(blocks).toEqual(splitMarkdownBlocks(text.slice(0, end)));
    }
  });
});
