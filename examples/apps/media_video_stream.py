"""A generator streaming video out (HLS), offline and without ffmpeg: each chunk is one second of a solid,
known colour (a different one per chunk, so a page can tell the chunks apart and check their order).

Gradio wants each streamed video chunk as an MPEG-TS file holding H.264 (an .mp4 would be converted to that
with ffmpeg) and measures each chunk's duration with ffprobe. The test servers have neither, so:

- Real: the chunks. They are written here by a small encoder and muxer of our own: H.264 Constrained
  Baseline whose every macroblock is I_PCM (raw samples, so no transform, prediction or entropy coding is
  needed), each frame an IDR picture, carried in MPEG-TS (PAT, PMT, PES with PTS and DTS, PCR). Each chunk
  starts its own clock at 1.4 s, as separately made files do: the playlist, segments and playback in the
  browser are Gradio's and the browser's own.
- Stands in: where ffprobe is missing, `gr.Video.get_video_duration_ffprobe` is replaced by a reader of the
  chunk's PES timestamps (first to last frame, plus one frame), which is what ffprobe reports for such a file.
- Stands in: where ffmpeg is missing, `gr.Video.combine_stream` (behind the `…/playlist-file` download of a
  streamed value, which remuxes the chunks into one MP4) joins the chunks' bytes into one MPEG-TS file
  instead: TS packets can be concatenated as they are. The file keeps Gradio's name, `video-stream.mp4`.

A second button yields a good chunk, then a WebM file, which Gradio refuses to stream (only .ts and .mp4).
"""
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

import gradio as gr
from gradio.data_classes import FileData

WIDTH, HEIGHT, FPS = 96, 64, 10
# The clock each chunk starts at (90 kHz ticks): 1.4 s.
START_PTS = 126_000
VIDEO_PID, PMT_PID = 0x100, 0x1000

# The chunks' colours, in order (RGB); the page reads them back from the playing video.
COLOURS = [
    (220, 40, 40),
    (40, 190, 60),
    (40, 70, 220),
    (230, 200, 40),
    (200, 50, 200),
    (40, 200, 210),
    (240, 140, 30),
    (120, 120, 120),
]


# H.264 (ITU-T H.264 7.3): bit writing, NAL units.


class BitWriter:
    """Big-endian bit writer with Exp-Golomb codes (H.264 9.1); whole bytes go in at once once aligned."""

    def __init__(self):
        self.out = bytearray()
        self.pending = 0  # bits not yet making a whole byte
        self.count = 0  # how many

    def u(self, count: int, value: int):
        for i in range(count - 1, -1, -1):
            self.pending = (self.pending << 1) | ((value >> i) & 1)
            self.count += 1
            if self.count == 8:
                self.out.append(self.pending)
                self.pending = self.count = 0

    def ue(self, value: int):
        code = value + 1
        self.u(2 * code.bit_length() - 1, code)

    def se(self, value: int):
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align_zero(self):
        if self.count:
            self.u(8 - self.count, 0)

    def raw(self, data: bytes):
        """Whole bytes, once aligned (PCM samples)."""
        assert self.count == 0
        self.out += data

    def trailing(self) -> bytes:
        """rbsp_trailing_bits: a stop bit, then zeros to the byte boundary; the RBSP as bytes."""
        self.u(1, 1)
        self.align_zero()
        return bytes(self.out)


def nal(ref_idc: int, unit_type: int, rbsp: bytes) -> bytes:
    """A NAL unit in Annex B form: start code, header, payload with emulation prevention (H.264 7.4.1)."""
    out = bytearray()
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return b"\x00\x00\x00\x01" + bytes([(ref_idc << 5) | unit_type]) + bytes(out)


def access_unit_delimiter() -> bytes:
    w = BitWriter()
    w.u(3, 0)  # primary_pic_type: I slices only
    return nal(0, 9, w.trailing())


