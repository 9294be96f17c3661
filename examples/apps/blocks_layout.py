"""Blocks layout: Row, Column, Tabs and Accordion around a few simple events."""
import gradio as gr


def combine(first, last):
    return f"{first} {last}".strip()


def shout(text):
    return text.upper()


with gr.Blocks(title="blocks layout") as demo:
    gr.Markdown("# Layout demo\nRows, columns, tabs and an accordion.")
    with gr.Row():
        with gr.Column(scale=2):
            first = gr.Textbox(label="first name")
            last = gr.Textbox(label="last name")
        with gr.Column(scale=1, min_width=200):
            full = gr.Textbox(label="full name", interactive=False)
            join = gr.Button("Join", variant="primary")
    with gr.Tabs():
        with gr.Tab("Shout"):
            words = gr.Textbox(label="words")
            loud = gr.Textbox(label="loud")
            gr.Button("Shout").click(shout, words, loud, api_name="shout")
        with gr.Tab("About"):
            gr.Markdown("A second tab.")
    with gr.Accordion("More options", open=False):
        note = gr.Textbox(label="note", value="hidden until opened")
    join.click(combine, [first, last], full, api_name="combine")

if __name__ == "__main__":
    demo.launch()
