"""The hello app behind username/password login, mounted below a sub-path of a FastAPI app (as behind a
reverse proxy): the app lives at `/app`. `GET /config` at the root answers 200 so that the test helper's
readiness check (which needs a 200 from `/config`) passes; the Gradio app's own `/app/config` is protected."""
import os

import fastapi
import uvicorn

import gradio as gr


def greet(name, request: gr.Request):
    return f"Hello, {name}! (you are {request.username})"


demo = gr.Interface(fn=greet, inputs=gr.Textbox(label="name"), outputs=gr.Textbox(label="greeting"), api_name="predict")

app = fastapi.FastAPI()


@app.get("/config")
def ready():
    return {"ready": True}


app = gr.mount_gradio_app(app, demo, path="/app", auth=("ada", "lovelace"), auth_message="Members only")

if __name__ == "__main__":
    uvicorn.run(app, host=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), port=int(os.environ["GRADIO_SERVER_PORT"]))
