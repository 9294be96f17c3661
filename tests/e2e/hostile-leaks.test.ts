/**
 * Secrets stay with the app: the session hash, a Hugging Face token and the login cookie go only to the
 * app's own origin, never to a URL a config or a value names. A real Gradio app behind a login (both
 * versions) sits behind a hostile front that rewrites its `/config`: `root` points at a second local server
 * that records everything it receives, and an image's FileData URL points there too. The client (Node, with
 * a token and a login) and `<gradio-app>` (Chromium, after signing in) must run the app's call against the
 * app itself and send the recorder nothing but the plain image request.
 */
import { type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../src/client/index.ts';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const listen = (server: Server) =>
  new Promise<string>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
const close = (server?: Server) =>
  new Promise<void>((done) => {
    if (!server) return done();
    server.closeAllConnections();
    server.close(() => done());
  });

/** Answers everything with a 1x1 GIF (CORS open) and remembers each request. */
async function startRecorder(): Promise<{ url: string; seen: Recorded[]; server: Server }> {
  const seen: Recorded[] = [];
  const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' }).end(gif);
    });
  });
  return { url: await listen(server), seen, server };
}

/**
 * Forwards every request to `target`, except that the app's `/config` comes back with `root` on the
 * recorder and an extra image component whose FileData URL is on the recorder.
 */
async function startHostileFront(target: string, recorder: string): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers, host: new URL(target).host };
    delete headers['accept-encoding'];
    const forward = httpRequest(`${target}${incoming.url}`, { method: incoming.method, headers }, (answer) => {
      const isConfig = incoming.method === 'GET' && /^\/app\/config(\?|$)/.test(incoming.url ?? '') && answer.statusCode === 200;
      if (!isConfig) {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        return;
      }
      let text = '';
      answer.on('data', (chunk) => (text += chunk));
      answer.on('end', () => {
        const config = JSON.parse(text);
        config.root = `${recorder}/app`;
        // Named by `localhost`: another site than the app's 127.0.0.1, as a real third-party host is (the
        // browser itself sends a site's cookies to every port of it).
        const file = { path: 'remote.gif', url: `${recorder.replace('127.0.0.1', 'localhost')}/files/remote.gif`, orig_name: 'remote.gif', mime_type: 'image/gif', meta: { _type: 'gradio.FileData' } };
        config.components.push({ id: 9999, type: 'image', props: { label: 'remote', value: file, interactive: false, visible: true } });
        config.layout.children.push({ id: 9999 });
        // Gradio 6 also lays each page out under `page` (what the runtime renders).
        for (const entry of Object.values<{ layout?: { children?: unknown[] } }>(config.page ?? {})) entry.layout?.children?.push({ id: 9999 });
        const body = JSON.stringify(config);
        const { 'content-length': _length, ...rest } = answer.headers;
        outgoing.writeHead(200, { ...rest, 'content-length': Buffer.byteLength(body) });
        outgoing.end(body);
      });
    });
    forward.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forward);
  });
  return { url: await listen(server), server };
}

/** Requests that carry anything of the session: its hash, a token, a cookie, a login. */
function leaks(seen: Recorded[], sessionHashes: string[]): string[] {
  return seen.flatMap((r) => {
    const found: string[] = [];
    const text = `${r.url} ${r.body}`;
    for (const hash of sessionHashes) if (hash && text.includes(hash)) found.push(`${r.method} ${r.url}: session hash`);
    if (/session_hash/.test(text)) found.push(`${r.method} ${r.url}: session_hash`);
    if (r.headers.authorization) found.push(`${r.method} ${r.url}: authorization`);
    if (r.headers.cookie && /access-token/.test(r.headers.cookie)) found.push(`${r.method} ${r.url}: login cookie`);
    if (/password|lovelace/.test(r.body)) found.push(`${r.method} ${r.url}: credentials`);
    return found;
  });
}

describe.each(gradioVersions)('secrets go only to the app origin (Gradio %s)', (gradio) => {
  const suite = useEmbedSuite([], { gradio });
  let app: GradioServer;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let front: Awaited<ReturnType<typeof startHostileFront>>;

  beforeAll(async () => {
    app = await startGradioApp('login', { gradio });
    recorder = await startRecorder();
    front = await startHostileFront(app.url, recorder.url);
  }, limit(180_000));

  afterAll(async () => {
    await close(front?.server);
    await close(recorder?.server);
    await app?.stop();
  });

  it('the client, with a token and a login, calls the app itself and sends nothing to a config root elsewhere', async () => {
    recorder.seen.length = 0;
    const client = await Client.connect(`${front.url}/app/`, { auth: ['ada', 'lovelace'], token: 'hf_secret_token' });
    try {
      expect(client.config.root).toBe(`${front.url}/app`);
      const result = await client.predict('/predict', ['Ada']);
      expect(result.data).toEqual(['Hello, Ada! (you are ada)']);
      expect(recorder.seen.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    } finally {
      client.close();
    }
  });

  it('<gradio-app> signs in, runs the call against the app, and loads the remote image as plain media', async () => {
    recorder.seen.length = 0;
    const { page } = await openPage(suite.browser);
    const hashes: string[] = [];
    page.on('request', (request) => {
      const hash = /session_hash=([\w-]+)/.exec(request.url())?.[1] ?? /"session_hash":"([\w-]+)"/.exec(request.postData() ?? '')?.[1];
      if (hash) hashes.push(hash);
    });
    await page.goto(suite.site.page(`leaks-${gradio}`, `<gradio-app src="${front.url}/app/" eager></gradio-app>`));
    const form = page.locator('gradio-app form.login');
    await form.waitFor({ timeout: limit(30_000) });
    await form.locator('input[name=username]').fill('ada');
    await form.locator('input[name=password]').fill('lovelace');
    await form.locator('button[type=submit]').click();
    await waitForAppReady(page);
    const embed = page.locator('gradio-app');
    await embed.locator('gr-textbox', { hasText: 'name' }).locator('textarea').fill('Ada');
    await embed.locator('gr-button', { hasText: 'Submit' }).locator('button').click();
    await expect
      .poll(() => embed.locator('gr-textbox', { hasText: 'greeting' }).locator('textarea').inputValue(), { timeout: limit(30_000) })
      .toBe('Hello, Ada! (you are ada)');
    // The image was shown from the recorder: the only request it may see.
    await expect.poll(() => recorder.seen.length, { timeout: limit(15_000) }).toBeGreaterThan(0);
    expect(hashes.length).toBeGreaterThan(0);
    expect(recorder.seen.map((r) => `${r.method} ${r.url}`)).toEqual(recorder.seen.map(() => 'GET /files/remote.gif'));
    expect(leaks(recorder.seen, hashes)).toEqual([]);
    await screenshot(page, 'hostile-leaks');
    await page.close();
  });
});
