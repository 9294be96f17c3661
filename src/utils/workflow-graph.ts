/**
 * The data side of `<gr-workflow-canvas>`: the workflow JSON a Gradio `WorkflowCanvas` holds (schema 2:
 * `references` (inputs the user brings), `operators` (functions, Spaces, models, datasets), `subjects`
 * (outputs) and `edges` between an output port and an input port; schema 1's flat `nodes` list is read and
 * turned into schema 2, as the official canvas does on load), checked with messages that say what is wrong,
 * and the edits the canvas makes, each returning a new workflow. No DOM.
 */

/** A port's type: `text`, `number`, `boolean`, `json`, `image`, `audio`, `video`, `file`, `gallery`, `model3d`, `html` or `any`. */
export type PortType = string;

/** One input or output of a node. Unknown keys are kept. */
export interface WorkflowPort {
  id: string;
  label: string;
  type: PortType;
  /** The node cannot run without a value here. */
  required?: boolean;
  default_value?: unknown;
  /** Which item of a multi-output answer feeds this port. */
  output_index?: number;
  [key: string]: unknown;
}

/** `reference`: an input the user brings; `operator`: a step that runs; `subject`: an output shown. */
export type NodeRole = 'reference' | 'operator' | 'subject';

/** A node without its id and position (what "Add" places). Operators have a `kind` (`fn`, `space`, `model`, `dataset`) and the matching id field. */
export interface NodeTemplate {
  role: NodeRole;
  label: string;
  inputs: WorkflowPort[];
  outputs: WorkflowPort[];
  /** Values by port id: a reference's value is under its output port's id. */
  data: Record<string, unknown>;
  width: number;
  height: number;
  kind?: string;
  fn?: string;
  space_id?: string;
  model_id?: string;
  dataset_id?: string;
  endpoint?: string;
  [key: string]: unknown;
}

/** One node of the workflow. Unknown keys are kept. */
export interface WorkflowNode extends NodeTemplate {
  id: string;
  x: number;
  y: number;
}

/** A connection from an output port to an input port. */
export interface WorkflowEdge {
  id: string;
  from_node_id: string;
  from_port_id: string;
  to_node_id: string;
  to_port_id: string;
  type: PortType;
  [key: string]: unknown;
}

/** A schema-2 workflow (Gradio's `WorkflowCanvas` value, parsed). Unknown top-level keys are kept. */
export interface Workflow {
  schema_version: '2';
  name: string;
  references: WorkflowNode[];
  operators: WorkflowNode[];
  subjects: WorkflowNode[];
  edges: WorkflowEdge[];
  [key: string]: unknown;
}

/** A port of a node: `out` ports start edges, `in` ports end them. */
export interface PortRef {
  nodeId: string;
  portId: string;
  dir: 'in' | 'out';
}

/** What a value parses to: the workflow, or the reason it cannot be shown. */
export type ParsedWorkflow = { workflow: Workflow; error: null } | { workflow: null; error: string };

const roleLists = { reference: 'references', operator: 'operators', subject: 'subjects' } as const;

/** An empty workflow (what a `null` value shows). */
export const emptyWorkflow = (): Workflow => ({
  schema_version: '2',
  name: 'My workflow',
  references: [],
  operators: [],
  subjects: [],
  edges: [],
});

/** Every node, references first, then operators, then subjects. */
export const allNodes = (wf: Workflow): WorkflowNode[] => [...wf.references, ...wf.operators, ...wf.subjects];

export const findNode = (wf: Workflow, id: string): WorkflowNode | undefined => allNodes(wf).find((n) => n.id === id);

export const findPort = (wf: Workflow, ref: PortRef): WorkflowPort | undefined =>
  findNode(wf, ref.nodeId)?.[ref.dir === 'in' ? 'inputs' : 'outputs'].find((p) => p.id === ref.portId);

