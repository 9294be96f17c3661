"""A generator that yields as fast as it can: many small streamed messages (bench/memory.ts)."""
import gradio as gr


def count(n):
    for i in range(int(n)):
        yield f"message {i + 1}"


demo = gr.Interface(
    fn=count,
    inputs=gr.Number(label="n", value=1000, precision=0),
    outputs=gr.Textbox(label="last"),
    api_name="predict",
)

if __name__ == "__main__":
    demo.launch()
