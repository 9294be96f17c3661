"""Client features in one app: named parameters with defaults, gr.Info / gr.Warning logs, a queue=False
endpoint, a cancellable generator that records how far it got, and a small max_file_size."""
import time

import gradio as gr

STEPS = {}


def greet(name, greeting):
    return f"{greeting}, {name}!"


def logs(text):
    gr.Info(f"info: {text}")
    gr.Warning(f"careful: {text}", duration=3)
    return text.upper()


def fast(text):
    return f"fast {text}"


def count(n, token):
    for i in range(int(n)):
        STEPS[token] = i + 1
        time.sleep(0.25)
        yield i + 1


def steps(token):
    return STEPS.get(token, 0)


def size_of(path):
    with open(path, "rb") as f:
        return len(f.read())


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    greeting = gr.Textbox(label="greeting", value="Hello")
    out = gr.Textbox(label="out")
    n = gr.Number(label="n", value=10, precision=0)
    token = gr.Textbox(label="token")
    number = gr.Number(label="number")
    upload = gr.File(label="file", type="filepath")
    gr.Button("greet").click(greet, [name, greeting], out, api_name="greet")
    gr.Button("logs").click(logs, name, out, api_name="logs")
    gr.Button("fast").click(fast, name, out, api_name="fast", queue=False)
    gr.Button("count").click(count, [n, token], number, api_name="count")
    gr.Button("steps").click(steps, token, number, api_name="steps", queue=False)
    gr.Button("size").click(size_of, upload, number, api_name="size")

if __name__ == "__main__":
    demo.launch(max_file_size="10kb")
