"""A BrowserState with a fixed storage key and secret: a listener saves a name into it, and a load listener
reads it back, so a reload shows what the browser stored (encrypted, as Gradio's frontend stores it)."""
import gradio as gr

with gr.Blocks() as demo:
    saved = gr.BrowserState("nobody", storage_key="gradio-kit-test-name", secret="s3cret")
    name = gr.Textbox(label="name")
    gr.Button("Save").click(lambda text: text, name, saved, api_name="save")
    loaded = gr.Textbox(label="loaded")
    demo.load(lambda value: f"stored: {value}", saved, loaded, api_name="loaded")

if __name__ == "__main__":
    demo.launch()
