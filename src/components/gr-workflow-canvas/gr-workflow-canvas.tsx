import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, BlockTitle, blockHost, cssLength } from '../../utils/block';
import { uniqueId } from '../../utils/ids';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import {
  type NodeTemplate,
  type PortRef,
  type Workflow,
  type WorkflowEdge,
  type WorkflowNode,
  addNode,
  allNodes,
  assetTemplates,
  connect,
  connectionProblem,
  deleteNode,
  disconnect,
  findNode,
  functionTemplates,
  moveNode,
  parseWorkflow,
  portName,
  serializeWorkflow,
  setNodeData,
} from '../../utils/workflow-graph';
import { type NodeRunState, type WorkflowPredict, type WorkflowServer, runWorkflow } from '../../utils/workflow-run';

/** Height of a node's title bar and of one row of ports, in canvas units (port positions follow from them). */
const HEADER = 40;
const ROW = 28;
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 3;
/** Canvas units a node moves per arrow key press (Shift: five times as far). */
const KEY_STEP = 10;

/** The view: canvas units are drawn at `(x * k + tx, y * k + ty)`. */
interface View {
  tx: number;
  ty: number;
  k: number;
}

/** A pointer gesture under way. */
type Gesture =
  | { type: 'move'; nodeId: string; pointerId: number; startX: number; startY: number; nodeX: number; nodeY: number; moved: boolean }
  | { type: 'pan'; pointerId: number; startX: number; startY: number; tx: number; ty: number }
  | { type: 'link'; from: PortRef; pointerId: number; startX: number; startY: number; moved: boolean };

const roleNames = { reference: 'Input', operator: 'Step', subject: 'Output' } as const;

/** What an operator runs, for its subtitle: `fn shout`, `space user/app`, ... */
function operatorSource(node: WorkflowNode): string {
  const id = node.kind === 'fn' ? node.fn : node.kind === 'model' ? node.model_id : node.kind === 'dataset' ? node.dataset_id : node.space_id;
  return [node.kind ?? 'space', id].filter(Boolean).join(' ');
}

/** A run output as text (JSON for structures). */
const outputText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The URL of a file output (`{url}`, `{path}` or a URL string), when safe to show. */
function fileUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return /^(https?:|blob:|data:)/i.test(value) ? safeMediaUrl(value) : undefined;
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    return safeMediaUrl(typeof v.url === 'string' ? v.url : undefined);
  }
  return undefined;
}

/** Keeps a pointer's events on `el` while it drags (a pointer that is already gone cannot be captured). */
function capture(el: EventTarget | null, pointerId: number) {
  try {
    (el as Element | null)?.setPointerCapture?.(pointerId);
  } catch {
    // not an active pointer (a synthetic event): the gesture still works while the pointer stays over el
  }
}

const portKey = (ref: PortRef) => `${ref.nodeId}\u0000${ref.dir}\u0000${ref.portId}`;

/**
 * A Gradio `WorkflowCanvas` (config type `workflowcanvas`, Gradio 6.2x): a node graph of a workflow, the JSON
 * string `value` holds (schema 2: inputs (`references`), steps (`operators`: Python functions, Spaces, models,
 * datasets) and outputs (`subjects`), with edges from an output port to an input port; schema 1 is read too).
 *
 * Shows the nodes with their ports and the edges between them on a canvas that pans (drag the background) and
 * zooms (wheel or pinch, the buttons, or "Fit"). Edits (each updates `value` and fires `gr-change`): drag a
 * node by its title (or focus it and use the arrow keys); drag from an output port to an input port, or
 * activate one port then the other (Enter / Space / click) to connect them (only ports of compatible types;
 * an input takes one edge, so a new one replaces the old); remove an edge from the connection list, or click
 * it and press Delete; Delete removes a focused node; "Add" adds an input, an output, or one of the app's
 * Python functions (the `list_bound_fns` server function); an input's value is edited in its node.
 *
 * With `server` set (`<gradio-app>` sets it to the component's server functions), "Run" runs a step and what
 * feeds it, "Run all" the whole workflow, through `call_fn`, `call_space`, `call_model` and `fetch_dataset`
 * (see `src/utils/workflow-run.ts`); each node shows its result or its error; "Stop" ends a run. Edits are saved with
 * `save_workflow` half a second after the last one when `get_write_access` answers `"true"` (or the app has no
 * such check), as the official canvas autosaves; a refused save is said under the canvas.
 *
 * A value that is not a workflow shows a message saying what is wrong, never a broken canvas.
 *
 * @part canvas - the pannable drawing area.
 * @part toolbar - the row of zoom, add and run controls.
 *
 * Styled with the `--block-*`, `--border-color-*`, `--background-fill-*`, `--color-accent*`, `--button-*` and
 * `--input-*` theme variables.
 */
