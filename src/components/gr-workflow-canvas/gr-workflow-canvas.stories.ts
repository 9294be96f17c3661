import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface WorkflowCanvasArgs {
  value: string | null;
  label: string;
  showLabel: boolean;
  interactive: boolean;
  height: number | null;
  withServer: boolean;
}

const text = (id: string, label: string) => ({ id, label, type: 'text' });
const card = { width: 220, height: 120, data: {} };

/** A small text pipeline in Gradio's schema 2: a prompt, two Python functions, a Space, two outputs. */
const workflow = {
  schema_version: '2',
  name: 'Text tools',
  references: [{ ...card, id: 'prompt', role: 'reference', label: 'Prompt', asset_type: 'text', x: 40, y: 80, inputs: [text('in', 'Text')], outputs: [text('out', 'Text')], data: { out: 'hello' } }],
  operators: [
    { ...card, id: 'fn_shout', role: 'operator', kind: 'fn', fn: 'shout', label: 'shout', x: 320, y: 20, inputs: [text('in_text', 'text')], outputs: [text('out_0', 'output')] },
    { ...card, id: 'fn_count', role: 'operator', kind: 'fn', fn: 'count', label: 'count', x: 320, y: 230, inputs: [text('in_text', 'text')], outputs: [{ id: 'out_0', label: 'output', type: 'number' }] },
    { ...card, id: 'space', role: 'operator', kind: 'space', space_id: 'demo/echo', label: 'Echo Space', x: 320, y: 440, inputs: [text('in_0', 'Text')], outputs: [text('out_0', 'Text')] },
  ],
  subjects: [
    { ...card, id: 'result', role: 'subject', label: 'Shouted', asset_type: 'text', x: 620, y: 40, inputs: [text('in', 'Text')], outputs: [] },
    { ...card, id: 'length', role: 'subject', label: 'Length', asset_type: 'number', x: 620, y: 250, inputs: [{ id: 'in', label: 'Number', type: 'number' }], outputs: [] },
  ],
  edges: [
    { id: 'e1', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'fn_shout', to_port_id: 'in_text', type: 'text' },
    { id: 'e2', from_node_id: 'fn_shout', from_port_id: 'out_0', to_node_id: 'result', to_port_id: 'in', type: 'text' },
    { id: 'e3', from_node_id: 'prompt', from_port_id: 'out', to_node_id: 'fn_count', to_port_id: 'in_text', type: 'text' },
    { id: 'e4', from_node_id: 'fn_count', from_port_id: 'out_0', to_node_id: 'length', to_port_id: 'in', type: 'number' },
  ],
};

/** Server functions answering in the page as the app's would: call_fn runs shout/count, call_space fails. */
const functions: Record<string, (text: string) => unknown> = { shout: (t) => `${t.toUpperCase()}!`, count: (t) => t.length };
const server = async (fnName: string, data: unknown) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (fnName === 'list_bound_fns') {
    return JSON.stringify(Object.keys(functions).map((fn) => ({ fn, label: fn, inputs: [text('in_text', 'text')], outputs: [text('out_0', 'output')] })));
  }
  if (fnName === 'call_fn') {
    const [name, args] = data as [string, string];
    return JSON.stringify([functions[name](JSON.parse(args)[0])]);
  }
  return JSON.stringify({ error: 'unreachable', error_type: 'network', suggestion: 'The Space demo/echo cannot be reached from Storybook' });
};

const meta: Meta<WorkflowCanvasArgs> = {
  title: 'Components/WorkflowCanvas',
  component: 'gr-workflow-canvas',
  args: { value: JSON.stringify(workflow), label: 'Workflow', showLabel: false, interactive: true, height: null, withServer: true },
  render: (args) =>
    html`<gr-workflow-canvas
      .value=${args.value}
      .label=${args.label}
      .showLabel=${args.showLabel}
      .interactive=${args.interactive}
      .height=${args.height}
      .server=${args.withServer ? server : null}
    ></gr-workflow-canvas>`,
};
export default meta;

type Story = StoryObj<WorkflowCanvasArgs>;

export const Workflow: Story = {};
export const NoServer: Story = { args: { withServer: false, showLabel: true } };
export const ReadOnly: Story = { args: { interactive: false, withServer: false } };
export const Empty: Story = { args: { value: null } };
export const Malformed: Story = { args: { value: '{"schema_version": "2", "edges": [{"from_node_id": "a"}]}' } };
