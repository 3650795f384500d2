"""Subtitle files (.vtt, .srt) parsed with webvtt-py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Cue:
    start_s: float
    end_s: float
    lines: tuple[str, ...]
    index: int  # 1-based position in the file


@dataclass(frozen=True, slots=True)
class SubtitleTrack:
    cues: tuple[Cue, ...]
    error: str | None = None  # why the file does not parse; cues is then empty


def parse(path: Path) -> SubtitleTrack:
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    suffix = path.suffix.lower()
    try:
        track = webvtt.from_srt(str(path)) if suffix == ".srt" else webvtt.read(str(path))
    except (MalformedCaptionError, MalformedFileError, UnicodeDecodeError, ValueError) as error:
        return SubtitleTrack((), str(error) or type(error).__name__)
    cues = tuple(
        Cue(
            caption.start_time.in_milliseconds() / 1000,
            caption.end_time.in_milliseconds() / 1000,
            tuple(caption.text.splitlines()),
            index,
        )
        for index, caption in enumerate(track.captions, start=1)
    )
    return SubtitleTrack(cues)
