"""Custom CSS written for the official frontend: elem_id / elem_classes rules, plus rules that would leak
into a host page if the embed did not isolate them (h1, button, body)."""
import gradio as gr

CSS = """
#warning { color: red; }
.feedback textarea { font-size: 20px; }
h1, button, body, p, div { letter-spacing: 6px; }
h1 { color: green !important; }
"""


def echo(text):
    return text


with gr.Blocks(css=CSS, title="styled") as demo:
    note = gr.Textbox(label="note", elem_id="warning", elem_classes="feedback")
    out = gr.Textbox(label="echo")
    gr.Button("Echo").click(echo, note, out, api_name="echo")

if __name__ == "__main__":
    demo.launch()
