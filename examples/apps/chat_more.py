"""A multimodal gr.ChatInterface with saved conversations (save_history) and a microphone in its textbox: it
echoes the text, the files that reached the server (a WAV's duration too) and the number of earlier messages
it received. Offline."""
import os
import wave

import gradio as gr

KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


def describe(path):
    name = os.path.basename(path)
    size = os.path.getsize(path)
    if name.endswith(".wav"):
        with wave.open(path) as audio:
            return f"{name} ({size} bytes, {audio.getnframes() / audio.getframerate():.1f}s)"
    return f"{name} ({size} bytes)"


def respond(message, history):
    text = (message.get("text") or "").strip()
    files = [f if isinstance(f, str) else f.get("path", "") for f in message.get("files", [])]
    listed = f" files=[{', '.join(describe(f) for f in files)}]" if files else ""
    return f"echo: {text}{listed} (after {len(history)} messages)"


demo = gr.ChatInterface(
    respond,
    multimodal=True,
    textbox=gr.MultimodalTextbox(sources=["upload", "microphone"], file_count="multiple", placeholder="Message"),
    save_history=True,
    api_name="chat",
    **KW,
)

if __name__ == "__main__":
    demo.launch()
