"""A gr.ChatInterface whose generator streams a long reply word by word (stop, retry, undo, edit), with
examples and an additional input. The reply starts by saying what reached the server, so tests can check it."""
import time

import gradio as gr

# Gradio 5 needs type="messages" (tuples is its default); Gradio 6 only has messages and no `type`.
KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


def text_of(content):
    """A message's text: a string (5.x) or a list of blocks (6.x)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(b.get("text", "") for b in content if isinstance(b, dict))
    return str(content)


def respond(message, history, style):
    said = [text_of(m["content"]) for m in history if m["role"] == "user"]
    head = f"[{style}] got {text_of(message)!r} after {len(said)} turns {said!r}."
    # Long enough to scroll: a line break after every third numbered word.
    answer = head
    yield answer
    for i in range(1, 81):
        answer += ("\n" if i % 3 == 1 else " ") + f"word{i}"
        time.sleep(0.05)
        yield answer


demo = gr.ChatInterface(
    respond,
    additional_inputs=[gr.Dropdown(["plain", "fancy"], value="plain", label="style")],
    examples=[["Tell me a story", "fancy"], ["Hi", "plain"]],
    editable=True,
    api_name="chat",
    **KW,
)

if __name__ == "__main__":
    demo.launch()