/** A plain JSON object (not null, not a list). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);

class WorkflowError extends Error {}

const fail = (message: string): never => {
  throw new WorkflowError(message);
};

const finite = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function checkPorts(raw: unknown, where: string): WorkflowPort[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return fail(`${where} must be a list, not ${kindOf(raw)}.`);
  const seen = new Set<string>();
  return raw.map((port, i) => {
    if (!isObject(port)) return fail(`${where} #${i + 1} must be an object, not ${kindOf(port)}.`);
    if (typeof port.id !== 'string' || !port.id) return fail(`${where} #${i + 1} has no id.`);
    if (seen.has(port.id)) return fail(`${where} has two ports with the id "${port.id}".`);
    seen.add(port.id);
    return { ...port, id: port.id, label: String(port.label ?? port.id), type: typeof port.type === 'string' && port.type ? port.type : 'text' };
  });
}

function checkNode(raw: unknown, role: NodeRole, index: number): WorkflowNode {
  const where = `${roleLists[role].replace(/s$/, '')} #${index + 1}`;
  if (!isObject(raw)) return fail(`The ${where} must be an object, not ${kindOf(raw)}.`);
  if (typeof raw.id !== 'string' || !raw.id) return fail(`The ${where} has no id.`);
  const name = `Node "${raw.id}"`;
  if (raw.data !== undefined && raw.data !== null && !isObject(raw.data)) return fail(`${name}: data must be an object, not ${kindOf(raw.data)}.`);
  return {
    ...raw,
    id: raw.id,
    role,
    label: typeof raw.label === 'string' ? raw.label : raw.label == null ? raw.id : String(raw.label),
    inputs: checkPorts(raw.inputs, `${name}: inputs`),
    outputs: checkPorts(raw.outputs, `${name}: outputs`),
    data: isObject(raw.data) ? raw.data : {},
    x: finite(raw.x, 0),
    y: finite(raw.y, 0),
    width: Math.max(120, finite(raw.width, 220)),
    height: finite(raw.height, 100),
  };
}

/** Schema 1 (a flat `nodes` list with `kind: "transform" | "component" | ...`) as schema 2, roles by topology. */
function fromSchema1(raw: Record<string, unknown>): Record<string, unknown> {
  const nodes = raw.nodes as unknown[];
  const edges = Array.isArray(raw.edges) ? raw.edges : [];
  const fed = new Set(edges.filter(isObject).map((e) => e.to_node_id));
  const lists: Record<'references' | 'operators' | 'subjects', unknown[]> = { references: [], operators: [], subjects: [] };
  for (const node of nodes) {
    if (!isObject(node)) {
      lists.references.push(node); // reported by the node check
      continue;
    }
    if (node.kind === 'transform') {
      const source = node.source;
      const kind = node.space_id || source === 'space' ? 'space' : node.model_id || source === 'model' ? 'model' : node.dataset_id || source === 'dataset' ? 'dataset' : 'fn';
      lists.operators.push({ ...node, role: 'operator', kind });
      continue;
    }
    const ports = [...(Array.isArray(node.outputs) ? node.outputs : []), ...(Array.isArray(node.inputs) ? node.inputs : [])];
    const first = ports.find(isObject);
    const asset = typeof first?.type === 'string' ? first.type : 'any';
    const { kind: _kind, source: _source, ...rest } = node;
    (fed.has(node.id) ? lists.subjects : lists.references).push({ ...rest, asset_type: asset });
  }
  const { version: _version, nodes: _nodes, ...others } = raw;
  return { ...others, schema_version: '2', name: typeof raw.name === 'string' ? raw.name : 'My workflow', ...lists, edges };
}

/**
 * Parses a WorkflowCanvas value (a JSON string; `null` or empty is an empty workflow) into a schema-2 workflow,
 * or says what is wrong with it: not JSON, not an object, a list field that is not a list, a node without an id,
 * two nodes with one id, an edge naming a node or port the workflow does not have.
 */
