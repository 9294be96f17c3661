/**
 * `<gradio-app>` features a user sees, against real Gradio 5.14 and 6.25 apps: the status tracker's progress and queue
 * position, accordions and their expand / collapse listeners, a sidebar, visibility updates of components
 * and layout blocks, an Interface's Flag button and cached examples, dark mode, a Tabs `select` listener with
 * event data, per-session `gr.State`, and a streaming chatbot (no element yet: the labelled fallback).
 * Each test leaves a screenshot in test-results/screenshots.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady, waitForTransitions } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const apps = ['progress', 'layout_events', 'interface_flag_cache', 'state_counter', 'chatbot_stream'] as const;
type AppName = (typeof apps)[number];
/** The suite of the Gradio version running now (each version's `describe` starts its own). */
let suite: EmbedSuite;

interface Opened {
  page: Page;
  app: Locator;
  errors: string[];
}

/** Opens a page embedding `app` (`query` is appended to the page's URL) and waits for every element. */
async function open(name: string, app: AppName, attributes = '', query = ''): Promise<Opened> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(`${suite.site.page(name, `<gradio-app src="${suite.servers[app].url}/" eager ${attributes}></gradio-app>`)}${query}`);
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

const block = (app: Locator, tag: string, label: string) => app.locator(tag, { hasText: label });
const field = (app: Locator, label: string) =>
  app.locator('gr-textbox, gr-number', { hasText: label }).locator('textarea, input').first();
