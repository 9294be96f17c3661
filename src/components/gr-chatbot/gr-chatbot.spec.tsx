import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { loadKitWords } from '../../utils/i18n';

// The simulated DOM cannot run DOMPurify, so Markdown shows as escaped text here: these tests check the
// structure, props and events; rendered HTML, keyboard, scrolling and axe are checked in Chromium.
const png = { path: '/tmp/cat.png', url: 'http://h/file=/tmp/cat.png', orig_name: 'cat.png', mime_type: 'image/png' };
const messages = [
  { role: 'user', content: 'hello', metadata: null, options: null },
  { role: 'assistant', content: 'hi there', metadata: null, options: null },
];
const events = (root: Element, names: string[]) => {
  const seen: [string, unknown][] = [];
  for (const name of names) root.addEventListener(name, (e) => seen.push([name, (e as CustomEvent).detail]));
  return seen;
};
/** Text of rendered Markdown, which the simulated DOM shows escaped. */
const plain = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/<[^>]+>/g, '').trim();
const ALL = ['gr-change', 'gr-select', 'gr-like', 'gr-retry', 'gr-undo', 'gr-edit', 'gr-clear', 'gr-copy', 'gr-option-select', 'gr-example-select'];

describe('gr-chatbot', () => {
  it('renders Gradio defaults: label badge, role=log named by the label, bubbles per role, height 400', async () => {
    const { root } = await render(<gr-chatbot value={messages} />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Chatbot');
    const log = root.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-label')).toBe('Chatbot');
    expect(log?.classList.contains('bubble-wrap')).toBe(true);
    expect((root.querySelector('.block') as HTMLElement).style.height).toBe('400px');
    expect(Array.from(root.querySelectorAll('.message')).map((m) => [m.getAttribute('data-testid'), plain(m)])).toEqual([
      ['user', 'hello'],
      ['bot', 'hi there'],
    ]);
    // No actions unless the app asks for them; a clear button because the chat is interactive.
    expect(root.querySelector('.actions')).toBeNull();
    expect(root.querySelector('.toolbar [aria-label="Clear"]')).not.toBeNull();
  });

  it('renders tuples, 6.x content blocks and files alike', async () => {
    const { root, setProps } = await render(<gr-chatbot value={[['hi', 'yo'], [{ file: png, alt_text: 'a cat' }, null]]} />);
    expect(Array.from(root.querySelectorAll('.message')).map((m) => m.getAttribute('data-testid'))).toEqual(['user', 'bot', 'user']);
    expect(root.querySelector('img:not(.avatar img)')?.getAttribute('alt')).toBe('a cat');
    expect(root.querySelector('.file-message img')?.getAttribute('src')).toBe(png.url);
    await setProps({
      value: [{ role: 'assistant', content: [{ type: 'text', text: 'block one' }, { type: 'file', file: { path: 'r.pdf', url: 'http://h/r.pdf', size: 2048 } }] }],
    });
    expect(plain(root.querySelector('.message'))).toBe('block one');
    expect(root.querySelector('.file-link')?.getAttribute('href')).toBe('http://h/r.pdf');
    expect(root.querySelector('.file-link')?.textContent).toBe('r.pdf2.0 KB');
  });

  it('script URLs never reach src or href; the file is named instead', async () => {
    const { root } = await render(
      <gr-chatbot value={[{ role: 'user', content: { file: { path: 'x.png', url: 'javascript:alert(1)', mime_type: 'image/png' } } }]} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.chat-notice')?.textContent).toBe('The file "x.png" cannot be shown (no safe address).');
  });

  it('bad values show a clear message in the element', async () => {
    const { root, setProps } = await render(<gr-chatbot value={[{ content: 'x' }, { role: 'user', content: 'fine' }]} />);
    expect(root.querySelector('.chat-error')?.textContent).toBe('Message 1 could not be shown: it has no role.');
    expect(plain(root.querySelector('.message'))).toBe('fine');
    await setProps({ value: 'oops' as unknown as unknown[] });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The chat value is not a list of messages.');
  });

  it('panel layout, avatars, ungrouped messages, plain text without Markdown, rtl', async () => {
    const { root } = await render(
      <gr-chatbot
        value={[...messages, { role: 'assistant', content: '**more**' }]}
        layout="panel"
        avatarImages={[null, { path: 'bot.png', url: 'http://h/bot.png' }]}
        groupConsecutiveMessages={false}
        renderMarkdown={false}
        rtl
      />,
    );
    expect(root.querySelector('[role="log"]')?.classList.contains('panel-wrap')).toBe(true);
    expect(root.querySelectorAll('.message-row')).toHaveLength(3);
    expect(Array.from(root.querySelectorAll('.avatar img')).map((i) => i.getAttribute('alt'))).toEqual(['Bot avatar', 'Bot avatar']);
    expect(root.querySelectorAll('.plain-text')[2].textContent).toBe('**more**');
    expect(root.querySelector('.message')?.getAttribute('dir')).toBe('rtl');
  });

  it('thoughts are <details>: open while pending or unset, closed when done, nested by parent_id', async () => {
    const { root } = await render(
      <gr-chatbot
        value={[
          { role: 'assistant', content: 'plan', metadata: { title: 'Thinking', id: 't', status: 'pending', log: 'searching', duration: 2.25 } },
          { role: 'assistant', content: 'found', metadata: { title: 'Tool', id: 'u', parent_id: 't', status: 'done' } },
          { role: 'assistant', content: 'answer' },
        ]}
      />,
    );
    const outer = root.querySelector('details.thought') as HTMLDetailsElement;
    expect(outer.open).toBe(true);
    expect(outer.querySelector('.spinner')?.getAttribute('aria-label')).toBe('In progress');
    expect(outer.querySelector('summary .thought-meta')?.textContent).toBe('searching · 2.3s');
    const inner = outer.querySelector('details.thought') as HTMLDetailsElement;
    expect(inner.open).toBe(false);
    expect(plain(inner.querySelector('.thought-body'))).toBe('found');
    expect(root.querySelectorAll('.message-group > .message')).toHaveLength(2);
  });

  it('a thought going from pending to done shows its title once, then its duration', async () => {
    const thought = (metadata: object) => [{ role: 'assistant', content: 'x', metadata: { title: 'Thinking', id: 't', ...metadata } }];
    const { root, setProps } = await render(<gr-chatbot value={thought({ status: 'pending' })} />);
    expect(root.querySelector('summary .spinner')).not.toBeNull();
    await setProps({ value: thought({ status: 'done', duration: 0.3 }) });
    const summary = root.querySelector('summary') as HTMLElement;
    expect(summary.querySelector('.spinner')).toBeNull();
    expect(plain(summary.querySelector('.thought-title'))).toBe('Thinking');
    expect(summary.querySelector('.thought-meta')?.textContent).toBe('0.30s');
    expect(summary.querySelectorAll('span')).toHaveLength(2);
  });

  it('placeholder and examples while empty; an example click emits example_select', async () => {
    const { root } = await render(
      <gr-chatbot
        value={[]}
        placeholder="Ask **me**"
        examples={[{ text: 'Hi', display_text: 'Say hi' }, { text: 'Describe', files: [png], icon: png }]}
      />,
    );
    const seen = events(root, ALL);
    expect(root.querySelector('.placeholder')?.textContent).toContain('Ask');
    const buttons = Array.from(root.querySelectorAll('.example')) as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['Say hi', 'Describecat.png']);
    buttons[1].click();
    expect(seen).toEqual([['gr-example-select', { index: 1, value: { text: 'Describe', files: [png] } }]]);
    expect(root.querySelector('.toolbar')).toBeNull();
  });

  it('like / dislike / custom feedback emit Gradio LikeData; choosing again un-chooses', async () => {
    const { root, waitForChanges } = await render(
      <gr-chatbot value={[...messages, { role: 'assistant', content: 'more' }]} likeable feedbackOptions={['Like', 'Dislike', 'Wrong']} />,
    );
    const seen = events(root, ALL);
    const button = (label: string) => root.querySelector(`[aria-label="${label}"]`) as HTMLButtonElement;
    button('Like').click();
    await waitForChanges();
    expect(button('Like').getAttribute('aria-pressed')).toBe('true');
    button('Dislike').click();
    await waitForChanges();
    button('Dislike').click();
    await waitForChanges();
    (root.querySelector('.feedback-menu button') as HTMLButtonElement).click();
    expect(seen).toEqual([
      ['gr-like', { index: 1, value: ['hi there', 'more'], liked: true }],
      ['gr-like', { index: 1, value: ['hi there', 'more'], liked: false }],
      ['gr-like', { index: 1, value: ['hi there', 'more'], liked: '' }],
      ['gr-like', { index: 1, value: ['hi there', 'more'], liked: 'Wrong' }],
    ]);
    // Only bot messages, unless like_user_message.
    expect(root.querySelectorAll('[aria-label="Like"]')).toHaveLength(1);
  });

  it('tuples: like reports the one message with its [pair, side] index; feedback_value preselects', async () => {
    const { root } = await render(<gr-chatbot value={[['q', 'a']]} likeable feedbackValue={['Dislike']} />);
    const seen = events(root, ALL);
    expect(root.querySelector('[aria-label="Dislike"]')?.getAttribute('aria-pressed')).toBe('true');
    (root.querySelector('[aria-label="Like"]') as HTMLButtonElement).click();
    expect(seen).toEqual([['gr-like', { index: [0, 1], value: 'a', liked: true }]]);
  });

  it('retry and undo sit under the last bot message and name the last user message', async () => {
    const value = [...messages, { role: 'user', content: [{ type: 'text', text: 'again' }] }, { role: 'assistant', content: [{ type: 'text', text: 'ok' }] }];
    const { root } = await render(<gr-chatbot value={value} retryable undoable />);
    const seen = events(root, ALL);
    expect(root.querySelectorAll('[aria-label="Retry"]')).toHaveLength(1);
    expect(root.querySelector('.message-row:last-child [aria-label="Retry"]')).not.toBeNull();
    (root.querySelector('[aria-label="Retry"]') as HTMLButtonElement).click();
    (root.querySelector('[aria-label="Undo"]') as HTMLButtonElement).click();
    expect(seen).toEqual([
      ['gr-retry', { index: 2, value: 'again' }],
      ['gr-undo', { index: 2, value: 'again' }],
    ]);
  });

  it('edit ("user"): a textarea, Submit sets the value in its own shape and emits change then edit; Cancel keeps it', async () => {
    const value = [{ role: 'user', content: [{ type: 'text', text: 'helo' }] }, { role: 'assistant', content: [{ type: 'text', text: 'hi' }] }];
    const { root, waitForChanges } = await render(<gr-chatbot value={value} editable="user" />);
    const seen = events(root, ALL);
    expect(root.querySelectorAll('[aria-label="Edit"]')).toHaveLength(1);
    (root.querySelector('[aria-label="Edit"]') as HTMLButtonElement).click();
    await waitForChanges();
    const area = root.querySelector('textarea.edit-textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('helo');
    area.value = 'hello';
    area.dispatchEvent(new InputEvent('input'));
    await waitForChanges();
    (Array.from(root.querySelectorAll('.editing-actions button')).find((b) => b.textContent === 'Submit') as HTMLButtonElement).click();
    await waitForChanges();
    const edited = [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }, value[1]];
    expect((root as HTMLGrChatbotElement).value).toEqual(edited);
    expect(seen).toEqual([
      ['gr-change', edited],
      ['gr-edit', { index: 0, value: 'hello', previous_value: 'helo', _dispatch_value: [{ type: 'text', text: 'hello' }] }],
    ]);
    expect(value[0].content[0].text).toBe('helo');
    (root.querySelector('[aria-label="Edit"]') as HTMLButtonElement).click();
    await waitForChanges();
    (Array.from(root.querySelectorAll('.editing-actions button')).find((b) => b.textContent === 'Cancel') as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('textarea')).toBeNull();
    expect(seen).toHaveLength(2);
  });

  it('clear empties the value and emits clear then change; options emit option_select; select with selectable', async () => {
    const value = [
      { role: 'user', content: 'q' },
      { role: 'assistant', content: 'pick', options: [{ value: 'a', label: 'Apple' }, { value: 'b' }] },
    ];
    const { root, waitForChanges } = await render(<gr-chatbot value={value} selectable />);
    const seen = events(root, ALL);
    expect(Array.from(root.querySelectorAll('.option')).map((b) => b.textContent)).toEqual(['Apple', 'b']);
    (root.querySelectorAll('.option')[1] as HTMLButtonElement).click();
    (root.querySelectorAll('.message')[1] as HTMLElement).click();
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(seen).toEqual([
      ['gr-option-select', { index: 1, value: 'b' }],
      ['gr-select', { index: 1, value: 'pick' }],
      ['gr-clear', null],
      ['gr-change', []],
    ]);
    expect(root.querySelector('.message')).toBeNull();
  });

  it('no events on programmatic changes; not interactive: no clear, no edit', async () => {
    const { root, setProps } = await render(<gr-chatbot value={messages} editable="all" />);
    const seen = events(root, ALL);
    await setProps({ value: [...messages, { role: 'assistant', content: 'x' }] });
    await setProps({ interactive: false });
    expect(seen).toEqual([]);
    expect(root.querySelector('[aria-label="Clear"]')).toBeNull();
    expect(root.querySelector('[aria-label="Edit"]')).toBeNull();
  });

  it('copy buttons: Gradio 5 show_copy_button / show_copy_all_button and Gradio 6 buttons', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root, setProps, waitForChanges } = await render(<gr-chatbot value={messages} showCopyButton watermark="(AI)" />);
    const seen = events(root, ALL);
    expect(root.querySelectorAll('[aria-label="Copy message"]')).toHaveLength(2);
    (root.querySelectorAll('[aria-label="Copy message"]')[1] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(seen).toEqual([['gr-copy', { value: 'hi there' }]]));
    expect(writeText).toHaveBeenCalledWith('hi there\n\n(AI)');
    await setProps({ showCopyButton: false, buttons: ['copy_all'] });
    await waitForChanges();
    expect(root.querySelector('[aria-label="Copy message"]')).toBeNull();
    (root.querySelector('[aria-label="Copy conversation"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenLastCalledWith('user: hello\nassistant: hi there\n\n(AI)'));
  });

  it('pending shows a "waiting" bubble; components of unknown types are named', async () => {
    const { root } = await render(
      <gr-chatbot value={[{ role: 'assistant', content: { component: 'my_widget', value: {}, constructor_args: {}, props: {} } }]} pending />,
    );
    expect(root.querySelector('.pending-message')?.getAttribute('aria-label')).toBe('Waiting for a reply');
    expect(root.querySelector('.chat-notice')?.textContent).toBe('A "my_widget" component cannot be shown in this chat: there is no element for it.');
  });

  it("a component message renders its type's element, display only; its events stop at the message", async () => {
    const value = [
      { role: 'user', content: 'data?' },
      {
        role: 'assistant',
        content: { component: 'json', value: { answer: 42 }, constructor_args: {}, props: { label: 'Result', elem_id: 'x', interactive: true, open: true } },
      },
    ];
    const { root } = await render(<gr-chatbot value={value} />);
    const json = root.querySelector('.message.bot .component-message gr-json') as HTMLElement & Record<string, unknown>;
    expect(json).not.toBeNull();
    expect(json.value).toEqual({ answer: 42 });
    expect([json.label, json.showLabel, json.container, json.open]).toEqual(['Result', true, false, true]);
    expect(json.getAttribute('id')).toBeNull();
    const seen = vi.fn();
    root.addEventListener('gr-change', seen);
    json.dispatchEvent(new CustomEvent('gr-change', { bubbles: true, composed: true, detail: 1 }));
    expect(seen).not.toHaveBeenCalled();
    // An equal value again hands the element the same objects (no redraw while a later message streams).
    const shown = json.value;
    (root as HTMLElement & { value: unknown }).value = [...structuredClone(value), { role: 'assistant', content: 'more' }];
    await vi.waitFor(() => expect(root.querySelectorAll('.message.bot').length).toBe(2));
    expect(root.querySelector('gr-json')).toBe(json);
    expect(json.value).toBe(shown);
  });

  it("names its buttons in the reader's language", async () => {
    await loadKitWords('es');
    const { root } = await render(
      <div lang="es">
        <gr-chatbot value={messages} likeable showCopyButton showCopyAllButton interactive retryable />
      </div>,
    );
    const names = Array.from(root.querySelectorAll('.actions button, .toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(expect.arrayContaining(['Copiar mensaje', 'Reintentar', 'Me gusta', 'No me gusta', 'Copiar conversación', 'Borrar']));
    expect(root.querySelector('.actions[role="toolbar"]')?.getAttribute('aria-label')).toBe('Acciones del mensaje');
  });
});