export function parseWorkflow(value: string | null | undefined): ParsedWorkflow {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return { workflow: emptyWorkflow(), error: null };
  if (typeof value !== 'string') return { workflow: null, error: `The workflow value must be a JSON string, not ${kindOf(value)}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch (e) {
    return { workflow: null, error: `The workflow value is not valid JSON (${(e as Error).message}).` };
  }
  try {
    return { workflow: checkWorkflow(raw), error: null };
  } catch (e) {
    if (e instanceof WorkflowError) return { workflow: null, error: `This workflow cannot be shown: ${e.message}` };
    throw e;
  }
}

function checkWorkflow(raw: unknown): Workflow {
  if (!isObject(raw)) return fail(`the value must be a JSON object with nodes and edges, not ${kindOf(raw)}.`);
  let source = raw;
  if (raw.schema_version === undefined && Array.isArray(raw.nodes)) source = fromSchema1(raw);
  else if (raw.schema_version === undefined && raw.nodes !== undefined) fail(`"nodes" must be a list, not ${kindOf(raw.nodes)}.`);
  else if (raw.schema_version !== '2') {
    if (raw.schema_version !== undefined) fail(`schema_version ${JSON.stringify(raw.schema_version)} is not one this canvas reads (it reads "2", and schema 1's "nodes").`);
    if (!['references', 'operators', 'subjects', 'edges'].some((key) => key in raw)) fail('the value has neither "nodes" (schema 1) nor "references", "operators", "subjects" and "edges" (schema 2).');
  }
  const list = (key: string): unknown[] => {
    const v = source[key];
    if (v === undefined || v === null) return [];
    return Array.isArray(v) ? v : fail(`"${key}" must be a list, not ${kindOf(v)}.`);
  };
  const wf: Workflow = {
    ...source,
    schema_version: '2',
    name: typeof source.name === 'string' ? source.name : 'My workflow',
    references: list('references').map((n, i) => checkNode(n, 'reference', i)),
    operators: list('operators').map((n, i) => checkNode(n, 'operator', i)),
    subjects: list('subjects').map((n, i) => checkNode(n, 'subject', i)),
    edges: [],
  };
  const ids = new Set<string>();
  for (const node of allNodes(wf)) {
    if (ids.has(node.id)) fail(`two nodes have the id "${node.id}".`);
    ids.add(node.id);
  }
  wf.edges = list('edges').map((edge, i) => {
    if (!isObject(edge)) return fail(`edge #${i + 1} must be an object, not ${kindOf(edge)}.`);
    for (const key of ['from_node_id', 'from_port_id', 'to_node_id', 'to_port_id']) {
      if (typeof edge[key] !== 'string' || !edge[key]) fail(`edge #${i + 1} has no ${key}.`);
    }
    const e = edge as WorkflowEdge;
    for (const [node, port, dir] of [
      [e.from_node_id, e.from_port_id, 'out'],
      [e.to_node_id, e.to_port_id, 'in'],
    ] as const) {
      if (!ids.has(node)) fail(`edge #${i + 1} names the node "${node}", which the workflow does not have.`);
      if (!findPort(wf, { nodeId: node, portId: port, dir })) fail(`edge #${i + 1} names the ${dir === 'in' ? 'input' : 'output'} "${port}" of "${node}", which that node does not have.`);
    }
    const type = findPort(wf, { nodeId: e.from_node_id, portId: e.from_port_id, dir: 'out' })!.type;
    return { ...e, id: typeof e.id === 'string' && e.id ? e.id : `edge_${i}`, type: typeof e.type === 'string' ? e.type : type };
  });
  return wf;
}

/** The workflow as its value (a JSON string, as Gradio holds it). */
export const serializeWorkflow = (wf: Workflow): string => JSON.stringify(wf);

/** Whether an output of type `a` may feed an input of type `b`: the same type, or either is `any` (as the official canvas). */
export const portsCompatible = (a: PortType, b: PortType): boolean => a === 'any' || b === 'any' || a === b;

/** Replaces one node (by id) through `change`. */
function updateNode(wf: Workflow, id: string, change: (node: WorkflowNode) => WorkflowNode): Workflow {
  const map = (list: WorkflowNode[]) => list.map((n) => (n.id === id ? change(n) : n));
  return { ...wf, references: map(wf.references), operators: map(wf.operators), subjects: map(wf.subjects) };
}

/** The node moved to (x, y) (canvas units, rounded). */
export const moveNode = (wf: Workflow, id: string, x: number, y: number): Workflow =>
  updateNode(wf, id, (n) => ({ ...n, x: Math.round(x), y: Math.round(y) }));

/** A reference's value for one port set (the value an input node feeds). */
export const setNodeData = (wf: Workflow, id: string, portId: string, value: unknown): Workflow =>
  updateNode(wf, id, (n) => ({ ...n, data: { ...n.data, [portId]: value } }));

/** Whether `to` can be reached from `from` by following edges (a new edge `to -> from` would close a cycle). */
function reaches(wf: Workflow, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === to) return true;
    for (const e of wf.edges) {
      if (e.from_node_id === cur && !seen.has(e.to_node_id)) {
        seen.add(e.to_node_id);
        queue.push(e.to_node_id);
      }
    }
  }
  return false;
}

