"""Video passthrough, offline and without ffmpeg: the uploaded (or recorded) WebM is returned unchanged with
SRT subtitles, and the server reports the bytes and extension it received. Sources include "upload", so
Gradio 5 does not mirror webcam recordings (mirroring needs ffmpeg on the server)."""
import os
import tempfile

import gradio as gr

SRT = "1\n00:00:00,000 --> 00:00:05,000\nPassed through\n"


def passthrough(video):
    if video is None:
        raise gr.Error("no video")
    info = f"{os.path.getsize(video)} bytes, {os.path.splitext(video)[1]}"
    subtitles = os.path.join(tempfile.mkdtemp(), "subs.srt")
    with open(subtitles, "w") as f:
        f.write(SRT)
    if gr.__version__.startswith("5."):
        return (video, subtitles), info
    return gr.Video(value=video, subtitles=subtitles), info


with gr.Blocks() as demo:
    video_in = gr.Video(label="input", sources=["upload", "webcam"])
    run = gr.Button("Run")
    video_out = gr.Video(label="output", interactive=False)
    info = gr.Textbox(label="received")
    run.click(passthrough, video_in, [video_out, info], api_name="passthrough")

if __name__ == "__main__":
    demo.launch()
