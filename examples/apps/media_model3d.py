"""3D models in and out, made offline at start-up; for the Model3D e2e tests.

At start-up the app writes a small cube as OBJ, binary STL and GLB (glTF 2.0 with one coloured material)
into a temp folder, and Gaussian splats: a `.splat` cube (upper half red, lower half blue, in the splats' own
y-down frame) and a binary Gaussian-splat PLY ring (green). Three static viewers show the meshes (the OBJ one
with a camera position and a clear colour, the STL one as a wireframe), two show the splats; `show` sends the
chosen format to the "shown" viewer. The interactive
"model in" viewer reports every upload's name, byte count and sha256, and its `clear` event.
"""
import hashlib
import json
import math
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


def write_splat(path, side=8):
    """32 bytes a splat: position and scale (float32 x3 each), RGBA (uint8 x4), rotation (w, x, y, z) as uint8 x4."""
    with open(path, "wb") as f:
        for i in range(side):
            for j in range(side):
                for k in range(side):
                    x, y, z = ((n / (side - 1) - 0.5) * 1.2 for n in (i, j, k))
                    rgba = (220, 30, 30, 255) if y < 0 else (30, 60, 220, 255)
                    f.write(struct.pack("<6f4B4B", x, y, z, 0.06, 0.06, 0.06, *rgba, 255, 128, 128, 128))


SH_C0 = 0.28209479177387814
PLY_PROPERTIES = ["x", "y", "z", "f_dc_0", "f_dc_1", "f_dc_2", "opacity", "scale_0", "scale_1", "scale_2", "rot_0", "rot_1", "rot_2", "rot_3"]


def write_splat_ply(path, count=300):
    """A Gaussian-splat PLY as 3DGS training writes it: DC colour, logit opacity, log scales, rotation (w, x, y, z)."""
    header = "ply\nformat binary_little_endian 1.0\nelement vertex %d\n" % count
    header += "".join(f"property float {name}\n" for name in PLY_PROPERTIES) + "end_header\n"
    dc = [(c / 255 - 0.5) / SH_C0 for c in (30, 170, 60)]
    with open(path, "wb") as f:
        f.write(header.encode())
        for i in range(count):
            angle = 2 * math.pi * i / count
            scale = math.log(0.08)
            f.write(struct.pack("<14f", math.cos(angle), math.sin(angle), 0, *dc, 6, scale, scale, scale, 1, 0, 0, 0))


MODELS = {
    "obj": os.path.join(HERE, "cube.obj"),
    "stl": os.path.join(HERE, "cube.stl"),
    "glb": os.path.join(HERE, "cube.glb"),
    "splat": os.path.join(HERE, "cube.splat"),
}
SPLAT_PLY = os.path.join(HERE, "ring.ply")
write_obj(MODELS["obj"])
write_stl(MODELS["stl"])
write_glb(MODELS["glb"])
write_splat(MODELS["splat"])
write_splat_ply(SPLAT_PLY)


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
        gr.Model3D(MODELS["splat"], label="splat cube", camera_position=[-90, 90, 3], height=240)
        gr.Model3D(SPLAT_PLY, label="ply splats", clear_color=[1.0, 1.0, 1.0, 1.0], height=240)
    with gr.Row():
        kind = gr.Radio(["obj", "stl", "glb", "splat"], value="glb", label="format")
        shown = gr.Model3D(label="shown", interactive=False, height=240)
    kind.change(show, kind, shown, api_name="show")
    model_in = gr.Model3D(label="model in", height=240)
    report = gr.Textbox(label="report")
    events = gr.Textbox(label="events")
    model_in.upload(describe, model_in, report, api_name="describe")
    model_in.clear(lambda: "clear", None, events, api_name="on_clear")

if __name__ == "__main__":
    demo.launch()
