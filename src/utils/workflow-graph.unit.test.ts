/**
 * The WorkflowCanvas data: parsing (schema 2, schema 1 turned into schema 2, malformed values with their
 * messages), edits (connect rules, disconnect, delete, add, move) and running through server functions.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  type Workflow,
  addNode,
  allNodes,
  assetTemplates,
  connect,
  connectionProblem,
  deleteNode,
  functionTemplates,
  moveNode,
  parseWorkflow,
} from './workflow-graph';
import { type NodeRunState, runWorkflow } from './workflow-run';

const port = (id: string, type = 'text') => ({ id, label: id, type });
const node = (id: string, role: string, extra: Record<string, unknown> = {}) => ({
  id,
  role,
  label: id,
  x: 0,
  y: 0,
  width: 220,
  height: 100,
  inputs: [port('in')],
  outputs: [port('out')],
  data: {},
  ...extra,
});

const sample = {
  schema_version: '2',
  name: 'T',
  extra_key: { kept: true },
  references: [node('prompt', 'reference', { data: { out: 'hi' }, asset_type: 'text' })],
  operators: [node('shout', 'operator', { kind: 'fn', fn: 'shout', inputs: [port('text')], outputs: [port('out_0')] })],
  subjects: [node('result', 'subject'), node('count', 'subject', { inputs: [port('in', 'number')] })],
  edges: [
    { id: 'e1', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'shout', to_port_id: 'text', type: 'text' },
    { id: 'e2', from_node_id: 'shout', from_port_id: 'out_0', to_node_id: 'result', to_port_id: 'in', type: 'text' },
  ],
};

const parsed = (value: unknown = sample): Workflow => {
  const result = parseWorkflow(JSON.stringify(value));
  if (!result.workflow) throw new Error(result.error);
  return result.workflow;
};

describe('parseWorkflow', () => {
  it('reads schema 2 and keeps unknown keys, so an edit changes only what it edits', () => {
    const wf = parsed();
    expect(allNodes(wf).map((n) => n.id)).toEqual(['prompt', 'shout', 'result', 'count']);
    expect(wf.extra_key).toEqual({ kept: true });
    expect(parseWorkflow(null)).toEqual({ workflow: expect.objectContaining({ references: [], edges: [] }), error: null });
  });

  it('turns schema 1 (gr.Workflow built from bind=) into schema 2 by role', () => {
    const wf = parsed({
      version: '1',
      name: 'Old',
      nodes: [
        { id: 'a', kind: 'component', label: 'A', inputs: [], outputs: [port('o')], x: 1, y: 2, data: {} },
        { id: 'fn_up', kind: 'transform', source: 'fn', fn: 'up', inputs: [port('i')], outputs: [port('o')] },
        { id: 'b', kind: 'component', label: 'B', inputs: [port('i')], outputs: [] },
      ],
      edges: [
        { id: 'e', from_node_id: 'a', from_port_id: 'o', to_node_id: 'fn_up', to_port_id: 'i', type: 'text' },
        { id: 'f', from_node_id: 'fn_up', from_port_id: 'o', to_node_id: 'b', to_port_id: 'i', type: 'text' },
      ],
    });
    expect(wf.schema_version).toBe('2');
    expect(wf.version).toBeUndefined();
    expect(wf.references.map((n) => n.id)).toEqual(['a']);
    expect(wf.operators).toMatchObject([{ id: 'fn_up', kind: 'fn', fn: 'up', role: 'operator' }]);
    expect(wf.subjects.map((n) => n.id)).toEqual(['b']);
  });

  it.each([
    ['{"nodes": [', /not valid JSON/],
    ['[1, 2]', /must be a JSON object with nodes and edges, not a list/],
    ['{"schema_version": "9", "references": []}', /schema_version "9" is not one this canvas reads/],
    ['{"hello": 1}', /neither "nodes" \(schema 1\) nor "references"/],
    ['{"schema_version": "2", "operators": {}}', /"operators" must be a list, not object/],
    ['{"schema_version": "2", "operators": [{"label": "x"}]}', /operator #1 has no id/],
    ['{"schema_version": "2", "references": [{"id": "a"}], "subjects": [{"id": "a"}]}', /two nodes have the id "a"/],
    ['{"schema_version": "2", "references": [{"id": "a", "outputs": [{"id": "o"}]}], "edges": [{"from_node_id": "a", "from_port_id": "o", "to_node_id": "zz", "to_port_id": "i"}]}', /names the node "zz"/],
    ['{"schema_version": "2", "references": [{"id": "a", "inputs": 3}]}', /Node "a": inputs must be a list/],
  ])('a malformed value %s says what is wrong', (value, message) => {
    const result = parseWorkflow(value);
    expect(result.workflow).toBeNull();
    expect(result.error).toMatch(message);
  });
});

describe('edits', () => {
  it('connects only an output to an input of a compatible type, never in a loop or to itself', () => {
    const wf = parsed();
    const out = (nodeId: string, portId: string) => ({ nodeId, portId, dir: 'out' as const });
    const inp = (nodeId: string, portId: string) => ({ nodeId, portId, dir: 'in' as const });
    expect(connectionProblem(wf, out('prompt', 'out'), out('shout', 'out_0'))).toMatch(/Both ports are outputs/);
    expect(connectionProblem(wf, out('shout', 'out_0'), inp('count', 'in'))).toMatch(/gives text, .* takes number/);
    expect(connectionProblem(wf, out('shout', 'out_0'), inp('shout', 'text'))).toMatch(/cannot feed itself/);
    expect(connectionProblem(wf, out('result', 'out'), inp('prompt', 'in'))).toMatch(/loop back/);
    expect(connectionProblem(wf, out('prompt', 'out'), inp('shout', 'text'))).toMatch(/already connected/);
    // An input takes one edge: connecting the prompt straight to the result replaces shout -> result.
    const { workflow, edge } = connect(wf, inp('result', 'in'), out('prompt', 'out'));
    expect(edge).toMatchObject({ from_node_id: 'prompt', to_node_id: 'result', type: 'text' });
    expect(workflow.edges.map((e) => e.id)).toEqual(['e1', edge.id]);
    expect(() => connect(wf, out('shout', 'out_0'), inp('count', 'in'))).toThrow(RangeError);
    // `any` connects to everything.
    const anyPort = { ...wf, subjects: [{ ...wf.subjects[1], inputs: [port('in', 'any')] }] };
    expect(connectionProblem(anyPort, out('shout', 'out_0'), inp('count', 'in'))).toBeNull();
  });

  it('deletes a node with its edges, moves and adds nodes (a free spot, a fresh id)', () => {
    const wf = parsed();
    expect(deleteNode(wf, 'shout').edges).toEqual([]);
    expect(moveNode(wf, 'shout', 10.4, 20.6).operators[0]).toMatchObject({ x: 10, y: 21 });
    const text = assetTemplates().inputs.find((t) => t.label === 'Textbox')!;
    const first = addNode(wf, text, 0, 0);
    expect(first.node).toMatchObject({ role: 'reference', x: 0, y: 184, inputs: [{ type: 'text' }] });
    const second = addNode(first.workflow, text, 0, 0);
    expect(second.node.id).not.toBe(first.node.id);
    expect(second.workflow.references).toHaveLength(3);
  });

  it("reads list_bound_fns' answer as function templates; a malformed one says why", () => {
    const templates = functionTemplates(JSON.stringify([{ fn: 'up', label: 'up', inputs: [port('in_t')], outputs: [port('out_0', 'number')] }]));
    expect(templates[0]).toMatchObject({ role: 'operator', kind: 'fn', fn: 'up', outputs: [{ type: 'number' }] });
    expect(() => functionTemplates('{"error": "nope"}')).toThrow('nope');
    expect(() => functionTemplates('[{"label": 1}]')).toThrow(/no name/);
    expect(() => functionTemplates('<html>')).toThrow(/not JSON/);
  });
});

describe('runWorkflow', () => {
  it('runs in order through call_fn and call_space; an error answer stops what depends on it', async () => {
    const wf = parsed({
      ...sample,
      operators: [...sample.operators, node('space', 'operator', { kind: 'space', space_id: 'u/app', endpoint: '/go' })],
      subjects: [...sample.subjects, node('after', 'subject')],
      edges: [
        ...sample.edges,
        { id: 'e3', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'space', to_port_id: 'in' },
        { id: 'e4', from_node_id: 'space', from_port_id: 'out', to_node_id: 'after', to_port_id: 'in' },
      ],
    });
    const server = vi.fn(async (fn: string, data: unknown) => {
      if (fn === 'call_fn') return JSON.stringify([`${JSON.parse((data as string[])[1])[0]}!`]);
      return JSON.stringify({ error: 'down', error_type: 'network', suggestion: 'The Space is down' });
    });
    const states: Record<string, NodeRunState> = {};
    await runWorkflow(wf, server, null, (id, state) => {
      states[id] = state;
    });
    expect(server).toHaveBeenCalledWith('call_fn', ['shout', '["hi"]']);
    expect(server).toHaveBeenCalledWith('call_space', ['u/app', '/go', '["hi"]', null]);
    expect(states.result).toEqual({ status: 'done', outputs: { in: 'hi!', out: 'hi!' } });
    expect(states.space).toEqual({ status: 'error', message: 'The Space is down' });
    expect(states.after).toEqual({ status: 'error', message: 'Did not run: "space" failed.' });
    // Running one node runs only what feeds it.
    server.mockClear();
    await runWorkflow(wf, server, 'shout', () => {});
    expect(server).toHaveBeenCalledTimes(1);
  });

  it("runs a function node through the app's /predict_fn_<name> endpoint first (gr.Workflow), else call_fn", async () => {
    const wf = parsed();
    const server = vi.fn(async () => '["from call_fn"]');
    const notFound = Object.assign(new Error('No endpoint'), { name: 'NotFoundError' });
    const states: Record<string, NodeRunState> = {};
    const report = (id: string, state: NodeRunState) => {
      states[id] = state;
    };
    const predict = vi.fn(async (_api: string, _data: unknown[]) => ['["from endpoint"]']);
    await runWorkflow(wf, server, 'shout', report, undefined, predict);
    expect(predict).toHaveBeenCalledWith('/predict_fn_shout', ['["hi"]']);
    expect(server).not.toHaveBeenCalled();
    expect(states.shout).toEqual({ status: 'done', outputs: { out_0: 'from endpoint' } });
    predict.mockRejectedValueOnce(notFound);
    await runWorkflow(wf, server, 'shout', report, undefined, predict);
    expect(states.shout).toEqual({ status: 'done', outputs: { out_0: 'from call_fn' } });
    // An error of the endpoint itself (gr.Error) is the node's error; call_fn is not tried.
    predict.mockRejectedValueOnce(new Error('shout failed'));
    await runWorkflow(wf, server, 'shout', report, undefined, predict);
    expect(states.shout).toEqual({ status: 'error', message: 'shout failed' });
    expect(server).toHaveBeenCalledTimes(1);
  });
});