@Component({
  tag: 'gr-workflow-canvas',
  styleUrls: ['../../utils/block.css', 'gr-workflow-canvas.css'],
  scoped: true,
})
export class GrWorkflowCanvas {
  @Element() el!: HTMLElement;

  /** The parsed workflow (`null` when the value is not one). */
  @State() workflow: Workflow | null = null;

  /** Why the value cannot be shown. */
  @State() problem: string | null = null;

  @State() view: View = { tx: 0, ty: 0, k: 1 };

  /** The port picked as one end of a new edge (keyboard or click), waiting for the other end. */
  @State() picked: PortRef | null = null;

  /** Where a dragged new edge ends, in canvas units. */
  @State() linkEnd: { x: number; y: number } | null = null;

  @State() selectedEdge: string | null = null;

  /** The last edit or refusal, read by screen readers (and shown). */
  @State() notice = '';

  /** Each node's state in the last run. */
  @State() runs: Record<string, NodeRunState> = {};

  @State() running = false;

  /** Functions the app offers as nodes (`list_bound_fns`), or why they could not be listed. */
  @State() functions: NodeTemplate[] = [];
  @State() functionsProblem: string | null = null;

  /** The workflow JSON string (Gradio's wire value); `null` is an empty workflow. */
  @Prop({ mutable: true }) value: string | null = null;
  @Watch('value')
  valueChanged() {
    if (this.value === this.emitted) return;
    this.load();
    this.fitPending = true;
  }

  /**
   * Calls one of the component's server functions (`fnName`, its data list) and resolves to its answer.
   * `<gradio-app>` sets it; without it the workflow can be edited but not run.
   */
  @Prop() server: WorkflowServer | null = null;
  @Watch('server')
  serverChanged() {
    void this.listFunctions();
    void this.checkWriteAccess();
  }

  /**
   * Calls one of the app's endpoints by api name; `<gradio-app>` sets it. `gr.Workflow` runs a function node
   * through its `/predict_fn_<name>` endpoint, which is tried first; without it, the `call_fn` server function.
   */
  @Prop() predict: WorkflowPredict | null = null;

  /** The label (shown with `showLabel`). */
  @Prop() label: string | null = null;

  /** Show the label above the canvas (Gradio's default for this component: hidden). */
  @Prop() showLabel: boolean = false;

  /** Height of the drawing area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** `false` shows the workflow without editing controls. */
  @Prop() interactive: boolean = true;

