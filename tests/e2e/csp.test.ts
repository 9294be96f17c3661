/**
 * `<gradio-app>` in pages with a strict Content-Security-Policy, served as an embedder would serve them: the
 * kit from a CDN origin, the page from its own, the app on a real Gradio 5.14 / 6.25 server.
 *
 * - strict: no `unsafe-eval`, no inline script, nothing but the CDN may run script, the app's origin only for
 *   requests and media (the README's policy);
 * - trusted types: the same, plus `require-trusted-types-for 'script'` with the one policy name the kit uses.
 *
 * The app (examples/apps/strict_page.py) renders Markdown, HTML, custom CSS, a chat, a line plot and a Plotly
 * figure (plotly.js from the kit's own files), and one call fills the chat, a Markdown output and a toast:
 * every path that turns server text into markup. No `securitypolicyviolation` may be reported, no console
 * error or page error.
 */
import { type Server, createServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { embedScripts, screenshot, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const repo = resolve(import.meta.dirname, '../..');

/** The policy the README gives embedders, for a kit served from `cdn` and an app at `app` (origins). */
function embedPolicy(cdn: string, app: string, trustedTypes: boolean): string {
  const directives = [
    "default-src 'none'",
    `script-src ${cdn}`,
    `style-src ${cdn} 'unsafe-inline'`,
    `connect-src ${app}`,
    `img-src ${app} data: blob:`,
    `media-src ${app} data: blob:`,
    `font-src ${app} data:`,
    "base-uri 'none'",
    "object-src 'none'",
    ...(trustedTypes ? ["require-trusted-types-for 'script'", 'trusted-types gradio-kit'] : []),
  ];
  return directives.join('; ');
}

/** A page server that sends each page with its own Content-Security-Policy header. */
async function startPolicySite(): Promise<{ url: string; serve(path: string, html: string, policy: string): string; close(): Promise<void> }> {
  const pages = new Map<string, { html: string; policy: string }>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.policy });
    response.end(page.html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    serve(path, html, policy) {
      pages.set(path, { html, policy });
      return `${url}${path}`;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Records every CSP violation (Trusted Types ones included) from the first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const target = event.composedPath()[0] as Element | undefined;
        const where = target?.outerHTML?.slice(0, 160) ?? target?.nodeName ?? '';
        seen.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample} at ${event.sourceFile}:${event.lineNumber} on ${where}`.trim());
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe.each(gradioVersions)('<gradio-app> under a strict Content-Security-Policy (Gradio %s)', (gradio) => {
  let app: GradioServer;
  let cdn: StaticServer;
  let site: Awaited<ReturnType<typeof startPolicySite>>;
  let browser: Browser;

  beforeAll(async () => {
    [app, cdn, site, browser] = await Promise.all([
      startGradioApp('strict_page', { gradio }),
      startStaticServer(join(repo, 'dist'), { cors: true }),
      startPolicySite(),
      launchChromium(),
    ]);
  }, limit(180_000));

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await cdn?.close();
    await app?.stop();
  });

  // The one-tag embed under both policies; the CDN entry (every element defined up front) under the strictest.
  const cases = [
    { trustedTypes: false, script: 'embed' },
    { trustedTypes: true, script: 'embed' },
    { trustedTypes: true, script: 'cdn' },
  ] as const;
  for (const { trustedTypes, script } of cases) {
    it(`${trustedTypes ? 'with Trusted Types enforced' : 'no eval, no inline script'}, ${embedScripts[script]}: the app renders and a call works, with no violation`, async () => {
      const name = `${trustedTypes ? 'csp-trusted-types' : 'csp-strict'}${script === 'cdn' ? '-cdn' : ''}`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>
<script type="module" src="${cdn.url}/${embedScripts[script]}"></script></head>
<body><gradio-app src="${app.url}/" eager></gradio-app></body></html>`;
      const url = site.serve(`/${name}`, html, embedPolicy(cdn.url, app.url, trustedTypes));
      const { page, errors } = await openPage(browser);
      const violations = await recordViolations(page);
      await page.goto(url);
      await waitForAppReady(page);
      const embed = page.locator('gradio-app');
      await expect.poll(() => embed.locator('gr-markdown').first().textContent()).toContain('Strict page');
      expect(await embed.locator('gr-html').textContent()).toContain('Server HTML');
      // The plot draws its line: Vega runs its expressions through the interpreter, not `new Function`.
      await expect.poll(() => embed.locator('gr-native-plot svg .mark-line path').count(), { timeout: limit(30_000) }).toBe(1);
      // plotly.js (the kit's own copy, from the CDN origin) draws its bars: no eval, no untrusted HTML sink.
      const plotly = () => embed.locator('gr-plot').evaluate((plot) => plot.querySelector('.plot-error')?.textContent ?? plot.querySelectorAll('.main-svg .bars path').length);
      await expect.poll(plotly, { timeout: limit(40_000) }).toBe(3);
      await embed.locator('gr-textbox', { hasText: 'message' }).locator('textarea').fill('hi <b>there</b>');
      await embed.locator('gr-button', { hasText: 'Send' }).locator('button').click();
      await expect.poll(() => embed.locator('gr-chatbot').textContent(), { timeout: limit(30_000) }).toContain('You said');
      await expect.poll(() => embed.locator('gr-markdown', { hasText: 'Echo' }).count(), { timeout: limit(15_000) }).toBe(1);
      await expect.poll(() => embed.locator('gr-toast').textContent(), { timeout: limit(15_000) }).toMatch(/Got\s*15\s*characters/);
      expect(await embed.locator('gr-toast b').textContent()).toBe('15');
      await screenshot(page, name);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
