/**
 * The event engine of `<gradio-app>` against a real Gradio 5.14 and 6.25 app (examples/apps/events_app.py), used as a
 * user would: update dictionaries, gr.skip, chains, trigger modes, cancels, a Timer, gr.Info toasts,
 * client-side js (only with the page's `allow-js`), key_up, `demo.unload` when an embed goes away, and (Gradio 6)
 * an event's validator.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { Client } from '../../src/client/index.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

/** The suite of the Gradio version running now (each version's `describe` starts its own). */
let suite: EmbedSuite;

async function open(name: string, attributes = ''): Promise<{ page: Page; app: Locator; errors: string[] }> {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.events_app.url}/" eager ${attributes}></gradio-app>`));
  const app = page.locator('gradio-app');
  await app.locator('gr-tabs').waitFor({ timeout: limit(30_000) });
  return { page, app, errors };
}

const field = (app: Locator, label: string) => app.locator('gr-textbox, gr-number', { hasText: label }).locator('textarea, input').first();
const button = (app: Locator, text: string) =>
  app.locator('gr-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).locator('button');
/**
 * Once a run was stopped, waits until the field holds still over `quietMs` (a step already on its way may
 * still land), then checks that it stays so for as long again, scaled with the machine's load; returns what it
 * holds.
 */
async function stopsAt(page: Page, input: Locator, quietMs: number): Promise<string> {
  let stopped = '';
  await expect
    .poll(
      async () => {
        const before = await input.inputValue();
        await page.waitForTimeout(quietMs);
        stopped = await input.inputValue();
        return before === stopped;
      },
      { timeout: limit(20_000) },
    )
    .toBe(true);
  await page.waitForTimeout(limit(1200));
  expect(await input.inputValue()).toBe(stopped);
  return stopped;
}
const tab = (app: Locator, label: string) => app.locator('[role="tab"]', { hasText: label });

describe.each(gradioVersions)('<gradio-app> event engine with a real app (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['events_app'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('applies update dictionaries (visible, label, value) and leaves gr.skip() outputs alone', async () => {
    const { page, app, errors } = await open('updates');
    await button(app, 'Relabel').click();
    await app.locator('gr-textbox', { hasText: 'renamed' }).waitFor({ timeout: limit(15_000) });
    expect(await field(app, 'renamed').inputValue()).toBe('changed');
    await button(app, 'Skip').click();
    await expect.poll(() => field(app, 'renamed').inputValue(), { timeout: limit(15_000) }).toBe('skip ran');
    expect(await field(app, 'kept').inputValue()).toBe('untouched');
    await button(app, 'Hide').click();
    await expect.poll(() => app.locator('gr-textbox', { hasText: 'renamed' }).count(), { timeout: limit(15_000) }).toBe(0);
    await button(app, 'Show').click();
    await app.locator('gr-textbox', { hasText: 'renamed' }).waitFor({ timeout: limit(15_000) });
    await screenshot(page, 'events-updates');
    expect(errors).toEqual([]);
  });

  it('chains: .success() only after success; after a failure .then() (5.x) or .failure() (6.x)', async () => {
    const { page, app } = await open('chains');
    await tab(app, 'Chains').click();
    await field(app, 'chain input').fill('ok');
    await button(app, 'Chain').click();
    await expect.poll(() => field(app, 'step 2').inputValue(), { timeout: limit(15_000) }).toMatch(/^OK! #\d+$/);
    const afterSuccess = await field(app, 'step 2').inputValue();
    await expect.poll(() => field(app, 'after').inputValue(), { timeout: limit(15_000) }).toBe('then ran');
    await expect.poll(() => field(app, 'then runs').inputValue(), { timeout: limit(15_000) }).toBe('1');
    await field(app, 'chain input').fill('fail');
    await button(app, 'Chain').click();
    await app.locator('[role="alert"]', { hasText: 'first step failed' }).waitFor({ timeout: limit(15_000) });
    await page.waitForTimeout(limit(800));
    expect(await field(app, 'step 1').inputValue()).toBe('OK');
    // .success() did not run after the failure (its counter would have moved).
    expect(await field(app, 'step 2').inputValue()).toBe(afterSuccess);
    if (gradio === 5) {
      // Gradio 5 runs .then() after a failure too (and has no .failure()).
      await expect.poll(() => field(app, 'then runs').inputValue(), { timeout: limit(15_000) }).toBe('2');
    } else {
      // Gradio 6 runs the .failure() listener, and no .then().
      await expect.poll(() => field(app, 'failure listener').inputValue(), { timeout: limit(15_000) }).toBe('failure ran');
      expect(await field(app, 'then runs').inputValue()).toBe('1');
    }
    await screenshot(page, 'events-chains');
  });

  it('trigger_mode once ignores clicks while running; always_last runs again with the latest value', async () => {
    const { page, app } = await open('modes');
    await tab(app, 'Modes').click();
    const once = button(app, 'Once');
    await once.click();
    // The further clicks land while the first run is under way (its tracker shows).
    const tracker = app.locator('.component', { has: page.locator('gr-textbox', { hasText: 'once out' }) }).locator('gr-status-tracker');
    await tracker.waitFor({ timeout: limit(10_000) });
    await once.click();
    await once.click();
    await expect.poll(() => field(app, 'once out').inputValue(), { timeout: limit(15_000) }).toMatch(/^once runs: \d+$/);
    const first = Number((await field(app, 'once out').inputValue()).split(': ')[1]);
    await page.waitForTimeout(limit(1500));
    expect(Number((await field(app, 'once out').inputValue()).split(': ')[1])).toBe(first);

    // The first key starts a run; the next two land while it runs (its tracker shows), so always_last runs once
    // more, with 'abc', not once per key. (Typed in one go, a loaded machine spaced the keys past the run's end.)
    await field(app, 'last input').pressSequentially('a');
    const lastTracker = app.locator('.component', { has: page.locator('gr-textbox', { hasText: 'last out' }) }).locator('gr-status-tracker');
    await lastTracker.waitFor({ timeout: limit(10_000) });
    await field(app, 'last input').pressSequentially('bc', { delay: 60 });
    await expect.poll(() => field(app, 'last out').inputValue(), { timeout: limit(20_000) }).toMatch(/^last saw: abc /);
    const runs = Number(/runs: (\d+)/.exec(await field(app, 'last out').inputValue())?.[1]);
    expect(runs).toBeLessThan(3);
    await screenshot(page, 'events-modes');
  });

  it('cancels a running generator: the counter stops', async () => {
    const { page, app } = await open('cancel');
    await tab(app, 'Cancel').click();
    await button(app, 'Count').click();
    await expect.poll(async () => Number((await field(app, 'counter').inputValue()) || 0), { timeout: limit(15_000) }).toBeGreaterThan(2);
    await button(app, 'Stop').click();
    // The cancel lands: the counter (a step every 0.2 s while it runs) holds still over three steps, and stays.
    await stopsAt(page, field(app, 'counter'), 600);
    await screenshot(page, 'events-cancel');
  });

  it('a Timer ticks while active, started and stopped by update dictionaries', async () => {
    const { page, app } = await open('timer');
    await tab(app, 'Timer').click();
    await button(app, 'Start timer').click();
    await expect.poll(async () => Number(await field(app, 'ticks').inputValue()), { timeout: limit(15_000) }).toBeGreaterThanOrEqual(3);
    await button(app, 'Stop timer').click();
    // The update reaches the timer, then a tick already on its way may still land: wait until the count holds
    // still over five tick periods, then check it stays so.
    await expect.poll(() => app.locator('gr-timer').evaluate((el) => (el as HTMLGrTimerElement).active), { timeout: limit(15_000) }).toBe(false);
    await stopsAt(page, field(app, 'ticks'), 1500);
  });

  it('key_up carries the key and what the field holds; removing the embed ends its session (unload runs)', async () => {
    const { page, app, errors } = await open('events-keys');
    await tab(app, 'Keys').click();
    const typed = app.locator('gr-dropdown', { hasText: 'typed' }).locator('input').first();
    await typed.fill('');
    await typed.press('b');
    await expect.poll(() => field(app, 'keys').inputValue(), { timeout: limit(15_000) }).toBe('b|b');
    await typed.press('a');
    await expect.poll(() => field(app, 'keys').inputValue(), { timeout: limit(15_000) }).toBe('a|ba');

    // The server runs `unload` listeners when a session's heartbeat closes: the embed closes it when removed.
    // Gradio 5.14 never ran them here (it queues them as background tasks of the heartbeat's streaming
    // response, which a closed connection cancels), so only 6.x is checked.
    expect(errors).toEqual([]);
    if (gradio !== 6) return;
    // The app remembers which session sent the key_up, and answers whether that session's unload ran.
    const client = await Client.connect(`${suite.servers.events_app.url}/`);
    const unloaded = async () => (await client.predict('/key_session_unloaded', [])).data[0];
    try {
      expect(await unloaded()).toBe('no');
      await page.evaluate(() => document.querySelector('gradio-app')?.remove());
      await expect.poll(unloaded, { timeout: limit(30_000), interval: 500 }).toBe('yes');
    } finally {
      client.close();
    }
  });

  it.runIf(gradio >= 6)("a validator's rejection: each message on its input, nothing chained, a fix and a rerun go through", async () => {
    const { page, app, errors } = await open('validation');
    await tab(app, 'Validation').click();
    // As in Gradio's frontend: a text box and a number show the message under their label, other inputs (the
    // checkbox) in a banner of their block's status tracker.
    const message = (type: string, label: string) => app.locator(`.component-${type}`, { hasText: label }).locator('.validation-error');
    const banner = app.locator('.component-checkbox', { hasText: 'agree' }).locator('gr-status-tracker .validation-error');
    await field(app, 'age').fill('1');
    await field(app, 'place').fill('London');
    await app.locator('gr-checkbox', { hasText: 'agree' }).locator('input').uncheck();
    await button(app, 'Validate').click();
    await expect.poll(() => message('number', 'age').textContent(), { timeout: limit(15_000) }).toBe('Age must be at least 3');
    await expect.poll(() => message('textbox', 'place').textContent()).toBe('The place must not be London');
    await expect.poll(() => banner.textContent()).toBe('Please agree');
    expect(await field(app, 'age').getAttribute('aria-invalid')).toBe('true');
    expect(await message('textbox', 'place').locator('xpath=ancestor::gr-status-tracker').count()).toBe(0);
    await screenshot(page, 'events-validation');
    // Gradio's frontend shows no toast for messages it can put on their inputs, and chains nothing.
    await page.waitForTimeout(limit(800));
    expect(await app.locator('[role="alert"]').count()).toBe(0);
    expect(await field(app, 'processed').inputValue()).toBe('');
    expect(await field(app, 'then after validation').inputValue()).toBe('');
    // Editing an input takes its message back; the banner's × takes its own.
    await field(app, 'place').fill('Lyon');
    await expect.poll(() => message('textbox', 'place').count()).toBe(0);
    expect(await field(app, 'place').getAttribute('aria-invalid')).toBeNull();
    await banner.locator('button').click();
    await expect.poll(() => banner.count()).toBe(0);
    await app.locator('gr-checkbox', { hasText: 'agree' }).locator('input').check();
    await expect.poll(() => message('number', 'age').count()).toBe(1);
    // A message about an input the page does not show (a hidden text box) comes as a toast instead.
    await field(app, 'place').fill('expire');
    await field(app, 'age').fill('5');
    await button(app, 'Validate').click();
    await app.locator('[role="alert"]', { hasText: 'The session token expired' }).waitFor({ timeout: limit(15_000) });
    await field(app, 'place').fill('Lyon');
    await button(app, 'Validate').click();
    await expect.poll(() => field(app, 'processed').inputValue(), { timeout: limit(15_000) }).toBe('5 in Lyon');
    await expect.poll(() => field(app, 'then after validation').inputValue(), { timeout: limit(15_000) }).toBe('then ran');
    // The two rejected joins are the server's 422 answers, which the page's error log lists; nothing else.
    expect(errors.filter((error) => !/^http 422: .*\/queue\/join$/.test(error))).toEqual([]);
    expect(errors).toHaveLength(2);
  });

  it('gr.Info becomes a toast; client-side js runs only with allow-js', async () => {
    const blocked = await open('js-blocked');
    await tab(blocked.app, 'Messages').click();
    await field(blocked.app, 'note').fill('abc');
    await button(blocked.app, 'Notify').click();
    await blocked.app.locator('[role="status"]', { hasText: 'Got abc' }).waitFor({ timeout: limit(15_000) });
    await button(blocked.app, 'Reverse in browser').click();
    await blocked.app.locator('[role="status"]', { hasText: 'JavaScript not run' }).waitFor({ timeout: limit(15_000) });
    expect(await field(blocked.app, 'reversed').inputValue()).toBe('');
    await screenshot(blocked.page, 'events-js-blocked');

    const allowed = await open('js-allowed', 'allow-js');
    await tab(allowed.app, 'Messages').click();
    await field(allowed.app, 'note').fill('abc');
    await button(allowed.app, 'Reverse in browser').click();
    await expect.poll(() => field(allowed.app, 'reversed').inputValue(), { timeout: limit(15_000) }).toBe('cba');
  });
});
