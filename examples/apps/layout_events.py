"""Layout events and visibility: an accordion with expand/collapse listeners, a sidebar, components and a
Row / Column hidden until an update shows them, and Tabs whose select listeners read gr.SelectData."""
import gradio as gr


def expanded():
    return "accordion expanded"


def collapsed():
    return "accordion collapsed"


def show_all():
    return gr.update(visible=True), gr.Row(visible=True), gr.Column(visible=True)


def hide_all():
    return gr.update(visible=False), gr.Row(visible=False), gr.Column(visible=False)


def close_details():
    return gr.Accordion(open=False)


def to_first_tab():
    return gr.Tabs(selected="first")


def tab_selected(evt: gr.SelectData):
    return f"tab {evt.index}: {evt.value} selected={evt.selected}"


def second_tab_selected():
    return "second tab's own select ran"


with gr.Blocks(title="layout events") as demo:
    with gr.Sidebar(label="Side panel", open=False):
        gr.Markdown("Sidebar content")
        side_box = gr.Textbox(label="sidebar note", value="in the sidebar")
    gr.Markdown("# Layout events")
    with gr.Accordion("Details", open=False) as accordion:
        inside = gr.Textbox(label="inside accordion", value="shown when open")
    accordion_log = gr.Textbox(label="accordion log")
    accordion.expand(expanded, None, accordion_log, api_name="expanded")
    accordion.collapse(collapsed, None, accordion_log, api_name="collapsed")
    gr.Button("Close details").click(close_details, None, accordion, api_name="close_details")

    secret = gr.Textbox(label="secret", value="was hidden", visible=False)
    with gr.Row(visible=False) as hidden_row:
        gr.Textbox(label="row child", value="in a hidden row")
    with gr.Column(visible=False) as hidden_column:
        gr.Textbox(label="column child", value="in a hidden column")
    with gr.Row():
        show = gr.Button("Show all")
        hide = gr.Button("Hide all")
    show.click(show_all, None, [secret, hidden_row, hidden_column], api_name="show_all")
    hide.click(hide_all, None, [secret, hidden_row, hidden_column], api_name="hide_all")

    with gr.Tabs() as tabs:
        with gr.Tab("First", id="first"):
            gr.Markdown("first tab")
        with gr.Tab("Second") as second:
            gr.Markdown("second tab")
    tab_log = gr.Textbox(label="tab log")
    second_log = gr.Textbox(label="second log")
    gr.Button("Back to first").click(to_first_tab, None, tabs, api_name="to_first_tab")
    tabs.select(tab_selected, None, tab_log, api_name="tab_selected")
    second.select(second_tab_selected, None, second_log, api_name="second_selected")

if __name__ == "__main__":
    demo.launch()
