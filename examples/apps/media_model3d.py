"""3D models in and out, made offline at start-up; for the Model3D e2e tests.

At start-up the app writes a small cube as OBJ, binary STL and GLB (glTF 2.0 with one coloured material)
into a temp folder. Three static viewers show them (the OBJ one with a camera position and a clear colour,
the STL one as a wireframe); `show` sends the chosen format to the "shown" viewer. The interactive
"model in" viewer reports every upload's name, byte count and sha256, and its `clear` event.
"""
import hashlib
import json
import os
import struct
import tempfile

import gradio as gr

HERE = tempfile.mkdtemp(prefix="model3d-")

# A unit cube centred on the origin: 8 corners and 12 triangles (counter-clockwise seen from outside).
CORNERS = [(x, y, z) for x in (-0.5, 0.5) for y in (-0.5, 0.5) for z in (-0.5, 0.5)]
QUADS = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
TRIANGLES = [t for a, b, c, d in QUADS for t in ((a, b, c), (a, c, d))]


def write_obj(path):
    with open(path, "w") as f:
        f.write("# cube\no cube\n")
        for x, y, z in CORNERS:
            f.write(f"v {x} {y} {z}\n")
        for a, b, c in TRIANGLES:
            f.write(f"f {a + 1} {b + 1} {c + 1}\n")


def normal(a, b, c):
    u = [b[i] - a[i] for i in range(3)]
    v = [c[i] - a[i] for i in range(3)]
    n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    length = sum(x * x for x in n) ** 0.5 or 1
    return [x / length for x in n]


def write_stl(path):
    with open(path, "wb") as f:
        f.write(b"cube".ljust(80, b"\0"))
        f.write(struct.pack("<I", len(TRIANGLES)))
        for tri in TRIANGLES:
            points = [CORNERS[i] for i in tri]
            f.write(struct.pack("<3f", *normal(*points)))
            for p in points:
                f.write(struct.pack("<3f", *p))
            f.write(struct.pack("<H", 0))


def write_glb(path):
    positions = b"".join(struct.pack("<3f", *p) for p in CORNERS)
    indices = b"".join(struct.pack("<3H", *t) for t in TRIANGLES)
    binary = positions + indices
    binary += b"\0" * (-len(binary) % 4)
    gltf = {
        "asset": {"version": "2.0", "generator": "gradio-kit example"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": "cube"}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [0.2, 0.6, 1.0, 1.0], "metallicFactor": 0}}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1, "material": 0}]}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(positions), "target": 34962},
            {"buffer": 0, "byteOffset": len(positions), "byteLength": len(indices), "target": 34963},
        ],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": 8, "type": "VEC3", "min": [-0.5] * 3, "max": [0.5] * 3},
            {"bufferView": 1, "componentType": 5123, "count": len(TRIANGLES) * 3, "type": "SCALAR"},
        ],
    }
    text = json.dumps(gltf).encode()
    text += b" " * (-len(text) % 4)
    total = 12 + 8 + len(text) + 8 + len(binary)
    with open(path, "wb") as f:
        f.write(struct.pack("<4sII", b"glTF", 2, total))
        f.write(struct.pack("<I4s", len(text), b"JSON") + text)
        f.write(struct.pack("<I4s", len(binary), b"BIN\0") + binary)


MODELS = {"obj": os.path.join(HERE, "cube.obj"), "stl": os.path.join(HERE, "cube.stl"), "glb": os.path.join(HERE, "cube.glb")}
write_obj(MODELS["obj"])
write_stl(MODELS["stl"])
write_glb(MODELS["glb"])


def describe(path):
    if path is None:
        return "no model"
    with open(path, "rb") as f:
        data = f.read()
    return f"{os.path.basename(path)}: {len(data)} bytes sha256={hashlib.sha256(data).hexdigest()}"


def show(kind):
    return MODELS[kind]


with gr.Blocks() as demo:
    with gr.Row():
        gr.Model3D(MODELS["obj"], label="obj cube", clear_color=[0.9, 0.9, 0.8, 1.0], camera_position=[45, 60, 4], height=240)
        gr.Model3D(MODELS["stl"], label="stl cube", display_mode="wireframe", height=240)
        gr.Model3D(MODELS["glb"], label="glb cube", height=240)
    with gr.Row():
        kind = gr.Radio(["obj", "stl", "glb"], value="glb", label="format")
        shown = gr.Model3D(label="shown", interactive=False, height=240)
    kind.change(show, kind, shown, api_name="show")
    model_in = gr.Model3D(label="model in", height=240)
    report = gr.Textbox(label="report")
    events = gr.Textbox(label="events")
    model_in.upload(describe, model_in, report, api_name="describe")
    model_in.clear(lambda: "clear", None, events, api_name="on_clear")

if __name__ == "__main__":
    demo.launch()
