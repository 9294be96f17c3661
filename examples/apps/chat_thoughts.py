"""A gr.ChatInterface that answers with thoughts (gr.ChatMessage metadata, nested), options, chatbot
examples, and a like handler that writes what it received into a textbox."""
import json
import time

import gradio as gr

KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


def respond(message, history):
    text = message if isinstance(message, str) else str(message)
    thinking = gr.ChatMessage(
        role="assistant",
        content=f"Reading **{text}**",
        metadata={"title": "Thinking", "id": "think", "status": "pending"},
    )
    yield [thinking]
    time.sleep(0.3)
    tool = gr.ChatMessage(
        role="assistant",
        content="Looked it up: `42`",
        metadata={"title": "Used tool lookup", "id": "tool", "parent_id": "think", "log": "lookup(q)", "duration": 0.25, "status": "done"},
    )
    thinking.metadata["status"] = "done"
    thinking.metadata["duration"] = 0.3
    answer = gr.ChatMessage(role="assistant", content=f"The answer to {text} is 42.", options=[{"value": "more", "label": "Tell me more"}, {"value": "thanks"}])
    yield [thinking, tool, answer]


def record_like(data: gr.LikeData):
    return json.dumps({"index": data.index, "value": data.value, "liked": data.liked})


with gr.Blocks() as demo:
    chatbot = gr.Chatbot(label="thoughts", placeholder="Ask **anything**", **KW)
    gr.ChatInterface(
        respond,
        chatbot=chatbot,
        examples=["What is life?", "Why?"],
        example_labels=["Life", "Ask why"],
        api_name="chat",
        **KW,
    )
    liked = gr.Textbox(label="like log")
    chatbot.like(record_like, None, liked, api_name="like")

if __name__ == "__main__":
    demo.launch()
