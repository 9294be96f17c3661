/**
 * Client-side functions (`js=True`, Gradio 6 only) in `<gradio-app>` on a page with a strict Content Security
 * Policy: `script-src 'self' <cdn>; object-src 'none'`, no `unsafe-eval`, and no `allow-js`. The transpiled
 * functions of examples/apps/client_functions.py run in the browser through the interpreter (no request for
 * them reaches the server's queue), an input the interpreter refuses and a function groovy could not
 * transpile run on the server, and the page reports no CSP violation.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, embedScripts, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const hasGradio6 = gradioVersions.includes(6);
if (!hasGradio6) {
  process.stderr.write('[client-functions] skipped: js=True exists only in Gradio 6, and Gradio 6.25 is not available here\n');
}

/** A page server that sends every page with a Content-Security-Policy header (the static server sends none). */
interface Served {
  body: string;
  csp: string;
  type?: string;
}

async function startCspSite(): Promise<{ url: string; pages: Map<string, Served>; close(): Promise<void> }> {
  const pages = new Map<string, Served>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': page.csp,
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page script ('self') that tries what Gradio's own frontend does with js_implementation. */
const evalProbe = `try {
  new Function('return 1')();
  document.documentElement.dataset.evalProbe = 'ran';
} catch (error) {
  document.documentElement.dataset.evalProbe = error.name;
}
`;

interface Dep {
  id: number;
  api_name: string;
  js: unknown;
  js_implementation: string | null;
}

describe.skipIf(!hasGradio6)('client-side functions under a strict CSP (Gradio 6)', () => {
  const suite: EmbedSuite = useEmbedSuite(['client_functions'], { gradio: 6 });
  let site: Awaited<ReturnType<typeof startCspSite>>;
  let deps: Dep[];

  beforeAll(async () => {
    site = await startCspSite();
    const config = (await (await fetch(`${suite.servers.client_functions.url}/config`)).json()) as { dependencies: Dep[] };
    deps = config.dependencies;
  });
  afterAll(async () => {
    await site?.close();
  });

  const fnIndex = (apiName: string) => {
    const dep = deps.find((d) => d.api_name === apiName);
    if (!dep) throw new Error(`no dependency named ${apiName}`);
    return dep.id;
  };

  interface Opened {
    page: Page;
    app: Locator;
    errors: string[];
    /** fn_index of every queue/join (and every /run call's endpoint) the page sent. */
    joined: number[];
    runs: string[];
    violations: () => Promise<string[]>;
  }

  async function open(name: string, head = ''): Promise<Opened> {
    const cdn = new URL(suite.site.cdn.url).origin;
    const csp = `script-src 'self' ${cdn}; object-src 'none'`;
    site.pages.set('/eval-probe.js', { csp, type: 'text/javascript', body: evalProbe });
    site.pages.set(`/${name}`, {
      csp,
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${name}</title>
<script type="module" src="${suite.site.cdn.url}/${embedScripts.embed}"></script>${head}</head>
<body><gradio-app src="${suite.servers.client_functions.url}/" eager></gradio-app></body></html>`,
    });
    const { page, errors } = await openPage(suite.browser);
    // Registered by the test harness before any page script (CDP scripts are not subject to the page's CSP).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const joined: number[] = [];
    const runs: string[] = [];
    page.on('request', (request: Request) => {
      const url = request.url();
      if (url.includes('/queue/join')) joined.push((request.postDataJSON() as { fn_index: number }).fn_index);
      else if (/\/run\/|\/call\//.test(url)) runs.push(url);
    });
    await page.goto(`${site.url}/${name}`);
    await waitForAppReady(page);
    return {
      page,
      app: page.locator('gradio-app'),
      errors,
      joined,
      runs,
      violations: () => page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]),
    };
  }

  const field = (app: Locator, label: string) =>
    app.locator('gr-textbox, gr-number', { hasText: label }).locator('textarea, input').first();
  const button = (app: Locator, text: string) =>
    app.locator('gr-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).locator('button');

  it('the config carries groovy output for the client-side events and none for the one it could not transpile', () => {
    const byName = Object.fromEntries(deps.map((d) => [d.api_name, d]));
    expect(byName.hide_details.js).toBe(true);
    expect(byName.hide_details.js_implementation).toMatch(/"visible": false/);
    expect(byName.greet.js_implementation).toMatch(/^function greet\(name\)/);
    expect(byName.server_answer.js).toBe(true);
    expect(byName.server_answer.js_implementation).toBeNull();
    // groovy keeps the name, not its value: Gradio's own frontend would show the label "label".
    expect(byName.relabel.js_implementation).toMatch(/\{"label": "label", "__type__": "update"\}/);
  });

  it('the policy is in force: a page script cannot evaluate code, and the violation is reported', async () => {
    const { page, violations } = await open('client-functions-policy', '<script type="module" src="/eval-probe.js"></script>');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.evalProbe ?? ''), { timeout: limit(10_000) }).toBe('EvalError');
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
    await page.close();
  });

  it('runs the transpiled functions in the browser: updates and values appear with no request to the server', async () => {
    const { page, app, errors, joined, runs, violations } = await open('client-functions');
    const details = app.locator('gr-textbox', { hasText: 'Details' });
    await expect.poll(() => details.isVisible()).toBe(true);

    await button(app, 'Hide details').click();
    await expect.poll(() => details.isVisible(), { timeout: limit(10_000) }).toBe(false);
    await button(app, 'Show details').click();
    await expect.poll(() => details.isVisible(), { timeout: limit(10_000) }).toBe(true);

    await field(app, 'Name').fill('Ada');
    await button(app, 'Greet').click();
    await expect.poll(() => field(app, 'Greeting').inputValue(), { timeout: limit(10_000) }).toBe('Hello, Ada!');

    await field(app, 'Number').fill('2.5');
    await button(app, 'Scale').click();
    await expect.poll(() => field(app, 'Scaled').inputValue(), { timeout: limit(10_000) }).toBe('6');

    await field(app, 'Word').fill('gradio');
    await button(app, 'Count letters').click();
    await expect.poll(() => field(app, 'Letters').inputValue(), { timeout: limit(10_000) }).toBe('6');

    await screenshot(page, 'client-functions');
    const clientSide = ['hide_details', 'show_details', 'greet', 'scale', 'count_letters'].map(fnIndex);
    expect(joined.filter((id) => clientSide.includes(id))).toEqual([]);
    expect(runs).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back to the server for a function groovy could not transpile, an input the interpreter refuses, and a lost value', async () => {
    const { page, app, errors, joined, violations } = await open('client-functions-fallback');
    await button(app, 'Ask the server').click();
    await expect.poll(() => field(app, 'Server answer').inputValue(), { timeout: limit(20_000) }).toBe('answer: 42');
    expect(joined).toContain(fnIndex('server_answer'));

    // Python's len counts the emoji as one letter; JavaScript's length would say 2: the server answers.
    await field(app, 'Word').fill('hi😀');
    await button(app, 'Count letters').click();
    await expect.poll(() => field(app, 'Letters').inputValue(), { timeout: limit(20_000) }).toBe('3');
    expect(joined).toContain(fnIndex('count_letters'));

    // A value groovy lost: the server computes the label.
    await button(app, 'Relabel').click();
    await expect.poll(() => app.locator('gr-textbox', { hasText: 'Relabelled' }).count(), { timeout: limit(20_000) }).toBe(1);
    expect(joined).toContain(fnIndex('relabel'));

    await screenshot(page, 'client-functions-fallback');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
