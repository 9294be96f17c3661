"""Endpoints for the fault-injection tests (tests/integration/faults.test.ts, tests/e2e/faults.test.ts): a fast echo
with no concurrency limit (many calls in little time), a slow text stream (something to break mid-stream) with a
report of how far each stream got, and a file-size report (a slow upload)."""
import os
import time

import gradio as gr


def echo(text):
    return text


# How many steps each stream (by its text) has done: a stream the server stopped stops counting.
PROGRESS = {}


def stream(text, steps):
    out = ""
    for i in range(int(steps)):
        time.sleep(0.3)
        out += f"{text} {i + 1}\n"
        PROGRESS[text] = i + 1
        yield out


def progress(text):
    return PROGRESS.get(text, 0)


def size(path):
    if path is None:
        raise gr.Error("no file")
    return os.path.getsize(path)


with gr.Blocks() as demo:
    text = gr.Textbox(label="text", value="tick")
    steps = gr.Number(label="steps", value=5, precision=0)
    out = gr.Textbox(label="out")
    file = gr.File(label="file", type="filepath")
    size_out = gr.Number(label="bytes")
    echo_button = gr.Button("Echo")
    stream_button = gr.Button("Stream")
    size_button = gr.Button("Size")
    echo_button.click(echo, text, out, api_name="echo", concurrency_limit=None)
    stream_button.click(stream, [text, steps], out, api_name="stream", concurrency_limit=None)
    size_button.click(size, file, size_out, api_name="size")
    gr.Button("Progress", visible=False).click(progress, text, steps, api_name="progress", concurrency_limit=None)

if __name__ == "__main__":
    demo.launch()
