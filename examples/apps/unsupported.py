"""An app with a component type the kit has no element for yet (gr.ImageEditor): the embed shows a labelled
fallback for it and runs the rest."""

import gradio as gr

with gr.Blocks(title="unsupported") as demo:
    gr.ImageEditor(label="canvas")
    name = gr.Textbox(label="name")
    out = gr.Textbox(label="greeting")
    gr.Button("Submit").click(lambda n: f"Hello, {n}!", name, out, api_name="greet")

if __name__ == "__main__":
    demo.launch()
