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


# -- fixture cases of the rules not registered yet ----------------------------------------------

CASES_DIR = Path(__file__).parent / "test_imaging_cases"


def _pending_cases() -> list[tuple[str, dict[str, Any]]]:
    import yaml

    out = []
    for file in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        out += [(data["rule"], case) for case in data["cases"]]
    return out


def _pending_rule(code: str):  # type: ignore[no-untyped-def]
    from assistant.checks import image_text, video

    rules = (*image_text.RULES, *video.ACCESSIBILITY_RULES, *brand_colours.RULES)
    return next(rule for rule in rules if rule.code == code)


@pytest.mark.parametrize(
    "code,case", _pending_cases(), ids=lambda v: v if isinstance(v, str) else v["name"]
)
def test_pending_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    """The same format as tests/rules/cases, plus `brand:` (merged into the test brand)."""
    import shutil

    if shutil.which("tesseract") is None or shutil.which("ffprobe") is None:
        pytest.skip("tesseract and ffmpeg are installed by .ci/run")
    example = Example(
        caption=case.get("caption", ""),
        networks=tuple(case.get("networks", ["instagram"])),
        front_matter=case.get("front_matter", {}),
        files=tuple(case.get("files", [])),
    )
    found = run_rule(_pending_rule(code), example, tmp_path, {**BRAND, **case.get("brand", {})})
    got = []
    for finding in found:
        entry: dict[str, Any] = {}
        if finding.network:
            entry["network"] = finding.network
        if finding.location.field and finding.location.region is None:
            entry["field"] = finding.location.field
        got.append(entry)
    assert got == case["expect"]
