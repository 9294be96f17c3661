/**
 * Chat apps embedded with `<gradio-app>` against real Gradio servers: `<gr-chatbot>` streaming a Blocks chat
 * (`chatbot_stream`), a `gr.ChatInterface` with a long streamed reply, retry, undo, edit and examples
 * (`chat_interface`), and thoughts, options, chatbot examples and a like handler (`chat_thoughts`). Each app
 * echoes what reached it, so the assertions check the server's side too. The page loads the one-tag embed.
 * Screenshots in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit, waitScale } from '../helpers/limits.ts';

const apps = ['chatbot_stream', 'chat_interface', 'chat_thoughts'] as const;
type AppName = (typeof apps)[number];
let suite: EmbedSuite;
/** The Gradio major of the suite running now (in page names; screenshot() names the version itself). */
let major = 5;

async function open(name: string, app: AppName): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(suite.site.page(`${name}-gradio${major}`, `<gradio-app src="${suite.servers[app].url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

/** The texts of the chat's message bubbles, in order, as `role: text`. */
const messages = (app: Locator) =>
  // innerText: line breaks of the rendered Markdown count as spaces.
  app.locator('gr-chatbot .message').evaluateAll((nodes) =>
    // biome-ignore lint/performance/useDomNodeTextContent: rendered line breaks must separate words
    nodes.map((n) => `${n.getAttribute('data-testid')}: ${((n as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim()}`),
  );
const lastBot = async (app: Locator) => (await messages(app)).filter((m) => m.startsWith('bot: ')).pop() ?? '';
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();
/** The ChatInterface's message box (unlabelled in Gradio 6, "Message" in 5). */
const chatInput = (app: Locator) => app.locator('gr-textbox').first().locator('textarea, input').first();
const chatButton = (app: Locator, label: string) => app.locator(`gr-chatbot button[aria-label="${label}"]`);

describe.each(gradioVersions)('chat apps in <gradio-app> (Gradio %s)', (gradio) => {
  // Through the one-tag embed, as the README embeds: each element there is its own instance (its private
  // members are the element's), which the CDN entry hides; this suite found a bug that only showed there.
  const started = useEmbedSuite(apps, { gradio, script: 'embed' });
  beforeAll(() => {
    suite = started;
    major = gradio;
  });

  it('chatbot_stream: the reply streams into <gr-chatbot> token by token and ends complete', async () => {
    const { page, app, errors } = await open('chat-stream', 'chatbot_stream');
    expect(await app.locator('gr-fallback').count()).toBe(0);
    // Every text the last bot message shows is recorded in the page as the DOM changes (not by polling, which
    // a loaded machine can make miss the short intermediate states).
    await page.evaluate(() => {
      const root = document.querySelector('gradio-app')?.shadowRoot as ShadowRoot;
      const shown: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = shown;
      new MutationObserver(() => {
        const bots = [...root.querySelectorAll('gr-chatbot .message[data-testid="bot"]')];
        const last = bots.at(-1) as HTMLElement | undefined;
        if (last) shown.push((last.textContent ?? '').replace(/\s+/g, ' ').trim());
      }).observe(root, { subtree: true, childList: true, characterData: true });
    });
    await textbox(app, 'message').fill('hello there');
    await textbox(app, 'message').press('Enter');
    await expect.poll(() => lastBot(app), { timeout: limit(20_000) }).toBe('bot: You said: hello there');
    const seen = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    // What the message showed grew in order: each text a prefix of the next, ending with the whole reply.
    const final = 'You said: hello there';
    const replies = seen.filter((text) => text.startsWith('You said'));
    expect(replies.every((text, i) => final.startsWith(text) && (i === 0 || text.startsWith(replies[i - 1])))).toBe(true);
    expect(replies.at(-1)).toBe(final);
    // Intermediate states were shown (streamed), not only the final one. Under load (a load run) a starved server
    // can send several tokens as one message, as `gradio-app.test.ts`'s stream_text found: there only the order counts.
    if (waitScale() === 1) expect(replies.some((text) => text !== final)).toBe(true);
    expect(await messages(app)).toEqual(['user: hello there', 'bot: You said: hello there']);
    expect(await app.locator('gr-chatbot [role="log"]').getAttribute('aria-label')).toBe('chat');
    await screenshot(page, 'chat-stream');
    expect(errors).toEqual([]);
  });

  it('chat_interface: a long streamed reply follows the bottom; retry, undo and edit reach the server', async () => {
    const { page, app, errors } = await open('chat-interface', 'chat_interface');
    const input = chatInput(app);
    await input.fill('first question');
    await input.press('Enter');
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word10');
    // While the reply grows, the log stays scrolled to the bottom.
    const log = app.locator('gr-chatbot [role="log"]');
    await expect
      .poll(() => log.evaluate((el) => el.scrollHeight > el.clientHeight && el.scrollHeight - el.scrollTop - el.clientHeight < 80), {
        timeout: limit(30_000),
      })
      .toBe(true);
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word80');
    expect(await lastBot(app)).toMatch(/^bot: \[plain\] got 'first question' after 0 turns \[\]\. word1 word2/);
    await screenshot(page, 'chat-interface-streamed');

    // Retry: the server pops the last user message and answers it again. The retry reads the chat's saved
    // history, which the submit chain updates after the stream (then clears and unlocks the textbox): a retry
    // before that would answer from the old history, in the official frontend too, so wait for the chain.
    await expect.poll(() => input.isEditable(), { timeout: limit(15_000) }).toBe(true);
    await chatButton(app, 'Retry').click();
    // The old reply goes and a new one streams in from its first words.
    await expect
      .poll(
        async () => {
          const last = await lastBot(app);
          return last.startsWith('bot: [plain]') && !last.includes('word40');
        },
        { timeout: limit(30_000), interval: 20 },
      )
      .toBe(true);
    expect(await lastBot(app)).toMatch(/^bot: \[plain\] got 'first question' after 0 turns \[\]\./);
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word80');
    expect((await messages(app)).length).toBe(2);

    // A second turn: the server sees the first one in its history.
    await input.fill('second');
    await input.press('Enter');
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain("got 'second' after 1 turns ['first question']");
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word80');

    // Undo: the last turn goes, and its text comes back into the textbox. The submit chain ends by clearing
    // the textbox and making it editable again; an undo before that would be cleared by it, so wait for it.
    await expect.poll(() => input.isEditable(), { timeout: limit(15_000) }).toBe(true);
    await chatButton(app, 'Undo').click();
    await expect.poll(() => messages(app), { timeout: limit(15_000) }).toHaveLength(2);
    await expect.poll(() => input.inputValue(), { timeout: limit(15_000) }).toBe('second');

    // Edit the first question: the server answers the edited text from that point.
    await chatButton(app, 'Edit').first().click();
    const area = app.locator('gr-chatbot textarea.edit-textarea');
    await area.fill('edited question');
    await app.locator('gr-chatbot .editing-actions button', { hasText: 'Submit' }).click();
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain("got 'edited question' after 0 turns []");
    expect((await messages(app))[0]).toBe('user: edited question');
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word80');
    await screenshot(page, 'chat-interface-edited');
    expect(errors).toEqual([]);
    // Four streamed replies of 80 words and the chains around them: well over a minute on a busy machine.
  }, limit(150_000));

  it('chat_interface: scrolling up stops following and shows a button back to the bottom', async () => {
    const { page, app, errors } = await open('chat-interface-scroll', 'chat_interface');
    const input = chatInput(app);
    await input.fill('scroll test');
    await input.press('Enter');
    const log = app.locator('gr-chatbot [role="log"]');
    await expect.poll(() => log.evaluate((el) => el.scrollHeight > el.clientHeight + 200), { timeout: limit(30_000), interval: 20 }).toBe(true);
    await log.evaluate((el) => {
      el.scrollTop = 0;
    });
    const down = app.locator('gr-chatbot button.scroll-down');
    await down.waitFor({ timeout: limit(10_000) });
    // New tokens arrive, the user's position stays.
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('word80');
    expect(await log.evaluate((el) => el.scrollTop)).toBeLessThan(40);
    await screenshot(page, 'chat-interface-scrolled-up');
    await down.click();
    await expect.poll(() => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 80)).toBe(true);
    expect(await down.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('chat_thoughts: an example starts the chat; thoughts nest and open; like and options reach the server', async () => {
    const { page, app, errors } = await open('chat-thoughts', 'chat_thoughts');
    expect(await app.locator('gr-chatbot .placeholder').textContent()).toContain('Ask anything');
    await app.locator('gr-chatbot button.example', { hasText: 'Ask why' }).click();
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('The answer to Why? is 42.');
    expect((await messages(app))[0]).toBe('user: Why?');
    const thinking = app.locator('gr-chatbot details.thought').first();
    expect(await thinking.locator(':scope > summary').textContent()).toContain('Thinking');
    // Done thoughts start closed; the user opens the nested tool call.
    const tool = thinking.locator('details.thought');
    expect(await tool.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    if (!(await thinking.evaluate((el) => (el as HTMLDetailsElement).open))) await thinking.locator(':scope > summary').click();
    await tool.locator(':scope > summary').click();
    expect(await tool.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await tool.locator('.thought-meta').textContent()).toBe('lookup(q) · 0.25s');
    expect(await tool.locator('.thought-body code').textContent()).toBe('42');
    await screenshot(page, 'chat-thoughts-open');

    await chatButton(app, 'Like').last().click();
    const likeLog = textbox(app, 'like log');
    await expect.poll(() => likeLog.inputValue(), { timeout: limit(15_000) }).not.toBe('');
    const liked = JSON.parse(await likeLog.inputValue());
    expect(liked.liked).toBe(true);
    expect(liked.index).toBe(1);
    expect(JSON.stringify(liked.value)).toContain('Reading');

    await app.locator('gr-chatbot button.option', { hasText: 'Tell me more' }).click();
    await expect.poll(() => messages(app), { timeout: limit(30_000) }).toContain('user: more');
    await expect.poll(() => lastBot(app), { timeout: limit(30_000) }).toContain('The answer to more is 42.');
    await screenshot(page, 'chat-thoughts-option');
    expect(errors).toEqual([]);
  });
});
