/**
 * Running a workflow the way Gradio's canvas does, through the component's server functions (the names and
 * argument lists `gr.Workflow` gives them): nodes run in topological order, a reference feeds its value, a
 * subject shows what reaches it, and an operator calls
 * - `call_fn([fn, args_json])` (kind `fn`, a Python function of the app),
 * - `call_space([space_id, endpoint, args_json, token])` (kind `space`),
 * - `call_model([model_id, endpoint or pipeline_tag, args_json, token, provider])` (kind `model`),
 * - `fetch_dataset([dataset_id, config, split, offset, "1", token])` (kind `dataset`).
 * Each answers a JSON string: a list of outputs, or `{error, error_type, suggestion}`. The token is always
 * `null` here (the server uses its own). `gr.Workflow` (Gradio 6.25) runs a function node through the app's
 * endpoint `/predict_fn_<name>` instead (one JSON-string argument, a JSON-string answer): with `predict` given,
 * a function node tries that endpoint first and uses `call_fn` when the app has no such endpoint. No DOM.
 */
import { type Workflow, type WorkflowNode, allNodes, findNode, isObject } from './workflow-graph';

/**
 * Calls one of the component's server functions with its data list and resolves to the answer;
 * `<gradio-app>` sets it to `Client.componentServer` for the canvas's component id.
 */
export type WorkflowServer = (fnName: string, data: unknown) => Promise<unknown>;

/**
 * Calls one of the app's endpoints by its api name (`/predict_fn_shout`) with a data list and resolves to the
 * output list; rejects with an error named `NotFoundError` when the app has no such endpoint.
 */
export type WorkflowPredict = (apiName: string, data: unknown[]) => Promise<unknown[]>;

