import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';

const port = (id: string, label: string, type = 'text') => ({ id, label, type });
const box = { width: 220, height: 100, data: {} };
const workflow = (label = 'shout') => ({
  schema_version: '2',
  name: 'Text tools',
  references: [{ ...box, id: 'prompt', role: 'reference', label: 'Prompt', x: 0, y: 0, inputs: [port('in', 'Text')], outputs: [port('out', 'Text')], data: { out: 'hi' } }],
  operators: [{ ...box, id: 'shout', role: 'operator', kind: 'fn', fn: 'shout', label, x: 300, y: 0, inputs: [port('text', 'text')], outputs: [port('out_0', 'output')] }],
  subjects: [
    { ...box, id: 'result', role: 'subject', label: 'Result', x: 600, y: 0, inputs: [port('in', 'Text')], outputs: [] },
    { ...box, id: 'count', role: 'subject', label: 'Count', x: 600, y: 220, inputs: [port('in', 'Number', 'number')], outputs: [] },
  ],
  edges: [{ id: 'e1', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'shout', to_port_id: 'text', type: 'text' }],
});
const value = JSON.stringify(workflow());
const server = async (fn: string) => (fn === 'list_bound_fns' ? '[]' : JSON.stringify({ error: 'The Space is down', error_type: 'network', suggestion: '' }));

const nodeEl = (root: Element, id: string) => root.querySelector<HTMLElement>(`.node[data-node-id="${id}"]`)!;
const portEl = (root: Element, node: string, dir: string, id: string) =>
  root.querySelector<HTMLButtonElement>(`.port[data-node-id="${node}"][data-dir="${dir}"][data-port-id="${id}"]`)!;
const changes = (root: Element) => {
  const list: string[] = [];
  root.addEventListener('gr-change', (e) => list.push((e as CustomEvent<string>).detail));
  return list;
};

