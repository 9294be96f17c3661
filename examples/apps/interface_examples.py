"""An Interface with examples: clicking an example fills the inputs (and, cached, the outputs)."""
import gradio as gr


def describe(name, count):
    return f"{name} x {int(count)}"


demo = gr.Interface(
    fn=describe,
    inputs=[gr.Textbox(label="name"), gr.Number(label="count", value=1, precision=0)],
    outputs=gr.Textbox(label="description"),
    examples=[["apple", 3], ["pear", 5]],
    api_name="predict",
)

if __name__ == "__main__":
    demo.launch()
