"""For pages with a strict Content-Security-Policy and Trusted Types (tests/e2e/csp.test.ts): every kind of
server text the kit turns into markup (Markdown, HTML, chat Markdown, a toast), custom CSS and a theme, a
native plot (Vega compiles its expressions with `new Function` unless told not to), a Plotly gr.Plot (plotly.js
loaded from the kit's own files), and one call that updates them."""
import json

import gradio as gr
import pandas as pd

# Gradio 5 needs type="messages" (its default is the deprecated tuples format);
# Gradio 6 only has the messages format and no `type` argument.
CHATBOT_KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


class PlotlyFigure:
    """What gr.Plot sees of a Plotly figure: an object whose to_json() is the figure (the server has no plotly)."""

    def to_json(self):
        return json.dumps({"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [3, 1, 2]}], "layout": {"title": {"text": "Plotly under CSP"}}})


def reply(message, history):
    gr.Info(f"Got <b>{len(message)}</b> characters")
    history = list(history or []) + [
        {"role": "user", "content": message},
        {"role": "assistant", "content": f"**You said** `{message}`"},
    ]
    return history, f"## Echo\n\n*{message}*"


with gr.Blocks(css=".strict-note { font-style: italic }") as demo:
    gr.Markdown("# Strict page\nMarkdown with a [link](https://example.com) and `code`.")
    gr.HTML("<p class='strict-note'>Server <b>HTML</b></p>")
    message = gr.Textbox(label="message")
    send = gr.Button("Send")
    chat = gr.Chatbot(label="chat", **CHATBOT_KW)
    echo = gr.Markdown(label="echo")
    gr.LinePlot(pd.DataFrame({"step": [1, 2, 3, 4], "loss": [0.9, 0.5, 0.4, 0.2]}), x="step", y="loss", label="loss")
    gr.Plot(PlotlyFigure(), label="plotly")
    send.click(reply, [message, chat], [chat, echo], api_name="reply")

if __name__ == "__main__":
    demo.launch()
