/**
 * `<gradio-app>` against real Gradio 5.14 and 6.25 apps, as an author embeds it and a user uses it: a plain page on
 * one origin, the script from another, the Gradio server on a third. Each test types and clicks as a user and
 * asserts what the user sees; each leaves a screenshot in test-results/screenshots. The page loads the one-tag
 * embed (`dist/embed/gradio-app.js`, which loads each element when the app's layout names it), as the README
 * says; the other suites load the CDN entry, which defines every element up front (both ran every test here
 * while the embed was new; one keeps the CI run's time).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSite, type EmbedSuite, screenshot, startEmbedSite, useEmbedSuite } from './helpers/embed.ts';
import { limit, waitScale } from '../helpers/limits.ts';

/** The suite of the Gradio version running now (each version's `describe` starts its own). */
let suite: EmbedSuite;
/** The site of the script running now: the one-tag embed's, or the suite's own (the CDN entry). */
let site: EmbedSite;

/** Records the element's render / error events on window, for the test to read. */
const recorder = `<script>
  window.__events = [];
  addEventListener('render', (e) => window.__events.push({ type: 'render', target: e.target.id }), true);
  addEventListener('error', (e) => { if (e.detail) window.__events.push({ type: 'error', detail: e.detail }); }, true);
</script>`;

async function embed(name: string, app: string, attributes = ''): Promise<{ page: Page; errors: string[] }> {
  const url = site.page(name, `${recorder}<gradio-app id="app" src="${suite.servers[app].url}/" eager ${attributes}></gradio-app>`);
  const opened = await openPage(suite.browser);
  await opened.page.goto(url);
  await opened.page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, null, {
    timeout: limit(30_000),
  });
  return opened;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Array<Record<string, unknown>> }).__events);

