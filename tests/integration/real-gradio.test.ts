/**
 * Proves the test servers are a real Gradio 5.14 and a real Gradio 6.25: their config, and one prediction through the queue with plain
 * fetch (no client of ours), read as raw SSE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server';


/** Reads an SSE body into the JSON of its `data:` lines until the stream ends. */
async function readSseMessages(response: Response): Promise<Array<Record<string, unknown>>> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => JSON.parse(line.slice(5).trim()) as Record<string, unknown>);
}

describe.each(gradioVersions)('real Gradio %s server (hello)', (gradio) => {
  const version = gradio === 5 ? '5.14.0' : '6.25.0';
  let server: GradioServer;
  beforeAll(async () => {
    server = await startGradioApp('hello', { gradio });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`serves a ${version} config with the app components`, async () => {
    const response = await fetch(`${server.url}/config`);
    expect(response.status).toBe(200);
    const config = (await response.json()) as {
      version: string;
      api_prefix: string;
      protocol: string;
      components: Array<{ id: number; type: string; props: { label?: string } }>;
      dependencies: Array<{ api_name: string }>;
    };
    expect(config.version).toBe(version);
    expect(config.api_prefix).toBe('/gradio_api');
    expect(config.protocol).toBe('sse_v3');
    const textboxes = config.components.filter((c) => c.type === 'textbox').map((c) => c.props.label);
    expect(textboxes).toEqual(['name', 'greeting']);
    expect(config.dependencies.map((d) => d.api_name)).toContain('predict');
  });

  it('runs a prediction through the queue, ending with process_completed', async () => {
    const sessionHash = Math.random().toString(36).slice(2);
    const config = (await (await fetch(`${server.url}/config`)).json()) as {
      dependencies: Array<{ id: number; api_name: string }>;
    };
    const fnIndex = config.dependencies.find((d) => d.api_name === 'predict')?.id;
    const join = await fetch(`${server.url}/gradio_api/queue/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: ['Ada'], fn_index: fnIndex, session_hash: sessionHash, event_data: null, trigger_id: null }),
    });
    expect(join.status).toBe(200);
    const { event_id: eventId } = (await join.json()) as { event_id: string };
    expect(eventId).toMatch(/^[0-9a-f]{32}$/);

    const stream = await fetch(`${server.url}/gradio_api/queue/data?session_hash=${sessionHash}`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const messages = await readSseMessages(stream);
    const forEvent = messages.filter((m) => m.event_id === eventId);
    expect(forEvent.map((m) => m.msg)).toEqual(['estimation', 'process_starts', 'process_completed']);
    const completed = forEvent.at(-1) as { success: boolean; output: { data: unknown[] } };
    expect(completed.success).toBe(true);
    expect(completed.output.data).toEqual(['Hello, Ada!']);
  });
});