/** A port's name for people: `Prompt: Text (text)`. */
export function portName(wf: Workflow, ref: PortRef): string {
  const node = findNode(wf, ref.nodeId);
  const port = findPort(wf, ref);
  return `${node?.label || ref.nodeId}: ${port?.label || ref.portId} (${port?.type ?? '?'})`;
}

/**
 * Why an edge from `from` (an output) to `to` (an input) cannot be made, or `null` when it can: the ports must
 * be an output and an input of two different nodes, of compatible types, and the edge must not close a cycle
 * (a workflow runs in topological order).
 */
export function connectionProblem(wf: Workflow, from: PortRef, to: PortRef): string | null {
  if (from.dir === to.dir) return `Both ports are ${from.dir === 'in' ? 'inputs' : 'outputs'}: connect an output to an input.`;
  const [out, inp] = from.dir === 'out' ? [from, to] : [to, from];
  const a = findPort(wf, out);
  const b = findPort(wf, inp);
  if (!a || !b) return 'That port is no longer in the workflow.';
  if (out.nodeId === inp.nodeId) return 'A node cannot feed itself.';
  if (!portsCompatible(a.type, b.type)) return `Cannot connect: ${portName(wf, out)} gives ${a.type}, ${portName(wf, inp)} takes ${b.type}.`;
  if (wf.edges.some((e) => e.from_node_id === out.nodeId && e.from_port_id === out.portId && e.to_node_id === inp.nodeId && e.to_port_id === inp.portId)) return 'These ports are already connected.';
  if (reaches(wf, inp.nodeId, out.nodeId)) return 'Cannot connect: the workflow would loop back on itself.';
  return null;
}

