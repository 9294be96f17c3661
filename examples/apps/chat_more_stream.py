"""A Chatbot that opens on a long conversation (200 messages of Markdown with code, a list and math) and,
on "Stream", streams a long reply into it as fast as the server yields (CHAT_STREAM_TOKENS tokens, default
1000, one yield each about 10 ms apart): the side-by-side streaming measure of bench/chat-stream.ts."""
import os
import time

import gradio as gr

KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}
TOKENS = int(os.environ.get("CHAT_STREAM_TOKENS", "1000"))

HISTORY = [
    {
        "role": "assistant",
        "content": f"Answer {i} with **bold**, a list:\n\n- one\n- two\n\n```python\nprint({i})\n```\n\nand $$x^{i}$$",
    }
    if i % 2
    else {"role": "user", "content": f"Question {i}?"}
    for i in range(200)
]


def stream():
    text = ""
    for i in range(1, TOKENS + 1):
        text += ("\n\n" if i % 40 == 0 else " ") + f"token{i}"
        time.sleep(0.01)
        yield HISTORY + [{"role": "user", "content": "Go"}, {"role": "assistant", "content": text}]


with gr.Blocks() as demo:
    chat = gr.Chatbot(value=HISTORY, height=600, label="Bench", **KW)
    go = gr.Button("Stream")
    go.click(stream, None, chat, api_name="stream")

if __name__ == "__main__":
    demo.launch()
