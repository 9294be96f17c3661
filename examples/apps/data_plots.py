"""Plots for the data e2e tests: LinePlot, ScatterPlot and BarPlot from pandas frames (series by color, a
datetime x, binning with aggregation), a `.select()` handler that reports the brushed range, a
`.double_click()` handler, and a gr.Plot that shows each payload type gr.Plot sends (altair, matplotlib,
plotly, bokeh; built as the libraries would, since the server may not have them), or a real Altair / matplotlib
figure when the server has one ("library"; the Markdown "plot library: ..." says which). Offline."""
import base64
import io
import json

import gradio as gr
import numpy as np
import pandas as pd
from gradio.components.plot import PlotData

rng = np.random.default_rng(3)
hours = pd.date_range("2024-01-01", periods=48, freq="h")
line = pd.DataFrame(
    {
        "time": list(hours) * 2,
        "load": np.concatenate([np.sin(np.arange(48) / 6) * 10 + 50, np.cos(np.arange(48) / 6) * 10 + 40]).round(2),
        "server": ["alpha"] * 48 + ["beta"] * 48,
    }
)
scatter = pd.DataFrame({"height": rng.normal(170, 10, 60).round(1), "weight": rng.normal(70, 8, 60).round(1), "team": ["red", "blue", "green"] * 20})
bars = pd.DataFrame({"fruit": ["apple", "pear", "apple", "fig", "pear", "apple"], "sold": [3, 5, 2, 7, 1, 4], "shop": ["a", "a", "b", "b", "a", "b"]})

library = "none"
figure = None
try:
    import altair as alt

    figure = alt.Chart(bars).mark_bar().encode(x="fruit", y="sum(sold)", color="shop").properties(title="Altair fruit")
    library = "altair"
except ImportError:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(4, 3))
        ax.bar(bars["fruit"], bars["sold"])
        ax.set_title("Matplotlib fruit")
        figure = fig
        library = "matplotlib"
    except ImportError:
        pass


def png_data_url() -> str:
    """A small PNG (a bar chart drawn with PIL) as gr.Plot sends matplotlib figures: a base64 data URL."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 80), "white")
    draw = ImageDraw.Draw(image)
    for i, height in enumerate([30, 50, 20, 70]):
        draw.rectangle([10 + i * 27, 78 - height, 30 + i * 27, 78], fill=(249, 115, 22))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


# The payloads gr.Plot sends for each library, built without the libraries (the server may not have them):
# what Altair's / Plotly's to_json() and matplotlib's base64 export give, sent through the real component.
payloads = {
    "altair": lambda: PlotData(
        type="altair",
        plot=json.dumps(
            {
                "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
                "title": "Altair fruit",
                "data": {"values": bars.to_dict(orient="records")},
                "mark": {"type": "bar"},
                "encoding": {"x": {"field": "fruit", "type": "nominal"}, "y": {"aggregate": "sum", "field": "sold", "type": "quantitative"}},
            }
        ),
    ),
    "matplotlib": lambda: PlotData(type="matplotlib", plot=png_data_url()),
    "plotly": lambda: PlotData(
        type="plotly",
        plot=json.dumps({"data": [{"type": "bar", "x": ["apple", "pear", "fig"], "y": [9, 6, 7], "name": "sold"}], "layout": {"title": {"text": "Plotly fruit"}}}),
    ),
    "bokeh": lambda: PlotData(type="bokeh", plot=json.dumps({"target_id": None, "root_id": "1", "doc": {"roots": {"references": []}}})),
}


def make_plot(kind: str):
    if kind == "library" and figure is not None:
        return figure
    return payloads.get(kind, payloads["altair"])()


def brushed(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "selected": evt.selected})


def reset():
    return "double clicked"


with gr.Blocks(title="data plots") as demo:
    line_plot = gr.LinePlot(line, x="time", y="load", color="server", title="Load by server", label="Load")
    scatter_plot = gr.ScatterPlot(scatter, x="height", y="weight", color="team", title="Height and weight")
    gr.BarPlot(bars, x="fruit", y="sold", color="shop", y_aggregate="sum", title="Fruit sold", sort="-y")
    gr.BarPlot(line, x="time", y="load", x_bin="6h", y_aggregate="mean", title="Mean load per 6h")
    selection = gr.Textbox(label="selection")
    clicks = gr.Textbox(label="double click")
    line_plot.select(brushed, None, selection, api_name="brushed")
    line_plot.double_click(reset, None, clicks, api_name="reset")
    gr.Markdown(f"plot library: {library}")
    kind = gr.Radio(["altair", "matplotlib", "plotly", "bokeh", "library"], value="altair", label="payload")
    make = gr.Button("Make plot")
    made = gr.Plot(label="Made plot")
    make.click(make_plot, kind, made, api_name="make_plot")

if __name__ == "__main__":
    demo.launch()