const button = (app: Locator, text: string) =>
  app.locator('gr-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).locator('button');
/** The status tracker over the block labelled `label`. */
const tracker = (app: Locator, label: string) =>
  app.locator('.component', { has: app.page().locator('gr-textbox', { hasText: label }) }).locator('gr-status-tracker');
/** What the tracker shows (its visible text; empty when hidden). */
const trackerText = async (app: Locator, label: string): Promise<string> => {
  const t = tracker(app, label);
  if ((await t.count()) === 0) return '';
  return t.evaluate((el) => (el.classList.contains('hide') ? '' : (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
};

describe.each(gradioVersions)('<gradio-app> features with real apps (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(apps, { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('progress: the tracker over the output shows gr.Progress descriptions, steps and a bar, then the result', async () => {
    const { page, app, errors } = await open('features-progress', 'progress');
    // 40 steps of 0.2 s counting: a window of 8 s for the poll, even on a loaded machine.
    await field(app, 'steps').fill('40');
    await button(app, 'Submit').click();
    let seen = '';
    await expect
      .poll(
        async () => {
          seen = await trackerText(app, 'result');
          return seen;
        },
        { timeout: limit(20_000), interval: 50 },
      )
      .toMatch(/\d+\/40 steps .*Counting - \d+\.\d%/);
    // The bar follows the server's fraction.
    const scale = await tracker(app, 'result').locator('.progress-bar').evaluate((el) => (el as HTMLElement).style.transform);
    expect(scale).toMatch(/^scaleX\((0|1|0\.\d+)\)$/);
    await screenshot(page, 'features-progress-pending');
    await expect.poll(() => field(app, 'result').inputValue(), { timeout: limit(45_000) }).toBe('done: 40 steps');
    await expect.poll(() => trackerText(app, 'result'), { timeout: limit(5_000) }).toBe('');
    await screenshot(page, 'features-progress-done');
    expect(errors).toEqual([]);
    // Its waits add up to 70 s (each on state): the default 60 s test limit cut it short in a loaded full run.
  }, limit(120_000));

  it('queue: with concurrency 1, the third session waits behind two and its tracker says queue: 2/2', async () => {
    const pages = [];
    for (let i = 0; i < 3; i++) pages.push(await open(`features-queue-${i}`, 'progress'));
    // A long first job (about 24 s), so that it still runs when the third session joins on a loaded machine
    // (a full run once saw no tracker on the third for 20 s); the two behind it are short.
    for (const [i, { app }] of pages.entries()) await field(app, 'steps').fill(i === 0 ? '60' : '2');
    for (const { app } of pages) await button(app, 'Submit').click();
    const last = pages[2];
    const texts: string[] = [];
    await expect
      .poll(
        async () => {
          const text = await trackerText(last.app, 'result');
          texts.push(text);
          return text;
        },
        { timeout: limit(40_000), interval: 50 },
      )
      .toMatch(/queue: 2\/2/)
      .catch((error: Error) => {
        throw new Error(`${error.message}; the third tracker said: ${JSON.stringify([...new Set(texts)])}`);
      });
    await screenshot(last.page, 'features-queue');
    // It runs once the others are done.
    await expect.poll(() => field(last.app, 'result').inputValue(), { timeout: limit(120_000) }).toBe('done: 2 steps');
    expect(await field(pages[0].app, 'result').inputValue()).toBe('done: 60 steps');
    expect(await field(pages[1].app, 'result').inputValue()).toBe('done: 2 steps');
    for (const { errors } of pages) expect(errors).toEqual([]);
  }, limit(180_000));

  // Limits of 20 s on each wait (not sleeps): a full run on a stalled machine (41 minutes of wall time for 24 of
  // CPU) missed the 5 s ones and the test's 60 s, on Gradio 6 only; alone both pass in about 6 s.
  it('accordion: a closed accordion opens on click and shows its child; expand / collapse listeners run', async () => {
    const { page, app, errors } = await open('features-accordion', 'layout_events');
    const accordion = block(app, 'gr-accordion', 'Details');
    const child = field(accordion, 'inside accordion');
    expect(await child.isVisible()).toBe(false);
    await accordion.locator('button.label-wrap').click();
    await child.waitFor({ state: 'visible', timeout: limit(20_000) });
    expect(await child.inputValue()).toBe('shown when open');
    await expect.poll(() => field(app, 'accordion log').inputValue(), { timeout: limit(15_000) }).toBe('accordion expanded');
    await screenshot(page, 'features-accordion-open');
    await accordion.locator('button.label-wrap').click();
    await child.waitFor({ state: 'hidden', timeout: limit(20_000) });
    await expect.poll(() => field(app, 'accordion log').inputValue(), { timeout: limit(15_000) }).toBe('accordion collapsed');
    // Opened by the user, closed by the server's update gr.Accordion(open=False) (which matches the config's
    // initial value: the runtime must know the user opened it).
    await accordion.locator('button.label-wrap').click();
    await child.waitFor({ state: 'visible', timeout: limit(20_000) });
    await button(app, 'Close details').click();
    await child.waitFor({ state: 'hidden', timeout: limit(15_000) });
    expect(await accordion.locator('button.label-wrap').getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  }, limit(120_000));

  it('sidebar: rendered closed, its toggle opens and closes it', async () => {
    const { page, app, errors } = await open('features-sidebar', 'layout_events');
    const sidebar = app.locator('gr-sidebar');
    const toggle = sidebar.locator('button.toggle-button');
    const note = field(sidebar, 'sidebar note');
    const content = block(app, 'gr-accordion', 'Details');
    const left = async (locator: Locator) => (await locator.boundingBox())?.x ?? Number.NaN;
    const right = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box ? box.x + box.width : Number.NaN;
    };
    expect(await sidebar.count()).toBe(1);
    // Closed from the start: beside the app, not sliding out over it as the page loads.
    expect(await right(sidebar)).toBeLessThanOrEqual((await left(app)) + 0.5);
    // ... and not painted over the page beside the app: only its toggle shows.
    expect(await sidebar.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await note.isVisible()).toBe(false);
    // Closed, the toggle covers no content either: the app leaves it room at its edge.
    await expect.poll(async () => (await left(content)) - (await right(toggle)), { timeout: limit(20_000) }).toBeGreaterThanOrEqual(0);
    // The app makes that room with a transition of its padding: the closed place is where it ends.
    await waitForTransitions(page);
    const closedLeft = await left(content);
    await toggle.click();
    await note.waitFor({ state: 'visible', timeout: limit(20_000) });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await note.inputValue()).toBe('in the sidebar');
    // The app makes room once the slide-in transition ends: neither the panel nor its toggle covers the content
    // (the page has an 8px margin, so the panel, fixed inside the app's frame, does not start at the viewport's edge).
    await expect.poll(async () => (await right(sidebar)) + 0.5 - (await right(toggle)), { timeout: limit(10_000) }).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await left(content)) - (await right(sidebar)) + 0.5, { timeout: limit(10_000) }).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'features-sidebar-open');
    await toggle.click();
    await note.waitFor({ state: 'hidden', timeout: limit(20_000) });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => left(content), { timeout: limit(20_000) }).toBeCloseTo(closedLeft, 0);
    await expect.poll(() => sidebar.evaluate((el) => getComputedStyle(el).visibility), { timeout: limit(20_000) }).toBe('hidden');
    expect(errors).toEqual([]);
  }, limit(120_000));

  it('visibility: a visible=False component, a hidden Row and a hidden Column appear and go by updates', async () => {
    const { page, app, errors } = await open('features-visibility', 'layout_events');
    const labels = ['secret', 'row child', 'column child'];
    const shown = (label: string) => block(app, 'gr-textbox', label).isVisible();
    // A visible=False component is not rendered at all; a hidden Row / Column hides its children.
    expect(await block(app, 'gr-textbox', 'secret').count()).toBe(0);
    for (const label of labels) expect(await shown(label)).toBe(false);
    await button(app, 'Show all').click();
    for (const label of labels) await field(app, label).waitFor({ state: 'visible', timeout: limit(15_000) });
    expect(await field(app, 'secret').inputValue()).toBe('was hidden');
    expect(await field(app, 'row child').inputValue()).toBe('in a hidden row');
    expect(await field(app, 'column child').inputValue()).toBe('in a hidden column');
    // It appears in its place: after "accordion log", which comes first in the app (both in one form).
    const top = async (label: string) => (await block(app, 'gr-textbox', label).boundingBox())?.y ?? Number.NaN;
    expect(await top('secret')).toBeGreaterThan(await top('accordion log'));
    expect(await top('row child')).toBeGreaterThan(await top('secret'));
    expect(await top('column child')).toBeGreaterThan(await top('row child'));
    await screenshot(page, 'features-visibility-shown');
    await button(app, 'Hide all').click();
    for (const label of labels) await expect.poll(() => shown(label), { timeout: limit(15_000) }).toBe(false);
    expect(await block(app, 'gr-textbox', 'secret').count()).toBe(0);
    // Shown again, still in order.
    await button(app, 'Show all').click();
    await field(app, 'secret').waitFor({ state: 'visible', timeout: limit(15_000) });
    expect(await top('secret')).toBeGreaterThan(await top('accordion log'));
    expect(errors).toEqual([]);
  });

  it('tabs: select listeners of the Tabs (with gr.SelectData) and of a Tab run when the user switches tab', async () => {
    const { page, app, errors } = await open('features-tabs', 'layout_events');
    await app.locator('[role="tab"]', { hasText: 'Second' }).click();
    await expect.poll(() => field(app, 'tab log').inputValue(), { timeout: limit(15_000) }).toBe('tab 1: Second selected=True');
    await expect.poll(() => field(app, 'second log').inputValue(), { timeout: limit(15_000) }).toBe("second tab's own select ran");
    expect(await app.getByText('second tab', { exact: true }).isVisible()).toBe(true);
    await app.locator('[role="tab"]', { hasText: 'First' }).click();
    await expect.poll(() => field(app, 'tab log').inputValue(), { timeout: limit(15_000) }).toBe('tab 0: First selected=True');
    await screenshot(page, 'features-tabs');
    // Switched by the user, switched back by the server's update gr.Tabs(selected="first"), twice (the
    // second update repeats the first: the runtime must know the user switched in between).
    for (let round = 0; round < 2; round++) {
      await app.locator('[role="tab"]', { hasText: 'Second' }).click();
      await app.getByText('second tab', { exact: true }).waitFor({ state: 'visible', timeout: limit(5_000) });
      await button(app, 'Back to first').click();
      await app.getByText('first tab', { exact: true }).waitFor({ state: 'visible', timeout: limit(15_000) });
      expect(await app.locator('[role="tab"][aria-selected="true"]').textContent()).toContain('First');
    }
    expect(errors).toEqual([]);
  });

  it('interface: Flag after a prediction is answered by the server (Saving... then Flag), with no error', async () => {
    const { page, app, errors } = await open('features-flag', 'interface_flag_cache');
    await field(app, 'text').fill('abc');
    await field(app, 'times').fill('2');
    await button(app, 'Submit').click();
    await expect.poll(() => field(app, 'reversed').inputValue(), { timeout: limit(15_000) }).toBe('cba (x2)');
    const flag = app.locator('gr-button', { hasText: /Flag|Saving/ }).locator('button');
    await flag.click();
    // The first listener sets "Saving..." (non-interactive); the flagging function answers with the button back.
    await expect.poll(() => flag.textContent(), { timeout: limit(10_000) }).toContain('Saving...');
    await screenshot(page, 'features-flag-saving');
    await expect.poll(async () => (await flag.textContent())?.trim(), { timeout: limit(15_000) }).toBe('Flag');
    expect(await flag.isDisabled()).toBe(false);
    expect(await app.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('interface: a cached example fills the inputs and the cached output', async () => {
    const { page, app, errors } = await open('features-cached', 'interface_flag_cache');
    const example = app.locator('gr-dataset').getByText('drawer');
    await example.waitFor({ timeout: limit(15_000) });
    await example.click();
    await expect.poll(() => field(app, 'text').inputValue(), { timeout: limit(15_000) }).toBe('drawer');
    expect(await field(app, 'times').inputValue()).toBe('3');
    await expect.poll(() => field(app, 'reversed').inputValue(), { timeout: limit(15_000) }).toBe('reward (x3)');
    await screenshot(page, 'features-cached-example');
    expect(errors).toEqual([]);
  });

  it('dark mode: theme_mode="dark" and ?__theme=dark make the container dark; light otherwise', async () => {
    const luminance = (page: Page) =>
      page.evaluate(() => {
        const container = document.querySelector('gradio-app')?.shadowRoot?.querySelector('.gradio-container');
        const color = container ? getComputedStyle(container).backgroundColor : '';
        const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    const light = await open('features-light', 'layout_events');
    expect(await luminance(light.page)).toBeGreaterThan(0.8);
    const attribute = await open('features-dark-attribute', 'layout_events', 'theme_mode="dark"');
    expect(await luminance(attribute.page)).toBeLessThan(0.3);
    await screenshot(attribute.page, 'features-dark-attribute');
    const query = await open('features-dark-query', 'layout_events', '', '?__theme=dark');
    expect(await luminance(query.page)).toBeLessThan(0.3);
    await screenshot(query.page, 'features-dark-query');
    // The page URL wins over the attribute, as in Gradio.
    const wins = await open('features-light-query', 'layout_events', 'theme_mode="dark"', '?__theme=light');
    expect(await luminance(wins.page)).toBeGreaterThan(0.8);
    for (const { errors } of [light, attribute, query, wins]) expect(errors).toEqual([]);
  });

  it('gr.State: Add twice shows count = 2; a new session starts at 0', async () => {
    const first = await open('features-state-1', 'state_counter');
    await button(first.app, 'Add').click();
    await expect.poll(() => field(first.app, 'counter').inputValue(), { timeout: limit(15_000) }).toBe('count = 1');
    await button(first.app, 'Add').click();
    await expect.poll(() => field(first.app, 'counter').inputValue(), { timeout: limit(15_000) }).toBe('count = 2');
    await screenshot(first.page, 'features-state');
    const second = await open('features-state-2', 'state_counter');
    expect(await field(second.app, 'counter').inputValue()).toBe('count = 0');
    await button(second.app, 'Add').click();
    await expect.poll(() => field(second.app, 'counter').inputValue(), { timeout: limit(15_000) }).toBe('count = 1');
    // The first session's state is its own.
    await button(first.app, 'Add').click();
    await expect.poll(() => field(first.app, 'counter').inputValue(), { timeout: limit(15_000) }).toBe('count = 3');
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
  });

  it('chatbot_stream: the chatbot shows the streamed answer; the textbox submits and clears', async () => {
    const { page, app, errors } = await open('features-chatbot', 'chatbot_stream');
    expect(await app.locator('gr-fallback').count()).toBe(0);
    const message = field(app, 'message');
    await message.fill('hello there');
    await message.press('Enter');
    await expect.poll(() => message.inputValue(), { timeout: limit(15_000) }).toBe('');
    const log = app.locator('gr-chatbot [role="log"]');
    await expect.poll(() => log.innerText(), { timeout: limit(20_000) }).toContain('You said: hello there');
    expect(await log.innerText()).toContain('hello there');
    expect(await app.locator('[role="alert"]').count()).toBe(0);
    expect(await app.locator('gr-status-tracker .error').count()).toBe(0);
    await screenshot(page, 'features-chatbot');
    expect(errors).toEqual([]);
  });
});
