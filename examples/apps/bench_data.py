"""Data and plot benches (bench/data-official.ts, issue 12), each Blocks mounted at its own path on one server so
that each page's config holds only its own data:
- /base: a Markdown only, the baseline that the bytes each element adds are measured against (every other
  page has a Markdown too, so the difference is the element's own code);
- /table: a 100,000 x 10 Dataframe with a search box (`show_search="search"`);
- /dates: a 5,000-row Dataframe with a date column (the case that froze Gradio 6.11, gradio-app/gradio#13279),
  and a "Reload dates" button that sends 5,000 other dated rows (`u <i>`) into it: the table's update alone;
- /plot: a LinePlot of 100,000 points.
The data is computed with numpy at start (well under a second); offline. GET /config lists the mounts.

Cell texts the bench looks for: `row <i>` in the first column of /table; `score` is a permutation of
0..99,999, so that a sort by it moves rows far from where they were; `d <i>` in the first column of /dates,
`u <i>` once reloaded."""

import os

import gradio as gr
import numpy as np
import pandas as pd
import uvicorn
from fastapi import FastAPI

ROWS = 100_000
COLUMNS = 10
DATE_ROWS = 5_000
POINTS = 100_000

index = np.arange(ROWS)
columns = {"name": [f"row {i}" for i in range(ROWS)], "score": (index * 7919 + 5) % ROWS}
for c in range(2, COLUMNS):
    if c % 3 == 0:
        columns[f"text {c}"] = [f"t{c}-{v}" for v in (index * (c + 7)) % 1000]
    else:
        columns[f"value {c}"] = np.round(np.sin(index + c) * 1e4) / 100
table = pd.DataFrame(columns)

dates = pd.DataFrame(
    {
        "id": [f"d {i}" for i in range(DATE_ROWS)],
        "when": pd.date_range("2020-01-01", periods=DATE_ROWS, freq="h"),
        "amount": np.round(np.cos(np.arange(DATE_ROWS)) * 1000, 2),
    }
)

reloaded_dates = dates.assign(id=[f"u {i}" for i in range(DATE_ROWS)])


def reload_dates():
    return reloaded_dates


x = np.arange(POINTS)
points = pd.DataFrame({"step": x, "signal": np.round(np.sin(x / 500) * 50 + np.sin(x / 7) * 5, 3)})

with gr.Blocks(title="bench base") as base:
    gr.Markdown("Bench baseline")

with gr.Blocks(title="bench table") as table_demo:
    gr.Markdown("Bench table")
    gr.Dataframe(table, label="Big table", show_search="search", max_height=600, interactive=False)

with gr.Blocks(title="bench dates") as dates_demo:
    gr.Markdown("Bench dates")
    dated = gr.Dataframe(dates, label="Dated rows", datatype=["str", "date", "number"], max_height=600, interactive=False)
    gr.Button("Reload dates").click(reload_dates, None, dated)

with gr.Blocks(title="bench plot") as plot_demo:
    gr.Markdown("Bench plot")
    gr.LinePlot(points, x="step", y="signal", label="Signal", height=400)

demos = {"base": base, "table": table_demo, "dates": dates_demo, "plot": plot_demo}

app = FastAPI()
for path, blocks in demos.items():
    gr.mount_gradio_app(app, blocks, path=f"/{path}")


@app.get("/config")
def config():
    return {"mounted": list(demos)}


if __name__ == "__main__":
    port = int(os.environ["GRADIO_SERVER_PORT"])
    print(f"Running on local URL:  http://127.0.0.1:{port}", flush=True)
    uvicorn.run(app, host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), port=port)
