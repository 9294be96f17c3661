"""Gallery out and in: generated PIL tiles with captions, the selected tile reported through .select(), and
the gallery sent back to the server, which says which files and captions it received."""
import os

from PIL import Image, ImageDraw

import gradio as gr

COLORS = [(220, 38, 38), (22, 163, 74), (37, 99, 235), (202, 138, 4), (147, 51, 234), (13, 148, 136)]
XSS_CAPTION = '<img src=x onerror="window.__xss=1">'


def make(count):
    tiles = []
    for i in range(int(count)):
        img = Image.new("RGB", (96, 64), COLORS[i % len(COLORS)])
        ImageDraw.Draw(img).text((8, 24), f"#{i}", fill=(255, 255, 255))
        tiles.append((img, XSS_CAPTION if i == 5 else f"Tile {i}"))
    return tiles


def describe(items):
    if not items:
        return "0 items"
    parts = [f"{os.path.splitext(os.path.basename(str(path)))[1]}|{caption}" for path, caption in items]
    return f"{len(items)} items: " + ", ".join(parts)


def describe_sizes(items):
    if not items:
        return "0 items"
    parts = []
    for path, caption in items:
        with Image.open(path) as img:
            parts.append(f"{img.width}x{img.height}")
    return f"{len(items)} items: " + ", ".join(parts)


def selected(evt: gr.SelectData):
    caption = evt.value.get("caption") if isinstance(evt.value, dict) else None
    return f"selected {evt.index}: {caption}"


with gr.Blocks() as demo:
    count = gr.Number(value=4, label="count", precision=0)
    make_btn = gr.Button("Make")
    gallery = gr.Gallery(label="tiles", columns=3, format="png", interactive=False)
    chosen = gr.Textbox(label="chosen")
    send_btn = gr.Button("Send back")
    received = gr.Textbox(label="received")
    mine = gr.Gallery(label="mine", interactive=True, format="png")
    mine_btn = gr.Button("Describe mine")
    mine_out = gr.Textbox(label="mine received")
    make_btn.click(make, count, gallery, api_name="make")
    mine_btn.click(describe_sizes, mine, mine_out, api_name="describe_mine")
    gallery.select(selected, None, chosen, api_name="selected")
    send_btn.click(describe, gallery, received, api_name="describe")

if __name__ == "__main__":
    demo.launch()
