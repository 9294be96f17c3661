import { describe, expect, h, it, render } from '@stencil/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { idleButUnfinishedStates } from '../../../tests/helpers/busy';
import { limit } from '../../../tests/helpers/limits';
import { scriptUrlPattern, xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const image = { path: 'cat.png', url: pixel, orig_name: 'cat.png', mime_type: 'image/png' };
const conversation = [
  { role: 'user', content: 'Show me **code** and math' },
  {
    role: 'assistant',
    content: 'Here:\n\n```python\nprint("hi")\n```\n\n$$x^2$$',
    metadata: null,
  },
  { role: 'assistant', content: 'plan', metadata: { title: 'Thinking', id: 1, status: 'done', duration: 1.2 } },
  { role: 'user', content: { file: image, alt_text: 'a cat' } },
  { role: 'assistant', content: 'Nice cat', options: [{ value: 'more', label: 'More' }] },
];

const full = (
  <gr-chatbot
    value={conversation}
    likeable
    retryable
    undoable
    editable="all"
    showCopyButton
    showCopyAllButton
    feedbackOptions={['Like', 'Dislike', 'Inaccurate']}
    avatarImages={[null, { path: 'bot.png', url: pixel }]}
  />
);

describe('gr-chatbot in Chromium', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${mode} theme (messages, thoughts, files, actions, options, examples, panel)`, async () => {
      const { root } = await render(
        <div>
          {full}
          <gr-chatbot value={[]} placeholder="## Ask me" examples={[{ text: 'Hi' }, { text: 'Cat?', files: [image] }]} label="Empty chat" />
          <gr-chatbot value={[['hi', 'hello']]} layout="panel" label="Panel chat" pending />
        </div>,
      );
      const handle = applyTheme(root as HTMLElement, 'default', { mode });
      await vi.waitFor(() => expect(root.querySelector('.md math, .md .math-display')).not.toBeNull());
      expect(await axeViolations(root)).toEqual([]);
      handle.remove();
    });
  }

  it('renders Markdown with highlighted code and MathML, per message', async () => {
    const { root } = await render(full);
    await vi.waitFor(() => expect(root.querySelector('.md pre code .hljs-built_in, .md pre code span')).not.toBeNull());
    await vi.waitFor(() => expect(root.querySelector('.md math')).not.toBeNull());
    expect(root.querySelector('.message.user .md strong')?.textContent).toBe('code');
    expect(root.querySelector('.file-message img')?.getAttribute('alt')).toBe('a cat');
  });

  it('the log is aria-busy while a code grammar loads: whenever it is not, what it shows is drawn with it', async () => {
    const { root } = await render(<gr-chatbot value={[{ role: 'assistant', content: 'Rust:\n\n```rust\nfn main() {}\n```' }]} />);
    const log = () => root.querySelector('[role="log"]') as HTMLElement;
    const highlighted = () => root.querySelector('.md pre code .hljs-keyword')?.textContent === 'fn';
    expect(await idleButUnfinishedStates(root, log, highlighted)).toEqual([]);
  });

  it('keyboard: the log is focusable, every action is a button reached with Tab, thoughts open with Enter', async () => {
    const { root } = await render(full);
    const like = vi.fn();
    const retry = vi.fn();
    root.addEventListener('gr-like', like);
    root.addEventListener('gr-retry', retry);
    (root.querySelector('[role="log"]') as HTMLElement).focus();
    expect(document.activeElement?.getAttribute('role')).toBe('log');
    const summary = root.querySelector('details.thought > summary') as HTMLElement;
    summary.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect((root.querySelector('details.thought') as HTMLDetailsElement).open).toBe(true));
    (root.querySelector('[aria-label="Retry"]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Like');
    await userEvent.keyboard(' ');
    expect(retry.mock.calls[0][0].detail).toEqual({ index: 3, value: { component: 'image', value: image, alt_text: 'a cat', constructor_args: {}, props: {} } });
    expect(like.mock.calls[0][0].detail).toEqual({ index: 4, value: ['Nice cat'], liked: true });
  });

  it('selectable messages take Enter; the edit textarea is labelled and submits with the button', async () => {
    const { root } = await render(<gr-chatbot value={[['hi', 'yo']]} selectable editable="user" />);
    const select = vi.fn();
    const edit = vi.fn();
    root.addEventListener('gr-select', select);
    root.addEventListener('gr-edit', edit);
    (root.querySelector('.message.user') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(select.mock.calls[0][0].detail).toEqual({ index: [0, 0], value: 'hi' });
    await userEvent.click(root.querySelector('[aria-label="Edit"]') as HTMLElement);
    const area = await vi.waitFor(() => {
      const found = root.querySelector('textarea[aria-label="Edit message"]') as HTMLTextAreaElement | null;
      if (!found) throw new Error('no edit textarea yet');
      return found;
    });
    await userEvent.fill(area, 'hello');
    await userEvent.click(Array.from(root.querySelectorAll('.editing-actions button')).find((b) => b.textContent === 'Submit') as HTMLElement);
    expect(edit.mock.calls[0][0].detail).toEqual({ index: [0, 0], value: 'hello', previous_value: 'hi', _dispatch_value: [{ type: 'text', text: 'hello' }] });
    expect((root as HTMLGrChatbotElement).value).toEqual([['hello', 'yo']]);
  });

  it('streaming: only the growing message changes in the DOM; its finished blocks keep their nodes', async () => {
    const history = Array.from({ length: 40 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `Message **${i}**\n\nsecond paragraph` }));
    const { root, setProps, waitForChanges } = await render(<gr-chatbot value={[...history, { role: 'assistant', content: 'First block.' }]} />);
    const contents = () => Array.from(root.querySelectorAll('.md')) as HTMLElement[];
    let text = 'First block.\n\nSecond';
    // The first growth splits the message into blocks (once); from then on finished blocks stay.
    await setProps({ value: [...history, { role: 'assistant', content: text }] });
    const before = contents();
    const firstParagraph = before[40].querySelector('p');
    expect(firstParagraph?.textContent).toBe('First block.');
    const mutated = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const md = (record.target as Element).closest?.('.md') ?? record.target.parentElement?.closest('.md');
        if (md) mutated.add(md);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    for (let i = 0; i < 20; i++) {
      text += ` word${i}`;
      await setProps({ value: [...history, { role: 'assistant', content: text }] });
    }
    await waitForChanges();
    observer.disconnect();
    expect([...mutated]).toEqual([contents()[40]]);
    expect(contents().slice(0, 40)).toEqual(before.slice(0, 40));
    expect(contents()[40].textContent?.replace(/\s+/g, ' ').trim()).toBe(`First block. Second ${Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ')}`);
    // The first paragraph is the same node: it was not rendered again.
    expect(contents()[40].querySelector('p')).toBe(firstParagraph);
  });

  it('a streamed token does not render the conversation again; the log follows it and buttons act on the latest text', async () => {
    const history = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `line ${i}` }));
    const value = (reply: string) => [...history, { role: 'user', content: 'go' }, { role: 'assistant', content: reply }];
    const { root, setProps, spies } = await render(
      <gr-chatbot value={value('Start')} height={200} showCopyButton likeable editable="all" />,
      { spyOn: { lifecycle: ['componentDidRender'] } },
    );
    const log = root.querySelector('[role="log"]') as HTMLElement;
    const atBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 5;
    await vi.waitFor(() => expect(atBottom()).toBe(true));
    const renders = spies?.lifecycle.componentDidRender;
    if (!renders) throw new Error('no render spy');
    const before = renders.mock.calls.length;
    let reply = 'Start';
    for (let i = 0; i < 12; i++) {
      reply += `\n\nline of the reply ${i}`;
      await setProps({ value: value(reply) });
    }
    await vi.waitFor(() => expect(root.querySelector('.message.bot:last-of-type, .bot-row:last-child')?.textContent).toContain('line of the reply 11'));
    // Twelve tokens, no render: only the announcement may render once, if the machine stalled 0.9 s between two.
    expect(renders.mock.calls.length - before).toBeLessThanOrEqual(1);
    await vi.waitFor(() => expect(atBottom()).toBe(true));
    const copy = vi.fn();
    const like = vi.fn();
    root.addEventListener('gr-copy', copy);
    root.addEventListener('gr-like', like);
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const lastButtons = (label: string) => Array.from(root.querySelectorAll(`[aria-label="${label}"]`)).pop() as HTMLElement;
    lastButtons('Copy message').click();
    await vi.waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(copy.mock.calls[0][0].detail).toEqual({ value: reply });
    lastButtons('Like').click();
    expect(like.mock.calls[0][0].detail).toEqual({ index: 31, value: [reply], liked: true });
    lastButtons('Edit').click();
    const area = await vi.waitFor(() => {
      const found = root.querySelector('textarea[aria-label="Edit message"]') as HTMLTextAreaElement | null;
      if (!found) throw new Error('no edit textarea yet');
      return found;
    });
    expect(area.value).toBe(reply);
    // A code block streamed into the reply loads its grammar and is highlighted once it arrives.
    (root.querySelector('.editing-actions .text-button:not(.primary)') as HTMLElement).click();
    reply += '\n\n```go\nfunc main() {'
    await setProps({ value: value(reply) });
    reply += '\n\treturn\n}\n```';
    await setProps({ value: value(reply) });
    await vi.waitFor(() => expect(Array.from(root.querySelectorAll('.message.bot')).pop()?.querySelector('pre code .hljs-keyword')?.textContent).toBe('func'));
  });

  it('a streamed reply with code in a grammar already loaded renders the conversation no more than plain text does', async () => {
    // Each streamed block needs a check for grammars (it holds code); one that loads nothing new must neither
    // render the conversation again nor leave the log aria-busy (ca7a782 rendered it once per such token).
    const value = (reply: string) => [{ role: 'user', content: 'go' }, { role: 'assistant', content: reply }];
    let reply = 'Python:\n\n```python\ndef main():\n    pass\n```';
    const { root, setProps, spies } = await render(<gr-chatbot value={value(reply)} />, { spyOn: { lifecycle: ['componentDidRender'] } });
    const log = root.querySelector('[role="log"]') as HTMLElement;
    const lastCode = () => Array.from(Array.from(root.querySelectorAll('.message.bot')).pop()?.querySelectorAll('pre code') ?? []).pop();
    await vi.waitFor(() => expect(lastCode()?.querySelector('.hljs-keyword')?.textContent).toBe('def'), { timeout: limit(15_000) });
    await vi.waitFor(() => expect(log.hasAttribute('aria-busy')).toBe(false));
    const renders = spies?.lifecycle.componentDidRender;
    if (!renders) throw new Error('no render spy');
    const before = renders.mock.calls.length;
    reply += '\n\nMore:\n\n```python\n';
    for (let i = 0; i < 12; i++) {
      reply += `x${i} = ${i}\n`;
      await setProps({ value: value(reply) });
    }
    reply += '```';
    await setProps({ value: value(reply) });
    await vi.waitFor(() => expect(lastCode()?.textContent).toContain('x11 = 11'));
    await vi.waitFor(() => expect(log.hasAttribute('aria-busy')).toBe(false));
    // As for plain text: only the announcement may render once, if the machine stalled 0.9 s between two tokens.
    expect(renders.mock.calls.length - before).toBeLessThanOrEqual(1);
    expect(Array.from(root.querySelectorAll('.message.bot')).pop()?.querySelectorAll('pre code .hljs-number').length).toBeGreaterThan(0);
  });

  it('autoscroll follows new messages at the bottom, stops when the user scrolls up, and the button returns', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `line ${i}` }));
    const { root, setProps } = await render(<gr-chatbot value={many} height={200} />);
    const log = root.querySelector('[role="log"]') as HTMLElement;
    const atBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 5;
    await vi.waitFor(() => expect(atBottom()).toBe(true));
    await setProps({ value: [...many, { role: 'assistant', content: 'new' }] });
    await vi.waitFor(() => expect(atBottom()).toBe(true));
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    const button = await vi.waitFor(() => {
      const found = root.querySelector('button.scroll-down') as HTMLButtonElement | null;
      if (!found) throw new Error('no scroll-down button yet');
      return found;
    });
    expect(button.getAttribute('aria-label')).toBe('Scroll to the latest message');
    await setProps({ value: [...many, { role: 'assistant', content: 'new' }, { role: 'assistant', content: 'newer' }] });
    expect(log.scrollTop).toBe(0);
    button.click();
    await vi.waitFor(() => expect(atBottom()).toBe(true));
    await vi.waitFor(() => expect(root.querySelector('button.scroll-down')).toBeNull());
  });

  it('announces a new bot message once it stops changing, never the history', async () => {
    const { root, setProps } = await render(<gr-chatbot value={[['old', 'old answer']]} label="Assistant" />);
    const live = root.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(root.querySelector('[role="log"]')?.getAttribute('aria-live')).toBe('off');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(live.textContent).toBe('');
    await setProps({ value: [['old', 'old answer'], ['q', 'partial']] });
    await setProps({ value: [['old', 'old answer'], ['q', 'partial answer']] });
    await vi.waitFor(() => expect(live.textContent).toBe('Assistant: partial answer'));
  });
});

