import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const port = (id: string, label: string, type = 'text') => ({ id, label, type });
const workflow = {
  schema_version: '2',
  name: 'Text tools',
  references: [{ id: 'prompt', role: 'reference', label: 'Prompt', x: 0, y: 0, width: 220, height: 100, inputs: [port('in', 'Text')], outputs: [port('out', 'Text')], data: { out: 'hi' } }],
  operators: [{ id: 'shout', role: 'operator', kind: 'fn', fn: 'shout', label: 'shout', x: 300, y: 0, width: 220, height: 100, inputs: [port('text', 'text')], outputs: [port('out_0', 'output')], data: {} }],
  subjects: [
    { id: 'result', role: 'subject', label: 'Result', x: 600, y: 0, width: 220, height: 100, inputs: [port('in', 'Text')], outputs: [port('out', 'Text')], data: {} },
    { id: 'count', role: 'subject', label: 'Count', x: 600, y: 200, width: 220, height: 100, inputs: [port('in', 'Number', 'number')], outputs: [], data: {} },
  ],
  edges: [{ id: 'e1', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'shout', to_port_id: 'text', type: 'text' }],
};
const value = JSON.stringify(workflow);

const nodeEl = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-node-id="${id}"].node`)!;
const portEl = (root: HTMLElement, node: string, dir: string, id: string) =>
  root.querySelector<HTMLButtonElement>(`.port[data-node-id="${node}"][data-dir="${dir}"][data-port-id="${id}"]`)!;

describe('gr-workflow-canvas', () => {
  it('shows each node with its role, label and named ports, and the connections', async () => {
    const { root } = await render(<gr-workflow-canvas value={value} />);
    const nodes = [...root.querySelectorAll('.node')];
    expect(nodes.map((n) => n.querySelector('.node-title')?.textContent)).toEqual(['Input Prompt', 'Step shout', 'Output Result', 'Output Count']);
    expect(nodeEl(root, 'shout').querySelector('.subtitle')?.textContent).toBe('fn shout');
    expect(portEl(root, 'shout', 'in', 'text').getAttribute('aria-label')).toBe('Input text (text) of shout, 1 connection');
    expect(root.querySelectorAll('.edges .edge')).toHaveLength(1);
    expect(root.querySelector('.connections li span')?.textContent).toBe('Prompt: Text (text) to shout: text (text)');
    // The prompt's value is editable in its node.
    expect(root.querySelector<HTMLTextAreaElement>('textarea[aria-label="Value of Prompt"]')?.value).toBe('hi');
  });

  it('a malformed value shows what is wrong, and a good value shows the canvas again', async () => {
    const { root, setProps } = await render(<gr-workflow-canvas value='{"schema_version": "2", "operators": [{"label": "x"}]}' />);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('This workflow cannot be shown: The operator #1 has no id.');
    expect(root.querySelector('.canvas')).toBeNull();
    await setProps({ value });
    expect(root.querySelectorAll('.node')).toHaveLength(4);
    await setProps({ value: 'nope' });
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/not valid JSON/);
  });

  it('keyboard: arrows move a node, ports connect one after the other, Remove and Delete edit; each edit fires gr-change', async () => {
    const { root, waitForChanges } = await render(<gr-workflow-canvas value={value} />);
    const changes: string[] = [];
    root.addEventListener('gr-change', (e) => changes.push((e as CustomEvent<string>).detail));
    const shout = nodeEl(root, 'shout');
    shout.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitForChanges();
    expect(JSON.parse(changes[0]).operators[0]).toMatchObject({ x: 310, y: 0 });
    expect((root as HTMLGrWorkflowCanvasElement).value).toBe(changes[0]);

    // An output to an input of another type is refused, with the reason.
    portEl(root, 'shout', 'out', 'out_0').click();
    await waitForChanges();
    expect(portEl(root, 'count', 'in', 'in').classList.contains('candidate')).toBe(false);
    expect(portEl(root, 'result', 'in', 'in').classList.contains('candidate')).toBe(true);
    portEl(root, 'count', 'in', 'in').click();
    await waitForChanges();
    expect(root.querySelector('.notice')?.textContent).toMatch(/gives text, .* takes number/);
    expect(changes).toHaveLength(1);
    // A compatible pair connects.
    portEl(root, 'shout', 'out', 'out_0').click();
    await waitForChanges();
    portEl(root, 'result', 'in', 'in').click();
    await waitForChanges();
    expect(JSON.parse(changes[1]).edges).toContainEqual(expect.objectContaining({ from_node_id: 'shout', to_node_id: 'result', type: 'text' }));
    expect(root.querySelectorAll('.edges .edge')).toHaveLength(2);

    root.querySelector<HTMLButtonElement>('.connections li button')!.click();
    await waitForChanges();
    expect(JSON.parse(changes[2]).edges.map((e: { id: string }) => e.id)).not.toContain('e1');

    nodeEl(root, 'count').dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    await waitForChanges();
    expect(JSON.parse(changes[3]).subjects.map((n: { id: string }) => n.id)).toEqual(['result']);
    expect(changes).toHaveLength(4);
  });

  it('adds an input node from the menu', async () => {
    const { root, waitForChanges } = await render(<gr-workflow-canvas value={value} />);
    const change = vi.fn();
    root.addEventListener('gr-change', change);
    const select = root.querySelector<HTMLSelectElement>('.add-select')!;
    select.value = 'in:1';
    [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === 'Add')!.click();
    await waitForChanges();
    const added = JSON.parse(change.mock.calls[0][0].detail).references[1];
    expect(added).toMatchObject({ role: 'reference', label: 'Number', outputs: [{ type: 'number' }] });
  });

  it('runs through the server functions; a node shows its result or the error next to it', async () => {
    const server = vi.fn(async (fn: string, data: unknown) => {
      if (fn === 'list_bound_fns') return JSON.stringify([{ fn: 'shout', label: 'shout', inputs: [port('in_text', 'text')], outputs: [port('out_0', 'output')] }]);
      if ((data as string[])[0] === 'shout') return JSON.stringify(['HI!']);
      return JSON.stringify({ error: 'broken', error_type: 'unknown', suggestion: '' });
    });
    const { root, waitForChanges } = await render(<gr-workflow-canvas value={value} server={server} />);
    await vi.waitFor(() => expect(root.querySelector('optgroup[label=Functions] option')?.textContent).toBe('Function: shout'));
    nodeEl(root, 'shout').querySelector<HTMLButtonElement>('.run-node')!.click();
    await vi.waitFor(() => expect(nodeEl(root, 'shout').querySelector('.run-output')?.textContent).toBe('output: HI!'));
    expect(server).toHaveBeenCalledWith('call_fn', ['shout', '["hi"]']);
    server.mockImplementation(async () => JSON.stringify({ error: 'broken', error_type: 'unknown', suggestion: '' }));
    nodeEl(root, 'shout').querySelector<HTMLButtonElement>('.run-node')!.click();
    await vi.waitFor(() => expect(nodeEl(root, 'shout').querySelector('.run-error')?.textContent).toBe('broken'));
    await waitForChanges();
    expect(nodeEl(root, 'shout').getAttribute('aria-describedby')).toBe(nodeEl(root, 'shout').querySelector('.run-error')?.id);
  });

  it('a canvas without list_bound_fns offers no functions quietly; another failure to list them is shown', async () => {
    const notFound = Object.assign(new Error('Function not found.'), { name: 'NotFoundError' });
    const { root, setProps, waitForChanges } = await render(<gr-workflow-canvas value={value} server={async () => Promise.reject(notFound)} />);
    await waitForChanges();
    expect(root.querySelector('optgroup[label=Functions]')).toBeNull();
    expect(root.textContent).not.toContain('could not be listed');
    await setProps({ server: async () => Promise.reject(new Error('The app is not connected')) });
    await vi.waitFor(() => expect(root.textContent).toContain("The app's functions could not be listed: The app is not connected"));
  });

  it('saves an edit with save_workflow when get_write_access answers "true"; not when it answers "false"; a refused save is said', async () => {
    for (const access of ['true', 'false']) {
      const server = vi.fn(async (fn: string) => (fn === 'get_write_access' ? access : fn === 'save_workflow' ? '{"error": "Disk full"}' : '[]'));
      const { root, waitForChanges } = await render(<gr-workflow-canvas value={value} server={server} />);
      await vi.waitFor(() => expect(server).toHaveBeenCalledWith('get_write_access', null));
      await waitForChanges();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      nodeEl(root, 'count').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      const saved = (root as HTMLGrWorkflowCanvasElement).value;
      // The save waits half a second after the last edit.
      vi.advanceTimersByTime(600);
      vi.useRealTimers();
      if (access === 'true') {
        expect(server).toHaveBeenCalledWith('save_workflow', [saved]);
        await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toBe('Not saved: Disk full'));
      } else {
        expect(server.mock.calls.map((c) => c[0])).not.toContain('save_workflow');
      }
    }
  });

  it('Stop ends a run: the running node says it stopped, and the workflow can run again', async () => {
    const server = vi.fn((fn: string) => (fn === 'call_fn' ? new Promise<string>(() => {}) : Promise.resolve('[]')));
    const { root, waitForChanges } = await render(<gr-workflow-canvas value={value} server={server} />);
    const button = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === text);
    button('Run all')!.click();
    await vi.waitFor(() => expect(nodeEl(root, 'shout').querySelector('.run-status')?.textContent).toBe('Running…'));
    button('Stop')!.click();
    await waitForChanges();
    expect(nodeEl(root, 'shout').querySelector('.run-error')?.textContent).toBe('Stopped.');
    expect(root.querySelector('.notice')?.textContent).toBe('Run stopped.');
    expect(button('Stop')).toBeUndefined();
    expect(button('Run all')?.disabled).toBe(false);
  });
});
