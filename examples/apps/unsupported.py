"""An app with a component type no frontend knows (a custom component defined here, config type "doodle"):
the embed shows a labelled fallback for it and runs the rest."""

import gradio as gr


class Doodle(gr.components.Component):
    """A minimal custom component with no frontend of its own."""

    def preprocess(self, payload):
        return payload

    def postprocess(self, value):
        return value

    def example_payload(self):
        return "a doodle"

    def example_value(self):
        return "a doodle"

    def api_info(self):
        return {"type": "string"}


with gr.Blocks(title="unsupported") as demo:
    Doodle(label="canvas")
    name = gr.Textbox(label="name")
    out = gr.Textbox(label="greeting")
    gr.Button("Submit").click(lambda n: f"Hello, {n}!", name, out, api_name="greet")

if __name__ == "__main__":
    demo.launch()
