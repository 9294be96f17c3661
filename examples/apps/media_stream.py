"""Streaming media in and out, offline: a webcam stream whose frames are counted (and the last one shown in a
streaming image), a microphone stream whose samples are summed, and a generator streaming audio out (HLS).

Each count is of distinct chunks: Gradio runs a stream's function once more on the last chunk when the
stream is closed, which is not a new chunk. The functions take longer than `stream_every`, so a client that
sent a chunk while the previous one was still being processed would see chunks overwritten (the server keeps
only the latest): the counts then fall short of what the page sent.

Gradio converts each streamed audio chunk to AAC with ffmpeg. Where ffmpeg is missing (the test servers),
the chunks become silent AAC frames of the same duration: the HLS playlist, segments and playback are real,
the sound is silence.
"""
import hashlib
import io
import math
import shutil
import time
import wave

import numpy as np

import gradio as gr

AAC_RATE = 44100
# One AAC-LC frame (1024 samples) of silence: a single channel element with no scale factor bands, then END.
SILENT_AAC_FRAME = bytes([0x01, 0x40, 0x20, 0x07])


def adts_frame(payload: bytes) -> bytes:
    """An ADTS header (MPEG-4 AAC-LC, 44.1 kHz, mono, no CRC) and the payload."""
    length = 7 + len(payload)
    rate_index, channels, profile = 4, 1, 1
    return bytes([
        0xFF,
        0xF1,
        (profile << 6) | (rate_index << 2) | (channels >> 2),
        ((channels & 3) << 6) | (length >> 11),
        (length >> 3) & 0xFF,
        ((length & 7) << 5) | 0x1F,
        0xFC,
    ]) + payload


def silent_adts(data: bytes):
    """Stands in for Gradio's ffmpeg conversion: silent AAC as long as the WAV chunk."""
    with wave.open(io.BytesIO(data), "rb") as w:
        seconds = w.getnframes() / w.getframerate()
    frames = max(1, math.ceil(seconds * AAC_RATE / 1024))
    return b"".join(adts_frame(SILENT_AAC_FRAME) for _ in range(frames)), frames * 1024 / AAC_RATE


if shutil.which("ffmpeg") is None:
    gr.Audio._convert_to_adts = staticmethod(silent_adts)


def count_frames(frame, seen):
    """Counts distinct webcam frames and shows the last one, a little slower than the frames come."""
    seen = dict(seen or {"frames": 0, "last": None})
    if frame is not None:
        digest = hashlib.sha1(frame.tobytes()).hexdigest()
        if digest != seen["last"]:
            seen["frames"] += 1
            seen["last"] = digest
    time.sleep(0.3)
    small = None if frame is None else frame[::4, ::4]
    return f"{seen['frames']} frames", small, seen


def sum_samples(path, heard):
    """Counts distinct microphone chunks and sums their samples."""
    heard = dict(heard or {"chunks": 0, "samples": 0, "rate": 0, "last": None})
    if path is not None and path != heard["last"]:
        with wave.open(path, "rb") as w:
            heard["samples"] += w.getnframes()
            heard["rate"] = w.getframerate()
        heard["chunks"] += 1
        heard["last"] = path
    time.sleep(0.3)
    seconds = heard["samples"] / heard["rate"] if heard["rate"] else 0
    return f"{heard['chunks']} chunks, {heard['samples']} samples, {seconds:.2f} s", heard


def wav_bytes(seconds: float, frequency: float, rate: int = 16000) -> bytes:
    t = np.arange(int(rate * seconds)) / rate
    samples = (0.3 * np.sin(2 * np.pi * frequency * t) * 32767).astype(np.int16)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return buffer.getvalue()


def tone_stream(chunks, pause):
    """Yields `chunks` WAV chunks of 0.5 s, `pause` seconds apart (a live source)."""
    for i in range(int(chunks)):
        if i:
            time.sleep(float(pause))
        yield wav_bytes(0.5, 220 * (i + 1))


with gr.Blocks() as demo:
    with gr.Row():
        webcam = gr.Image(label="webcam", sources=["webcam"], streaming=True, type="numpy")
        last_frame = gr.Image(label="last frame", streaming=True, interactive=False)
    frames = gr.Textbox(label="frames")
    frame_state = gr.State()
    webcam.stream(
        count_frames, [webcam, frame_state], [frames, last_frame, frame_state],
        stream_every=0.1, time_limit=4, api_name="count_frames",
    )

    mic = gr.Audio(label="microphone", sources=["microphone"], streaming=True, type="filepath", format="wav")
    samples = gr.Textbox(label="samples")
    mic_state = gr.State()
    # 4 s, not 2: the test needs two chunks before the limit, and under load a chunk's round trip took over 1.75 s.
    mic.stream(sum_samples, [mic, mic_state], [samples, mic_state], stream_every=0.25, time_limit=4, api_name="sum_samples")

    # The same function with a limit no test reaches: a Stop test that must not race the time limit.
    mic_until_stop = gr.Audio(label="microphone until stop", sources=["microphone"], streaming=True, type="filepath", format="wav")
    caught = gr.Textbox(label="caught until stop")
    caught_state = gr.State()
    mic_until_stop.stream(
        sum_samples, [mic_until_stop, caught_state], [caught, caught_state],
        stream_every=0.25, time_limit=60, api_name="sum_samples_until_stop",
    )

    with gr.Row():
        chunks = gr.Number(label="chunks", value=6, precision=0)
        pause = gr.Number(label="pause", value=0.5)
    tone_button = gr.Button("Stream a tone")
    tone_out = gr.Audio(label="tone stream", streaming=True, autoplay=True, interactive=False)
    tone_button.click(tone_stream, [chunks, pause], tone_out, api_name="tone_stream")

if __name__ == "__main__":
    demo.launch()
