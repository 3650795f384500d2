"""Findings: what a rule reports. Immutable, bilingual, and located precisely."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["fr", "en"]


class Severity(enum.IntEnum):
    """Ordered so that a threshold is a comparison: INFO < WARNING < ERROR."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}: use error, warning or info") from None


@dataclass(frozen=True, slots=True)
class Message:
    """One message in both languages the product speaks."""

    fr: str
    en: str

    def in_lang(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle of pixels inside an image: x, y from the top-left corner."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a file, then a text span, a front-matter field or a region.

    `file` is relative to the linted content folder, with forward slashes. Lines and
    columns are 1-based; `end_column` is exclusive, as in SARIF.
    """

    file: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    field: str | None = None
    region: Region | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A possible fix. `replacement` is set only when swapping the span is safe."""

    message: Message
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: Message
    location: Location
    post: str | None = None
    network: str | None = None
    suggestions: tuple[Suggestion, ...] = field(default=())

    @property
    def sort_key(self) -> tuple[str, str, int, int, str]:
        return (
            self.post or "",
            self.location.file,
            self.location.line or 0,
            self.location.column or 0,
            self.code,
        )
