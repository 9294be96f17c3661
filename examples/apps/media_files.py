"""Files in -> names, sizes and checksums out, plus a produced file; for the media e2e tests (offline).

`inspect` reports every uploaded file's name, byte count and sha256 and writes them to `report.txt`, which
comes back as a File and as a DownloadButton's value. An UploadButton's `upload` event reports the file it
got. The File input reports its `select`, `delete` and the output File its `download` event data. The
server refuses uploads over 64 KB (`max_file_size`), so a bigger file must fail with a message.
"""
import hashlib
import os
import tempfile

import gradio as gr


def describe(path):
    with open(path, "rb") as f:
        data = f.read()
    return f"{os.path.basename(path)}: {len(data)} bytes sha256={hashlib.sha256(data).hexdigest()}"


def inspect(paths):
    if not paths:
        raise gr.Error("no files")
    report = "\n".join(describe(p) for p in paths)
    out = os.path.join(tempfile.mkdtemp(), "report.txt")
    with open(out, "w") as f:
        f.write(report + "\n")
    return report, out, out


def on_select(evt: gr.SelectData):
    return f"select {evt.index} {evt.value}"


def on_delete(evt: gr.DeletedFileData):
    return f"delete {os.path.basename(evt.file.path)}"


def on_download(evt: gr.DownloadData):
    return f"download {os.path.basename(evt.file.path)}"


with gr.Blocks() as demo:
    files = gr.File(label="inputs", file_count="multiple", file_types=[".txt", ".csv", ".bin"])
    run = gr.Button("Inspect")
    report = gr.Textbox(label="report", lines=3)
    produced = gr.File(label="produced")
    download = gr.DownloadButton("Download report")
    events = gr.Textbox(label="events")
    with gr.Row():
        button = gr.UploadButton("Upload one", file_count="single")
        button_report = gr.Textbox(label="button upload")
    run.click(inspect, files, [report, produced, download], api_name="inspect")
    files.select(on_select, None, events, api_name="on_select")
    files.delete(on_delete, None, events, api_name="on_delete")
    produced.download(on_download, None, events, api_name="on_download")
    button.upload(describe, button, button_report, api_name="button_upload")

if __name__ == "__main__":
    demo.launch(max_file_size=64 * 1024)
