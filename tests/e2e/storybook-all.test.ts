/**
 * Every story of the static Storybook build (`npm run build && npm run build-storybook`) renders cleanly in
 * Chromium, in light and in dark mode: each custom element in it hydrates (Stencil's `hydrated` class), axe
 * finds no accessibility violation, and the page logs no console error, throws nothing and has no failed or
 * refused request.
 *
 * Stories run on a few pages in parallel, one stories file (title) per page: its first story opens by navigation,
 * the next ones and the dark mode by switching inside the preview, as the Storybook UI does. The
 * guides and a sample of the elements' docs pages open once each, in light mode, with the same checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { limit } from '../helpers/limits.ts';

const staticDir = join(import.meta.dirname, '../../storybook-static');
const indexFile = join(staticDir, 'index.json');

interface IndexEntry {
  type: string;
  id: string;
  title: string;
  name: string;
}

/** The entries of the build (none when it is missing: `beforeAll` then says how to build it). */
const entries: IndexEntry[] = existsSync(indexFile)
  ? Object.values((JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries)
  : [];
const stories = entries.filter((entry) => entry.type === 'story');
/**
 * The docs pages checked: the guides (MDX) and a sample of the element pages (autodocs, from the custom
 * elements manifest), which all come from one template; each renders every story of its element, so all 60
 * would cost about as much as the stories again.
 */
// Two: every page is the same template, and the whole Storybook check is the longest file of the suite.
const docsSample = new Set(['App/GradioApp', 'Components/Textbox']);
const docsPages = entries.filter((entry) => entry.type === 'docs');
const checkedDocs = docsPages.filter((entry) => entry.title.startsWith('Guides/') || docsSample.has(entry.title));

/** axe-core's browser build, put in each page once it has loaded. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Pages open at once (the machine the suite runs on has two cores). */
const pageCount = 3;

/** How long the page must stay without a request in flight before a story counts as settled. */
const quietMs = 60;

/** A page of the pool, with what went wrong on it since its current navigation began. */
interface Slot {
  page: Page;
  errors: string[];
  /** Requests not finished yet, with the navigation (count) they belong to. */
  inFlight: Map<unknown, number>;
  navigation: number;
}

let server: StaticServer;
let browser: Browser;
const idle: Slot[] = [];
const waiting: ((slot: Slot) => void)[] = [];

async function openSlot(): Promise<Slot> {
  const { page, errors } = await openPage(browser);
  const slot: Slot = { page, errors, inFlight: new Map(), navigation: 0 };
  page.on('request', (request) => slot.inFlight.set(request, slot.navigation));
  page.on('requestfinished', (request) => slot.inFlight.delete(request));
  page.on('requestfailed', (request) => {
    const navigation = slot.inFlight.get(request) ?? slot.navigation;
    slot.inFlight.delete(request);
    const reason = request.failure()?.errorText ?? 'unknown';
    // A request of the previous story that our own next navigation cancelled is not this story's failure.
    if (navigation < slot.navigation && reason === 'net::ERR_ABORTED') return;
    // A story's own files are `blob:` URLs made in the page: one aborted is the page's choice (an element
    // replaced while it was still reading its file, when Storybook renders a story again), never the network.
    if (reason === 'net::ERR_ABORTED' && request.url().startsWith('blob:')) return;
    errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return slot;
}

function acquire(): Promise<Slot> {
  const slot = idle.pop();
  return slot ? Promise.resolve(slot) : new Promise((resolve) => waiting.push(resolve));
}

function release(slot: Slot) {
  const next = waiting.shift();
  if (next) next(slot);
  else idle.push(slot);
}

beforeAll(async () => {
  if (!existsSync(indexFile)) {
    throw new Error('storybook-static is missing: run `npm run build && npm run build-storybook` first');
  }
  // The build's files never change during a run: let each page cache them (and V8 its compiled code).
  server = await startStaticServer(staticDir, { cacheControl: 'max-age=3600' });
  browser = await launchChromium();
  idle.push(...(await Promise.all(Array.from({ length: pageCount }, openSlot))));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * In the page: `'ok'` once Storybook has shown the story and every custom element in it (through shadow
 * roots) is hydrated; the error display's text when the story failed to render; `false` meanwhile.
 */
function storyState(): string | false {
  const body = document.body;
  if (!body) return false;
  if (body.classList.contains('sb-show-errordisplay')) {
    return `story error: ${document.querySelector('#error-message')?.textContent ?? ''}`.trim();
  }
  const root = document.querySelector('#storybook-root');
  if (!root || !body.classList.contains('sb-show-main')) return false;
  let found = 0;
  const pending: string[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.localName.includes('-')) {
        found += 1;
        if (!element.classList.contains('hydrated')) pending.push(element.localName);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  (window as unknown as { __notHydrated: string[] }).__notHydrated = pending;
  return found > 0 && pending.length === 0 ? 'ok' : false;
}

/**
 * Waits until the page is idle (its main thread has had time to start any lazy load) and no request has been
 * in flight for {@link quietMs} (lazy chunks, fonts, images), so that their failures count for this story.
 */
async function settle(slot: Slot) {
  const deadline = Date.now() + limit(10_000);
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await slot.page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 })));
    if (slot.inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type Mode = 'light' | 'dark';

/**
 * In the page: listens to the preview's channel and keeps what it said about rendering since the last
 * {@link sendToPreview}, so that a switch waits for its own story's render (the old story's DOM is still there
 * until then).
 */
function listenToPreview() {
  const w = window as unknown as PreviewWindow;
  if (w.__previewEvents) return;
  w.__previewEvents = [];
  for (const name of ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing']) {
    w.__STORYBOOK_ADDONS_CHANNEL__.on(name, (arg: unknown) => {
      w.__previewEvents.push(name === 'storyRendered' ? name : `${name}: ${JSON.stringify(arg).slice(0, 300)}`);
    });
  }
}

interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__: { on(name: string, listener: (arg: unknown) => void): void; emit(name: string, arg: unknown): void };
  __previewEvents: string[];
}

/** Sends one event to the preview (a story switch, a globals change) and waits for the render it causes. */
async function sendToPreview(slot: Slot, name: string, arg: unknown): Promise<string[]> {
  const { page } = slot;
  await page.evaluate(
    ([name, arg]) => {
      const w = window as unknown as PreviewWindow;
      w.__previewEvents = [];
      w.__STORYBOOK_ADDONS_CHANNEL__.emit(name as string, arg);
    },
    [name, arg] as const,
  );
  try {
    await page.waitForFunction(() => (window as unknown as PreviewWindow).__previewEvents.length > 0, undefined, {
      timeout: limit(30_000),
      polling: 25,
    });
  } catch {
    return [`no render within 30 s after ${name}`];
  }
  const events = await page.evaluate(() => (window as unknown as PreviewWindow).__previewEvents);
  return events.filter((event) => event !== 'storyRendered');
}

/**
 * In the page: axe's violations in the story, once no animation runs (a mode switch animates colours), as
 * `axe <rule> (<impact>): <targets>` lines.
 */
async function accessibilityViolations(): Promise<string[]> {
  for (let round = 0; round < 10; round++) {
    // Finite animations only: a spinner turns for ever.
    const running = document
      .getAnimations()
      .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    if (running.length === 0) break;
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  }
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  // Colour contrast is the theme's: the stories use Gradio's own themes, value for value, and Gradio's
  // Default theme itself puts white on orange-500 (2.8:1) in primary buttons and neutral-400 info text (1.9:1)
  // on white. The elements' own colours (no theme) are checked with contrast by their browser tests.
  const results = await axe.run('#storybook-root', { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => `${String(node.target)} (${node.any[0]?.message ?? node.failureSummary ?? ''})`);
    return `axe ${violation.id} (${violation.impact}): ${nodes.join('; ')}`;
  });
}

/** Waits for the shown story to be hydrated and settled, and checks its frame's mode. */
async function checkShown(slot: Slot, mode: Mode): Promise<string[]> {
  const { page } = slot;
  const problems: string[] = [];
  try {
    const state = await (await page.waitForFunction(storyState, undefined, { timeout: limit(30_000), polling: 25 })).jsonValue();
    if (state !== 'ok') problems.push(String(state));
  } catch {
    const pending = await page.evaluate(() => (window as unknown as { __notHydrated?: string[] }).__notHydrated ?? []);
    problems.push(`not rendered or not hydrated within 30 s${pending.length ? `: ${[...new Set(pending)].join(', ')}` : ''}`);
  }
  await settle(slot);
  const dark = await page.evaluate(() => document.querySelector('.gradio-kit-story')?.classList.contains('dark') ?? null);
  if (dark !== (mode === 'dark')) problems.push(`the story frame is not in ${mode} mode`);
  let violations = await page.evaluate(accessibilityViolations);
  // A lazily made part (an editor, a chart) can be caught half-built: what stays after a few more looks counts.
  for (let look = 0; look < 3 && violations.length > 0; look++) {
    await page.waitForTimeout(1000);
    violations = await page.evaluate(accessibilityViolations);
  }
  problems.push(...violations);
  const errors = [...slot.errors];
  slot.errors.length = 0;
  return [...problems, ...errors];
}

/**
 * Checks every story of one title (one stories file) on `slot`, in both modes. The first story opens by a
 * fresh navigation in light mode; the next ones and the mode changes are switched inside the preview, as the
 * Storybook UI does, which costs a render instead of a page load. A story opens in the mode the last one ended
 * in and then changes to the other (light, dark; dark, light; ...): two renders per story, not three.
 */
async function checkTitle(slot: Slot, titleStories: IndexEntry[]): Promise<Record<string, { light: string[]; dark: string[] }>> {
  const { page } = slot;
  const results: Record<string, { light: string[]; dark: string[] }> = {};
  let mode: Mode = 'light';
  const other = (m: Mode): Mode => (m === 'light' ? 'dark' : 'light');
  for (const [index, story] of titleStories.entries()) {
    const seen = { light: [] as string[], dark: [] as string[] };
    if (index === 0) {
      slot.errors.length = 0;
      slot.navigation += 1;
      await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=mode:light`, {
        waitUntil: 'commit',
      });
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate(axeSource);
      seen.light = await checkShown(slot, 'light');
      await page.evaluate(listenToPreview);
    } else {
      const switched = await sendToPreview(slot, 'setCurrentStory', { storyId: story.id, viewMode: 'story' });
      seen[mode] = [...switched, ...(await checkShown(slot, mode))];
    }
    mode = other(mode);
    const changed = await sendToPreview(slot, 'updateGlobals', { globals: { mode } });
    seen[mode] = [...changed, ...(await checkShown(slot, mode))];
    results[story.name] = seen;
  }
  return results;
}

/**
 * In the page: `'ok'` once the docs page has rendered (an element's page with its table of props, events,
 * slots, parts and CSS variables) and every custom element on it is hydrated; an error text; `false` meanwhile.
 */
function docsState(element: boolean): string | false {
  const body = document.body;
  if (body?.classList.contains('sb-show-errordisplay')) {
    return `docs error: ${document.querySelector('#error-message')?.textContent ?? ''}`.trim();
  }
  const docs = document.querySelector('#storybook-docs .sbdocs-content');
  if (!docs?.querySelector('h1')) return false;
  if (element && !docs.querySelector('.docblock-argstable tbody tr')) return false;
  // Every story shown on the page has content (an element, or its own frame).
  const stories = [...docs.querySelectorAll('.docs-story')];
  if (stories.some((story) => !story.querySelector('iframe, .hydrated'))) return false;
  const pending = [...docs.querySelectorAll('*')].filter((el) => el.localName.includes('-') && !el.classList.contains('hydrated'));
  (window as unknown as { __notHydrated: string[] }).__notHydrated = pending.map((el) => el.localName);
  return pending.length === 0 ? 'ok' : false;
}

/** Opens one docs page (light mode); returns what went wrong (empty when it rendered cleanly). */
async function checkDocs(slot: Slot, entry: IndexEntry): Promise<string[]> {
  slot.errors.length = 0;
  slot.navigation += 1;
  const { page } = slot;
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=mode:light`, {
    waitUntil: 'commit',
  });
  const problems: string[] = [];
  const element = entry.title.startsWith('Components/');
  try {
    const state = await (await page.waitForFunction(docsState, element, { timeout: limit(30_000), polling: 50 })).jsonValue();
    if (state !== 'ok') problems.push(String(state));
  } catch {
    const pending = await page.evaluate(() => (window as unknown as { __notHydrated?: string[] }).__notHydrated ?? []);
    problems.push(`docs page not rendered within 30 s${pending.length ? `: ${[...new Set(pending)].join(', ')} not hydrated` : ''}`);
  }
  await settle(slot);
  return [...problems, ...slot.errors];
}

describe.concurrent('every docs page of the static Storybook', () => {
  it('has a docs page per element and the guides', () => {
    const titles = new Set(docsPages.map((entry) => entry.title));
    for (const story of stories) expect(titles, story.title).toContain(story.title);
    expect([...titles].filter((title) => title.startsWith('Guides/')).length).toBeGreaterThanOrEqual(3);
    expect(checkedDocs.length).toBe(docsSample.size + 3);
  });

  it.each(checkedDocs.map((entry) => [entry.title, entry] as const))(
    '%s',
    async (_, entry) => {
      const slot = await acquire();
      try {
        expect(await checkDocs(slot, entry)).toEqual([]);
      } finally {
        release(slot);
      }
    },
    // A docs page renders all the stories of its element at once.
    limit(120_000),
  );
});

describe.concurrent('every story of the static Storybook, light and dark', () => {
  it('lists stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  const titles = [...new Set(stories.map((story) => story.title))];
  it.each(titles)('%s', async (title) => {
    const titleStories = stories.filter((story) => story.title === title);
    const slot = await acquire();
    try {
      const results = await checkTitle(slot, titleStories);
      const clean = Object.fromEntries(titleStories.map((story) => [story.name, { light: [], dark: [] }]));
      expect(results).toEqual(clean);
    } finally {
      release(slot);
    }
    // Each story: two modes, each up to 30 s to render and hydrate and 10 s to settle: a hang still fails.
  }, limit(300_000));
});