describe('gr-workflow-canvas in Chromium', () => {
  it('has no axe violations, light and dark: a workflow with a failed run, a picked port, and a malformed value', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-workflow-canvas value={value} server={server} label="Workflow" showLabel />
          <gr-workflow-canvas value="{" />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const canvas = root.querySelector('gr-workflow-canvas')!;
      nodeEl(canvas, 'shout').querySelector<HTMLButtonElement>('.run-node')!.click();
      await vi.waitFor(() => expect(canvas.querySelector('.run-error')?.textContent).toBe('The Space is down'));
      portEl(canvas, 'shout', 'out', 'out_0').click();
      await vi.waitFor(() => expect(portEl(canvas, 'result', 'in', 'in').classList.contains('candidate')).toBe(true));
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('pointer: dragging a node by its title moves it; the value changes once, when dropped', async () => {
    const { root } = await render(<gr-workflow-canvas value={value} />);
    const list = changes(root);
    await vi.waitFor(() => expect(root.querySelector('.canvas')?.clientWidth).toBeGreaterThan(0));
    const title = nodeEl(root, 'count').querySelector<HTMLElement>('.node-header')!;
    const before = title.getBoundingClientRect();
    const canvas = root.querySelector<HTMLElement>('.canvas')!;
    const rect = canvas.getBoundingClientRect();
    await userEvent.dragAndDrop(title, canvas, {
      sourcePosition: { x: 20, y: 10 },
      targetPosition: { x: before.left - rect.left + 20 - 60, y: before.top - rect.top + 10 + 40 },
    } as never);
    await vi.waitFor(() => expect(list).toHaveLength(1));
    const moved = JSON.parse(list[0]).subjects[1];
    const k = Number(/scale\(([\d.]+)\)/.exec(root.querySelector<HTMLElement>('.world')!.style.transform)![1]);
    expect(moved.x).toBeCloseTo(600 - 60 / k, -1);
    expect(moved.y).toBeCloseTo(220 + 40 / k, -1);
  });

  it('pointer: dragging from an output to a compatible input connects them; to another type does not; an edge clicked and Delete disconnects', async () => {
    const { root } = await render(<gr-workflow-canvas value={value} />);
    const list = changes(root);
    await vi.waitFor(() => expect(root.querySelector('.canvas')?.clientWidth).toBeGreaterThan(0));
    await userEvent.dragAndDrop(portEl(root, 'shout', 'out', 'out_0').querySelector('.dot')!, portEl(root, 'count', 'in', 'in').querySelector('.dot')!);
    await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toMatch(/gives text, .* takes number/));
    await userEvent.dragAndDrop(portEl(root, 'shout', 'out', 'out_0').querySelector('.dot')!, portEl(root, 'result', 'in', 'in').querySelector('.dot')!);
    await vi.waitFor(() => expect(list).toHaveLength(1));
    expect(JSON.parse(list[0]).edges).toContainEqual(expect.objectContaining({ from_node_id: 'shout', to_node_id: 'result' }));
    expect(root.querySelectorAll('.edges .edge')).toHaveLength(2);

    const edge = root.querySelector<SVGPathElement>('.edge[data-edge-id="e1"] .edge-hit')!;
    const length = edge.getTotalLength();
    const mid = edge.getPointAtLength(length / 2);
    const ctm = edge.getScreenCTM()!;
    const canvasRect = root.querySelector('.canvas')!.getBoundingClientRect();
    await userEvent.click(root.querySelector('.canvas')!, { position: { x: mid.x * ctm.a + ctm.e - canvasRect.left, y: mid.y * ctm.d + ctm.f - canvasRect.top } } as never);
    await vi.waitFor(() => expect(root.querySelector('.edge.selected')).not.toBeNull());
    await userEvent.keyboard('{Delete}');
    await vi.waitFor(() => expect(list).toHaveLength(2));
    expect(JSON.parse(list[1]).edges.map((e: { id: string }) => e.id)).not.toContain('e1');
  });

  it('keyboard: Tab reaches a port, Enter picks it, Enter on an input connects; the connection list removes it', async () => {
    const { root } = await render(<gr-workflow-canvas value={value} />);
    const list = changes(root);
    portEl(root, 'shout', 'out', 'out_0').focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(portEl(root, 'shout', 'out', 'out_0').getAttribute('aria-pressed')).toBe('true'));
    expect(root.querySelector('.notice')?.textContent).toMatch(/^Picked shout: output \(text\)/);
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(portEl(root, 'shout', 'out', 'out_0').getAttribute('aria-pressed')).toBe('false'));
    await userEvent.keyboard('{Enter}');
    // Tab on to the result's input (through the nodes between).
    for (let i = 0; i < 10 && document.activeElement !== portEl(root, 'result', 'in', 'in'); i++) await userEvent.tab();
    expect(document.activeElement).toBe(portEl(root, 'result', 'in', 'in'));
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(list).toHaveLength(1));
    expect(root.querySelector('.notice')?.textContent).toBe('Connected shout: output (text) to Result: Text (text).');
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label="Remove the connection shout: output (text) to Result: Text (text)"]')!;
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(list).toHaveLength(2));
    expect(JSON.parse(list[1]).edges).toHaveLength(1);
  });

  it('zoom buttons and the wheel zoom, Fit brings every node into view', async () => {
    const { root } = await render(<gr-workflow-canvas value={value} height={300} />);
    const world = () => root.querySelector<HTMLElement>('.world')!.style.transform;
    const level = () => root.querySelector('.zoom-level')!.textContent;
    await vi.waitFor(() => expect(world()).not.toBe('translate(0px, 0px) scale(1)'));
    const fitted = level();
    await userEvent.click(root.querySelector('button[aria-label="Zoom in"]')!);
    await vi.waitFor(() => expect(level()).not.toBe(fitted));
    root.querySelector('.canvas')!.dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: 100, clientY: 100, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(Number.parseInt(level()!, 10)).toBeLessThan(Number.parseInt(fitted!, 10)));
    await userEvent.click([...root.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === 'Fit')!);
    await vi.waitFor(() => expect(level()).toBe(fitted));
    const canvasRect = root.querySelector('.canvas')!.getBoundingClientRect();
    for (const node of root.querySelectorAll('.node')) {
      const r = node.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(canvasRect.left);
      expect(r.right).toBeLessThanOrEqual(canvasRect.right);
    }
  });

  it('script in labels, port names and values runs nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (n: string) => void }).__xss = (n) => ran.push(n);
    const wf = workflow(xssVectors.map((v) => v.payload).join(''));
    wf.references[0].data = { out: xssVectors[1].payload };
    wf.subjects[0].inputs[0].label = xssVectors[0].payload;
    const { root } = await render(<gr-workflow-canvas value={JSON.stringify(wf)} label={xssVectors[2].payload} showLabel />);
    await vi.waitFor(() => expect(root.querySelectorAll('.node')).toHaveLength(4));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(root.querySelector('img, script, iframe, object, embed, a, math, details')).toBeNull();
    expect(ran).toEqual([]);
  });
});