  /** `false`: no block border, background or padding (Gradio's default for this component). */
  @Prop() container: boolean = false;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires after each edit by the user (move, connect, disconnect, add, delete, an input's value) with the new JSON string; not when `value` is set by code. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<string>;

  private readonly uid = uniqueId('gr-workflow');
  private emitted: string | null = null;
  private gesture: Gesture | null = null;
  private touches = new Map<number, { x: number; y: number }>();
  private pinch: { distance: number; k: number } | null = null;
  private suppressClick = false;
  private fitPending = true;
  private canvas?: HTMLElement;
  private addSelect?: HTMLSelectElement;
  private abort?: AbortController;
  /** Whether edits are saved with the `save_workflow` server function: `null` until `get_write_access` answers. */
  private canSave: boolean | null = null;
  private saveTimer?: ReturnType<typeof setTimeout>;

  componentWillLoad() {
    this.load();
    void this.listFunctions();
    void this.checkWriteAccess();
  }

  componentDidLoad() {
    this.canvas?.addEventListener('wheel', this.onWheel, { passive: false });
  }

  componentDidRender() {
    if (this.fitPending && this.workflow && this.canvas?.clientWidth) {
      this.fitPending = false;
      this.fit();
    }
  }

  disconnectedCallback() {
    this.abort?.abort();
    clearTimeout(this.saveTimer);
  }

  private load() {
    const parsed = parseWorkflow(this.value);
    this.workflow = parsed.workflow;
    this.problem = parsed.error;
    this.runs = {};
    this.picked = null;
    this.selectedEdge = null;
  }

  private async listFunctions() {
    this.functions = [];
    this.functionsProblem = null;
    const server = this.server;
    if (!server) return;
    try {
      const templates = functionTemplates(await server('list_bound_fns', null));
      if (this.server === server) this.functions = templates;
    } catch (e) {
      // A canvas without a `list_bound_fns` server function (the server answers "not found") offers no functions.
      if (this.server === server && (e as Error).name !== 'NotFoundError') this.functionsProblem = `The app's functions could not be listed: ${(e as Error).message}`;
    }
  }

  /**
   * Asks `get_write_access` whether this session may save (as the official canvas: `gr.Workflow` saves only for
   * the app's owner). A canvas without that function saves if it has `save_workflow`.
   */
  private async checkWriteAccess() {
    const server = this.server;
    this.canSave = null;
    if (!server) return;
    try {
      const answer = await server('get_write_access', null);
      if (this.server === server) this.canSave = answer === 'true' || answer === true;
    } catch (e) {
      if (this.server === server) this.canSave = (e as Error).name === 'NotFoundError';
    }
  }

  /** Saves the value with `save_workflow` half a second after the last edit (as the official canvas autosaves). */
  private scheduleSave(value: string) {
    const server = this.server;
    if (!server || this.canSave !== true) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(async () => {
      try {
        const answer = await server('save_workflow', [value]);
        const error = typeof answer === 'string' && answer.startsWith('{') ? (JSON.parse(answer) as { error?: string }).error : undefined;
        this.notice = error ? `Not saved: ${error}` : 'Saved.';
      } catch (e) {
        // No save_workflow: the app keeps edits through the change event only.
        if ((e as Error).name === 'NotFoundError') this.canSave = false;
        else this.notice = `Not saved: ${(e as Error).message}`;
      }
    }, 500);
  }

  /** Applies an edit: the new workflow becomes the value, `gr-change` fires, and the app saves it when it can. */
  private applyEdit(wf: Workflow, notice?: string) {
    this.workflow = wf;
    const value = serializeWorkflow(wf);
    this.emitted = value;
    this.value = value;
    if (notice) this.notice = notice;
    this.grChange.emit(value);
    this.scheduleSave(value);
  }

  // ── view ──────────────────────────────────────────────────────────────

  private nodeHeight(node: WorkflowNode): number {
    const rendered = this.el.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(node.id)}"]`)?.offsetHeight;
    return rendered || HEADER + Math.max(node.inputs.length, node.outputs.length, 1) * ROW + 48;
  }

