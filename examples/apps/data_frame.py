"""Dataframes for the data e2e tests: every datatype with a pandas Styler (static), an editable frame whose
value the server echoes back as JSON (so a test sees exactly what arrived), a 5,000-row frame with a date
column, and a frame with NaN and infinities (how each Gradio version serialises them). Offline, no models."""
import json
import math

import gradio as gr
import numpy as np
import pandas as pd

typed = pd.DataFrame(
    {
        "name": ["alpha", "beta", "gamma"],
        "score": [1.5, 22.25, -3.0],
        "ok": [True, False, True],
        "when": ["2024-01-02", "2024-02-03", "2024-03-04"],
        "notes": ["**bold** and `code`", "[link](https://gradio.app)", "<img src=x onerror=alert(1)>"],
        "markup": ["<b>bold</b>", "<i>it</i><script>alert(1)</script>", "<a href='javascript:alert(1)'>x</a>"],
    }
)


def style_scores(value):
    return "color: rgb(185, 28, 28); font-weight: 700" if isinstance(value, float) and value < 0 else ""


styled = typed.style.format({"score": "{:.1f}"}).map(style_scores, subset=["score"])

rng = np.random.default_rng(7)
big = pd.DataFrame(
    {
        "id": np.arange(5000),
        "date": pd.date_range("2020-01-01", periods=5000, freq="h"),
        "value": np.round(rng.normal(size=5000), 3),
        "group": [f"g{i % 7}" for i in range(5000)],
    }
)

special = pd.DataFrame({"x": [1.0, math.nan, math.inf, -math.inf], "label": ["one", "nan", "inf", "-inf"]})


def echo(frame: pd.DataFrame):
    """The edited frame as the server received it, as JSON text."""
    records = json.loads(frame.to_json(orient="split", index=False))
    return json.dumps({"headers": records["columns"], "data": records["data"]})


def show_select(evt: gr.SelectData):
    return json.dumps({"index": evt.index, "value": evt.value, "row_value": evt.row_value, "col_value_len": len(evt.col_value or [])})


with gr.Blocks(title="data frames") as demo:
    gr.Dataframe(
        styled,
        label="Typed",
        datatype=["str", "number", "bool", "date", "markdown", "html"],
        interactive=False,
    )
    editable = gr.Dataframe(
        pd.DataFrame({"item": ["pen", "ink"], "count": [1, 2]}),
        label="Editable",
        datatype=["str", "number"],
        interactive=True,
    )
    echoed = gr.Textbox(label="echo")
    # always_last: a quick second edit while the first is echoed must still reach the server.
    editable.input(echo, editable, echoed, api_name="echo", trigger_mode="always_last")
    selected = gr.Textbox(label="selected")
    big_frame = gr.Dataframe(
        big, label="Big", datatype=["number", "date", "number", "str"], interactive=False, max_height=400, show_row_numbers=True
    )
    big_frame.select(show_select, None, selected, api_name="select")
    gr.Dataframe(special, label="Special", datatype=["number", "str"], interactive=False)
    load_button = gr.Button("Load special")
    special_out = gr.Dataframe(label="Special out", interactive=False)
    load_button.click(lambda: special, None, special_out, api_name="special")

if __name__ == "__main__":
    demo.launch()
