"""theme_app once per built-in theme on one server, each mounted at /<theme> (and Gradio's default, no theme
argument, at /none): one server start instead of nine for tests/integration/themes.test.ts.

Not an app itself: its name starts with "_", which the demo page skips."""

import os

import gradio as gr
import uvicorn
from fastapi import FastAPI

from theme_app import build

themes = ["base", "default", "origin", "citrus", "monochrome", "soft", "glass", "ocean"]

app = FastAPI()
for name in themes:
    gr.mount_gradio_app(app, build(name), path=f"/{name}")
gr.mount_gradio_app(app, build(None), path="/none")


@app.get("/config")
def config():
    return {"mounted": [*themes, "none"], "failed": {}}


if __name__ == "__main__":
    port = int(os.environ["GRADIO_SERVER_PORT"])
    print(f"Running on local URL:  http://127.0.0.1:{port}", flush=True)
    uvicorn.run(app, host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), port=port)
