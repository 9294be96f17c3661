"""The API page: a documented endpoint with a defaulted parameter and a gr.State input, an image endpoint
(files become handle_file in snippets), and a hidden endpoint (show_api=False on 5.x, api_visibility on 6.x)."""
import gradio as gr

HIDDEN = {"show_api": False} if gr.__version__.startswith("5.") else {"api_visibility": "private"}


def greet(name, times, calls):
    return f"Hello, {name}!" * int(times), calls + 1


def size(img):
    return "none" if img is None else f"{img.shape[1]}x{img.shape[0]}"


def secret(name):
    return name[::-1]


with gr.Blocks() as demo:
    name = gr.Textbox(label="name")
    times = gr.Number(label="times", value=1, precision=0)
    calls = gr.State(0)
    out = gr.Textbox(label="out")
    image = gr.Image(label="image", type="numpy")
    dims = gr.Textbox(label="dims")
    gr.Button("greet").click(greet, [name, times, calls], [out, calls], api_name="greet")
    gr.Button("size").click(size, image, dims, api_name="size")
    gr.Button("secret").click(secret, name, out, api_name="secret", **HIDDEN)

if __name__ == "__main__":
    demo.launch()
