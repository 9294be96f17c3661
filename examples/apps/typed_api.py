"""Typed app APIs (`gradio-kit types`): several named endpoints whose parameters cover what the type generator
maps: text, numbers with defaults, a checkbox, choices (Dropdown, Radio, CheckboxGroup, multiselect), files and
images, a gr.State input (not part of the API), several outputs, a generator, an endpoint without inputs, and a
hidden endpoint (show_api=False on 5.x, api_visibility="private" on 6.x)."""
import os

import gradio as gr

HIDDEN = {"show_api": False} if gr.__version__.startswith("5.") else {"api_visibility": "private"}


def greet(name, greeting, times, shout):
    text = " ".join([f"{greeting}, {name}!"] * int(times))
    return text.upper() if shout else text, len(text)


def order(size, sauce, toppings, extras):
    return f"{size} pizza, {sauce} sauce, toppings: {', '.join(toppings) or 'none'}, extras: {', '.join(extras) or 'none'}"


def inspect(image, document, calls):
    width = "none" if image is None else f"{image.shape[1]}x{image.shape[0]}"
    name = "none" if document is None else os.path.basename(document)
    return f"image {width}, file {name}", document, calls + 1


def count(n):
    for i in range(int(n)):
        yield i + 1


def version():
    return gr.__version__


def secret(name):
    return name[::-1]


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    greeting = gr.Textbox(label="greeting", value="Hello")
    times = gr.Slider(1, 5, value=1, step=1, label="times")
    shout = gr.Checkbox(label="shout", value=False)
    text = gr.Textbox(label="text")
    length = gr.Number(label="length")
    size = gr.Radio(["small", "medium", "large"], label="size")
    sauce = gr.Dropdown(["tomato", "cream"], value="tomato", label="sauce")
    toppings = gr.CheckboxGroup(["ham", "olives", "basil"], label="toppings")
    extras = gr.Dropdown(["chili", "garlic"], multiselect=True, value=[], label="extras")
    image = gr.Image(label="image", type="numpy")
    document = gr.File(label="document", type="filepath")
    calls = gr.State(0)
    same = gr.File(label="same document")
    n = gr.Number(label="n", value=3, precision=0)
    gr.Button("greet").click(greet, [name, greeting, times, shout], [text, length], api_name="greet")
    gr.Button("order").click(order, [size, sauce, toppings, extras], text, api_name="order")
    gr.Button("inspect").click(inspect, [image, document, calls], [text, same, calls], api_name="inspect")
    gr.Button("count").click(count, n, length, api_name="count")
    gr.Button("version").click(version, None, text, api_name="version")
    gr.Button("secret").click(secret, name, text, api_name="secret", **HIDDEN)

if __name__ == "__main__":
    demo.launch()
