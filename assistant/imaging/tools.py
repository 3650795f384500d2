"""External programs (tesseract, ffprobe): are they there, and telling the user once if not.

On a machine without them the checks that need them are skipped, with a single line on
stderr per missing tool and process, rather than a crash or one message per file.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys

from ..findings import Message

INSTALL_HINT = {
    "tesseract": "apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng",
    "ffprobe": "apt install ffmpeg",
}
SKIPPED = {
    "tesseract": Message(
        "du texte dans les images (contraste, zones sûres, texte alternatif)",
        "text inside images (contrast, safe zones, alt text)",
    ),
    "ffprobe": Message(
        "des vidéos (durée, résolution, cadence, codec, sous-titres)",
        "videos (duration, resolution, frame rate, codec, subtitles)",
    ),
}
_noticed: set[str] = set()


@functools.cache
def find(tool: str) -> str | None:
    """The path of `tool` on PATH, or None."""
    return shutil.which(tool)


@functools.cache
def tesseract_languages() -> frozenset[str]:
    """Languages tesseract can read here (empty when it is missing or broken)."""
    binary = find("tesseract")
    if binary is None:
        return frozenset()
    try:
        done = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = done.stdout.splitlines()[1:]  # the first line is a header
    return frozenset(line.strip() for line in lines if line.strip())


def notice_missing(tool: str) -> None:
    """Say once per process that the checks needing `tool` are skipped, and how to fix it."""
    if tool in _noticed:
        return
    _noticed.add(tool)
    skipped = SKIPPED[tool]
    problem_en, problem_fr = f"{tool} not found", f"{tool} introuvable"
    if tool == "tesseract" and find(tool) is not None:
        problem_en = "tesseract has no French or English data"
        problem_fr = "tesseract n'a pas les données du français ni de l'anglais"
    print(
        f"assistant: {problem_en}, checks of {skipped.en} skipped (install: "
        f"{INSTALL_HINT[tool]}) / {problem_fr} : vérifications {skipped.fr} non faites.",
        file=sys.stderr,
    )
