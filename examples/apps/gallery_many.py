"""A gallery of 500 distinct images (bench/gallery.ts): JPEG photos of 256 to 512 px, about 30 KB each (10 to
70 KB), made offline on first start (seeded, so every start serves the same files) and kept in the temporary
folder for the next start. Each image has its own gradient, shapes and grain, and its number written large,
so no two are alike and a thumbnail shows which item it is.

GALLERY_MANY_COUNT sets how many (default 500)."""
import os
import pathlib
import random
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFont

import gradio as gr

COUNT = int(os.environ.get("GALLERY_MANY_COUNT", "500"))
FOLDER = pathlib.Path(tempfile.gettempdir()) / "gradio-kit-gallery-many-v1"


def make_image(index: int, path: pathlib.Path) -> None:
    rng = random.Random(index)
    width = rng.choice([256, 320, 384, 448, 512])
    height = rng.choice([256, 320, 384, 448, 512])
    top = np.array([rng.randrange(256) for _ in range(3)], dtype=np.float32)
    bottom = np.array([rng.randrange(256) for _ in range(3)], dtype=np.float32)
    ramp = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    pixels = top * (1 - ramp) + bottom * ramp
    pixels = np.broadcast_to(pixels, (height, width, 3)).copy()
    # Grain, as a photo has: what makes a JPEG of this size weigh tens of kilobytes.
    noise = np.random.default_rng(index).normal(0, 12, (height, width, 3)).astype(np.float32)
    image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(3, 8)):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(16, max(17, min(width, height) // 3))
        colour = tuple(rng.randrange(256) for _ in range(3))
        box = (x - r, y - r, x + r, y + r)
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    font = ImageFont.load_default(size=min(width, height) // 4)
    draw.text((width / 2, height / 2), f"#{index}", fill=(255, 255, 255), font=font, anchor="mm", stroke_width=3, stroke_fill=(0, 0, 0))
    image.save(path, "JPEG", quality=85)


def images() -> list[tuple[str, str]]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    items = []
    for i in range(COUNT):
        path = FOLDER / f"photo-{i:03d}.jpg"
        if not path.exists():
            partial = path.with_suffix(".part")
            make_image(i, partial)
            partial.rename(path)
        items.append((str(path), f"Photo {i}"))
    return items


with gr.Blocks() as demo:
    gr.Gallery(value=images(), label="photos", columns=4, height=640, allow_preview=True, interactive=False)

if __name__ == "__main__":
    demo.launch(allowed_paths=[str(FOLDER)])
