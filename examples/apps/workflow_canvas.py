"""A WorkflowCanvas (Gradio 6.25's `gr.WorkflowCanvas`, config type `workflowcanvas`) with its own offline
server functions; for the workflow-canvas e2e tests. Gradio 5.14 has no WorkflowCanvas: there the app shows a
Markdown saying so.

The server functions have the names and argument shapes of those `gr.Workflow` gives its canvas, answering
locally (the Hugging Face Hub is not reachable from the test machine):
- `call_fn([fn_name, args_json])` runs one of the Python functions below (`shout`, `reverse`, `count`) and
  answers a JSON list of outputs, or `{"error", "error_type", "suggestion"}`;
- `/predict_fn_shout`, an API endpoint as `gr.Workflow` registers one per bound function (a JSON string of the
  arguments in, a JSON string of the outputs out), which the canvas tries first for a function node; `reverse`
  and `count` have none, so they run through `call_fn`;
- `list_bound_fns()` answers the functions' templates (name, input and output ports), as `gr.Workflow` does;
- `call_space([space_id, endpoint, args_json, token])` answers a structured error: no Space is reachable;
- `get_write_access()` answers "true" and `save_workflow([json])` keeps the workflow (in memory), as
  `gr.Workflow` writes its file; "show saved" shows what was saved last.

The canvas's `change` echoes the workflow JSON into a Textbox, so a test sees an edit reach the server.
"""
import json

import gradio as gr


def shout(text: str) -> str:
    return text.upper() + "!"


def reverse(text: str) -> str:
    return text[::-1]


def count(text: str) -> int:
    return len(text)


BOUND = {"shout": shout, "reverse": reverse, "count": count}
PORT_TYPES = {str: "text", int: "number", float: "number", bool: "boolean"}


def template(name, fn):
    hints = dict(fn.__annotations__)
    returns = hints.pop("return", str)
    return {
        "fn": name,
        "label": name,
        "inputs": [{"id": f"in_{p}", "label": p, "type": PORT_TYPES.get(t, "text")} for p, t in hints.items()],
        "outputs": [{"id": "out_0", "label": "output", "type": PORT_TYPES.get(returns, "text")}],
    }


def call_fn(data):
    name = data[0] if data else ""
    fn = BOUND.get(name)
    if fn is None:
        return json.dumps({"error": f"No function '{name}' bound to this workflow", "error_type": "unknown", "suggestion": ""})
    try:
        args = json.loads(data[1] if len(data) > 1 else "[]")
        if any(a is None for a in args):
            raise ValueError(f"{name} needs a value for each input")
        return json.dumps([fn(*args)])
    except Exception as e:  # the canvas shows the message next to the node
        return json.dumps({"error": str(e), "error_type": "unknown", "suggestion": ""})


def predict_fn_shout(args_json: str) -> str:
    return json.dumps([shout(*json.loads(args_json))])


def list_bound_fns(_data=None):
    return json.dumps([template(name, fn) for name, fn in BOUND.items()])


def call_space(data):
    space = data[0] if data else ""
    return json.dumps(
        {
            "error": f"Space {space} is not reachable from this app",
            "error_type": "network",
            "suggestion": f"The Space {space} cannot be reached: this app runs offline",
        }
    )


SAVED = {"workflow": None}


def get_write_access(_data=None):
    return "true"


def save_workflow(data):
    try:
        parsed = json.loads(data[0])
    except (TypeError, ValueError, IndexError) as e:
        return json.dumps({"error": f"Invalid workflow JSON: {e}"})
    if parsed.get("schema_version") != "2":
        return json.dumps({"error": "Workflow payload must use schema_version 2"})
    SAVED["workflow"] = parsed
    return "ok"


def show_saved():
    saved = SAVED["workflow"]
    if saved is None:
        return "nothing saved"
    return f"{len(saved['edges'])} edges, {sum(len(saved[k]) for k in ('references', 'operators', 'subjects'))} nodes"


def node(node_id, role, label, x, y, inputs, outputs, **extra):
    return {"id": node_id, "role": role, "label": label, "x": x, "y": y, "width": 220, "height": 120,
            "inputs": inputs, "outputs": outputs, "data": extra.pop("data", {}), **extra}


def text_port(port_id, label):
    return {"id": port_id, "label": label, "type": "text"}


WORKFLOW = {
    "schema_version": "2",
    "name": "Text tools",
    "references": [
        node("prompt", "reference", "Prompt", 40, 60, [text_port("in", "Text")], [text_port("out", "Text")],
             asset_type="text", data={"out": "hello"}),
    ],
    "operators": [
        node("fn_shout", "operator", "shout", 320, 40, [text_port("in_text", "text")], [text_port("out_0", "output")],
             kind="fn", fn="shout", source="shout"),
        node("space_echo", "operator", "Echo Space", 320, 240, [text_port("in_0", "Text")], [text_port("out_0", "Text")],
             kind="space", space_id="demo/echo", endpoint="/predict", source="hf://spaces/demo/echo"),
    ],
    "subjects": [
        node("result", "subject", "Result", 600, 60, [text_port("in", "Text")], [text_port("out", "Text")],
             asset_type="text"),
    ],
    "edges": [
        {"id": "e1", "from_node_id": "prompt", "from_port_id": "out", "to_node_id": "fn_shout", "to_port_id": "in_text", "type": "text"},
        {"id": "e2", "from_node_id": "fn_shout", "from_port_id": "out_0", "to_node_id": "result", "to_port_id": "in", "type": "text"},
    ],
}

with gr.Blocks() as demo:
    if hasattr(gr, "WorkflowCanvas"):
        canvas = gr.WorkflowCanvas(
            value=json.dumps(WORKFLOW),
            server_functions=[call_fn, list_bound_fns, call_space, get_write_access, save_workflow],
        )
        echoed = gr.Textbox(label="workflow json")
        canvas.change(lambda value: value, canvas, echoed, api_name="echo_workflow")
        gr.api(predict_fn_shout, api_name="predict_fn_shout")
        saved = gr.Textbox(label="saved")
        gr.Button("show saved").click(show_saved, None, saved, api_name="show_saved")
    else:
        gr.Markdown("Gradio 5 has no WorkflowCanvas.")

if __name__ == "__main__":
    demo.launch()
