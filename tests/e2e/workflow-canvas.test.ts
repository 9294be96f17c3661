/**
 * `<gr-workflow-canvas>` inside `<gradio-app>` against a real Gradio 6 server (`examples/apps/workflow_canvas.py`,
 * a WorkflowCanvas with its own offline server functions): the graph the server sends is shown, an edit reaches
 * the server (the canvas's `change` echoes the JSON into a Textbox), and the canvas's server functions
 * round-trip: `list_bound_fns` offers the app's functions as nodes, `save_workflow` keeps an edit (after
 * `get_write_access`), a function node runs through the app's `/predict_fn_<name>` endpoint (as `gr.Workflow`
 * registers) or `call_fn`, `call_space`'s error answer shows next to its node.
 */
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

const node = (app: Locator, id: string) => app.locator(`gr-workflow-canvas .node[data-node-id="${id}"]`);
const port = (app: Locator, nodeId: string, dir: 'in' | 'out', id: string) =>
  app.locator(`gr-workflow-canvas .port[data-node-id="${nodeId}"][data-dir="${dir}"][data-port-id="${id}"]`);
const echoed = async (app: Locator) => {
  const text = await app.locator('gr-textbox', { hasText: 'workflow json' }).locator('textarea, input').first().inputValue();
  return text ? JSON.parse(text) : null;
};

// Gradio 5.14 has no WorkflowCanvas (the type arrived in Gradio 6.2x), so only Gradio 6 runs this suite.
describe.skipIf(!gradioVersions.includes(6))('<gr-workflow-canvas> in <gradio-app> with a real Gradio 6 server', () => {
  const started = useEmbedSuite(['workflow_canvas'], { gradio: 6 });
  beforeAll(() => {
    suite = started;
  });

  it("shows the server's workflow; an edit reaches the server; the server functions run nodes and report errors", async () => {
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.site.page('workflow-canvas-6', `<gradio-app src="${suite.servers.workflow_canvas.url}/" eager></gradio-app>`));
    await waitForAppReady(page);
    const app = page.locator('gradio-app');
    // The graph from the server's value: four nodes with their ports, two edges.
    await expect.poll(() => app.locator('gr-workflow-canvas .node .node-title').allTextContents(), { timeout: limit(30_000) }).toEqual([
      'Input Prompt',
      'Step shout',
      'Step Echo Space',
      'Output Result',
    ]);
    expect(await app.locator('gr-workflow-canvas .edges .edge').count()).toBe(2);
    expect(await port(app, 'fn_shout', 'in', 'in_text').getAttribute('aria-label')).toBe('Input text (text) of shout, 1 connection');

    // list_bound_fns round-trips: the app's functions are offered as nodes.
    const add = app.locator('gr-workflow-canvas select.add-select');
    await expect.poll(() => add.locator('optgroup[label=Functions] option').allTextContents(), { timeout: limit(30_000) }).toEqual([
      'Function: shout',
      'Function: reverse',
      'Function: count',
    ]);

    // An edit (connect the prompt to the Space step by keyboard) reaches the server through `change`.
    await port(app, 'prompt', 'out', 'out').focus();
    await page.keyboard.press('Enter');
    await port(app, 'space_echo', 'in', 'in_0').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await echoed(app))?.edges?.length ?? 0, { timeout: limit(30_000) }).toBe(3);
    expect((await echoed(app)).edges[2]).toMatchObject({ from_node_id: 'prompt', to_node_id: 'space_echo', to_port_id: 'in_0', type: 'text' });
    // get_write_access answers "true", so the edit is saved with save_workflow (the app keeps it).
    await expect.poll(() => app.locator('gr-workflow-canvas .notice').textContent(), { timeout: limit(30_000) }).toBe('Saved.');
    await app.getByRole('button', { name: 'show saved' }).click();
    await expect.poll(() => app.locator('gr-textbox', { hasText: /^saved/ }).locator('textarea, input').first().inputValue(), { timeout: limit(30_000) }).toBe('3 edges, 4 nodes');

    // Adding one of the app's functions is an edit too; its node runs on the server through call_fn.
    await add.selectOption({ label: 'Function: reverse' });
    await app.locator('gr-workflow-canvas .toolbar button', { hasText: /^Add$/ }).click();
    await expect.poll(async () => (await echoed(app))?.operators?.map((n: { fn?: string }) => n.fn), { timeout: limit(30_000) }).toEqual(['shout', undefined, 'reverse']);

    // Run all: shout runs through the app's /predict_fn_shout endpoint (as gr.Workflow's canvas does) into the
    // result; call_space answers an error, shown next to its node.
    const config = (await (await fetch(`${suite.servers.workflow_canvas.url}/config`)).json()) as { dependencies: { id: number; api_name: string }[] };
    const shoutEndpoint = config.dependencies.find((d) => d.api_name === 'predict_fn_shout')!.id;
    const joined: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/queue/join')) joined.push((request.postDataJSON() as { fn_index: unknown }).fn_index);
    });
    await app.locator('gr-workflow-canvas .toolbar button', { hasText: 'Run all' }).click();
    await expect.poll(() => node(app, 'result').locator('.run-output').textContent(), { timeout: limit(30_000) }).toBe('Text: HELLO!');
    await expect.poll(() => node(app, 'space_echo').locator('.run-error').textContent(), { timeout: limit(30_000) }).toBe(
      'The Space demo/echo cannot be reached: this app runs offline',
    );
    // The new reverse node has no input: call_fn's error says so, next to it.
    const reverse = app.locator('gr-workflow-canvas .node.operator').last();
    await expect.poll(() => reverse.locator('.run-error').textContent(), { timeout: limit(30_000) }).toBe('reverse needs a value for each input');
    expect(joined).toContain(shoutEndpoint);
    await screenshot(page, 'workflow-canvas');
    expect(errors).toEqual([]);
  }, limit(120_000));
});
