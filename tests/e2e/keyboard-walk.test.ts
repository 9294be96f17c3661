/**
 * A keyboard-only walk through every example app embedded with `<gradio-app>`, on Gradio 6.25: Tab
 * alone reaches every control the app shows (in page order, with no trap), the first text field takes typed
 * text and the app's first button runs the app from the keyboard (Enter), and the result is on the page.
 *
 * The apps run on one server per version (`examples/apps/_all_apps.py` mounts each at `/<name>/`): one
 * Gradio start-up instead of forty. The page loads the one-tag embed, as the README embeds, where elements and
 * words load after the first render (a chat that stopped following its bottom then showed its "scroll to the
 * latest message" button to nobody, and Tab met it gone).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { type EmbedSite, startEmbedSite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

/** Apps whose first button does not change what the page shows when pressed once with a typed text. */
const noVisibleRun: Record<string, string> = {
  image_editor: 'its first button loads the background the editor already shows',
  newer_components: 'its first button is Duplicate Space, which does nothing outside a Hugging Face Space',
  chat_more:
    "its first button is the sidebar's New chat, which on the empty conversation sets what is already there (only a brief status shows, which polling catches or not: a full run missed it)",
  layout_events: 'its first button closes an accordion that starts closed (tests/e2e/gradio-app-features.test.ts opens it first)',
};

/** Apps that are not walked here, with the reason. */
const notWalked: Record<string, string> = {
  login: 'the login form is walked by tests/e2e/hostile-demo.test.ts and gradio-app.test.ts',
};

interface Control {
  /** Index in page order. */
  index: number;
  /** What it is, for failure messages: tag, type, its label or text. */
  name: string;
  /** Radio buttons of one group are one tab stop. */
  group: string | null;
}

/**
 * In the page: the app's controls in tree order (through shadow roots) that Tab should reach: visible,
 * enabled, with a non-negative tabIndex. Each gets `data-walk` = its index, to recognise it when focused.
 */
function listControls(): Control[] {
  const host = document.querySelector('gradio-app');
  const controls: Control[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll<HTMLElement>('*')) {
      const focusable =
        element.tabIndex >= 0 &&
        // A link without an address (a sanitized `javascript:` one) is text, not a stop.
        !(element.localName === 'a' && !element.hasAttribute('href')) &&
        !(element as HTMLButtonElement).disabled &&
        !element.closest('[inert]') &&
        element.getClientRects().length > 0 &&
        getComputedStyle(element).visibility !== 'hidden' &&
        // A custom element's host is not a stop of its own (its inner control is).
        !(element.localName.includes('-') && element.shadowRoot?.delegatesFocus);
      if (focusable) {
        element.dataset.walk = String(controls.length);
        const input = element as HTMLInputElement;
        const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
        controls.push({
          index: controls.length,
          name: `${element.localName}${input.type ? `[${input.type}]` : ''} "${label}"`,
          group: input.type === 'radio' && input.name ? input.name : null,
        });
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host?.shadowRoot) visit(host.shadowRoot);
  return controls;
}

/** In the page: the focused element's `data-walk` index through shadow roots; -1 outside the app's controls. */
function focusedIndex(): number {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const walk = (active as HTMLElement | null)?.dataset?.walk;
  return walk === undefined ? -1 : Number(walk);
}

/**
 * In the page: the app's visible text and the values of its fields, to see that a run changed something;
 * given an earlier state, whether the state now differs from it.
 */
function appState(previous?: string): string | boolean {
  const parts: string[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll<HTMLElement>('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
    }
  };
  const root = document.querySelector('gradio-app')?.shadowRoot;
  if (root) {
    visit(root);
    parts.push((root.host as HTMLElement).innerText, ...[...root.children].map((child) => (child as HTMLElement).innerText ?? ''));
  }
  const state = parts.join('\n');
  return previous === undefined ? state : state !== previous;
}

/**
 * In the page: focuses a button put before the app, so that the next Tab starts at the app's first control
 * whatever has focus now (an autofocused field sits in the middle of the app).
 */
function focusPageStart() {
  let start = document.getElementById('walk-start');
  if (!start) {
    start = document.createElement('button');
    start.id = 'walk-start';
    start.textContent = 'start';
    document.body.prepend(start);
  }
  start.focus();
}

/**
 * In the page: records the `data-walk` index of every element that gets focus from now on (-1: not a
 * control). It listens on the document and on every shadow root of the app: a focus move inside one shadow
 * tree does not reach the document (its target and related target are the same host there).
 */
function recordFocus() {
  const w = window as unknown as { __focused: number[] };
  w.__focused = [];
  const record = (event: Event) => {
    const target = event.composedPath()[0] as HTMLElement;
    const index = target?.dataset?.walk === undefined ? -1 : Number(target.dataset.walk);
    // One move is heard by every listener on its way up: keep it once.
    if (w.__focused[w.__focused.length - 1] !== index) w.__focused.push(index);
  };
  const listen = (scope: Document | ShadowRoot) => {
    scope.addEventListener('focusin', record);
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) listen(element.shadowRoot);
  };
  listen(document);
}

