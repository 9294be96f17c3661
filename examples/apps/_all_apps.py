"""Every example app of this folder on one Gradio server, each mounted at /<name>/ (login at /login/, behind
its password), for tests that walk many apps: one server start (Gradio's import is the slow part) instead of
one per app. GET /config answers the list of mounted apps; an app that fails to build is listed with its
error instead, so a broken app fails its own test rather than the whole server.

Not an app itself: its name starts with "_", which the demo page skips."""

import importlib
import os
import pathlib
import sys
import traceback

import gradio as gr
import uvicorn
from fastapi import FastAPI

here = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(here))

# Apps that only make sense on their own server (server faults, a full queue) or only for a bench (gallery_many
# makes 500 images on its first start: bench/gallery.ts).
standalone = {"faults", "queue_full", "gallery_many", "bench_data"}
names = sorted(p.stem for p in here.glob("*.py") if not p.stem.startswith("_") and p.stem not in standalone)
# GRADIO_KIT_APPS=a,b mounts only those, standalone ones included (the client suite's apps: tests/client): a
# full queue is per app (each Blocks has its own queue), so queue_full can share the server there.
if os.environ.get("GRADIO_KIT_APPS"):
    names = [name for name in os.environ["GRADIO_KIT_APPS"].split(",") if name]

app = FastAPI()
mounted, failed = [], {}
for name in names:
    try:
        module = importlib.import_module(name)
        options = {}
        if name == "login":
            options = {"auth": ("ada", "lovelace"), "auth_message": "Members only"}
        if name == "i18n_app" and getattr(module, "HAS_I18N", False):
            options = {"i18n": module.i18n}
        if name == "client_features":
            options = {"max_file_size": "10kb"}  # as its own launch() sets it
        gr.mount_gradio_app(app, module.demo, path=f"/{name}", **options)
        mounted.append(name)
    except Exception:  # noqa: BLE001 - reported through /config
        failed[name] = traceback.format_exc(limit=3)


@app.get("/config")
def config():
    return {"mounted": mounted, "failed": failed}


if __name__ == "__main__":
    port = int(os.environ["GRADIO_SERVER_PORT"])
    print(f"Running on local URL:  http://127.0.0.1:{port}", flush=True)
    uvicorn.run(app, host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), port=port)
