"""The HTML report: previews per post and network, crops, safe zones, folds, regions."""

from __future__ import annotations

import base64
import dataclasses
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from wcag_contrast_ratio import contrast, rgb

from assistant.cli import main
from assistant.engine import lint
from assistant.findings import Finding, Location, Message, Region, Severity
from assistant.formatters.html import (
    PALETTE,
    TEXT_PAIRS,
    THUMBNAIL_MAX,
    Box,
    crop_box,
    format_html,
    highlight,
)

LONG = (
    "Nos bûches de Noël sont en précommande jusqu'au 20 décembre : chocolat-framboise, "
    "vanille-caramel et praliné, pour six ou huit personnes. Retrait au Fournil le 24. "
    "#BucheDeNoel #FournilDeLea avec @cafe_voisin"
)


def _hex(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_palette_text_meets_wcag_aa(fg: str, bg: str) -> None:
    ratio = contrast.rgb(_hex(PALETTE[fg]), _hex(PALETTE[bg]))
    assert contrast.passes_AA(ratio), f"{fg} on {bg}: {ratio:.2f}"
    assert rgb  # the module is the one the brief names


def _post(root: Path, name: str, front: str, image: tuple[int, int] | None, body: str) -> None:
    folder = root / "posts" / name
    folder.mkdir(parents=True)
    if image is not None:
        Image.new("RGB", image, (200, 180, 150)).save(folder / "photo.jpg", quality=80)
    (folder / "post.md").write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    alt = "media:\n  - file: photo.jpg\n    alt: Une bûche chocolat-framboise sur une planche.\n"
    _post(
        tmp_path, "2026-12-04-buche", "networks: [instagram, facebook]\n" + alt, (800, 1600), LONG
    )
    _post(
        tmp_path,
        "2026-12-17-story",
        "networks: [instagram]\nformat: story\n" + alt,
        (1080, 1920),
        "Horaires des fêtes.",
    )
    return tmp_path


def _report(folder: Path, lang: str = "fr") -> str:
    result = lint([folder], lang=lang)
    return format_html(result, lang)  # type: ignore[arg-type]


def test_one_preview_per_post_and_network(folder: Path) -> None:
    html = _report(folder)
    previews = re.findall(
        r'<article class="preview" data-post="([^"]+)" data-network="([^"]+)"', html
    )
    assert previews == [
        ("2026-12-04-buche", "instagram"),
        ("2026-12-04-buche", "facebook"),
        ("2026-12-17-story", "instagram"),
    ]
    assert html.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert 'alt="Une bûche chocolat-framboise sur une planche."' in html


def test_report_is_self_contained_with_small_jpeg_thumbnails(folder: Path) -> None:
    html = _report(folder)
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "<link" not in html and "<script" not in html
    sources = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', html)
    assert len(sources) == 3
    for data in sources:
        image = Image.open(io.BytesIO(base64.b64decode(data)))
        assert image.format == "JPEG"
        assert max(image.size) <= THUMBNAIL_MAX


def test_tall_feed_image_is_cropped_to_4_5_and_story_gets_safe_zones(folder: Path) -> None:
    html = _report(folder)
    buche, story = html.split('id="post-2026-12-17-story"')
    assert "Cadre affiché : 4:5 — le réseau coupe la partie assombrie" in buche
    assert 'fill-rule="evenodd"' in buche  # the dimmed part outside the crop
    assert "url(#hatch-" not in buche
    assert "9:16 — image entière visible" in story
    assert story.count('fill="url(#hatch-2026-12-17-story-instagram)"') == 2  # top and bottom


def test_caption_folds_and_tags_are_marked(folder: Path) -> None:
    html = _report(folder, "en")
    assert html.count('<span class="fold"> … more</span>') == 2  # instagram and facebook
    assert '<mark class="hashtag">#BucheDeNoel</mark>' in html
    assert '<mark class="mention">@cafe_voisin</mark>' in html


def test_highlight_escapes_and_keeps_the_slice() -> None:
    text = "<b>Promo</b> #Pain et @lea"
    assert (
        str(highlight(text, 0, 18)) == '&lt;b&gt;Promo&lt;/b&gt; <mark class="hashtag">#Pain</mark>'
    )


def test_finding_region_is_outlined_at_thumbnail_scale(folder: Path) -> None:
    result = lint([folder], lang="fr")
    region = Finding(
        code="A11Y050",
        name="accessibility.image-text-contrast",
        severity=Severity.WARNING,
        message=Message("Texte peu contrasté", "Low-contrast text"),
        location=Location("posts/2026-12-17-story/photo.jpg", region=Region(540, 960, 216, 96)),
        post="2026-12-17-story",
    )
    result = dataclasses.replace(result, findings=(*result.findings, region))
    html = format_html(result, "fr")
    number = len(result.findings)
    # 1080×1920 -> 270×480: every coordinate is divided by 4.
    assert '<rect x="135.0" y="240.0" width="54.0" height="24.0" fill="none"' in html
    assert f'<a href="#finding-{number}">n<sup>o</sup> {number}</a>' in html
    assert f'id="finding-{number}"' in html
    assert "Avertissement</span> · <code>A11Y050</code>" in html  # severity in words too


def test_crop_box_centres_the_kept_part() -> None:
    assert crop_box(400, 800, 0.8) == Box(0, 150, 400, 500)
    assert crop_box(382, 200, 1.0) == Box(91, 0, 200, 200)


def test_cli_writes_the_html_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code = main(["lint", str(folder), "--format", "html", "-o", str(out), "--lang", "en"])
    assert code in (0, 1)
    assert out.read_text(encoding="utf-8").count('class="preview"') == 3
