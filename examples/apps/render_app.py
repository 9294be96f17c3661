"""@gr.render: a layout that follows its inputs (Gradio's guide examples, made testable).

- "letters": one Textbox per letter of the input, or a Markdown line when it is empty.
- "boxes": a Number of keyed Textboxes (what the user typed in box i survives re-renders) and a Merge button
  whose listener is created inside the render function; its output shows what the server received.
- "nested": a render inside a render (an outer count of groups, each with its own inner render).
"""

import gradio as gr

with gr.Blocks(title="render") as demo:
    with gr.Tab("letters"):
        text = gr.Textbox(label="input")

        @gr.render(inputs=text)
        def letters(value):
            if not value:
                gr.Markdown("No input provided", elem_id="no-input")
                return
            for letter in value:
                gr.Textbox(value=letter, label=f"letter {letter}", key=f"letter-{letter}")

    with gr.Tab("boxes"):
        count = gr.Number(value=2, precision=0, label="count", minimum=0, maximum=8)
        merged = gr.Textbox(label="merged")
        renders = gr.Number(value=0, precision=0, label="renders")

        @gr.render(inputs=count)
        def boxes(n):
            n = int(n or 0)
            inputs = [gr.Textbox(label=f"box {i}", key=f"box-{i}", interactive=True) for i in range(n)]
            merge = gr.Button("Merge", key="merge")

            def join(*values):
                return "|".join(values)

            merge.click(join, inputs, merged, api_name=False)

        count.change(lambda r: (r or 0) + 1, renders, renders, api_name=False)

    with gr.Tab("nested"):
        groups = gr.Number(value=1, precision=0, label="groups", minimum=0, maximum=4)

        @gr.render(inputs=groups)
        def outer(g):
            for i in range(int(g or 0)):
                with gr.Group():
                    size = gr.Number(value=1, precision=0, label=f"size {i}", key=f"size-{i}")

                    @gr.render(inputs=size)
                    def inner(s, i=i):
                        gr.Markdown(f"group {i} has {int(s or 0)} items", elem_classes=["inner-line"])


if __name__ == "__main__":
    demo.launch()