def sequence_parameter_set() -> bytes:
    w = BitWriter()
    w.u(8, 66)  # profile_idc: Baseline
    w.u(8, 0xC0)  # constraint_set0 and set1 (Constrained Baseline), then zeros
    w.u(8, 30)  # level_idc 3.0: with the two bytes above, codecs "avc1.42C01E"
    w.ue(0)  # seq_parameter_set_id
    w.ue(0)  # log2_max_frame_num_minus4
    w.ue(2)  # pic_order_cnt_type 2: output order is decoding order
    w.ue(1)  # max_num_ref_frames
    w.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    w.ue(WIDTH // 16 - 1)  # pic_width_in_mbs_minus1
    w.ue(HEIGHT // 16 - 1)  # pic_height_in_map_units_minus1
    w.u(1, 1)  # frame_mbs_only_flag
    w.u(1, 1)  # direct_8x8_inference_flag
    w.u(1, 0)  # frame_cropping_flag
    w.u(1, 1)  # vui_parameters_present_flag (Annex E)
    w.u(1, 0)  # aspect_ratio_info_present_flag
    w.u(1, 0)  # overscan_info_present_flag
    w.u(1, 1)  # video_signal_type_present_flag
    w.u(3, 5)  # video_format: unspecified
    w.u(1, 0)  # video_full_range_flag: 16-235
    w.u(1, 1)  # colour_description_present_flag
    w.u(8, 6)  # colour_primaries: SMPTE 170M
    w.u(8, 6)  # transfer_characteristics: SMPTE 170M
    w.u(8, 6)  # matrix_coefficients: SMPTE 170M (BT.601), as rgb_to_ycbcr uses
    w.u(1, 0)  # chroma_loc_info_present_flag
    w.u(1, 1)  # timing_info_present_flag
    w.u(32, 1)  # num_units_in_tick
    w.u(32, 2 * FPS)  # time_scale: a frame is two ticks
    w.u(1, 1)  # fixed_frame_rate_flag
    w.u(1, 0)  # nal_hrd_parameters_present_flag
    w.u(1, 0)  # vcl_hrd_parameters_present_flag
    w.u(1, 0)  # pic_struct_present_flag
    # Said outright so that no decoder holds frames back for reordering.
    w.u(1, 1)  # bitstream_restriction_flag
    w.u(1, 1)  # motion_vectors_over_pic_boundaries_flag
    w.ue(0)  # max_bytes_per_pic_denom
    w.ue(0)  # max_bits_per_mb_denom
    w.ue(15)  # log2_max_mv_length_horizontal
    w.ue(15)  # log2_max_mv_length_vertical
    w.ue(0)  # max_num_reorder_frames
    w.ue(1)  # max_dec_frame_buffering
    return nal(3, 7, w.trailing())


def picture_parameter_set() -> bytes:
    w = BitWriter()
    w.ue(0)  # pic_parameter_set_id
    w.ue(0)  # seq_parameter_set_id
    w.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    w.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    w.ue(0)  # num_slice_groups_minus1
    w.ue(0)  # num_ref_idx_l0_default_active_minus1
    w.ue(0)  # num_ref_idx_l1_default_active_minus1
    w.u(1, 0)  # weighted_pred_flag
    w.u(2, 0)  # weighted_bipred_idc
    w.se(0)  # pic_init_qp_minus26
    w.se(0)  # pic_init_qs_minus26
    w.se(0)  # chroma_qp_index_offset
    w.u(1, 1)  # deblocking_filter_control_present_flag
    w.u(1, 0)  # constrained_intra_pred_flag
    w.u(1, 0)  # redundant_pic_cnt_present_flag
    return nal(3, 8, w.trailing())


def idr_slice(y: np.ndarray, cb: np.ndarray, cr: np.ndarray, idr_pic_id: int) -> bytes:
    """One IDR picture as a single I slice of I_PCM macroblocks (planes: HxW, H/2xW/2, H/2xW/2 uint8)."""
    w = BitWriter()
    w.ue(0)  # first_mb_in_slice
    w.ue(7)  # slice_type: I, as every slice of the picture
    w.ue(0)  # pic_parameter_set_id
    w.u(4, 0)  # frame_num (log2_max_frame_num = 4): 0 for an IDR picture
    w.ue(idr_pic_id)  # consecutive IDR pictures differ in it
    w.u(1, 0)  # dec_ref_pic_marking: no_output_of_prior_pics_flag
    w.u(1, 0)  # long_term_reference_flag
    w.se(0)  # slice_qp_delta
    w.ue(1)  # disable_deblocking_filter_idc: off (PCM samples are final)
    for mby in range(HEIGHT // 16):
        for mbx in range(WIDTH // 16):
            w.ue(25)  # mb_type I_PCM
            w.align_zero()  # pcm_alignment_zero_bit
            w.raw(y[mby * 16:(mby + 1) * 16, mbx * 16:(mbx + 1) * 16].tobytes())
            w.raw(cb[mby * 8:(mby + 1) * 8, mbx * 8:(mbx + 1) * 8].tobytes())
            w.raw(cr[mby * 8:(mby + 1) * 8, mbx * 8:(mbx + 1) * 8].tobytes())
    return nal(3, 5, w.trailing())


def rgb_to_ycbcr(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """BT.601, limited range (Y 16-235, Cb/Cr 16-240)."""
    r, g, b = rgb
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    cb = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    cr = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return round(y), round(cb), round(cr)


# MPEG-TS (ITU-T H.222.0 2.4).


def crc32_mpeg2(data: bytes) -> int:
    """CRC-32/MPEG-2: polynomial 0x04C11DB7, initial value all ones, no reflection, no final XOR."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def psi_packet(pid: int, table_id: int, table_id_extension: int, body: bytes) -> bytes:
    """One TS packet holding a whole PSI section (syntax form, version 0, current), padded with 0xFF."""
    length = 5 + len(body) + 4  # header fields after section_length, the body, the CRC
    section = bytes([table_id, 0xB0 | (length >> 8), length & 0xFF, table_id_extension >> 8, table_id_extension & 0xFF, 0xC1, 0, 0]) + body
    section += crc32_mpeg2(section).to_bytes(4, "big")
    header = bytes([0x47, 0x40 | (pid >> 8), pid & 0xFF, 0x10])  # payload_unit_start, payload only, counter 0
    packet = header + b"\x00" + section  # pointer_field 0
    return packet + b"\xff" * (188 - len(packet))


def pat() -> bytes:
    return psi_packet(0, 0x00, 1, bytes([0, 1, 0xE0 | (PMT_PID >> 8), PMT_PID & 0xFF]))


def pmt() -> bytes:
    stream = bytes([0x1B, 0xE0 | (VIDEO_PID >> 8), VIDEO_PID & 0xFF, 0xF0, 0])  # H.264, no descriptors
    return psi_packet(PMT_PID, 0x02, 1, bytes([0xE0 | (VIDEO_PID >> 8), VIDEO_PID & 0xFF, 0xF0, 0]) + stream)


def timestamp(prefix: int, ticks: int) -> bytes:
    """A 33-bit PTS or DTS in its five bytes with marker bits."""
    return bytes([
        (prefix << 4) | (((ticks >> 30) & 7) << 1) | 1,
        (ticks >> 22) & 0xFF,
        (((ticks >> 15) & 0x7F) << 1) | 1,
        (ticks >> 7) & 0xFF,
        ((ticks & 0x7F) << 1) | 1,
    ])


def pes_packets(access_unit: bytes, pts: int, counter: int) -> tuple[list[bytes], int]:
    """A video PES (PTS = DTS) cut into TS packets; the first carries a PCR and the random access flag, the
    last is filled to 188 bytes with adaptation-field stuffing. Returns the packets and the next counter."""
    header = bytes([0x80, 0xC0, 10]) + timestamp(3, pts) + timestamp(1, pts)
    length = len(header) + len(access_unit)
    pes = b"\x00\x00\x01\xe0" + (length.to_bytes(2, "big") if length <= 0xFFFF else b"\x00\x00") + header + access_unit
    packets, offset = [], 0
    while offset < len(pes):
        first = offset == 0
        flags = b""
        if first:
            pcr = pts - 63_000  # the decoder's clock runs 0.7 s ahead of presentation
            flags = bytes([0x50]) + bytes([
                (pcr >> 25) & 0xFF, (pcr >> 17) & 0xFF, (pcr >> 9) & 0xFF, (pcr >> 1) & 0xFF,
                ((pcr & 1) << 7) | 0x7E, 0,  # 6 reserved bits, a zero extension
            ])
        room = 184 - (1 + len(flags) if flags else 0)
        chunk = pes[offset:offset + room]
        adaptation = b""
        if flags or len(chunk) < 184:
            # adaptation_field_length, flags (with PCR when first), stuffing
            body = flags
            fill = 184 - len(chunk) - 1 - len(body)
            if fill > 0 and not body:
                body, fill = b"\x00", fill - 1
            adaptation = bytes([len(body) + fill]) + body + b"\xff" * fill
        control = 0x30 if adaptation else 0x10
        start = 0x40 if first else 0
        packets.append(bytes([0x47, start | (VIDEO_PID >> 8), VIDEO_PID & 0xFF, control | counter]) + adaptation + chunk)
        counter = (counter + 1) % 16
        offset += len(chunk)
    return packets, counter


def write_chunk(path: Path, rgb: tuple[int, int, int], seconds: float = 1.0) -> Path:
    """Writes `seconds` of a solid colour as an MPEG-TS file of H.264 I_PCM frames at FPS."""
    y, cb, cr = rgb_to_ycbcr(rgb)
    planes = (
        np.full((HEIGHT, WIDTH), y, np.uint8),
        np.full((HEIGHT // 2, WIDTH // 2), cb, np.uint8),
        np.full((HEIGHT // 2, WIDTH // 2), cr, np.uint8),
    )
    parameter_sets = sequence_parameter_set() + picture_parameter_set()
    packets, counter = [pat(), pmt()], 0
    for frame in range(round(seconds * FPS)):
        access_unit = access_unit_delimiter() + parameter_sets + idr_slice(*planes, idr_pic_id=frame % 2)
        more, counter = pes_packets(access_unit, START_PTS + frame * 90_000 // FPS, counter)
        packets += more
    path.write_bytes(b"".join(packets))
    return path


def ts_duration(filename: str) -> float | None:
    """Stands in for ffprobe: a TS file's duration from its video PES timestamps (first to last, plus one
    frame); None when it has fewer than two."""
    data = Path(filename).read_bytes()
    stamps = []
    for offset in range(0, len(data) - 187, 188):
        packet = data[offset:offset + 188]
        if packet[0] != 0x47 or not packet[1] & 0x40:
            continue
        start = 4 + (packet[4] + 1 if packet[3] & 0x20 else 0)
        pes = packet[start:]
        if pes[:3] != b"\x00\x00\x01" or len(pes) < 14 or not pes[7] & 0x80:
            continue
        p = pes[9:14]
        stamps.append(((p[0] >> 1) & 7) << 30 | p[1] << 22 | (p[2] >> 1) << 15 | p[3] << 7 | p[4] >> 1)
    if len(stamps) < 2:
        return None
    stamps.sort()
    frame = min(b - a for a, b in zip(stamps, stamps[1:]))
    return (stamps[-1] - stamps[0] + frame) / 90_000


async def joined_ts(self, stream: list[bytes], desired_output_format=None, only_file=False) -> FileData:  # noqa: ARG001
    """Stands in for Gradio's ffmpeg remux of a finished stream: the TS chunks joined, in the component's cache."""
    path = Path(self.GRADIO_CACHE) / f"{uuid.uuid4().hex}.ts"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(stream))
    return FileData(path=str(path), is_stream=False, orig_name="video-stream.mp4")


if shutil.which("ffprobe") is None:
    gr.Video.get_video_duration_ffprobe = staticmethod(ts_duration)
if shutil.which("ffmpeg") is None:
    gr.Video.combine_stream = joined_ts

chunk_dir = Path(tempfile.mkdtemp(prefix="video-stream-"))


def colour_stream(chunks, pause):
    """Yields `chunks` one-second chunks of the colours in order, `pause` seconds apart (a live source), and
    how many were yielded."""
    total = int(chunks)
    for i in range(total):
        if i:
            time.sleep(float(pause))
        path = write_chunk(chunk_dir / f"{uuid.uuid4().hex}.ts", COLOURS[i % len(COLOURS)])
        yield str(path), f"{i + 1} of {total} chunks"


def wrong_stream():
    """One good chunk, then a file that is neither .ts nor .mp4 (Gradio refuses to stream it)."""
    yield str(write_chunk(chunk_dir / f"{uuid.uuid4().hex}.ts", COLOURS[0])), "1 chunk"
    time.sleep(0.5)
    wrong = chunk_dir / f"{uuid.uuid4().hex}.webm"
    wrong.write_bytes(b"\x1a\x45\xdf\xa3")  # the EBML magic: a WebM in name only
    yield str(wrong), "a WebM"


with gr.Blocks() as demo:
    with gr.Row():
        chunks = gr.Number(label="chunks", value=4, precision=0)
        pause = gr.Number(label="pause", value=1.0)
    with gr.Row():
        start = gr.Button("Stream colours", variant="primary")
        wrong_button = gr.Button("Stream a WebM")
    video = gr.Video(label="colour stream", streaming=True, autoplay=True, interactive=False)
    yielded = gr.Textbox(label="yielded", elem_id="yielded")
    start.click(colour_stream, [chunks, pause], [video, yielded], api_name="colour_stream")
    wrong_button.click(wrong_stream, None, [video, yielded], api_name="wrong_stream")

if __name__ == "__main__":
    demo.launch(show_error=True)
