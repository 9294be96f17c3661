/**
 * Starts a tiny loopback control server through which the client suite (in Node for `client-node`, in
 * Chromium for `client-browser`) has Node start and stop the real Gradio servers it runs against:
 * - `POST /apps?gradio=N` starts every app of {@link apps} on Gradio N -> `{name: url}`;
 *   `POST /apps/stop?gradio=N` stops them. The suite holds them only while its tests of that version run:
 *   an idle Gradio 6 app polls its queue every millisecond (about 3% of a core each), so apps kept for the
 *   whole test run would cost the rest of the suite a good part of a core.
 * - `POST /start?app=NAME&gradio=N` -> `{url}` starts a fresh app; `POST /kill?url=URL` kills it (mid-stream).
 *
 * The apps of one version share one server (`examples/apps/_all_apps.py`, each mounted at `/<name>`): one
 * Gradio start-up instead of eleven, per version and per project (44 start-ups were about 90 s of the
 * suite's start on two cores). Each app keeps its own queue, so a full queue or a cancel stays its own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { type GradioApps, type GradioMajor, type GradioServer, gradioVersions, startGradioApp, startGradioApps } from '../../scripts/gradio-server';

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
    /** The Gradio majors the apps run on (5, and 6 where its sources are there). */
    gradioVersions: GradioMajor[];
    /** The control server's URL. */
    gradioControl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const suites = new Map<GradioMajor, GradioApps>();
  const extra = new Map<string, GradioServer>();
  const control = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://control');
    response.setHeader('access-control-allow-origin', '*');
    try {
      const gradio = Number(url.searchParams.get('gradio') ?? 5) as GradioMajor;
      if (url.pathname === '/apps') {
        const started = suites.get(gradio) ?? (await startGradioApps(apps, { gradio, timeoutMs: 600_000 }));
        suites.set(gradio, started);
        response.end(JSON.stringify(started.urls));
      } else if (url.pathname === '/apps/stop') {
        const started = suites.get(gradio);
        suites.delete(gradio);
        await started?.server.stop();
        response.end('{}');
      } else if (url.pathname === '/start') {
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
  project.provide('gradioVersions', [...gradioVersions]);
  project.provide('gradioControl', `http://127.0.0.1:${(control.address() as AddressInfo).port}`);
  return async () => {
    control.close();
    await Promise.all([...[...suites.values()].map((s) => s.server), ...extra.values()].map((s) => s.stop()));
  };
}