  /** Zooms and pans so every node is in view (at most 100%). */
  private fit = () => {
    const wf = this.workflow;
    const box = this.canvas;
    if (!wf || !box) return;
    const nodes = allNodes(wf);
    const width = box.clientWidth || 800;
    const height = box.clientHeight || 500;
    if (!nodes.length) {
      this.view = { tx: 0, ty: 0, k: 1 };
      return;
    }
    const minX = Math.min(...nodes.map((n) => n.x));
    const minY = Math.min(...nodes.map((n) => n.y));
    const maxX = Math.max(...nodes.map((n) => n.x + n.width));
    const maxY = Math.max(...nodes.map((n) => n.y + this.nodeHeight(n)));
    const pad = 32;
    const k = Math.min(1, Math.max(MIN_ZOOM, Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1))));
    this.view = { k, tx: (width - (maxX - minX) * k) / 2 - minX * k, ty: (height - (maxY - minY) * k) / 2 - minY * k };
  };

  /** Zooms by `factor` around a point of the canvas (its center by default). */
  private zoom(factor: number, cx?: number, cy?: number) {
    const { tx, ty, k } = this.view;
    const box = this.canvas;
    const x = cx ?? (box?.clientWidth ?? 0) / 2;
    const y = cy ?? (box?.clientHeight ?? 0) / 2;
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k * factor));
    this.view = { k: next, tx: x - ((x - tx) / k) * next, ty: y - ((y - ty) / k) * next };
  }

  /** A pointer's position in canvas units. */
  private toCanvas(clientX: number, clientY: number) {
    const rect = this.canvas!.getBoundingClientRect();
    return { x: (clientX - rect.left - this.view.tx) / this.view.k, y: (clientY - rect.top - this.view.ty) / this.view.k };
  }

  private onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const rect = this.canvas!.getBoundingClientRect();
    // Trackpad pinches arrive as wheel events with ctrlKey and small deltas.
    const speed = event.ctrlKey ? 0.01 : 0.0015;
    this.zoom(Math.exp(-event.deltaY * speed), event.clientX - rect.left, event.clientY - rect.top);
  };

  // ── pointer gestures ──────────────────────────────────────────────────

  private onCanvasPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'touch') {
      this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.touches.size === 2) {
        const [a, b] = [...this.touches.values()];
        this.pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, k: this.view.k };
        this.gesture = null;
        return;
      }
    }
    if (event.button !== 0 || (event.target as Element).closest('.node, .edge-hit, button, input, select, textarea')) return;
    this.selectedEdge = null;
    this.gesture = { type: 'pan', pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, tx: this.view.tx, ty: this.view.ty };
    capture(this.canvas ?? null, event.pointerId);
  };

  private onNodePointerDown(event: PointerEvent, node: WorkflowNode) {
    if (event.button !== 0 || !this.interactive || (event.target as Element).closest('button, input, select, textarea, a')) return;
    this.gesture = { type: 'move', nodeId: node.id, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, nodeX: node.x, nodeY: node.y, moved: false };
    capture(event.currentTarget, event.pointerId);
    event.stopPropagation();
  }

  private onPortPointerDown(event: PointerEvent, ref: PortRef) {
    if (event.button !== 0 || !this.interactive) return;
    this.suppressClick = false;
    this.gesture = { type: 'link', from: ref, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    capture(event.currentTarget, event.pointerId);
    event.stopPropagation();
  }

  private onPointerMove = (event: PointerEvent) => {
    if (this.touches.has(event.pointerId)) {
      this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (this.pinch && this.touches.size === 2) {
        const [a, b] = [...this.touches.values()];
        const rect = this.canvas!.getBoundingClientRect();
        const factor = (this.pinch.k * (Math.hypot(a.x - b.x, a.y - b.y) / this.pinch.distance)) / this.view.k;
        this.zoom(factor, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
        return;
      }
    }
    const g = this.gesture;
    if (!g || g.pointerId !== event.pointerId) return;
    const dx = event.clientX - g.startX;
    const dy = event.clientY - g.startY;
    if (g.type === 'pan') {
      this.view = { ...this.view, tx: g.tx + dx, ty: g.ty + dy };
    } else if (g.type === 'move' && this.workflow) {
      if (!g.moved && Math.hypot(dx, dy) < 3) return;
      g.moved = true;
      this.workflow = moveNode(this.workflow, g.nodeId, g.nodeX + dx / this.view.k, g.nodeY + dy / this.view.k);
    } else if (g.type === 'link') {
      if (!g.moved && Math.hypot(dx, dy) < 4) return;
      g.moved = true;
      this.linkEnd = this.toCanvas(event.clientX, event.clientY);
    }
  };

  private onPointerUp = (event: PointerEvent) => {
    this.touches.delete(event.pointerId);
    if (this.touches.size < 2) this.pinch = null;
    const g = this.gesture;
    if (!g || g.pointerId !== event.pointerId) return;
    this.gesture = null;
    if (g.type === 'move' && g.moved && this.workflow) {
      const node = findNode(this.workflow, g.nodeId);
      this.applyEdit(this.workflow, node ? `Moved ${node.label || node.id}.` : undefined);
    } else if (g.type === 'link' && g.moved) {
      this.linkEnd = null;
      this.suppressClick = true;
      const target = this.el.ownerDocument.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('.port');
      if (target && this.el.contains(target)) this.connectPorts(g.from, { nodeId: target.dataset.nodeId!, portId: target.dataset.portId!, dir: target.dataset.dir as 'in' | 'out' });
      else this.notice = 'Not connected: drop the edge on a port.';
    }
  };

  // ── edits ─────────────────────────────────────────────────────────────

  private connectPorts(a: PortRef, b: PortRef) {
    const wf = this.workflow;
    this.picked = null;
    if (!wf) return;
    const problem = connectionProblem(wf, a, b);
    if (problem) {
      this.notice = problem;
      return;
    }
    const [out, inp] = a.dir === 'out' ? [a, b] : [b, a];
    this.applyEdit(connect(wf, a, b).workflow, `Connected ${portName(wf, out)} to ${portName(wf, inp)}.`);
  }

  /** A port activated (click, Enter, Space): picks it as one end, or connects it to the picked one. */
  private onPortClick(ref: PortRef) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const wf = this.workflow;
    if (!wf || !this.interactive) return;
    const picked = this.picked;
    if (picked && portKey(picked) === portKey(ref)) {
      this.picked = null;
      this.notice = 'Connection cancelled.';
    } else if (picked) {
      this.connectPorts(picked, ref);
    } else {
      this.picked = ref;
      this.notice = `Picked ${portName(wf, ref)}: now activate ${ref.dir === 'out' ? 'an input' : 'an output'} port to connect it (Escape cancels).`;
    }
  }

  private removeEdge(edge: WorkflowEdge) {
    const wf = this.workflow;
    if (!wf) return;
    this.selectedEdge = null;
    this.applyEdit(disconnect(wf, edge.id), `Disconnected ${this.edgeName(wf, edge)}.`);
  }

  private removeNode(node: WorkflowNode) {
    const wf = this.workflow;
    if (!wf) return;
    const nodes = allNodes(wf);
    const next = nodes[nodes.indexOf(node) + 1] ?? nodes[nodes.indexOf(node) - 1];
    const { [node.id]: _gone, ...runs } = this.runs;
    this.runs = runs;
    if (this.picked?.nodeId === node.id) this.picked = null;
    this.applyEdit(deleteNode(wf, node.id), `Deleted ${node.label || node.id}.`);
    requestAnimationFrame(() => {
      const target = next ? this.el.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(next.id)}"]`) : this.canvas;
      target?.focus();
    });
  }

  private onNodeKeyDown(event: KeyboardEvent, node: WorkflowNode) {
    if (event.target !== event.currentTarget || !this.workflow || !this.interactive) return;
    const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key]) {
      event.preventDefault();
      const [dx, dy] = moves[event.key];
      this.applyEdit(moveNode(this.workflow, node.id, node.x + dx, node.y + dy), `Moved ${node.label || node.id} to ${node.x + dx}, ${node.y + dy}.`);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.removeNode(node);
    }
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.picked) {
      this.picked = null;
      this.notice = 'Connection cancelled.';
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && this.selectedEdge && this.workflow) {
      const edge = this.workflow.edges.find((e) => e.id === this.selectedEdge);
      if (edge && !(event.target as Element).closest('input, textarea, select')) {
        event.preventDefault();
        this.removeEdge(edge);
      }
    }
  };

  private addFromMenu = () => {
    const wf = this.workflow;
    const choice = this.addSelect?.value;
    if (!wf || !choice) return;
    const [group, index] = choice.split(':');
    const assets = assetTemplates();
    const template = (group === 'fn' ? this.functions : group === 'in' ? assets.inputs : assets.outputs)[Number(index)];
    if (!template) return;
    const box = this.canvas;
    const center = box ? { x: (box.clientWidth / 2 - this.view.tx) / this.view.k - 110, y: (box.clientHeight / 2 - this.view.ty) / this.view.k - 60 } : { x: 0, y: 0 };
    const { workflow, node } = addNode(wf, template, center.x, center.y);
    this.applyEdit(workflow, `Added ${node.label}.`);
    requestAnimationFrame(() => this.el.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(node.id)}"]`)?.focus());
  };

  private setInputValue(node: WorkflowNode, portId: string, value: unknown) {
    if (!this.workflow) return;
    this.applyEdit(setNodeData(this.workflow, node.id, portId, value), `Set ${node.label || node.id}.`);
  }

  // ── running ───────────────────────────────────────────────────────────

  private async run(target: string | null) {
    const wf = this.workflow;
    const server = this.server;
    if (!wf || !server || this.running) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.running = true;
    this.runs = {};
    try {
      await runWorkflow(
        wf,
        server,
        target,
        (nodeId, state) => {
          if (!abort.signal.aborted) this.runs = { ...this.runs, [nodeId]: state };
        },
        abort.signal,
        this.predict,
      );
      if (abort.signal.aborted) return;
      const failed = Object.values(this.runs).filter((s) => s.status === 'error').length;
      this.notice = failed ? `Run finished: ${failed} node${failed > 1 ? 's' : ''} failed.` : 'Run finished.';
    } catch (e) {
      this.notice = (e as Error).message;
    } finally {
      if (this.abort === abort) this.running = false;
    }
  }

  /** Stops the run: no further node starts, and what was running is marked stopped (its answer is ignored). */
  private stop = () => {
    this.abort?.abort();
    this.abort = undefined;
    this.running = false;
    this.runs = Object.fromEntries(Object.entries(this.runs).map(([id, state]) => [id, state.status === 'running' ? { status: 'error', message: 'Stopped.' } : state]));
    this.notice = 'Run stopped.';
  };

  // ── rendering ─────────────────────────────────────────────────────────

  private portPoint(wf: Workflow, ref: PortRef): { x: number; y: number } | null {
    const node = findNode(wf, ref.nodeId);
    if (!node) return null;
    const list = ref.dir === 'in' ? node.inputs : node.outputs;
    const index = list.findIndex((p) => p.id === ref.portId);
    if (index < 0) return null;
    return { x: ref.dir === 'in' ? node.x : node.x + node.width, y: node.y + HEADER + index * ROW + ROW / 2 };
  }

  private edgeName(wf: Workflow, edge: WorkflowEdge): string {
    return `${portName(wf, { nodeId: edge.from_node_id, portId: edge.from_port_id, dir: 'out' })} to ${portName(wf, { nodeId: edge.to_node_id, portId: edge.to_port_id, dir: 'in' })}`;
  }

  private curve(a: { x: number; y: number }, b: { x: number; y: number }): string {
    const bend = Math.max(40, Math.abs(b.x - a.x) / 2);
    return `M ${a.x} ${a.y} C ${a.x + bend} ${a.y}, ${b.x - bend} ${b.y}, ${b.x} ${b.y}`;
  }

  private renderEdges(wf: Workflow) {
    const pickedPoint = this.gesture?.type === 'link' && this.linkEnd ? this.portPoint(wf, this.gesture.from) : null;
    return (
      <svg class="edges" aria-hidden="true" width="1" height="1">
        {wf.edges.map((edge) => {
          const a = this.portPoint(wf, { nodeId: edge.from_node_id, portId: edge.from_port_id, dir: 'out' });
          const b = this.portPoint(wf, { nodeId: edge.to_node_id, portId: edge.to_port_id, dir: 'in' });
          if (!a || !b) return null;
          const d = this.curve(a, b);
          return (
            <g key={edge.id} class={{ edge: true, selected: this.selectedEdge === edge.id }} data-edge-id={edge.id}>
              <path class="edge-line" d={d} />
              {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; keyboard users remove edges in the connection list */}
              <path
                class="edge-hit"
                d={d}
                onClick={() => {
                  if (!this.interactive) return;
                  this.selectedEdge = edge.id;
                  this.notice = `Selected the connection ${this.edgeName(wf, edge)}: Delete removes it.`;
                  this.canvas?.focus();
                }}
              />
            </g>
          );
        })}
        {pickedPoint && this.linkEnd && this.gesture?.type === 'link' ? (
          <path
            class="edge-line draft"
            d={this.gesture.from.dir === 'out' ? this.curve(pickedPoint, this.linkEnd) : this.curve(this.linkEnd, pickedPoint)}
          />
        ) : null}
      </svg>
    );
  }

  private renderPort(wf: Workflow, node: WorkflowNode, port: WorkflowNode['inputs'][number], dir: 'in' | 'out', index: number) {
    const ref: PortRef = { nodeId: node.id, portId: port.id, dir };
    const picked = this.picked ? portKey(this.picked) === portKey(ref) : false;
    const candidate = this.picked && !picked ? connectionProblem(wf, this.picked, ref) === null : false;
    const edges = wf.edges.filter((e) => (dir === 'in' ? e.to_node_id === node.id && e.to_port_id === port.id : e.from_node_id === node.id && e.from_port_id === port.id));
    const name = `${dir === 'in' ? 'Input' : 'Output'} ${port.label} (${port.type}) of ${node.label || node.id}${edges.length ? `, ${edges.length} connection${edges.length > 1 ? 's' : ''}` : ''}`;
    return (
      <button
        type="button"
        class={{ port: true, [dir]: true, picked, candidate, connected: edges.length > 0 }}
        style={{ top: `${index * ROW}px` }}
        data-node-id={node.id}
        data-port-id={port.id}
        data-dir={dir}
        data-type={port.type}
        aria-label={name}
        aria-pressed={picked ? 'true' : 'false'}
        disabled={!this.interactive}
        onPointerDown={(e) => this.onPortPointerDown(e, ref)}
        onClick={() => this.onPortClick(ref)}
      >
        <span class="dot" aria-hidden="true" />
        <span class="port-label">{port.label}</span>
      </button>
    );
  }

  private renderOutputValue(value: unknown) {
    if (value === null || value === undefined) return <span class="muted">(empty)</span>;
    const url = fileUrl(value);
    if (url) return <a href={url} target="_blank" rel="noopener noreferrer">{url.split('/').pop() || 'file'}</a>;
    return <span class="output-text">{outputText(value)}</span>;
  }

  private renderReferenceInput(node: WorkflowNode) {
    const port = node.outputs[0];
    if (!port) return null;
    const value = node.data[port.id];
    const id = `${this.uid}-${node.id}-value`;
    const label = `Value of ${node.label || node.id}`;
    if (port.type === 'number') {
      return (
        <input
          id={id}
          class="value-input"
          type="number"
          aria-label={label}
          value={typeof value === 'number' ? String(value) : ''}
          disabled={!this.interactive}
          onChange={(e) => {
            const text = (e.target as HTMLInputElement).value;
            this.setInputValue(node, port.id, text === '' ? null : Number(text));
          }}
        />
      );
    }
    if (port.type === 'boolean') {
      return (
        <input id={id} type="checkbox" aria-label={label} checked={value === true} disabled={!this.interactive} onChange={(e) => this.setInputValue(node, port.id, (e.target as HTMLInputElement).checked)} />
      );
    }
    if (port.type === 'text' || port.type === 'any') {
      return (
        <textarea
          id={id}
          class="value-input"
          rows={2}
          aria-label={label}
          value={typeof value === 'string' ? value : value == null ? '' : outputText(value)}
          disabled={!this.interactive}
          onChange={(e) => this.setInputValue(node, port.id, (e.target as HTMLTextAreaElement).value)}
        />
      );
    }
    return <div class="muted">{value == null ? `No ${port.type} set` : this.renderOutputValue(value)}</div>;
  }

  private renderNode(wf: Workflow, node: WorkflowNode) {
    const run = this.runs[node.id];
    const rows = Math.max(node.inputs.length, node.outputs.length, 1);
    const role = roleNames[node.role];
    const subtitle = node.role === 'operator' ? operatorSource(node) : String(node.asset_type ?? node.outputs[0]?.type ?? node.inputs[0]?.type ?? '');
    const errorId = `${this.uid}-${node.id}-error`;
    const titleId = `${this.uid}-${node.id}-title`;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a node is a positioned card of the drawing, not a form fieldset
      <div
        key={node.id}
        class={{ node: true, [node.role]: true, [`status-${run?.status ?? 'idle'}`]: true }}
        style={{ left: `${node.x}px`, top: `${node.y}px`, width: `${node.width}px` }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: nodes take focus so the keyboard can move and delete them
        tabIndex={0}
        role="group"
        data-node-id={node.id}
        aria-roledescription="node"
        aria-labelledby={titleId}
        aria-describedby={run?.status === 'error' ? errorId : undefined}
        onPointerDown={(e) => this.onNodePointerDown(e, node)}
        onKeyDown={(e) => this.onNodeKeyDown(e, node)}
      >
        <div class="node-header">
          <span class="role">{role}</span>
          <span class="node-title" id={titleId}>
            <span class="sr-only">{role} </span>
            {node.label || node.id}
          </span>
          {this.interactive ? (
            <button type="button" class="icon-button delete" aria-label={`Delete ${node.label || node.id}`} title="Delete" onClick={() => this.removeNode(node)}>
              ×
            </button>
          ) : null}
        </div>
        <div class="ports" style={{ height: `${rows * ROW}px` }}>
          {node.inputs.map((port, i) => this.renderPort(wf, node, port, 'in', i))}
          {node.outputs.map((port, i) => this.renderPort(wf, node, port, 'out', i))}
        </div>
        <div class="node-body">
          <div class="subtitle">{subtitle}</div>
          {node.role === 'reference' && !wf.edges.some((e) => e.to_node_id === node.id) ? this.renderReferenceInput(node) : null}
          {node.role === 'operator' && this.server ? (
            <button type="button" class="run-node" disabled={this.running} onClick={() => void this.run(node.id)} aria-label={`Run ${node.label || node.id}`}>
              Run
            </button>
          ) : null}
          {run?.status === 'running' ? (
            <div class="run-status" role="status">
              Running…
            </div>
          ) : null}
          {run?.status === 'error' ? (
            <div class="run-error" id={errorId} role="alert">
              {run.message}
            </div>
          ) : null}
          {run?.status === 'done' && node.role !== 'reference' ? (
            <div class="run-output" role="status">
              {(node.role === 'subject' ? node.inputs.slice(0, 1) : node.outputs).map((port) => (
                <div class="output-row">
                  <span class="output-label">{port.label}: </span>
                  {this.renderOutputValue(run.outputs[port.id])}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    );
  }

  private renderToolbar() {
    const assets = assetTemplates();
    const selectId = `${this.uid}-add`;
    return (
      <div class="toolbar" part="toolbar" role="toolbar" aria-label="Workflow canvas">
        <button type="button" class="tool" aria-label="Zoom in" title="Zoom in" onClick={() => this.zoom(1.25)}>
          +
        </button>
        <button type="button" class="tool" aria-label="Zoom out" title="Zoom out" onClick={() => this.zoom(0.8)}>
          −
        </button>
        <button type="button" class="tool" onClick={this.fit}>
          Fit
        </button>
        <span class="zoom-level" aria-live="off">
          {Math.round(this.view.k * 100)}%
        </span>
        {this.interactive ? [
          <label class="sr-only" htmlFor={selectId}>
            Node to add
          </label>,
          <select id={selectId} class="add-select" ref={(el) => (this.addSelect = el)}>
            <optgroup label="Inputs">
              {assets.inputs.map((t, i) => (
                <option value={`in:${i}`}>Input: {t.label}</option>
              ))}
            </optgroup>
            <optgroup label="Outputs">
              {assets.outputs.map((t, i) => (
                <option value={`out:${i}`}>Output: {t.label}</option>
              ))}
            </optgroup>
            {this.functions.length ? (
              <optgroup label="Functions">
                {this.functions.map((t, i) => (
                  <option value={`fn:${i}`}>Function: {t.label}</option>
                ))}
              </optgroup>
            ) : null}
          </select>,
          <button type="button" class="tool" onClick={this.addFromMenu}>
            Add
          </button>,
        ] : null}
        {this.server ? (
          <button type="button" class="tool run-all" disabled={this.running} onClick={() => void this.run(null)}>
            {this.running ? 'Running…' : 'Run all'}
          </button>
        ) : null}
        {this.running ? (
          <button type="button" class="tool" onClick={this.stop}>
            Stop
          </button>
        ) : null}
      </div>
    );
  }

  private renderConnections(wf: Workflow) {
    const titleId = `${this.uid}-connections`;
    return (
      <div class="connections">
        <span class="connections-title" id={titleId}>
          Connections ({wf.edges.length})
        </span>
        {wf.edges.length ? (
          <ul aria-labelledby={titleId}>
            {wf.edges.map((edge) => (
              <li key={edge.id} class={{ selected: this.selectedEdge === edge.id }}>
                <span>{this.edgeName(wf, edge)}</span>
                {this.interactive ? (
                  <button type="button" class="tool" aria-label={`Remove the connection ${this.edgeName(wf, edge)}`} onClick={() => this.removeEdge(edge)}>
                    Remove
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <span class="muted"> none</span>
        )}
      </div>
    );
  }

  render() {
    const wf = this.workflow;
    const { tx, ty, k } = this.view;
    const labelId = `${this.uid}-label`;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={this.container}>
          {this.label ? <BlockTitle label={this.label} showLabel={this.showLabel} titleId={labelId} /> : null}
          {wf ? (
            <section class="workflow" aria-label={this.label || wf.name || 'Workflow'} onKeyDown={this.onKeyDown}>
              {this.renderToolbar()}
              <div
                class={{ canvas: true, linking: this.picked !== null }}
                part="canvas"
                style={{ height: cssLength(this.height) ?? undefined }}
                tabIndex={-1}
                ref={(el) => (this.canvas = el)}
                onPointerDown={this.onCanvasPointerDown}
                onPointerMove={this.onPointerMove}
                onPointerUp={this.onPointerUp}
                onPointerCancel={this.onPointerUp}
              >
                <div class="world" style={{ transform: `translate(${tx}px, ${ty}px) scale(${k})` }}>
                  {this.renderEdges(wf)}
                  {allNodes(wf).map((node) => this.renderNode(wf, node))}
                </div>
                {allNodes(wf).length === 0 ? <p class="empty">This workflow has no nodes yet{this.interactive ? ': add one with "Add".' : '.'}</p> : null}
              </div>
              {this.functionsProblem ? <p class="muted">{this.functionsProblem}</p> : null}
              {this.renderConnections(wf)}
              <p class="notice" role="status" aria-live="polite">
                {this.notice}
              </p>
            </section>
          ) : (
            <div class="problem" role="alert">
              {this.problem}
            </div>
          )}
        </Block>
      </Host>
    );
  }
}
