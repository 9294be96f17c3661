"""Minimal stand-in for `ffmpy` (not packaged by Debian). Gradio imports it lazily for video and audio
conversion only; gradio-kit's test apps do not convert media, so any use fails loudly instead of silently."""


class FFRuntimeError(Exception):
    pass


class _Unavailable:
    def __init__(self, *args, **kwargs):
        raise FFRuntimeError("ffmpeg conversion is not available on the gradio-kit test server")


FFmpeg = _Unavailable
FFprobe = _Unavailable
