"""A FileExplorer over a small temp tree made at start-up; for the file-explorer e2e tests (offline).

The tree: `notes.txt`, `skip.log` (hidden by `ignore_glob`), `docs/guide.md`, `docs/deep/inner.txt` and an
empty folder `empty/`. `report` turns the selection (absolute paths on the server) into paths relative to
the root, so a test can compare them; a second explorer has `file_count="single"` and only shows `.txt` files.
"""
import os
import tempfile

import gradio as gr

ROOT = tempfile.mkdtemp(prefix="explorer-")
for relative, text in {
    "notes.txt": "notes",
    "skip.log": "ignored",
    "docs/guide.md": "# guide",
    "docs/deep/inner.txt": "inner",
}.items():
    path = os.path.join(ROOT, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
os.makedirs(os.path.join(ROOT, "empty"), exist_ok=True)


def relative(path):
    return os.path.relpath(path, ROOT).replace(os.sep, "/")


def report(paths):
    if paths is None:
        return "none"
    if isinstance(paths, str):
        return relative(paths)
    return ", ".join(sorted(relative(p) for p in paths)) or "none"


with gr.Blocks() as demo:
    explorer = gr.FileExplorer(root_dir=ROOT, ignore_glob="*.log", label="server files")
    selected = gr.Textbox(label="selected")
    explorer.change(report, explorer, selected, api_name="report")
    single = gr.FileExplorer(glob="**/*.txt", root_dir=ROOT, file_count="single", label="one text file")
    one = gr.Textbox(label="one")
    single.change(report, single, one, api_name="report_one")

if __name__ == "__main__":
    demo.launch()