const freshId = (taken: Iterable<string>, prefix: string): string => {
  const used = new Set(taken);
  let i = used.size;
  while (used.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
};

/**
 * The workflow with an edge from an output to an input (in either order); an input takes one edge, so an
 * edge already into that input is replaced. Throws a `RangeError` with the reason when the ports cannot connect.
 */
export function connect(wf: Workflow, a: PortRef, b: PortRef): { workflow: Workflow; edge: WorkflowEdge } {
  const problem = connectionProblem(wf, a, b);
  if (problem) throw new RangeError(problem);
  const [out, inp] = a.dir === 'out' ? [a, b] : [b, a];
  const edge: WorkflowEdge = {
    id: freshId(
      wf.edges.map((e) => e.id),
      'edge_',
    ),
    from_node_id: out.nodeId,
    from_port_id: out.portId,
    to_node_id: inp.nodeId,
    to_port_id: inp.portId,
    type: findPort(wf, out)!.type,
  };
  const kept = wf.edges.filter((e) => !(e.to_node_id === inp.nodeId && e.to_port_id === inp.portId));
  return { workflow: { ...wf, edges: [...kept, edge] }, edge };
}

/** The workflow without one edge. */
export const disconnect = (wf: Workflow, edgeId: string): Workflow => ({ ...wf, edges: wf.edges.filter((e) => e.id !== edgeId) });

/** The workflow without a node and its edges. */
export function deleteNode(wf: Workflow, id: string): Workflow {
  const keep = (list: WorkflowNode[]) => list.filter((n) => n.id !== id);
  return {
    ...wf,
    references: keep(wf.references),
    operators: keep(wf.operators),
    subjects: keep(wf.subjects),
    edges: wf.edges.filter((e) => e.from_node_id !== id && e.to_node_id !== id),
  };
}

/** The asset types the official canvas offers as input and output nodes (no Hub needed). */
const assetTypes: [label: string, type: PortType][] = [
  ['Textbox', 'text'],
  ['Number', 'number'],
  ['Image', 'image'],
  ['Audio', 'audio'],
  ['Video', 'video'],
  ['File', 'file'],
  ['JSON', 'json'],
  ['Gallery', 'gallery'],
  ['Model3D', 'model3d'],
];

/** An input (`reference`) or output (`subject`) node template for an asset type. */
function assetTemplate(role: 'reference' | 'subject', label: string, type: PortType): NodeTemplate {
  const portLabel = type === 'text' ? 'Text' : label;
  return {
    role,
    label,
    asset_type: type,
    inputs: [{ id: 'in', label: portLabel, type }],
    outputs: [{ id: 'out', label: portLabel, type }],
    data: {},
    width: 220,
    height: 120,
  };
}

/** Input and output templates, one per asset type (Textbox, Number, Image, ...). */
export const assetTemplates = (): { inputs: NodeTemplate[]; outputs: NodeTemplate[] } => ({
  inputs: assetTypes.map(([label, type]) => assetTemplate('reference', label, type)),
  outputs: assetTypes.map(([label, type]) => assetTemplate('subject', label, type)),
});

/**
 * The function templates a `list_bound_fns` server function answers (a JSON string of
 * `[{fn, label, inputs, outputs}]`), as operator templates of kind `fn`. Throws a `TypeError` saying what is
 * wrong with a malformed answer.
 */
export function functionTemplates(answer: unknown): NodeTemplate[] {
  let list = answer;
  if (typeof answer === 'string') {
    try {
      list = JSON.parse(answer);
    } catch {
      throw new TypeError('The list of functions is not JSON.');
    }
  }
  if (isObject(list) && typeof list.error === 'string') throw new TypeError(list.error);
  if (!Array.isArray(list)) throw new TypeError(`The list of functions must be a list, not ${kindOf(list)}.`);
  return list.map((item, i) => {
    if (!isObject(item) || typeof item.fn !== 'string' || !item.fn) throw new TypeError(`Function #${i + 1} of the list has no name.`);
    try {
      return {
        role: 'operator' as const,
        kind: 'fn',
        fn: item.fn,
        source: item.fn,
        label: typeof item.label === 'string' ? item.label : item.fn,
        inputs: checkPorts(item.inputs, `Function "${item.fn}": inputs`),
        outputs: checkPorts(item.outputs, `Function "${item.fn}": outputs`),
        data: {},
        width: 220,
        height: 120,
      };
    } catch (e) {
      throw e instanceof WorkflowError ? new TypeError(e.message) : e;
    }
  });
}

/** The workflow with a node made from `template` at (x, y), moved down while it would cover another node. */
export function addNode(wf: Workflow, template: NodeTemplate, x: number, y: number): { workflow: Workflow; node: WorkflowNode } {
  const nodes = allNodes(wf);
  const nx = Math.round(x);
  let ny = Math.round(y);
  // Below any node it would cover (drawn nodes are taller than their stored height, so at least 160).
  const covering = () => nodes.find((n) => nx < n.x + n.width && n.x < nx + template.width && ny < n.y + Math.max(n.height, 160) && n.y < ny + Math.max(template.height, 160));
  for (let n = covering(); n; n = covering()) ny = n.y + Math.max(n.height, 160) + 24;
  const base = String(template.fn ?? template.label ?? 'node')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '_');
  const node: WorkflowNode = {
    ...structuredClone(template),
    id: freshId(
      nodes.map((n) => n.id),
      `${template.role === 'operator' ? 'fn' : template.role === 'reference' ? 'in' : 'out'}_${base}_`,
    ),
    x: nx,
    y: ny,
  };
  const key = roleLists[template.role];
  const list: WorkflowNode[] = wf[key];
  return { workflow: { ...wf, [key]: [...list, node] }, node };
}
