"""Audio in and out, offline and without ffmpeg (WAV only): the input (numpy `(rate, samples)`) is described
by its rate, sample count and duration, and a generated sine tone is returned; a second input takes a
filepath and reports the file's WAV header."""
import wave

import numpy as np

import gradio as gr


def analyse(audio):
    if audio is None:
        raise gr.Error("no audio")
    rate, samples = audio
    text = f"{rate} Hz, {samples.shape[0]} samples, {samples.shape[0] / rate:.2f} s"
    t = np.arange(int(rate * 1.0)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype(np.int16)
    return text, (rate, tone)


def header(path):
    if path is None:
        raise gr.Error("no audio")
    with wave.open(path, "rb") as w:
        return f"{w.getnchannels()} ch, {w.getframerate()} Hz, {w.getnframes()} frames"


with gr.Blocks() as demo:
    audio_in = gr.Audio(label="input", type="numpy", sources=["upload", "microphone"], format="wav")
    analyse_btn = gr.Button("Analyse")
    described = gr.Textbox(label="described")
    tone_out = gr.Audio(label="tone", type="numpy", format="wav", interactive=False)
    file_in = gr.Audio(label="file input", type="filepath", sources=["microphone"], format="wav")
    header_btn = gr.Button("Header")
    header_out = gr.Textbox(label="header")
    analyse_btn.click(analyse, audio_in, [described, tone_out], api_name="analyse")
    header_btn.click(header, file_in, header_out, api_name="header")

if __name__ == "__main__":
    demo.launch()
