"""A multipage app (Blocks.route and gr.Navbar, Gradio 6): a home page, a second page with its own listener
and load event, and a page left out of the navigation bar. On Gradio 5.14 (no routes) only the home page
exists."""

import gradio as gr

HAS_ROUTES = hasattr(gr.Blocks, "route")

with gr.Blocks(title="multipage") as demo:
    if HAS_ROUTES:
        gr.Navbar(main_page_name="Start", value=[("Gradio", "https://www.gradio.app")])
    gr.Markdown("# Home page", elem_id="home-title")
    name = gr.Textbox(label="name")
    greeting = gr.Textbox(label="greeting")
    gr.Button("Greet").click(lambda n: f"Hello, {n}!", name, greeting, api_name="greet")

if HAS_ROUTES:
    with demo.route("Second", "/second"):
        gr.Markdown("# Second page", elem_id="second-title")
        number = gr.Number(label="number", value=3)
        square = gr.Number(label="square")
        loaded = gr.Textbox(label="loaded")
        gr.Button("Square").click(lambda x: (x or 0) * (x or 0), number, square, api_name="square")
        demo.load(lambda: "second page loaded", None, loaded, api_name="second_loaded")

    with demo.route("Hidden", "/hidden", show_in_navbar=False):
        gr.Markdown("# Hidden page", elem_id="hidden-title")

if __name__ == "__main__":
    demo.launch()
