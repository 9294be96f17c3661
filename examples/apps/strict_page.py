"""For pages with a strict Content-Security-Policy and Trusted Types (tests/e2e/csp.test.ts): every kind of
server text the kit turns into markup (Markdown, HTML, chat Markdown, a toast), custom CSS and a theme, and
one call that updates them."""
import gradio as gr

# Gradio 5 needs type="messages" (its default is the deprecated tuples format);
# Gradio 6 only has the messages format and no `type` argument.
CHATBOT_KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}


def reply(message, history):
    gr.Info(f"Got <b>{len(message)}</b> characters")
    history = list(history or []) + [
        {"role": "user", "content": message},
        {"role": "assistant", "content": f"**You said** `{message}`"},
    ]
    return history, f"## Echo\n\n*{message}*"


with gr.Blocks(css=".strict-note { font-style: italic }") as demo:
    gr.Markdown("# Strict page\nMarkdown with a [link](https://example.com) and `code`.")
    gr.HTML("<p class='strict-note'>Server <b>HTML</b></p>")
    message = gr.Textbox(label="message")
    send = gr.Button("Send")
    chat = gr.Chatbot(label="chat", **CHATBOT_KW)
    echo = gr.Markdown(label="echo")
    send.click(reply, [message, chat], [chat, echo], api_name="reply")

if __name__ == "__main__":
    demo.launch()
