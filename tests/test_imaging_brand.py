"""Brand colours: declared text pairs (BRAND050) and visuals against the palette (BRAND051)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.checks import brand_colours
from assistant.rule import Example

from .conftest import BRAND
from .test_imaging_factories import run_rule


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", str(tmp_path / "cache"))


def brand(**visual: Any) -> dict[str, Any]:
    return {**BRAND, "visual": visual}


PAIRS_OK = brand(text_pairs=[{"text": "#FFFFFF", "background": "#8B4513"}])
PAIRS_BAD = brand(
    text_pairs=[
        {"text": "#FFFFFF", "background": "#8B4513"},
        {"text": "#D4A373", "background": "#FFFFFF"},
        {"text": "#777777", "background": "#FFFFFF"},
    ]
)
PALETTE = brand(colors={"primary": "#8B4513", "cream": "#F5E6D3"})


def test_text_pair_examples(tmp_path: Path) -> None:
    rule = brand_colours.TEXT_PAIRS
    assert run_rule(rule, rule.passes[0], tmp_path / "ok", PAIRS_OK) == []
    found = run_rule(rule, rule.fails[0], tmp_path / "bad", PAIRS_BAD)
    assert [f.location.field for f in found] == ["visual.text_pairs.1", "visual.text_pairs.2"]
    assert all(f.location.file == "brand.yaml" and f.post is None for f in found)
    assert "2.26:1" in found[0].message.en and "do not use it for text" in found[0].message.en
    assert "4.48:1" in found[1].message.en and "headings above 24 px" in found[1].message.en


def test_a_brand_without_pairs_or_without_brand_yaml_gives_nothing(tmp_path: Path) -> None:
    rule = brand_colours.TEXT_PAIRS
    assert run_rule(rule, rule.fails[0], tmp_path, BRAND) == []


def test_palette_examples(tmp_path: Path) -> None:
    rule = brand_colours.PALETTE
    assert run_rule(rule, rule.passes[0], tmp_path / "ok", PALETTE) == []
    found = run_rule(rule, rule.fails[0], tmp_path / "bad", PALETTE)
    assert len(found) == 1
    assert "#1E88E5" in found[0].message.en and "primary #8B4513" in found[0].message.en


@pytest.mark.parametrize(
    "stripes,expected",
    [
        ("F3E4D0,FFFFFF", 0),  # a slightly different cream: within ΔE00 12
        ("A0522D,FFFFFF", 0),  # sienna, close to the brand brown
        ("8B4513,1E88E5,43A047,E53935", 0),  # the brand colour on a quarter of the image
        ("1E88E5,43A047,E53935,FDD835", 1),  # no brand colour at all
    ],
)
def test_palette_hard_negatives(tmp_path: Path, stripes: str, expected: int) -> None:
    example = Example(
        networks=("instagram",),
        front_matter={"media": [{"file": "a.png", "alt": "Affiche"}]},
        files=(f"a.png:stripes={stripes}",),
    )
    assert len(run_rule(brand_colours.PALETTE, example, tmp_path, PALETTE)) == expected


def test_palette_is_silent_without_brand_colours(tmp_path: Path) -> None:
    rule = brand_colours.PALETTE
    assert run_rule(rule, rule.fails[0], tmp_path, BRAND) == []
