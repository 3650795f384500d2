"""Text inside images, read by the tesseract command-line tool (TSV output).

tesseract prints one row per page, block, paragraph, line and word; we keep the words it
is confident about and join them into lines, each with the box around its words.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import tools

# Words below this confidence (0-100) are mostly noise read in textures and photos.
MIN_WORD_CONFIDENCE = 60
WANTED_LANGUAGES = ("fra", "eng")
TIMEOUT_S = 60


class OcrUnavailable(Exception):
    """tesseract is not installed (or has none of the wanted languages)."""


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    x: int
    y: int
    width: int
    height: int
    confidence: float  # mean of the words' confidences, 0-100
    words: tuple[tuple[str, int, int, int, int], ...] = ()  # (text, x, y, width, height)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TextLine:
        words = tuple(tuple(word) for word in data.pop("words", ()))
        return cls(**data, words=words)


def languages() -> str:
    available = tools.tesseract_languages()
    wanted = [lang for lang in WANTED_LANGUAGES if lang in available]
    if tools.find("tesseract") is None or not wanted:
        raise OcrUnavailable("tesseract")
    return "+".join(wanted)


def read_lines(path: Path) -> list[TextLine]:
    """The lines of text tesseract finds in the image at `path`."""
    binary = tools.find("tesseract")
    langs = languages()
    assert binary is not None
    # One thread per tesseract: lint already runs files in parallel on big folders.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        [binary, str(path), "stdout", "-l", langs, "--psm", "3", "tsv"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        return []  # an image tesseract cannot read has no text we can check
    return parse_tsv(done.stdout)


def parse_tsv(tsv: str) -> list[TextLine]:
    """Group tesseract's TSV word rows into lines."""
    grouped: dict[tuple[str, str, str, str], list[tuple[str, int, int, int, int, float]]] = {}
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        if row.get("level") != "5":
            continue
        text = (row.get("text") or "").strip()
        confidence = float(row.get("conf") or -1)
        if not text or confidence < MIN_WORD_CONFIDENCE or not any(c.isalnum() for c in text):
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        box = (int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
        grouped.setdefault(key, []).append((text, *box, confidence))
    lines = []
    for words in grouped.values():
        left = min(w[1] for w in words)
        top = min(w[2] for w in words)
        right = max(w[1] + w[3] for w in words)
        bottom = max(w[2] + w[4] for w in words)
        lines.append(
            TextLine(
                text=" ".join(w[0] for w in words),
                x=left,
                y=top,
                width=right - left,
                height=bottom - top,
                confidence=sum(w[5] for w in words) / len(words),
                words=tuple((w[0], w[1], w[2], w[3], w[4]) for w in words),
            )
        )
    return lines
