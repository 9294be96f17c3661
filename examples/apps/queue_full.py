"""A queue of at most one waiting event in front of a slow function, to provoke "queue full" (503)."""
import time

import gradio as gr


def slow(text):
    time.sleep(1.5)
    return text


demo = gr.Interface(fn=slow, inputs=gr.Textbox(label="text"), outputs=gr.Textbox(label="out"), api_name="predict")
demo.queue(max_size=1, default_concurrency_limit=1)

if __name__ == "__main__":
    demo.launch()
