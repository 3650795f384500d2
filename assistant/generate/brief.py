"""The brief: what the user wants written, in one YAML file (brief.yaml).

Every field but `topic` is optional: what the brief leaves out comes from brand.yaml and
from each network's defaults (see spec.py). Unknown keys are errors, as in post.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..findings import Message as M
from ..loader import ContentError, load_brand
from ..model import Brand, Format, Language

Objective = Literal[
    "notoriété", "acquisition", "fidélisation", "recrutement", "engagement", "information"
]


class BriefError(ContentError):
    """The brief cannot be used: exit code 2, with a message saying what to fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexicalConstraints(_Strict):
    include: tuple[str, ...] = Field(default=(), description="Words or phrases to use.")
    avoid: tuple[str, ...] = Field(default=(), description="Words or phrases never to use.")
    hashtags: tuple[str, ...] = Field(default=(), description="Hashtags to add, e.g. '#Lyon'.")
    emoji: Literal["none", "few", "free"] | None = Field(
        default=None, description="none: no emoji; few: at most three; free: as the network likes."
    )


class MediaToDescribe(_Strict):
    """A picture or video shown with the post; the model writes its alt text."""

    file: str | None = Field(
        default=None, description="The file, relative to the brief; copied into each post."
    )
    shows: str = Field(description="What the media shows, in plain words.")


class Brief(_Strict):
    brand: str | None = Field(
        default=None, description="Path of brand.yaml (or its folder), relative to the brief."
    )
    objective: Objective | None = None
    topic: str = Field(min_length=3, description="What the post is about.")
    key_points: tuple[str, ...] = Field(default=(), description="Facts the post must give.")
    audience: str | None = Field(default=None, description="Who the post speaks to.")
    tone: str | None = Field(default=None, description="Tone for every network, e.g. 'chaleureux'.")
    networks: tuple[str, ...] = Field(default=(), description="Where to publish; else the brand's.")
    format: Format | None = None
    length: int | None = Field(default=None, ge=20, description="Longest caption, in characters.")
    lexical: LexicalConstraints | None = None
    call_to_action: str | None = None
    language: Language | None = None
    media: tuple[MediaToDescribe, ...] = ()
    publish_at: dt.datetime | dt.date | None = None
    slug: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="Post folder name (a network suffix is added), e.g. 2026-12-05-buche.",
    )

    @field_validator("networks")
    @classmethod
    def _lowercase(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(network.strip().lower() for network in value)


class LoadedBrief(BaseModel):
    """A brief with its brand profile read, and where they came from."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    brief: Brief
    brand: Brand | None
    path: Path
    brand_file: Path | None

    def media_path(self, media: MediaToDescribe) -> Path | None:
        return None if media.file is None else self.path.parent / media.file


def load_brief(path: Path) -> LoadedBrief:
    """Read and validate brief.yaml and the brand profile it names. Raises BriefError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BriefError(M(f"{path} : lecture impossible ({error}).", f"{path}: {error}")) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise BriefError(
            M(f"{path} : YAML invalide ({error}).", f"{path}: invalid YAML ({error}).")
        ) from None
    try:
        brief = Brief.model_validate(data if data is not None else {})
    except ValidationError as error:
        lines = [
            f"  {'.'.join(str(p) for p in item['loc']) or '(brief)'}: {item['msg']}"
            for item in error.errors(include_url=False)
        ]
        detail = "\n".join(lines)
        raise BriefError(
            M(f"{path} : brief invalide :\n{detail}", f"{path}: invalid brief:\n{detail}")
        ) from None
    brand, brand_file = _brand_of(brief, path)
    return LoadedBrief(brief=brief, brand=brand, path=path, brand_file=brand_file)


def _brand_of(brief: Brief, path: Path) -> tuple[Brand | None, Path | None]:
    if brief.brand is None:
        return None, None
    target = path.parent / brief.brand
    folder = target if target.is_dir() else target.parent
    brand_file = folder / "brand.yaml" if target.is_dir() else target
    if not brand_file.is_file():
        raise BriefError(
            M(
                f"{path} : le profil de marque « {brief.brand} » est introuvable ({brand_file}).",
                f"{path}: the brand profile '{brief.brand}' was not found ({brand_file}).",
            )
        )
    if brand_file.name != "brand.yaml":
        raise BriefError(
            M(
                f"{path} : « brand » doit désigner un fichier brand.yaml ou son dossier.",
                f"{path}: 'brand' must name a brand.yaml file or its folder.",
            )
        )
    brand, problems = load_brand(folder)
    if brand is None:
        detail = "\n".join(f"  {p.message.en}" for p in problems)
        raise BriefError(
            M(
                f"{brand_file} : profil de marque illisible :\n{detail}",
                f"{brand_file}: unreadable brand profile:\n{detail}",
            )
        )
    return brand, brand_file
