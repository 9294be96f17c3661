/**
 * Hosted Spaces: a Space id resolved through the Hub, and the Space's state while it sleeps, builds or
 * starts, in `gradio-kit/client` (Node) and in `<gradio-app space>` (Chromium).
 *
 * The Hugging Face Hub is not reachable from these machines: the Hub here is a loopback STAND-IN whose
 * answers follow the Hub API's documented shapes (`GET /api/spaces/{id}/host` -> `{host}`,
 * `GET /api/spaces/{id}` -> `{id, runtime: {stage, errorMessage?}}`, spec protocol.md §1.7 and Appendix C).
 * The app behind the "Space" is a real Gradio server.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, SpaceError, type SpaceStatus } from '../../src/client/index.ts';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

interface StandIn {
  url: string;
  /** Stages each Space answers, one per status request (the last one repeats). */
  stages: Record<string, string[]>;
  /** The Authorization header of each request, by path. */
  seen: Array<{ path: string; authorization?: string }>;
  server: Server;
}

async function startHub(appUrl: () => string): Promise<StandIn> {
  const hub = { stages: {}, seen: [] } as unknown as StandIn;
  hub.server = createServer((request: IncomingMessage, response) => {
    const path = new URL(request.url ?? '/', 'http://hub').pathname;
    hub.seen.push({ path, authorization: request.headers.authorization });
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', 'authorization');
    if (request.method === 'OPTIONS') return void response.end();
    const match = /^\/api\/spaces\/([\w.-]+\/[\w.-]+)(\/host)?$/.exec(path);
    const stages = match ? hub.stages[match[1]] : undefined;
    if (!match || !stages) {
      response.statusCode = 404;
      return void response.end(JSON.stringify({ error: 'Repository not found' }));
    }
    response.setHeader('content-type', 'application/json');
    if (match[2]) return void response.end(JSON.stringify({ subdomain: 'x', host: appUrl() }));
    const stage = stages.length > 1 ? (stages.shift() as string) : stages[0];
    const runtime: Record<string, unknown> = { stage, hardware: { current: 'cpu-basic' } };
    if (stage === 'RUNTIME_ERROR') runtime.errorMessage = 'Exit code: 1. Reason: ModuleNotFoundError';
    response.end(JSON.stringify({ id: match[1], runtime }));
  });
  await new Promise<void>((resolve) => hub.server.listen(0, '127.0.0.1', resolve));
  hub.url = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`;
  return hub;
}

const suite = useEmbedSuite(['hello']);
let hub: StandIn;

beforeAll(async () => {
  hub = await startHub(() => suite.servers.hello.url);
});
afterAll(() => new Promise<void>((resolve) => hub?.server.close(() => resolve())));

describe('Spaces through a stand-in Hub', () => {
  it('client: waits for a sleeping Space to start, reporting each state; the token goes to the Hub', async () => {
    hub.stages['ada/sleepy'] = ['SLEEPING', 'SLEEPING', 'APP_STARTING', 'RUNNING'];
    const seen: SpaceStatus[] = [];
    const client = await Client.connect('ada/sleepy', { hub: hub.url, token: 'hf_test', onSpaceStatus: (s) => seen.push(s) });
    expect(seen.map((s) => s.state)).toEqual(['sleeping', 'starting', 'running']);
    expect(client.config.root).toBe(suite.servers.hello.url);
    expect((await client.predict('/predict', ['Space'])).data).toEqual(['Hello, Space!']);
    expect(hub.seen.filter((r) => r.path.startsWith('/api/spaces/ada/sleepy')).every((r) => r.authorization === 'Bearer hf_test')).toBe(true);
    client.close();
  });

  it('client: a paused Space and a broken one reject with a SpaceError carrying the Hub’s message', async () => {
    hub.stages['ada/paused'] = ['PAUSED'];
    hub.stages['ada/broken'] = ['RUNTIME_ERROR'];
    const paused = await Client.connect('ada/paused', { hub: hub.url, onSpaceStatus: () => {} }).catch((e) => e);
    expect(paused).toBeInstanceOf(SpaceError);
    expect(paused.state).toBe('paused');
    expect(paused.message).toMatch(/ada\/paused is paused by its owner/);
    const broken = await Client.connect('ada/broken', { hub: hub.url, onSpaceStatus: () => {} }).catch((e) => e);
    expect(broken.name).toBe('SpaceError');
    expect(broken.message).toMatch(/RUNTIME_ERROR.*ModuleNotFoundError/);
    // An unknown Space is a NotFoundError, as before.
    expect((await Client.connect('ada/none', { hub: hub.url }).catch((e) => e)).name).toBe('NotFoundError');
  });

  it('<gradio-app space>: shows that the Space is asleep, then the app once it runs', async () => {
    hub.stages['ada/embed'] = ['SLEEPING', 'SLEEPING', 'SLEEPING', 'BUILDING', 'RUNNING'];
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page('space-sleeping', `<gradio-app space="ada/embed" hub="${hub.url}" eager></gradio-app>`));
    const loading = page.locator('gradio-app .app-loading');
    await expect.poll(() => loading.textContent().catch(() => ''), { timeout: limit(15_000) }).toContain('asleep');
    await screenshot(page, 'space-sleeping');
    await waitForAppReady(page);
    await page.locator('gradio-app gr-textbox').first().locator('textarea, input').fill('Hub');
    await page.locator('gradio-app gr-button', { hasText: 'Submit' }).locator('button').click();
    await expect
      .poll(() => page.locator('gradio-app gr-textbox').nth(1).locator('textarea, input').inputValue(), { timeout: limit(15_000) })
      .toBe('Hello, Hub!');
    expect(errors).toEqual([]);
  });

  it('<gradio-app space>: a broken Space shows the Hub’s message and fires error', async () => {
    hub.stages['ada/broken-embed'] = ['RUNTIME_ERROR'];
    const { page } = await openPage(suite.browser);
    await page.goto(
      suite.site.page(
        'space-broken',
        `<script>addEventListener('error', (e) => { if (e.detail) window.__error = e.detail; }, true);</script>
<gradio-app space="ada/broken-embed" hub="${hub.url}" eager></gradio-app>`,
      ),
    );
    const shown = page.locator('gradio-app .app-error');
    await shown.waitFor({ timeout: limit(15_000) });
    expect(await shown.textContent()).toContain('ModuleNotFoundError');
    expect(await page.evaluate(() => (window as unknown as { __error: { name: string } }).__error.name)).toBe('SpaceError');
    await screenshot(page, 'space-broken');
  });
});
