"""A loaded post, as rules see it: validated front matter, captions that know where
each of their characters sits in post.md, media facts and in-post suppressions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Brand, PostMeta

if TYPE_CHECKING:
    from .media import MediaFacts

SUPPRESSION_RE = re.compile(
    r"<!--\s*assistant:\s*disable(?:\s*=\s*(?P<codes>[A-Za-z0-9_.,\s-]+?))?\s*-->"
)
WHOLE_LINE_COMMENT_RE = re.compile(r"^\s*<!--.*-->\s*$")


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line of a caption: its number in the file and the column where it starts."""

    number: int
    column: int  # 0-based offset of the caption text inside the file line


@dataclass(frozen=True)
class Caption:
    """A caption's text plus the map from text offsets back to post.md positions."""

    text: str
    file: str
    lines: tuple[SourceLine, ...]
    field: str | None = None  # "captions.linkedin" when it comes from the front matter
    _line_starts: tuple[int, ...] = dataclass_field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        for index, char in enumerate(self.text):
            if char == "\n":
                starts.append(index + 1)
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of the character at `offset`."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        column = offset - self._line_starts[index]
        if index < len(self.lines):
            source = self.lines[index]
            return source.number, source.column + column + 1
        last = self.lines[-1] if self.lines else SourceLine(1, 0)
        return last.number, last.column + column + 1


@dataclass(frozen=True, slots=True)
class Suppression:
    codes: tuple[str, ...]  # empty tuple: every rule
    line: int
    origin: str  # "comment" or "front_matter"


@dataclass(frozen=True)
class Post:
    id: str  # the post folder's name, e.g. 2026-12-05-buche-noel
    folder: Path
    file: str  # post.md, relative to the content root
    meta: PostMeta
    body: Caption
    captions: Mapping[str, Caption]
    media: Mapping[str, MediaFacts]  # by file name as written in the front matter
    field_lines: Mapping[str, int]  # "media.0.alt" -> line in post.md
    suppressions: tuple[Suppression, ...] = ()
    brand: Brand | None = None
    folder_files: tuple[str, ...] = ()  # names of the files beside post.md

    def caption_for(self, network: str) -> Caption:
        return self.captions.get(network, self.body)

    def field_line(self, path: str) -> int | None:
        """Line of a front-matter field, or of its closest parent that has one."""
        while path:
            if path in self.field_lines:
                return self.field_lines[path]
            path = path.rpartition(".")[0]
        return None

    def rel(self, name: str) -> str:
        """A file of this post's folder, relative to the content root."""
        return f"{self.file.rpartition('/')[0]}/{name}" if "/" in self.file else name
