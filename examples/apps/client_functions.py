"""Client-side functions (Gradio 6's `js=True`): Python functions that Gradio transpiles to JavaScript so the
browser runs them with no server round trip. Gradio 5.14 has no `js=True`: there every event runs on the
server, with the same results.

- Hide / Show: `js=True` events returning `gr.update(visible=...)` and a component constructor.
- Greet (string concatenation) and Scale (arithmetic on a Number) take inputs, which `js=True` does not allow:
  their JavaScript is set as `fn.__js_implementation__` with groovy's `transpile`, which Gradio then puts in
  the config as for `js=True`.
- Count letters: transpiled too, but the browser's answer for text outside the BMP (an emoji) would differ
  from Python's `len`, so a faithful client must hand that input to the server.
- Server answer: `js=True`, but groovy cannot transpile `str()`: the event runs on the server.
- Relabel: `js=True`, transpiled, but groovy writes `gr.update(label=label)` as the text "label" (Gradio's own
  frontend shows that text); a faithful client runs it on the server, which sets the label "Relabelled".
"""

import gradio as gr

CLIENT_SIDE = gr.__version__.startswith("6")


def hide_details():
    return gr.update(visible=False)


def show_details():
    return gr.Textbox(visible=True)


def greet(name: str):
    return "Hello, " + name + "!"


def scale(x: float):
    return x * 2.0 + 1.0


def count_letters(word: str):
    return len(word)


def server_answer():
    return gr.update(value="answer: " + str(6 * 7))


def relabel():
    label = "Relabelled"
    return gr.update(label=label)


if CLIENT_SIDE:
    from groovy import transpile

    for fn in (greet, scale, count_letters):
        fn.__js_implementation__ = transpile(fn)

js_flag = {"js": True} if CLIENT_SIDE else {}

with gr.Blocks(title="Client-side functions") as demo:
    with gr.Row():
        hide = gr.Button("Hide details")
        show = gr.Button("Show details")
    details = gr.Textbox(label="Details", value="Some details")
    with gr.Row():
        name = gr.Textbox(label="Name")
        greeting = gr.Textbox(label="Greeting")
    greet_btn = gr.Button("Greet")
    with gr.Row():
        number = gr.Number(label="Number", value=1)
        scaled = gr.Number(label="Scaled")
    scale_btn = gr.Button("Scale")
    with gr.Row():
        word = gr.Textbox(label="Word")
        letters = gr.Number(label="Letters")
    count_btn = gr.Button("Count letters")
    answer = gr.Textbox(label="Server answer")
    answer_btn = gr.Button("Ask the server")
    relabel_btn = gr.Button("Relabel")

    hide.click(hide_details, None, [details], api_name="hide_details", **js_flag)
    show.click(show_details, None, [details], api_name="show_details", **js_flag)
    greet_btn.click(greet, [name], [greeting], api_name="greet")
    scale_btn.click(scale, [number], [scaled], api_name="scale")
    count_btn.click(count_letters, [word], [letters], api_name="count_letters")
    answer_btn.click(server_answer, None, [answer], api_name="server_answer", **js_flag)
    relabel_btn.click(relabel, None, [answer], api_name="relabel", **js_flag)

if __name__ == "__main__":
    demo.launch()
