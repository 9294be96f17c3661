/**
 * `<gradio-app>` when its server fails, through the fault-injection proxy (`tests/helpers/fault-proxy.ts`) in
 * front of a real Gradio 5.14 / 6.25 app: the server killed mid-stream shows the error on the output and in a
 * toast, and the page stays usable; once the server is back the next action works, with no reload.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { type FaultProxy, startFaultProxy } from '../helpers/fault-proxy.ts';
import { type EmbedSite, screenshot, startEmbedSite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const field = (app: Locator, label: string) =>
  app.locator('gr-textbox, gr-number', { hasText: label }).locator('textarea, input').first();
const button = (app: Locator, text: string) => app.locator('gr-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).locator('button');
const tracker = (app: Locator, label: string) =>
  app.locator('.component', { has: app.page().locator('gr-textbox', { hasText: label }) }).locator('gr-status-tracker');

describe.each(gradioVersions)('<gradio-app> when the server fails (Gradio %s)', (gradio) => {
  let server: GradioServer;
  let proxy: FaultProxy;
  let site: EmbedSite;
  let browser: Browser;

  beforeAll(async () => {
    // (start-up takes seconds; minutes on a machine shared by many jobs: the limits say so)
    server = await startGradioApp('faults', { gradio, timeoutMs: 300_000 });
    proxy = await startFaultProxy(server.url);
    site = await startEmbedSite();
    browser = await launchChromium();
  }, limit(600_000));

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await proxy?.close();
    await server?.stop();
  });

  it('shows the error of a call cut by the server dying, stays usable, and recovers once the server is back', async () => {
    const { page } = await openPage(browser);
    await page.goto(site.page(`faults-${gradio}`, `<gradio-app src="${proxy.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    await field(app, 'text').fill('kill');
    await field(app, 'steps').fill('40');
    await button(app, 'Stream').click();
    await expect.poll(() => field(app, 'out').inputValue(), { timeout: limit(30_000) }).toContain('kill 1');
    await server.stop();
    // A toast says the connection was lost (first: it closes after 10 s), and the output's tracker shows an error.
    const alerts = () => app.locator('[role="alert"]').allTextContents().then((texts) => texts.join(' | '));
    await expect.poll(alerts, { timeout: limit(10_000), interval: 100 }).toMatch(/Connection lost/);
    await expect.poll(() => tracker(app, 'out').locator('.error').count(), { timeout: limit(10_000) }).toBe(1);
    await screenshot(page, `faults-killed-gradio${gradio}`);
    // Still usable while the server is down: another action answers with its own error, nothing hangs.
    await field(app, 'text').fill('down');
    await button(app, 'Echo').click();
    await expect.poll(alerts, { timeout: limit(15_000), interval: 100 }).toMatch(/Server unavailable \(502/);
    // The server comes back (on another port, maybe: the proxy follows); the same page works again.
    await server.restart();
    proxy.target = server.url;
    await field(app, 'text').fill('back');
    await button(app, 'Echo').click();
    await expect.poll(() => field(app, 'out').inputValue(), { timeout: limit(30_000) }).toBe('back');
    await field(app, 'text').fill('again');
    await field(app, 'steps').fill('2');
    await button(app, 'Stream').click();
    await expect.poll(() => field(app, 'out').inputValue(), { timeout: limit(30_000) }).toBe('again 1\nagain 2\n');
    await screenshot(page, `faults-recovered-gradio${gradio}`);
    await page.close();
  }, limit(600_000));
});
