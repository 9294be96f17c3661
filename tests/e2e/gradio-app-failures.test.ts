/**
 * `<gradio-app>` when the app cannot be shown: each failure shows a clear message inside the element and
 * fires `error` with a typed detail. The broken servers are small loopback stand-ins for the edge cases
 * (a page that is not Gradio, a 500, a malformed config, a CORS refusal); the login case is a real Gradio
 * app launched with `auth=`. Through the one-tag embed, the README's embed line, which loads the login form's
 * element only when an app asks for a login.
 */
import { type Server, createServer } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { type EmbedSite, screenshot, startEmbedSite } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let browser: Browser;
let site: EmbedSite;
let broken: Server;
let brokenUrl: string;
let logins: GradioServer[] = [];

/** Answers per path: what a broken or foreign server might send. */
function startBrokenServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/not-gradio/')) {
      response.writeHead(404, { ...cors, 'content-type': 'text/html' }).end('<h1>Just a blog</h1>');
    } else if (path.startsWith('/server-error/')) {
      response.writeHead(500, { ...cors, 'content-type': 'text/plain' }).end('Internal Server Error');
    } else if (path.startsWith('/malformed/')) {
      response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"version": "5.14.0", "components": [');
    } else if (path.startsWith('/no-layout/')) {
      response
        .writeHead(200, { ...cors, 'content-type': 'application/json' })
        .end(JSON.stringify({ version: '5.14.0', api_prefix: '/gradio_api', protocol: 'sse_v3', components: [], dependencies: [] }));
    } else if (path.startsWith('/no-cors/')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else {
      response.writeHead(404, cors).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const recorder = `<script>
  window.__events = [];
  addEventListener('render', () => window.__events.push({ type: 'render' }), true);
  addEventListener('error', (e) => { if (e.detail) window.__events.push({ type: 'error', detail: e.detail }); }, true);
</script>`;

async function embedAndWait(name: string, src: string): Promise<{ page: Page; event: { type: string; detail?: Record<string, string> } }> {
  const { page } = await openPage(browser);
  await page.goto(site.page(name, `${recorder}<gradio-app src="${src}" eager></gradio-app>`));
  await page.waitForFunction(() => (window as unknown as { __events: unknown[] }).__events.length > 0, null, {
    timeout: limit(30_000),
  });
  const [event] = await page.evaluate(() => (window as unknown as { __events: Array<Record<string, unknown>> }).__events);
  return { page, event: event as { type: string; detail?: Record<string, string> } };
}

async function shownError(page: Page): Promise<string> {
  return (await page.locator('gradio-app .app-error').textContent()) ?? '';
}

beforeAll(async () => {
  broken = await startBrokenServer();
  const address = broken.address();
  brokenUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  logins = await Promise.all(gradioVersions.map((gradio) => startGradioApp('login', { gradio })));
  site = await startEmbedSite({ script: 'embed' });
  browser = await launchChromium();
}, limit(120_000));

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all(logins.map((login) => login.stop()));
  await new Promise((resolve) => broken?.close(resolve));
});

describe('<gradio-app> failures', () => {
  it('a URL that is not a Gradio app', async () => {
    const { page, event } = await embedAndWait('not-gradio', `${brokenUrl}/not-gradio/`);
    expect(event.type).toBe('error');
    expect(event.detail?.name).toBe('NotFoundError');
    expect(await shownError(page)).toContain(`${brokenUrl}/not-gradio/`);
    await screenshot(page, 'failure-not-gradio');
  });

  it('a config request answering 500', async () => {
    const { page, event } = await embedAndWait('server-error', `${brokenUrl}/server-error/`);
    expect(event.type).toBe('error');
    expect(event.detail?.message).toMatch(/500/);
    expect(await shownError(page)).toMatch(/500/);
  });

  it('a malformed config', async () => {
    const { page, event } = await embedAndWait('malformed', `${brokenUrl}/malformed/`);
    expect(event.type).toBe('error');
    expect(await shownError(page)).toMatch(/could not be loaded/i);
    const { event: noLayout } = await embedAndWait('no-layout', `${brokenUrl}/no-layout/`);
    expect(noLayout.type).toBe('error');
    expect(noLayout.detail?.message).toMatch(/layout/);
  });

  it('a CORS refusal', async () => {
    const { page, event } = await embedAndWait('no-cors', `${brokenUrl}/no-cors/`);
    expect(event.type).toBe('error');
    expect(event.detail?.name).toBe('ConnectionError');
    expect(await shownError(page)).toContain(`${brokenUrl}/no-cors/`);
  });

  it.each(gradioVersions)('an app behind a login (Gradio %s) shows a login form, then the app; a login that ends mid-session brings the form back and keeps the values', async (gradio) => {
    const login = logins[gradioVersions.indexOf(gradio)];
    const { page } = await openPage(browser);
    await page.goto(site.page('login', `${recorder}<gradio-app src="${login.url}/app/" eager></gradio-app>`));
    const form = page.locator('gradio-app form.login');
    await form.waitFor({ timeout: limit(30_000) });
    expect(await form.textContent()).toContain('Login');
    await form.locator('input[name=username]').fill('ada');
    await form.locator('input[name=password]').fill('wrong');
    await form.locator('button[type=submit]').click();
    await page.locator('gradio-app .login-error').waitFor({ timeout: limit(15_000) });
    await form.locator('input[name=password]').fill('lovelace');
    await form.locator('button[type=submit]').click();
    const app = page.locator('gradio-app');
    await app.locator('gr-textbox').first().locator('textarea, input').waitFor({ timeout: limit(30_000) });
    await app.locator('gr-textbox').first().locator('textarea, input').fill('Ada');
    await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
    const output = app.locator('gr-textbox').nth(1).locator('textarea, input');
    await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, Ada! (you are ada)');
    await screenshot(page, `login-then-app-gradio${gradio}`);

    // The login ends mid-session (the same user logs out elsewhere: Gradio forgets every login of that user).
    const base = `${login.url}/app`;
    const other = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ username: 'ada', password: 'lovelace' }) });
    const cookie = other.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    await fetch(`${base}/logout`, { headers: { cookie }, redirect: 'manual' });
    await app.locator('gr-textbox').first().locator('textarea, input').fill('Bob');
    await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
    // The form comes back saying why, not the client's error; what the user typed is kept.
    await form.waitFor({ timeout: limit(15_000) });
    expect(await page.locator('gradio-app .login-error').textContent()).toMatch(/sign-in has ended/);
    expect(await page.locator('gradio-app gr-toast').count()).toBe(0);
    await form.locator('input[name=username]').fill('ada');
    await form.locator('input[name=password]').fill('lovelace');
    await form.locator('button[type=submit]').click();
    const name = app.locator('gr-textbox').first().locator('textarea, input');
    await name.waitFor({ timeout: limit(30_000) });
    expect(await name.inputValue()).toBe('Bob');
    await app.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
    await expect.poll(() => output.inputValue(), { timeout: limit(15_000) }).toBe('Hello, Bob! (you are ada)');
  });
});
