"""A gr.Chatbot whose buttons put components in messages (the kit's elements show them): "Show components" a
gr.Plot (an Altair bar chart's JSON, built without Altair), a gr.Dataframe, a gr.JSON and a gr.Label; "Show
hostile" Markdown and a gr.HTML that try to run script. (A Chatbot, not a ChatInterface: there, a component
in the history makes Gradio's own state-change chain run forever, on 5.14 and 6.25, whatever the frontend:
the preprocessed history holds a new component instance each time, so its hash always differs.) Offline."""
import json

import gradio as gr
from gradio.components.plot import PlotData

KW = {"type": "messages"} if gr.__version__.startswith("5.") else {}

FRUIT = [["apple", 3], ["pear", 5], ["fig", 7]]
CHART = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "title": "Fruit sold",
    "data": {"values": [{"fruit": f, "sold": n} for f, n in FRUIT]},
    "mark": {"type": "bar"},
    "encoding": {"x": {"field": "fruit", "type": "nominal"}, "y": {"field": "sold", "type": "quantitative"}},
}
HOSTILE = (
    '<img src="data:," alt="broken" onerror="window.__xss = \'img\'">'
    "<script>window.__xss = 'script'</script>"
    '<a href="javascript:window.__xss=\'link\'">bad link</a> <b>bold survives</b>'
)


def show_components():
    return [
        {"role": "user", "content": "components"},
        {"role": "assistant", "content": "Four components follow."},
        {"role": "assistant", "content": gr.Plot(PlotData(type="altair", plot=json.dumps(CHART)))},
        {"role": "assistant", "content": gr.Dataframe(value=FRUIT, headers=["fruit", "sold"], label="Fruit table")},
        {"role": "assistant", "content": gr.JSON(value={"total": sum(n for _, n in FRUIT), "fruits": [f for f, _ in FRUIT]}, open=True)},
        {"role": "assistant", "content": gr.Label(value={"fig": 0.5, "pear": 0.3, "apple": 0.2}, label="Best fruit")},
    ]


def show_hostile():
    return [
        {"role": "user", "content": "hostile"},
        {"role": "assistant", "content": "markdown: " + HOSTILE},
        {"role": "assistant", "content": gr.HTML(HOSTILE)},
    ]


with gr.Blocks(title="chat more components") as demo:
    shown = gr.Chatbot(label="Components", **KW)
    with gr.Row():
        gr.Button("Show components").click(show_components, None, shown, api_name="components")
        gr.Button("Show hostile").click(show_hostile, None, shown, api_name="hostile")

if __name__ == "__main__":
    demo.launch()
