"""Video facts from ffprobe (ffmpeg): streams, duration, frame rate, codecs."""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from . import tools

TIMEOUT_S = 60


class ProbeUnavailable(Exception):
    """ffprobe is not installed."""


@dataclass(frozen=True, slots=True)
class VideoInfo:
    width: int  # as displayed: a phone video rotated by 90° has width and height swapped
    height: int
    duration_s: float
    fps: float
    codec: str
    audio_codec: str | None  # None: no audio track
    subtitle_streams: int
    format_names: tuple[str, ...]  # ffprobe's container names, e.g. ("mov", "mp4", …)

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VideoInfo:
        return cls(**{**data, "format_names": tuple(data["format_names"])})


def probe(path: Path) -> tuple[VideoInfo | None, str | None]:
    """(facts, None) for a readable video, (None, why) otherwise."""
    binary = tools.find("ffprobe")
    if binary is None:
        raise ProbeUnavailable("ffprobe")
    command = [
        binary, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)
    ]  # fmt: skip
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return None, f"ffprobe took more than {TIMEOUT_S} s"
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        return None, detail[-1] if detail else f"ffprobe failed ({done.returncode})"
    return parse(json.loads(done.stdout or "{}"))


def parse(data: dict[str, Any]) -> tuple[VideoInfo | None, str | None]:
    streams = data.get("streams", [])
    video = next(
        (
            s
            for s in streams
            if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")
        ),
        None,
    )
    if video is None:
        return None, "no video stream"
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    width, height = int(video.get("width", 0)), int(video.get("height", 0))
    if _rotation(video) % 180 == 90:
        width, height = height, width
    duration = data.get("format", {}).get("duration") or video.get("duration") or 0
    return (
        VideoInfo(
            width=width,
            height=height,
            duration_s=float(duration),
            fps=_rate(video.get("avg_frame_rate")) or _rate(video.get("r_frame_rate")),
            codec=str(video.get("codec_name", "")),
            audio_codec=str(audio.get("codec_name", "")) if audio else None,
            subtitle_streams=sum(1 for s in streams if s.get("codec_type") == "subtitle"),
            format_names=tuple(str(data.get("format", {}).get("format_name", "")).split(",")),
        ),
        None,
    )


def _rate(value: object) -> float:
    try:
        rate = Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        return 0.0
    return float(rate)


def _rotation(stream: dict[str, Any]) -> int:
    for side in stream.get("side_data_list", ()):
        if "rotation" in side:
            return int(float(side["rotation"]))
    return int(float(stream.get("tags", {}).get("rotate", 0)))