/**
 * Presses Tab `presses` times from the top of the page; returns the control indices focused, in order, up to
 * the first one focused again (the page holds only the app, so focus wraps around).
 */
async function tabThrough(page: Page, presses: number): Promise<number[]> {
  await page.evaluate(focusPageStart);
  await page.evaluate(() => {
    (window as unknown as { __focused: number[] }).__focused = [];
  });
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => (window as unknown as { __focused: number[] }).__focused);
  const reached: number[] = [];
  for (const index of focused) {
    if (index >= 0 && reached.includes(index)) break;
    if (index >= 0) reached.push(index);
  }
  return reached;
}

/**
 * Plots (and 3D viewers, below) draw once they are in view and their library has loaded (Plotly's is 1.5 MB gzip, seconds on a loaded
 * machine), and what they draw can hold controls (Plotly's logo link): the walk lists the controls after each
 * plot was brought into view and drew, not while Tab scrolls them in.
 */
async function waitForLateDrawing(page: Page): Promise<void> {
  const plots = page.locator('gradio-app gr-plot');
  for (let i = 0; i < (await plots.count()); i++) {
    const plot = plots.nth(i);
    if (!(await plot.evaluate((el) => Boolean((el as unknown as { value?: unknown }).value)))) continue;
    await plot.scrollIntoViewIfNeeded();
    await plot.locator('.plot-error, figure.plot > *, img').first().waitFor({ timeout: limit(120_000) });
  }
  // A 3D viewer becomes a tab stop (and its Reset view button enabled) once its model has loaded: seconds for
  // the 3D library on a loaded machine (a full run listed the controls before, and Tab met four more stops).
  // A chat's or Markdown's code blocks are drawn again, with new copy buttons, once their grammar has loaded
  // (a load run listed chat_more_stream's 100 copy buttons before that, and then reached none of them).
  await page.waitForFunction(
    () => {
      const loading: Element[] = [];
      const visit = (scope: ParentNode) => {
        for (const element of scope.querySelectorAll('*')) {
          if (element.localName === 'gr-model3d' && element.getAttribute('data-status') === 'loading') loading.push(element);
          // Chat and Markdown text whose code grammars or KaTeX still load: it is redrawn (new copy buttons) then.
          if (element.getAttribute('aria-busy') === 'true') loading.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      return loading.length === 0;
    },
    undefined,
    { timeout: limit(120_000), polling: 200 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The walk runs on the newest Gradio the machine has (GRADIO_KIT_WALK_ALL_VERSIONS=1: on each): focus order
 * comes from the kit's elements, and each walk costs minutes of the suite's 30. Run by hand on 5.14 it passes
 * too.
 */
const walkVersions = process.env.GRADIO_KIT_WALK_ALL_VERSIONS ? gradioVersions : gradioVersions.slice(-1);

describe.each(walkVersions)('keyboard-only walk through every example app (Gradio %s)', (gradio) => {
  let server: GradioServer;
  let site: EmbedSite;
  let browser: Browser;
  let apps: string[] = [];

  beforeAll(async () => {
    [server, site, browser] = await Promise.all([startGradioApp('_all_apps', { gradio, timeoutMs: 240_000 }), startEmbedSite({ script: 'embed' }), launchChromium()]);
    const answer = (await (await fetch(`${server.url}/config`)).json()) as { mounted: string[]; failed: Record<string, string> };
    expect(answer.failed).toEqual({});
    apps = answer.mounted;
  }, limit(300_000));

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
  });

  it('mounts every example app', () => {
    expect(apps.length).toBeGreaterThan(30);
  });

  it('walks each app: Tab reaches every control in order, Enter on its first button runs it', async () => {
    const problems: Record<string, string[]> = {};
    // GRADIO_KIT_WALK_APPS=a,b walks only those (while working on them), even those left out above.
    const only = process.env.GRADIO_KIT_WALK_APPS?.split(',');
    for (const name of apps.filter((app) => (only ? only.includes(app) : !(app in notWalked)))) {
      const { page, errors } = await openPage(browser);
      const found: string[] = [];
      try {
        await page.goto(site.page(`walk-${name}-${gradio}`, `<gradio-app src="${server.url}/${name}/" eager></gradio-app>`));
        await waitForAppReady(page);
        await waitForLateDrawing(page);
        const controls = await page.evaluate(listControls);
        await page.evaluate(recordFocus);
        const reached = await tabThrough(page, controls.length + 3);
        const reachedSet = new Set(reached);
        const groupsReached = new Set(controls.filter((c) => c.group && reachedSet.has(c.index)).map((c) => c.group));
        const missed = controls.filter((c) => !reachedSet.has(c.index) && !(c.group && groupsReached.has(c.group)));
        if (missed.length) found.push(`not reached by Tab: ${missed.map((c) => c.name).join(', ')}`);
        // Page order: each stop comes after the one before (a trap or a jump back would break it).
        const backwards = reached.findIndex((index, i) => i > 0 && index <= reached[i - 1]);
        if (backwards > 0) found.push(`Tab went back from ${controls[reached[backwards - 1]].name} to ${controls[reached[backwards]].name}`);
        const text = controls.find((c) => /^(textarea|input\[(text|search)\])/.test(c.name));
        const button = await page.evaluate(() => {
          let index = -1;
          const visit = (scope: ParentNode) => {
            // The primary button (Interface's Submit), else the first one.
            const buttons = [...scope.querySelectorAll<HTMLElement>('gr-button button[data-walk]')];
            const chosen = buttons.find((element) => element.classList.contains('primary')) ?? buttons[0];
            if (chosen) index = Number(chosen.dataset.walk);
            for (const element of scope.querySelectorAll('*')) if (element.shadowRoot && index < 0) visit(element.shadowRoot);
          };
          const root = document.querySelector('gradio-app')?.shadowRoot;
          if (root) visit(root);
          return index;
        });
        if (button >= 0 && !(name in noVisibleRun)) {
          const before = (await page.evaluate(appState, undefined as string | undefined)) as string;
          // From the top, Tab to the text field (if any) and type, then Tab on to the button and press Enter:
          // as many presses as the walk needed to get there.
          await page.evaluate(focusPageStart);
          let position = -1;
          // The text field is typed in when it comes before the button (an Interface's input and Submit).
          const typed = text && reached.indexOf(text.index) < reached.indexOf(button) ? [text.index] : [];
          for (const target of [...typed, button]) {
            const wanted = reached.indexOf(target);
            for (; position < wanted; position++) await page.keyboard.press('Tab');
            if ((await page.evaluate(focusedIndex)) !== target) {
              found.push(`could not Tab to ${controls[target].name}`);
              break;
            }
            if (target === button) await page.keyboard.press('Enter');
            else await page.keyboard.type('kit');
          }
          try {
            await page.waitForFunction(appState, before, { timeout: limit(20_000), polling: 100 });
          } catch {
            found.push(`Enter on ${controls[button]?.name ?? 'its first button'} changed nothing on the page`);
          }
        }
        // data_frame's cells hold `<img src="x">` on purpose (its handler removed), which the server answers 404.
        found.push(...errors.filter((error) => !(name === 'data_frame' && /^http 404: .*\/x$/.test(error))));
      } catch (error) {
        found.push(String(error).split('\n')[0]);
      } finally {
        await page.close();
      }
      if (found.length) problems[name] = found;
    }
    expect(problems).toEqual({});
  }, limit(900_000));
});
