"""The image editor for the e2e tests (offline: every picture is made here).

`measure` receives the editor's value as numpy arrays (RGBA) and reports, as JSON, the size of the
background and of the composite, and for each layer and the composite the number of pixels that are exactly
the pure red or pure blue of the brush palette (fully opaque), so a test that draws known strokes can check
exact counts. `load` sets a 200 x 100 green background from the server. A Sketchpad (same config type,
`imageeditor`, with a fixed black brush) shows the templates render with the same element.
"""
import json

import numpy as np

import gradio as gr

RED = (255, 0, 0, 255)
BLUE = (0, 0, 255, 255)


def count(img, color):
    if img is None:
        return None
    rgba = img if img.shape[-1] == 4 else np.dstack([img, np.full(img.shape[:2], 255, dtype=img.dtype)])
    return int(np.all(rgba == np.array(color, dtype=rgba.dtype), axis=-1).sum())


def size(img):
    return None if img is None else [int(img.shape[1]), int(img.shape[0])]


def measure(value):
    if value is None:
        return json.dumps(None)
    layers = value["layers"] or []
    return json.dumps(
        {
            "background": size(value["background"]),
            "composite": size(value["composite"]),
            "layers": [{"red": count(layer, RED), "blue": count(layer, BLUE)} for layer in layers],
            "composite_red": count(value["composite"], RED),
            "composite_blue": count(value["composite"], BLUE),
        }
    )


def load():
    green = np.zeros((100, 200, 3), dtype=np.uint8)
    green[:, :] = (0, 160, 0)
    return {"background": green, "layers": [], "composite": None}


with gr.Blocks() as demo:
    editor = gr.ImageEditor(
        label="editor",
        type="numpy",
        image_mode="RGBA",
        format="png",
        canvas_size=(300, 200),
        brush=gr.Brush(colors=["#ff0000", "#0000ff"], default_color="#ff0000", default_size=10, color_mode="fixed"),
        eraser=gr.Eraser(default_size=6),
        sources=["upload", "clipboard"],
    )
    with gr.Row():
        load_button = gr.Button("Load")
        run = gr.Button("Run")
    measured = gr.Textbox(label="measured")
    sketch = gr.Sketchpad(label="sketch", canvas_size=(120, 80))
    load_button.click(load, None, editor, api_name="load")
    run.click(measure, editor, measured, api_name="measure")

if __name__ == "__main__":
    demo.launch()
