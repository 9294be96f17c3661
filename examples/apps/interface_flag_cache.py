"""An Interface with a Flag button (flagging_mode="manual") and cached examples: clicking an example fills
the inputs and the cached output. The cache and flag folders are fresh temporary ones, so nothing left by
another app (Gradio keys the example cache by component id) is reused."""
import os
import tempfile

os.environ.setdefault("GRADIO_EXAMPLES_CACHE", tempfile.mkdtemp(prefix="gradio-kit-examples-"))

import gradio as gr  # noqa: E402


def reverse(text, times):
    return f"{text[::-1]} (x{int(times)})"


demo = gr.Interface(
    fn=reverse,
    inputs=[gr.Textbox(label="text"), gr.Number(label="times", value=1, precision=0)],
    outputs=gr.Textbox(label="reversed"),
    examples=[["stressed", 2], ["drawer", 3]],
    cache_examples=True,
    flagging_mode="manual",
    flagging_dir=tempfile.mkdtemp(prefix="gradio-kit-flagged-"),
    api_name="predict",
)

if __name__ == "__main__":
    demo.launch()
