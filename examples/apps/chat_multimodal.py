"""A multimodal gr.ChatInterface: text plus files. The reply first reports what reached the server (the
text, each file's name, size and, for images, pixel size), then streams slowly so it can be stopped."""
import os
import time

import gradio as gr
from PIL import Image

KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


def describe(path):
    name = os.path.basename(path)
    size = os.path.getsize(path)
    try:
        with Image.open(path) as image:
            return f"{name} ({size} bytes, {image.width}x{image.height})"
    except Exception:
        return f"{name} ({size} bytes)"


def respond(message, history):
    files = [f if isinstance(f, str) else f.get("path", "") for f in message.get("files", [])]
    answer = f"text={message.get('text', '')!r} files=[{', '.join(describe(f) for f in files)}]"
    yield answer
    for i in range(1, 61):
        answer += f" w{i}"
        time.sleep(0.25)  # slow enough that a test can stop it mid-way on a loaded machine
        yield answer


demo = gr.ChatInterface(
    respond,
    multimodal=True,
    textbox=gr.MultimodalTextbox(file_count="multiple", file_types=["image", ".txt"], placeholder="Message and files", stop_btn=True),
    api_name="chat",
    **KW,
)

if __name__ == "__main__":
    demo.launch()
