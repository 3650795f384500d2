"""Facts about media files, read lazily and once per file.

Rules never open files: they read these facts. Reading an image's pixels is the
expensive part, so it happens only when a rule first asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

MediaKind = Literal["image", "video", "subtitles", "other"]

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif", ".bmp", ".tif", ".tiff"}
)
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv"})
SUBTITLE_SUFFIXES = frozenset({".vtt", ".srt"})


def kind_of(name: str) -> MediaKind:
    suffix = Path(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in VIDEO_SUFFIXES:
        return "video"
    if suffix in SUBTITLE_SUFFIXES:
        return "subtitles"
    return "other"


@dataclass(frozen=True, slots=True)
class ImageInfo:
    width: int
    height: int
    format: str | None
    mode: str


class MediaFacts:
    """What is known about one media file of a post."""

    def __init__(self, path: Path, rel: str, root: Path) -> None:
        self.path = path
        self.rel = rel  # relative to the content root, for messages
        self.kind: MediaKind = kind_of(path.name)
        self.outside_root = not is_within(path, root)

    @cached_property
    def exists(self) -> bool:
        return not self.outside_root and self.path.is_file()

    @cached_property
    def size_bytes(self) -> int:
        return self.path.stat().st_size if self.exists else 0

    @cached_property
    def _image(self) -> tuple[ImageInfo | None, str | None]:
        if not self.exists or self.kind != "image":
            return None, None
        if self.size_bytes == 0:
            return None, "empty file (0 bytes)"
        import warnings

        from PIL import Image

        try:
            with warnings.catch_warnings():
                # Pillow only warns between 89 and 179 megapixels; no network takes such
                # an image, and decoding it would take gigabytes: treat it as an error.
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image = Image.open(self.path)
            with image:
                info = ImageInfo(image.width, image.height, image.format, image.mode)
                image.load()  # decodes everything: a truncated file fails here, not at open
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            return None, f"too large to open safely ({error})"
        except (OSError, SyntaxError, ValueError) as error:
            return None, str(error) or type(error).__name__
        return info, None

    @property
    def image(self) -> ImageInfo | None:
        """Size and mode of a readable image; None if missing, not an image or unreadable."""
        return self._image[0]

    @property
    def read_error(self) -> str | None:
        """Why an existing media file cannot be read, or None."""
        if not self.exists:
            return None
        if self.kind == "image":
            return self._image[1]
        if self.size_bytes == 0:
            return "empty file (0 bytes)"
        return None


def is_within(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True
