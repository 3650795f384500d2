"""Writing a draft as a post folder in the content-folder format (the one lint reads)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from .brief import LoadedBrief
from .client import Draft
from .spec import NetworkSpec


def post_slug(loaded: LoadedBrief, network: str) -> str:
    base = loaded.brief.slug or loaded.path.stem.lower().replace("_", "-").replace(" ", "-")
    return f"{base}-{network}"


def caption_text(draft: Draft) -> str:
    """The caption with the hashtags the model listed appended, unless already in it."""
    text = draft.caption.strip()
    present = {word.lower() for word in text.split()}
    missing = [tag if tag.startswith("#") else f"#{tag}" for tag in draft.hashtags]
    missing = [tag for tag in missing if tag.lower() not in present]
    return f"{text}\n\n{' '.join(missing)}" if missing else text


def write_post_folder(
    folder: Path,
    loaded: LoadedBrief,
    spec: NetworkSpec,
    draft: Draft,
    model: str,
    language: str = "fr",
) -> None:
    """Write post.md (and copy the brief's media) into `folder`, which must not exist.

    The language is the one asked for (the model's own label, e.g. "French", is not a code).
    """
    folder.mkdir(parents=True)
    brief = loaded.brief
    alts = {item.file: item.alt for item in draft.alt_texts}
    media = []
    for index, item in enumerate(brief.media):
        source = loaded.media_path(item)
        if source is None:
            continue
        entry: dict[str, object] = {"file": source.name}
        alt = alts.get(source.name) or alts.get(item.file or "")
        if alt is None and index < len(draft.alt_texts):
            alt = draft.alt_texts[index].alt
        if alt:
            entry["alt"] = alt
        media.append(entry)
        if source.is_file():
            shutil.copy2(source, folder / source.name)
    front: dict[str, object] = {
        "networks": [spec.network],
        "format": spec.format_name,
        "language": language,
    }
    if brief.publish_at is not None:
        front["publish_at"] = brief.publish_at
    if media:
        front["media"] = media
    header = (
        f"# Written by `assistant generate` ({model}) from {loaded.path.name}; "
        "check it before publishing.\n"
    )
    dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=100)
    text = f"---\n{header}{dumped}---\n{caption_text(draft)}\n"
    (folder / "post.md").write_text(text, encoding="utf-8")