describe.each(gradioVersions)('<gradio-app> with real Gradio apps (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['hello', 'blocks_layout', 'stream_text', 'error', 'interface_examples', 'unsupported'], { gradio });
  let embedSite: EmbedSite | undefined;
  beforeAll(async () => {
    suite = started;
    embedSite = await startEmbedSite({ script: 'embed' });
  });
  afterAll(() => embedSite?.close());

  describe.each(['embed'] as const)('loaded through the %s script', (script) => {
    beforeAll(() => {
      site = script === 'embed' ? (embedSite as EmbedSite) : suite.site;
    });

    it('hello: renders, fires render, and answers a submitted name', async () => {
      const { page, errors } = await embed('hello', 'hello');
      expect(await events(page)).toEqual([{ type: 'render', target: 'app' }]);
      const app = page.locator('gradio-app');
      const input = app.locator('gr-textbox').first().locator('textarea, input');
      const output = app.locator('gr-textbox').nth(1).locator('textarea, input');
      // The untouched box (its config has no value) reaches the server as "", as from the official frontend,
      // not as None ("Hello, None!").
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, !');
      await input.fill('Ada');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada!');
      await screenshot(page, 'gradio-app-hello');
      // Clear (Gradio's constant js helper) empties both boxes without any script of the app.
      await app.locator('gr-button', { hasText: 'Clear' }).locator('button').click();
      await expect.poll(() => output.inputValue()).toBe('');
      expect(await input.inputValue()).toBe('');
      expect(errors).toEqual([]);
    });

    // What is tested is the page's own loading order, the same whatever serves the app: it runs on the newest Gradio
    // only (it passed on 5.14 too; each run of it costs 12-24 s of the suite's 30 minutes).
    it.runIf(gradio === gradioVersions.at(-1))('hello: what the user does before the event code has loaded is kept, and answered once it has', async () => {
      // The event engine's code loads after the first render. Here the script that holds it is held back (by a
      // string only that module has) until the user has typed and clicked: nothing is lost, nothing sent twice.
      const { page, errors } = await openPage(suite.browser);
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let heldUrl = '';
      await page.route('**/*.js', async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (body.includes('which this page does not allow (see the allow-js attribute)')) {
          heldUrl = route.request().url();
          await held;
        }
        await route.fulfill({ response, body });
      });
      const joins: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/queue/join')) joins.push(request.url());
      });
      await page.goto(site.page('hello-early', `${recorder}<gradio-app id="app" src="${suite.servers.hello.url}/" eager></gradio-app>`));
      await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, null, { timeout: limit(30_000) });
      expect(await events(page)).toEqual([{ type: 'render', target: 'app' }]);
      await expect.poll(() => heldUrl, { timeout: limit(15_000) }).not.toBe('');
      const app = page.locator('gradio-app');
      const output = app.locator('gr-textbox').nth(1).locator('textarea, input');
      await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      expect(joins).toEqual([]);
      expect(await output.inputValue()).toBe('');
      release();
      await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada!');
      expect(joins).toHaveLength(1);
      expect(errors).toEqual([]);
    });

    // Newest Gradio only, as the test above (the page's loading order does not depend on the server).
    it.runIf(gradio === gradioVersions.at(-1))('hello: the client code failing to load once is said, and the next action loads it and is answered', async () => {
      // The client (calls, uploads) loads after the first render, beside the event engine. Here its script is
      // refused once (by a string only that module has), as a dropped connection would: the app says so in a
      // toast, stays on screen, and the user's Submit loads it again and gets its answer.
      const { page, errors } = await openPage(suite.browser);
      let refused = '';
      await page.route('**/*.js', async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (!refused && body.includes("Could not load the client's call code")) {
          refused = route.request().url();
          await route.abort('connectionreset');
          return;
        }
        await route.fulfill({ response, body });
      });
      await page.goto(site.page('hello-client-lost', `${recorder}<gradio-app id="app" src="${suite.servers.hello.url}/" eager></gradio-app>`));
      await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, null, { timeout: limit(30_000) });
      expect(await events(page)).toEqual([{ type: 'render', target: 'app' }]);
      const app = page.locator('gradio-app');
      await expect.poll(() => app.locator('gr-toast [role="alert"]').count(), { timeout: limit(15_000) }).toBe(1);
      expect(refused).not.toBe('');
      const output = app.locator('gr-textbox').nth(1).locator('textarea, input');
      await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada!');
      // The refused script's console echo is the one error (the route aborted it).
      expect(errors.filter((error) => !error.includes(refused))).toEqual([]);
    });

    it('stream_text: generator output arrives in steps and ends with the full text', async () => {
      const { page, errors } = await embed('stream', 'stream_text');
      const app = page.locator('gradio-app');
      const output = app.locator('gr-textbox').nth(1).locator('textarea, input');
      // Every value the app gives the output element is recorded in the page as it is set (not by polling over
      // the wire, nor per drawn frame: a loaded machine draws rarely, and one frame may show two messages).
      await app.locator('gr-textbox').nth(1).evaluate((element) => {
        const seen: unknown[] = [];
        (window as unknown as { __seen: unknown[] }).__seen = seen;
        let proto = Object.getPrototypeOf(element);
        while (proto && !Object.getOwnPropertyDescriptor(proto, 'value')) proto = Object.getPrototypeOf(proto);
        const property = Object.getOwnPropertyDescriptor(proto, 'value') as PropertyDescriptor;
        Object.defineProperty(element, 'value', {
          configurable: true,
          get() {
            return property.get?.call(this);
          },
          set(value) {
            seen.push(value);
            property.set?.call(this, value);
          },
        });
      });
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      await expect.poll(() => output.inputValue(), { timeout: limit(20_000) }).toBe('tick 1\ntick 2\ntick 3\ntick 4\ntick 5\n');
      // Steps reached the element in order, each a step of the stream, none repeated or out of order, ending with
      // the full text, which the page shows. On an idle machine every step arrives on its own (a single response
      // would give one value). On a loaded one, a starved server or page can pass several messages in one go and
      // the element gets the last: a load run saw only the full text on Gradio 6, so there only the order counts.
      const seen = await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen);
      const steps = [1, 2, 3, 4, 5].map((n) => Array.from({ length: n }, (_, i) => `tick ${i + 1}\n`).join(''));
      const shown = seen.filter((text) => text !== '' && text !== null);
      const order = shown.map((text) => steps.indexOf(text as string));
      expect(order.every((step, i) => step >= 0 && (i === 0 || step > order[i - 1]))).toBe(true);
      expect(order.at(-1)).toBe(4);
      expect(order.length).toBeGreaterThanOrEqual(waitScale() > 1 ? 1 : 5);
      await screenshot(page, 'gradio-app-stream');
      expect(errors).toEqual([]);
    });

    it('error: gr.Error shows a toast with its message', async () => {
      const { page, errors } = await embed('error', 'error');
      const app = page.locator('gradio-app');
      await app.locator('gr-textbox').first().locator('textarea, input').fill('nope');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      const toast = app.locator('[role="alert"]', { hasText: 'Bad input' });
      await toast.waitFor({ timeout: limit(15_000) });
      expect(await toast.textContent()).toContain("Bad input: 'nope' (type ok)");
      // What the app said, not the client's message with the endpoint.
      expect(await toast.textContent()).not.toContain('/predict');
      await screenshot(page, 'gradio-app-error');
      expect(errors).toEqual([]);
    });

    it('blocks_layout: rows, columns, tabs and an accordion; a Blocks event runs', async () => {
      const { page, errors } = await embed('blocks', 'blocks_layout');
      const app = page.locator('gradio-app');
      await app.locator('gr-textbox', { hasText: 'first name' }).locator('textarea, input').fill('Grace');
      await app.locator('gr-textbox', { hasText: 'last name' }).locator('textarea, input').fill('Hopper');
      await app.locator('gr-button', { hasText: 'Join' }).locator('button').click();
      const full = app.locator('gr-textbox', { hasText: 'full name' }).locator('textarea, input');
      await expect.poll(() => full.inputValue(), { timeout: limit(15_000) }).toBe('Grace Hopper');
      expect(await app.locator('gr-tabs').count()).toBe(1);
      expect(await app.locator('gr-accordion').count()).toBe(1);
      // Gradio 6 renders an inactive tab's children when it is first shown (render_children=False); 5.14 at once.
      const about = app.locator('gr-tab', { has: page.locator('gr-markdown', { hasText: 'A second tab.' }) });
      expect(await about.count()).toBe(gradio === 6 ? 0 : 1);
      await app.locator('[role="tab"]', { hasText: 'About' }).click();
      await expect.poll(() => about.count(), { timeout: limit(10_000) }).toBe(1);
      await app.locator('[role="tab"]', { hasText: 'Shout' }).click();
      expect(await about.count()).toBe(1);
      await screenshot(page, 'gradio-app-blocks');
      expect(errors).toEqual([]);
    });

    it('interface examples: clicking an example fills the inputs, then Submit uses them', async () => {
      const { page, errors } = await embed('examples', 'interface_examples');
      const app = page.locator('gradio-app');
      const example = app.locator('gr-dataset').getByText('pear');
      await example.waitFor({ timeout: limit(15_000) });
      await example.click();
      const name = app.locator('gr-textbox', { hasText: 'name' }).first().locator('textarea, input');
      await expect.poll(() => name.inputValue(), { timeout: limit(15_000) }).toBe('pear');
      expect(await app.locator('gr-number', { hasText: 'count' }).locator('input').inputValue()).toBe('5');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      const out = app.locator('gr-textbox', { hasText: 'description' }).locator('textarea, input');
      await expect.poll(() => out.inputValue(), { timeout: limit(15_000) }).toBe('pear x 5');
      await screenshot(page, 'gradio-app-examples');
      expect(errors).toEqual([]);
    });

    it('a component type the kit does not render shows a labelled fallback, and the rest works', async () => {
      const { page } = await embed('fallback', 'unsupported');
      const app = page.locator('gradio-app');
      const fallbacks = app.locator('gr-fallback');
      await fallbacks.first().waitFor({ timeout: limit(15_000) });
      expect(await fallbacks.count()).toBe(1);
      expect(await fallbacks.first().textContent()).toContain('doodle');
      expect(await fallbacks.first().textContent()).toContain('canvas');
      await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
      await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
      await expect.poll(() => app.locator('gr-textbox').nth(1).locator('textarea, input').inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada!');
      await screenshot(page, 'gradio-app-fallback');
    });

    it('an unreachable src shows a clear message and fires error', async () => {
      const url = suite.site.page('unreachable', `${recorder}<gradio-app id="app" src="http://127.0.0.1:9/" eager></gradio-app>`);
      const { page } = await openPage(suite.browser);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, null, {
        timeout: limit(30_000),
      });
      const [event] = await events(page);
      expect(event.type).toBe('error');
      expect((event.detail as { name: string }).name).toBe('ConnectionError');
      const message = page.locator('gradio-app .app-error');
      expect(await message.textContent()).toContain('http://127.0.0.1:9/');
      await screenshot(page, 'gradio-app-unreachable');
    });
  });
});
