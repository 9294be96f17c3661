"""AnnotatedImage and (on Gradio versions that have it) ImageSlider outputs, for the media e2e tests.

`annotate` draws a 120x80 picture with numpy and returns it with one box and one mask annotation; a click on
a legend entry reports the select event data. `compare` returns the uploaded picture and its inverse to an
ImageSlider (Gradio 6; 5.14 has no ImageSlider, so the app leaves it out there).
"""
import numpy as np

import gradio as gr


def picture():
    img = np.full((80, 120, 3), 200, dtype=np.uint8)
    img[20:60, 10:50] = (40, 40, 160)
    return img


def annotate():
    mask = np.zeros((80, 120))
    mask[10:70, 70:110] = 1.0
    return picture(), [((10, 20, 50, 60), "box"), (mask, "region")]


def on_select(evt: gr.SelectData):
    return f"{evt.index} {evt.value}"


with gr.Blocks() as demo:
    annotated = gr.AnnotatedImage(label="annotated", color_map={"region": "#00aa00"}, format="png")
    make = gr.Button("Annotate")
    chosen = gr.Textbox(label="chosen")
    make.click(annotate, None, annotated, api_name="annotate")
    annotated.select(on_select, None, chosen, api_name="on_select")
    if hasattr(gr, "ImageSlider"):
        source = gr.Image(label="source", type="numpy")
        slider = gr.ImageSlider(label="compare", type="numpy", format="png")
        run = gr.Button("Compare")
        run.click(lambda img: (img, 255 - img), source, slider, api_name="compare")

if __name__ == "__main__":
    demo.launch()
