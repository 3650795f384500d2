"""Which language to speak: --lang, else the configuration, else the locale."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["fr", "en"]


def detect_lang(explicit: str | None = None) -> Lang:
    if explicit in ("fr", "en"):
        return explicit  # type: ignore[return-value]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def pick(lang: Lang, fr: str, en: str) -> str:
    return fr if lang == "fr" else en
