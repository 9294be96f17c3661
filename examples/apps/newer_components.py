"""Newer component types, each guarded with hasattr so the app also runs on Gradio 5.14: the Hugging Face
buttons (DuplicateButton, LoginButton, DeepLinkButton), a ParamViewer filled by a listener, and a Dialogue
(6.x only) whose change and submit listeners echo what reaches the server."""
import importlib
import importlib.util
import pathlib
import sys
import tempfile

import gradio as gr

# LoginButton needs the OAuth extras (gradio[oauth]) on the server; the app is built without it otherwise.
HAS_OAUTH = importlib.util.find_spec("itsdangerous") is not None

PARAMS = {
    "prompt": {"type": "str", "description": "The text to **complete**.", "default": '""'},
    "temperature": {"type": "float", "description": "Sampling temperature.", "default": "0.7"},
}


# Stands in for a custom component (such as gradio_pdf's PDF): a type the kit's frontend does not know. It is
# made in a module of its own in a temporary folder, where Gradio writes its .pyi stub (not next to this app).
_CUSTOM = """
import gradio as gr

class Pdf(gr.components.Component):
    def preprocess(self, payload):
        return payload

    def postprocess(self, value):
        return value

    def api_info(self):
        return {"type": "string"}

    def example_payload(self):
        return "doc.pdf"

    def example_value(self):
        return "doc.pdf"
"""
_folder = tempfile.mkdtemp(prefix="newer-components-")
pathlib.Path(_folder, "newer_components_custom.py").write_text(_CUSTOM)
sys.path.insert(0, _folder)
Pdf = importlib.import_module("newer_components_custom").Pdf


def load_params():
    return PARAMS


def describe_dialogue(value):
    if isinstance(value, list):
        return " | ".join(f"{line['speaker']}: {line['text']}" for line in value)
    return str(value)


with gr.Blocks(title="newer components") as demo:
    with gr.Row():
        gr.DuplicateButton()
        if hasattr(gr, "DeepLinkButton"):
            gr.DeepLinkButton()
        if HAS_OAUTH:
            gr.LoginButton()
    Pdf(value="doc.pdf", label="Document")
    params = gr.ParamViewer(value={"seed": {"type": "int", "description": "Random seed.", "default": "0"}})
    load = gr.Button("Load params")
    load.click(load_params, None, params, api_name="load_params")
    if hasattr(gr, "Dialogue"):
        dialogue = gr.Dialogue(
            speakers=["Host", "Guest"],
            value=[{"speaker": "Host", "text": "Welcome"}],
            label="Transcript",
            type="list",
        )
        changed = gr.Textbox(label="dialogue changed")
        submitted = gr.Textbox(label="dialogue submitted")
        dialogue.change(describe_dialogue, dialogue, changed, api_name="dialogue_change")
        dialogue.submit(describe_dialogue, dialogue, submitted, api_name="dialogue_submit")

if __name__ == "__main__":
    demo.launch()