/** The endpoint `gr.Workflow` registers for a bound function (names sanitized as Gradio does). */
export const functionEndpoint = (fn: string): string => `/predict_fn_${fn.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/** Where a node is in a run. */
export type NodeRunState = { status: 'running' } | { status: 'done'; outputs: Record<string, unknown> } | { status: 'error'; message: string };

/** The node and everything upstream of it (or every node), in an order where each node follows its sources. */
export function runOrder(wf: Workflow, target: string | null): WorkflowNode[] {
  let ids = new Set(allNodes(wf).map((n) => n.id));
  if (target !== null) {
    ids = new Set([target]);
    const queue = [target];
    while (queue.length) {
      const cur = queue.shift()!;
      for (const e of wf.edges) {
        if (e.to_node_id === cur && !ids.has(e.from_node_id)) {
          ids.add(e.from_node_id);
          queue.push(e.from_node_id);
        }
      }
    }
  }
  const edges = wf.edges.filter((e) => ids.has(e.from_node_id) && ids.has(e.to_node_id));
  const indegree = new Map([...ids].map((id) => [id, 0]));
  for (const e of edges) indegree.set(e.to_node_id, indegree.get(e.to_node_id)! + 1);
  const queue = [...ids].filter((id) => indegree.get(id) === 0);
  const order: WorkflowNode[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(findNode(wf, id)!);
    for (const e of edges) {
      if (e.from_node_id !== id) continue;
      indegree.set(e.to_node_id, indegree.get(e.to_node_id)! - 1);
      if (indegree.get(e.to_node_id) === 0) queue.push(e.to_node_id);
    }
  }
  if (order.length !== ids.size) throw new RangeError('The workflow loops back on itself, so it cannot run.');
  return order;
}

/** The server function and data list that run an operator with its input values (in port order). */
export function operatorCall(node: WorkflowNode, args: unknown[]): [fnName: string, data: unknown[]] {
  const json = JSON.stringify(args);
  switch (node.kind) {
    case 'fn':
      return ['call_fn', [node.fn ?? '', json]];
    case 'model': {
      if (node.endpoint) {
        const named = Object.fromEntries(node.inputs.map((p, i) => [p.id, args[i]]));
        return ['call_model', [node.model_id ?? '', node.endpoint, JSON.stringify(named), null, node.provider ?? 'auto']];
      }
      return ['call_model', [node.model_id ?? '', node.pipeline_tag ?? 'text-generation', json, null, node.provider ?? '']];
    }
    case 'dataset': {
      const n = Number(args[node.inputs.findIndex((p) => p.id === 'row_index')] ?? 0);
      const offset = Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0));
      return ['fetch_dataset', [node.dataset_id ?? '', node.dataset_config ?? 'default', node.dataset_split ?? 'train', String(offset), '1', null]];
    }
    default:
      return ['call_space', [node.space_id ?? '', node.endpoint ?? '/predict', json, null]];
  }
}

/**
 * Reads a server function's answer (a JSON string, or already parsed) into the operator's output values by
 * port id; an `{error}` answer throws an `Error` with the message the official canvas shows (the suggestion,
 * else the error with its title).
 */
export function readAnswer(node: WorkflowNode, fnName: string, answer: unknown): Record<string, unknown> {
  let data = answer;
  if (typeof answer === 'string') {
    try {
      data = JSON.parse(answer);
    } catch {
      throw new Error(`${fnName} answered something that is not JSON: ${answer.slice(0, 80)}`);
    }
  }
  if (isObject(data) && 'error' in data) {
    const error = String(data.error ?? 'The node failed');
    const suggestion = typeof data.suggestion === 'string' && data.suggestion ? data.suggestion : null;
    throw new Error(suggestion ?? (typeof data.title === 'string' ? `${data.title}: ${error}` : error));
  }
  const outputs: Record<string, unknown> = {};
  if (node.kind === 'dataset') {
    const rows = isObject(data) && Array.isArray(data.rows) ? data.rows : [];
    const row = isObject(rows[0]) ? rows[0] : {};
    for (const port of node.outputs) {
      const cell = row[port.label];
      outputs[port.id] = isObject(cell) && typeof cell.src === 'string' ? { url: cell.src } : (cell ?? null);
    }
    return outputs;
  }
  const items = Array.isArray(data) ? data : [data];
  node.outputs.forEach((port, i) => {
    const index = typeof port.output_index === 'number' ? port.output_index : i;
    outputs[port.id] = items[index] ?? null;
  });
  return outputs;
}

/** Calls what runs an operator: a function node's endpoint first (when there is one), else the server function. */
async function callOperator(server: WorkflowServer, predict: WorkflowPredict | null | undefined, fnName: string, data: unknown[]): Promise<unknown> {
  if (fnName === 'call_fn' && predict) {
    try {
      return (await predict(functionEndpoint(String(data[0])), [data[1]]))[0];
    } catch (e) {
      if ((e as Error).name !== 'NotFoundError') throw e;
    }
  }
  return server(fnName, data);
}

/**
 * Runs `target` and what feeds it (or the whole workflow when `target` is `null`), reporting each node's state
 * through `report`. A node whose source failed does not run (its state names the source). Resolves when done.
 */
export async function runWorkflow(
  wf: Workflow,
  server: WorkflowServer,
  target: string | null,
  report: (nodeId: string, state: NodeRunState) => void,
  signal?: AbortSignal,
  predict?: WorkflowPredict | null,
): Promise<void> {
  const values = new Map<string, Record<string, unknown>>();
  const failed = new Map<string, string>();
  for (const node of runOrder(wf, target)) {
    if (signal?.aborted) return;
    const incoming = wf.edges.filter((e) => e.to_node_id === node.id);
    const brokenSource = incoming.find((e) => failed.has(e.from_node_id));
    if (brokenSource) {
      const message = `Did not run: "${failed.get(brokenSource.from_node_id)}" failed.`;
      failed.set(node.id, node.label || node.id);
      report(node.id, { status: 'error', message });
      continue;
    }
    const inputs = node.inputs.map((port) => {
      const edge = incoming.find((e) => e.to_port_id === port.id);
      if (edge) return values.get(edge.from_node_id)?.[edge.from_port_id] ?? null;
      return node.data[port.id] ?? port.default_value ?? null;
    });
    if (node.role !== 'operator') {
      // A reference without a source feeds its own value; a subject (or a fed reference) passes on what reaches it.
      const relay = incoming.length > 0 || node.role === 'subject';
      const outputs: Record<string, unknown> = {};
      for (const port of [...node.inputs.slice(0, 1), ...node.outputs]) outputs[port.id] = relay ? (inputs[0] ?? null) : (node.data[port.id] ?? null);
      values.set(node.id, outputs);
      report(node.id, { status: 'done', outputs });
      continue;
    }
    report(node.id, { status: 'running' });
    try {
      const missing = node.inputs.find((port, i) => port.required && inputs[i] === null);
      if (missing) throw new Error(`"${missing.label}" is required by "${node.label}" but has no value.`);
      const [fnName, data] = operatorCall(node, inputs);
      const outputs = readAnswer(node, fnName, await callOperator(server, predict, fnName, data));
      values.set(node.id, outputs);
      report(node.id, { status: 'done', outputs });
    } catch (e) {
      failed.set(node.id, node.label || node.id);
      report(node.id, { status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }
}
