"""Image in -> numpy transform -> image out, for the media e2e tests (offline: every picture is made here).

`process` reports the exact pixel size and a sha256 of the RGB pixels it received, and returns the picture
mirrored left-right and inverted (as PNG, so the test can check exact pixels). A click on the output image
reports the pixel coordinates Gradio's select event carried. `generated` is a static output image made with
numpy at start-up, for the download test.
"""
import hashlib

import numpy as np

import gradio as gr


def describe(img):
    h, w = img.shape[:2]
    digest = hashlib.sha256(np.ascontiguousarray(img[..., :3]).tobytes()).hexdigest()
    return f"{w}x{h} sha256={digest}"


def process(img):
    if img is None:
        raise gr.Error("no image")
    return describe(img), 255 - img[:, ::-1, :3]


def on_select(evt: gr.SelectData):
    return f"{evt.index[0]},{evt.index[1]}"


def stripes():
    img = np.zeros((60, 90, 3), dtype=np.uint8)
    img[:, :30] = (255, 0, 0)
    img[:, 30:60] = (0, 255, 0)
    img[:, 60:] = (0, 0, 255)
    return img


with gr.Blocks() as demo:
    with gr.Row():
        inp = gr.Image(type="numpy", image_mode="RGB", label="input", sources=["upload", "webcam", "clipboard"])
        out = gr.Image(label="output", format="png", interactive=False)
    received = gr.Textbox(label="received")
    selected = gr.Textbox(label="selected")
    run = gr.Button("Run")
    generated = gr.Image(value=stripes(), label="generated", format="png", interactive=False)
    run.click(process, inp, [received, out], api_name="process")
    out.select(on_select, None, selected, api_name="select")

if __name__ == "__main__":
    demo.launch()
