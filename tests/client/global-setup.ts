/**
 * Starts the real Gradio servers the client suite runs against (in Node, for both the `client-node` and the
 * `client-browser` projects) and hands their URLs to the tests with `provide` / `inject`.
 *
 * It also starts a tiny loopback control server, so that a test running in Chromium can ask Node to start a
 * fresh app and to kill it in the middle of a stream (`POST /start?app=NAME` -> `{url}`, `POST /kill?url=URL`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { type GradioMajor, type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server';

export const apps = [
  'hello',
  'stream_text',
  'progress',
  'state_counter',
  'error',
  'file_upload',
  'chatbot_stream',
  'client_features',
  'queue_full',
  'login',
  'media_stream',
] as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Gradio major -> app name -> base URL (`http://127.0.0.1:PORT`). */
    gradioApps: Record<string, Record<string, string>>;
    /** The Gradio majors the apps run on (5, and 6 where its sources are there). */
    gradioVersions: GradioMajor[];
    /** The control server's URL. */
    gradioControl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: GradioServer[] = [];
  const urls: Record<string, Record<string, string>> = {};
  // Two at a time: each start-up is CPU-bound (about 2 s) and the machine has 2 cores.
  const wanted = gradioVersions.flatMap((gradio) => apps.map((app) => ({ app, gradio })));
  for (let i = 0; i < wanted.length; i += 2) {
    const started = await Promise.all(wanted.slice(i, i + 2).map(({ app, gradio }) => startGradioApp(app, { gradio })));
    for (const server of started) {
      servers.push(server);
      urls[server.gradio] = { ...urls[server.gradio], [server.app]: server.url };
    }
  }
  const extra = new Map<string, GradioServer>();
  const control = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://control');
    response.setHeader('access-control-allow-origin', '*');
    try {
      if (url.pathname === '/start') {
        const gradio = Number(url.searchParams.get('gradio') ?? 5) as GradioMajor;
        const server = await startGradioApp(url.searchParams.get('app') ?? 'stream_text', { gradio });
        extra.set(server.url, server);
        response.end(JSON.stringify({ url: server.url }));
      } else if (url.pathname === '/kill') {
        const target = url.searchParams.get('url') ?? '';
        await extra.get(target.replace('localhost', '127.0.0.1'))?.stop();
        response.end('{}');
      } else response.end('{}');
    } catch (error) {
      response.statusCode = 500;
      response.end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('gradioApps', urls);
  project.provide('gradioVersions', [...gradioVersions]);
  project.provide('gradioControl', `http://127.0.0.1:${(control.address() as AddressInfo).port}`);
  return async () => {
    control.close();
    await Promise.all([...servers, ...extra.values()].map((s) => s.stop()));
  };
}