describe('gr-chatbot XSS', () => {
  type Probe = { __xss?: (name: string) => void };
  const ran = vi.fn();
  beforeEach(() => {
    ran.mockReset();
    (window as unknown as Probe).__xss = ran;
  });
  afterEach(() => {
    delete (window as unknown as Probe).__xss;
  });

  it('nothing from a value runs: text, Markdown, HTML, file names, alt text, thought titles, example labels', async () => {
    const payloads = xssVectors.map((v) => v.payload);
    const value = payloads.flatMap((payload, i) => [
      { role: 'user', content: payload },
      { role: 'assistant', content: { file: { path: payload, url: pixel, orig_name: payload, mime_type: 'application/octet-stream' }, alt_text: payload } },
      { role: 'assistant', content: { file: { ...image, url: `javascript:window.__xss('file-url-${i}')` }, alt_text: payload } },
      { role: 'assistant', content: payload, metadata: { title: payload, log: payload, id: `t${i}` } },
      { role: 'assistant', content: [{ type: 'text', text: payload }], options: [{ value: payload, label: payload }] },
    ]);
    const tuples = payloads.map((payload) => [payload, payload]);
    const { root } = await render(
      <div>
        <gr-chatbot value={value} sanitizeHtml={false} />
        <gr-chatbot value={tuples} renderMarkdown={false} />
        <gr-chatbot
          value={[]}
          placeholder={payloads.join('\n\n')}
          examples={payloads.map((payload) => ({ text: payload, display_text: payload, files: [{ path: payload, orig_name: payload }] }))}
        />
      </div>,
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(ran).not.toHaveBeenCalled();
    const problems: string[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.localName;
      if (['script', 'object', 'embed', 'base', 'meta'].includes(tag)) problems.push(`<${tag}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
        if (attribute.name === 'srcdoc') problems.push(`${tag}[srcdoc]`);
        if (scriptUrlPattern.test(attribute.value) && /href|src|action|data/i.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
      }
    }
    expect(problems).toEqual([]);
  });
});
