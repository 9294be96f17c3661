/**
 * The demo page of `npm start` (scripts/demo.ts), as it is served, with real apps: every embed renders. The
 * login app is mounted below `/app` of a FastAPI app, so its embed must point there (the demo reads the mount
 * path and the login from the app's source); the plain app is served at its root. Both Gradio versions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { appEntry, serveDemo } from '../../scripts/demo.ts';
import type { StaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import type { Browser } from 'playwright-core';
import { waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const apps = ['hello', 'login'] as const;

describe.each(gradioVersions)('the demo page of npm start (Gradio %s)', (gradio) => {
  let servers: GradioServer[] = [];
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    servers = await Promise.all(apps.map((app) => startGradioApp(app, { gradio })));
    site = await serveDemo(servers, []);
    browser = await launchChromium();
  }, limit(180_000));

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('reads where each app lives and the login it asks for from its source', () => {
    const [hello, login] = servers;
    expect(appEntry(hello)).toEqual({ url: `${hello.url}/`, login: null });
    expect(appEntry(login)).toEqual({ url: `${login.url}/app/`, login: ['ada', 'lovelace'] });
  });

  it('every embed renders: the plain app at once, the login app after signing in with the login the page shows', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${site.url}/`);
    const hello = 'section[data-app="hello"] gradio-app';
    const login = 'section[data-app="login"] gradio-app';
    await waitForAppReady(page, hello);
    const form = page.locator(`${login} form.login`);
    await form.waitFor({ timeout: limit(30_000) });
    const [user, password] = await page.locator('section[data-app="login"] .login-hint code').allTextContents();
    await form.locator('input[name="username"]').fill(user);
    await form.locator('input[name="password"]').fill(password);
    await form.locator('button[type="submit"]').click();
    await waitForAppReady(page, login);
    // The signed-in session runs a call.
    const app = page.locator(login);
    await app.locator('gr-textbox', { hasText: 'name' }).locator('textarea').fill('Ada');
    await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
    await expect
      .poll(() => app.locator('gr-textbox', { hasText: 'greeting' }).locator('textarea').inputValue(), { timeout: limit(30_000) })
      .toBe('Hello, Ada! (you are ada)');
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});
