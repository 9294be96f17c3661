"""A tiny Blocks app whose theme is chosen by the GRADIO_KIT_THEME environment variable.

Used by tests/integration/themes.test.ts (through _all_themes.py) to compare the server's /theme.css with
gradio-kit's theme engine. GRADIO_KIT_THEME is a built-in theme name (base, default, origin, citrus,
monochrome, soft, glass, ocean); unset means Gradio's own default (no theme argument at all).
"""

import os

import gradio as gr


def build(theme_name):
    """The app with `theme_name` (None: no theme argument)."""
    with gr.Blocks(theme=theme_name, title="gradio-kit theme app") as blocks:
        gr.Markdown(f"Theme: {theme_name or '(Gradio default)'}")
        name = gr.Textbox(label="name")
        greeting = gr.Textbox(label="greeting")
        gr.Button("Greet", variant="primary").click(
            lambda n: f"Hello, {n}!", name, greeting, api_name="greet"
        )
    return blocks


demo = build(os.environ.get("GRADIO_KIT_THEME") or None)

if __name__ == "__main__":
    demo.launch()
