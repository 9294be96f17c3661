"""The event features a frontend must drive: update dictionaries, gr.skip, chains (then / success),
trigger modes, cancels, a Timer, gr.Info, a client-side js function, key_up, demo.unload (which the
server runs when a session's heartbeat connection closes) and, on Gradio 5.45+, an event's validator."""
import time

import gradio as gr

calls = {"once": 0, "last": 0, "second": 0}
# The session that last sent a key_up, and the sessions whose unload listener ran.
sessions = {"keys": None, "unloaded": []}


def relabel():
    return gr.update(label="renamed", value="changed")


def first(text):
    if text == "fail":
        raise gr.Error("first step failed")
    return text.upper()


def second(step1):
    calls["second"] += 1
    return f"{step1}! #{calls['second']}"


def slow_once():
    calls["once"] += 1
    # Long enough that the test's further clicks land while it runs, even on a loaded machine.
    time.sleep(2.5)
    return f"once runs: {calls['once']}"


def slow_last(text):
    calls["last"] += 1
    # Long enough that the test's further keys land while it runs, even on a loaded machine (0.8 s was not).
    time.sleep(2.5)
    return f"last saw: {text} (runs: {calls['last']})"


def count_forever():
    n = 0
    while True:
        n += 1
        time.sleep(0.2)
        yield str(n)


def tick(n):
    return int(n or 0) + 1


def notify(text):
    gr.Info(f"Got {text}")
    return text


def key_pressed(data: gr.KeyUpData, request: gr.Request):
    sessions["keys"] = request.session_hash
    return f"{data.key}|{data.input_value}"


def session_unloaded(request: gr.Request):
    sessions["unloaded"].append(request.session_hash)


def key_session_unloaded():
    return "yes" if sessions["keys"] in sessions["unloaded"] else "no"


with gr.Blocks() as demo:
    with gr.Tab("Updates"):
        target = gr.Textbox(label="target", value="hello")
        kept = gr.Textbox(label="kept", value="untouched")
        gr.Button("Hide").click(lambda: gr.update(visible=False), None, target, api_name="hide")
        gr.Button("Show").click(lambda: gr.update(visible=True), None, target, api_name="show")
        gr.Button("Relabel").click(relabel, None, target, api_name="relabel")
        gr.Button("Skip").click(lambda: (gr.skip(), "skip ran"), None, [kept, target], api_name="skip")
    with gr.Tab("Chains"):
        chain_in = gr.Textbox(label="chain input")
        step1 = gr.Textbox(label="step 1")
        step2 = gr.Textbox(label="step 2")
        after = gr.Textbox(label="after")
        chain = gr.Button("Chain").click(first, chain_in, step1, api_name="first")
        chain.success(second, step1, step2, api_name="second")
        chain.then(lambda: "then ran", None, after, api_name="after")
        then_runs = gr.Number(label="then runs", value=0, precision=0)
        chain.then(lambda n: (n or 0) + 1, then_runs, then_runs, api_name="count_then")
        failure_out = gr.Textbox(label="failure listener")
        # .failure() exists from Gradio 6 on.
        if hasattr(chain, "failure"):
            chain.failure(lambda: "failure ran", None, failure_out, api_name="on_failure")
    with gr.Tab("Modes"):
        once_out = gr.Textbox(label="once out")
        gr.Button("Once").click(slow_once, None, once_out, trigger_mode="once", api_name="once")
        last_in = gr.Textbox(label="last input")
        last_out = gr.Textbox(label="last out")
        last_in.change(slow_last, last_in, last_out, trigger_mode="always_last", api_name="last")
    with gr.Tab("Cancel"):
        counter = gr.Textbox(label="counter")
        go = gr.Button("Count")
        run = go.click(count_forever, None, counter, api_name="count")
        gr.Button("Stop").click(None, None, None, cancels=[run])
    with gr.Tab("Timer"):
        ticks = gr.Number(label="ticks", value=0, precision=0)
        timer = gr.Timer(0.3, active=False)
        timer.tick(tick, ticks, ticks, api_name="tick")
        gr.Button("Start timer").click(lambda: gr.Timer(active=True), None, timer, api_name="start_timer")
        gr.Button("Stop timer").click(lambda: gr.Timer(active=False), None, timer, api_name="stop_timer")
    with gr.Tab("Messages"):
        note = gr.Textbox(label="note")
        echoed = gr.Textbox(label="echoed")
        gr.Button("Notify").click(notify, note, echoed, api_name="notify")
        reversed_out = gr.Textbox(label="reversed")
        gr.Button("Reverse in browser").click(None, note, reversed_out, js="(x) => x.split('').reverse().join('')")

    with gr.Tab("Keys"):
        typed = gr.Dropdown(["apple", "banana"], label="typed", filterable=True, allow_custom_value=True, interactive=True)
        keys = gr.Textbox(label="keys")
        typed.key_up(key_pressed, None, keys, api_name="keys")
        unloads = gr.Textbox(label="unloads")
        gr.Button("Unloaded?").click(key_session_unloaded, None, unloads, api_name="key_session_unloaded")
    if hasattr(gr, "validate"):
        # Gradio 5.45+: a validator judges the inputs before the function is queued (422 from the join).
        with gr.Tab("Validation"):
            age = gr.Number(label="age", value=30)
            place = gr.Textbox(label="place", value="Paris")
            # Not shown: what the validator says of it cannot go on it. (A gr.State input gets no verdict:
            # the server stores the validator's result for it in the state and answers it as valid.)
            token = gr.Textbox("fresh", visible=False)
            agree = gr.Checkbox(label="agree", value=True)
            processed = gr.Textbox(label="processed")
            validated_then = gr.Textbox(label="then after validation")
            gr.Button("Validate").click(
                lambda a, p, t, ok: f"{int(a)} in {p}",
                [age, place, token, agree],
                processed,
                validator=lambda a, p, t, ok: [
                    gr.validate(a is None or a >= 3, "Age must be at least 3"),
                    gr.validate("london" not in p.lower(), "The place must not be London"),
                    gr.validate(p != "expire", "The session token expired"),
                    gr.validate(ok, "Please agree"),
                ],
                api_name="validated",
            ).then(lambda: "then ran", None, validated_then)
    demo.unload(session_unloaded)

if __name__ == "__main__":
    demo.queue(default_concurrency_limit=4).launch()
