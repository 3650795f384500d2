"""Visual checks: ground truth for contrast, colour difference, image specs, cache, notices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from assistant import lint
from assistant.checks import image_text
from assistant.checks.image_specs import crop_to, ratio_label, shape_problem
from assistant.imaging import cache, contrast, ocr, tools
from assistant.imaging.colours import delta_e_2000, dominant_colours, srgb_to_lab
from assistant.media import ImageInfo, MediaFacts
from assistant.platforms import load_platforms
from assistant.rule import Example

from .conftest import write_post
from .test_imaging_factories import (
    hex_rgb,
    make_media,
    run_rule,
    text_image,
    write_post_with_media,
)

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (.ci/run installs it)"
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own cache folder, outside its content folder."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", str(folder))
    return folder


# -- contrast: ground truth ----------------------------------------------------------------

PAIRS = [
    ("777777", "FFFFFF"),  # 4.48:1, the classic just-failing grey
    ("FFFFFF", "8B4513"),  # white on saddle brown, 7.10:1
    ("999999", "000000"),  # light grey on black, 7.37:1
    ("E2001A", "FFFFFF"),  # bakery red on white, 4.7:1
    ("BBBBBB", "FFFFFF"),  # pale grey, 1.92:1
]


@needs_tesseract
@pytest.mark.parametrize("size", [24, 32, 48, 96])
@pytest.mark.parametrize("fg,bg", PAIRS)
def test_measured_contrast_is_within_0_15_of_the_true_ratio(
    fg: str, bg: str, size: int, tmp_path: Path
) -> None:
    path = tmp_path / "a.png"
    make_media(path, f"text=Commandez votre buche;fg={fg};bg={bg};px={size}")
    truth = contrast.contrast_ratio(hex_rgb(fg), hex_rgb(bg))
    lines = ocr.read_lines(path)
    assert lines, "the OCR finds the line"
    pixels = MediaFacts(path, "a.png", tmp_path).pixels
    assert pixels is not None
    for line in lines:
        measured = contrast.measure_line(pixels, line.x, line.y, line.width, line.height)
        assert measured is not None
        assert abs(measured.ratio - truth) <= 0.15, (line.text, measured, truth)


@needs_tesseract
@pytest.mark.parametrize("size", [24, 48, 96])
@pytest.mark.parametrize(
    "fg,bg", [("777777", "FFFFFF"), ("999999", "000000"), ("3E2723", "F5E6D3")]
)
def test_jpeg_neutral_colours_are_within_0_15(fg: str, bg: str, size: int, tmp_path: Path) -> None:
    """JPEG at quality 95; saturated thin strokes are not held to this (chroma subsampling
    really darkens their pixels: see bench/RESULTS.md)."""
    path = tmp_path / "a.jpg"
    make_media(path, f"text=Commandez votre buche;fg={fg};bg={bg};px={size}")
    truth = contrast.contrast_ratio(hex_rgb(fg), hex_rgb(bg))
    pixels = MediaFacts(path, "a.jpg", tmp_path).pixels
    assert pixels is not None
    lines = ocr.read_lines(path)
    assert lines
    for line in lines:
        measured = contrast.measure_line(pixels, line.x, line.y, line.width, line.height)
        assert measured is not None and abs(measured.ratio - truth) <= 0.15, (measured, truth)


def test_grey_777_on_white_is_4_48() -> None:
    assert contrast.contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(
        4.478, abs=0.001
    )


def test_ring_and_extremes_without_ocr() -> None:
    """Text colour from the box's extreme pixels, background from the ring around it."""
    image = Image.new("RGB", (400, 200), (255, 255, 255))
    pixels = __import__("numpy").array(image)
    pixels[90:110, 50:60] = (0x77, 0x77, 0x77)  # a thick stroke
    pixels[90:110, 70:72] = (0xAA, 0xAA, 0xAA)  # anti-aliased edge pixels
    measured = contrast.measure_line(pixels, 45, 85, 40, 30)
    assert measured is not None
    assert measured.text_rgb == (0x77, 0x77, 0x77)
    assert measured.background_rgb == (255, 255, 255)
    assert measured.ratio == pytest.approx(4.478, abs=0.01)


def test_large_text_is_decided_at_the_display_size() -> None:
    # 1080-px image shown 390 CSS px wide: 24 CSS px needs a 66.5-px font in the image.
    assert contrast.minimum_ratio(60, 1080, 390) == 4.5
    assert contrast.minimum_ratio(70, 1080, 390) == 3.0
    # The same 60-px font on a 540-px image is shown twice as big: large.
    assert contrast.minimum_ratio(60, 540, 390) == 3.0


def test_font_size_from_the_line_box_and_its_letters() -> None:
    line = ocr.TextLine("Noel", 0, 0, 100, 73, 95.0)
    assert image_text.estimated_font_px(line) == pytest.approx(100)
    deep = ocr.TextLine("Bouquet", 0, 0, 100, 94, 95.0)
    assert image_text.estimated_font_px(deep) == pytest.approx(100)
    small = ocr.TextLine("nous ouvrons", 0, 0, 100, 53, 95.0)
    assert image_text.estimated_font_px(small) == pytest.approx(100)


# -- OCR rules (A11Y050, A11Y051, VIS001, VIS002) ----------------------------------------------


@needs_tesseract
@pytest.mark.parametrize("rule", image_text.RULES, ids=lambda r: r.code)
def test_ocr_rule_examples_behave(rule, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for number, example in enumerate(rule.passes):
        assert run_rule(rule, example, tmp_path / f"pass{number}") == []
    for number, example in enumerate(rule.fails):
        assert run_rule(rule, example, tmp_path / f"fail{number}"), example


def _post(files: str, alt: str = "Texte", fmt: str = "post", networks=("instagram",)) -> Example:  # type: ignore[no-untyped-def]
    return Example(
        networks=tuple(networks),
        front_matter={"format": fmt, "media": [{"file": "a.png", "alt": alt}]},
        files=(f"a.png:{files}",),
    )


@needs_tesseract
def test_contrast_finding_points_at_the_worst_line(tmp_path: Path) -> None:
    from PIL import ImageDraw, ImageFont

    from assistant.loader import load_post
    from assistant.platforms import known_networks
    from assistant.rule import RuleContext

    example = _post("text=Bien lisible;px=40")
    folder = write_post_with_media(tmp_path, example)
    image = text_image("Bien lisible|Commandez vite", fg="777777", px=40)
    ImageDraw.Draw(image).text(  # a third line, paler still: the worst one
        (80, 500), "Commandez vite", fill=(0xAA, 0xAA, 0xAA), font=ImageFont.load_default(size=40)
    )
    image.save(folder / "a.png")
    post, _ = load_post(folder, tmp_path, None, known_networks())
    assert post is not None
    rule = image_text.TEXT_CONTRAST
    findings = list(rule.check(RuleContext(rule, post, rule.options(), rule.severity)))
    assert len(findings) == 1
    region = findings[0].location.region
    assert region is not None and 495 <= region.y <= 515 and region.x < 100
    message = findings[0].message.en
    assert "#AAAAAA on #FFFFFF" in message and "(2 other line(s) too)" in message


@needs_tesseract
def test_large_grey_text_passes_where_small_grey_text_fails(tmp_path: Path) -> None:
    small = _post("text=Commandez votre buche;fg=777777;px=32")
    large = _post("text=Commandez;fg=777777;px=110")
    assert run_rule(image_text.TEXT_CONTRAST, small, tmp_path / "small")
    assert run_rule(image_text.TEXT_CONTRAST, large, tmp_path / "large") == []


@needs_tesseract
def test_white_on_brown_band_passes(tmp_path: Path) -> None:
    example = _post("text=Precommandes ouvertes;fg=FFFFFF;bg=8B4513;px=40")
    assert run_rule(image_text.TEXT_CONTRAST, example, tmp_path) == []


@needs_tesseract
def test_alt_text_with_accents_and_ocr_slips_counts_as_including_the_text(tmp_path: Path) -> None:
    example = _post(
        "text=Precommandes ouvertes|jusqu'au 20 decembre;px=40",
        alt="Affiche « Précommandes ouvertes jusqu'au 20 décembre » sur fond blanc",
    )
    assert run_rule(image_text.TEXT_IN_ALT, example, tmp_path) == []


@needs_tesseract
def test_safe_zones_only_for_stories_and_reels(tmp_path: Path) -> None:
    top_text = "text=Precommandes ouvertes;px=60;size=1080x1920;y=40"
    as_story = _post(top_text, fmt="story", networks=("instagram", "facebook"))
    as_post = _post(top_text, fmt="post", networks=("instagram", "facebook"))
    found = run_rule(image_text.SAFE_ZONE, as_story, tmp_path / "story")
    assert sorted(f.network or "" for f in found) == ["facebook", "instagram"]
    assert all(f.location.region and f.location.region.y < 0.14 * 1920 for f in found)
    assert run_rule(image_text.SAFE_ZONE, as_post, tmp_path / "post") == []


@needs_tesseract
def test_missing_tesseract_gives_one_notice_and_no_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tools, "_noticed", set())
    monkeypatch.setattr(tools, "find", lambda tool: None)
    monkeypatch.setattr(tools, "tesseract_languages", lambda: frozenset())
    for number in range(3):
        example = _post("text=Peu lisible;fg=BBBBBB;px=40")
        assert run_rule(image_text.TEXT_CONTRAST, example, tmp_path / str(number)) == []
    err = capsys.readouterr().err
    assert err.count("tesseract not found") == 1
    assert "apt install tesseract-ocr" in err


# -- image specs (PLAT100, PLAT101) ---------------------------------------------------------


def _wrong_sizes(spec) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    sizes = []
    low = spec.aspect_min.value if spec.aspect_min else None
    high = spec.aspect_max.value if spec.aspect_max else None
    if spec.aspect is not None and low is None and high is None:
        sizes.append((1000, 3000))  # 1:3 is in no list
    if low is not None:
        sizes.append((1080, round(1080 / (low * 0.7))))
    if high is not None:
        sizes.append((round(1080 * high * 1.3), 1080))
    if spec.width_min is not None:
        ok_ratio = low or 1.0
        width = spec.width_min.value - 20
        sizes.append((width, round(width / max(ok_ratio, min(1.0, high or 1.0)))))
    return sizes


SPECS = [
    (network, fmt, spec)
    for network, platform in sorted(load_platforms().items())
    for fmt, spec in sorted(platform.image.items())
]


@pytest.mark.parametrize("network,fmt,spec", SPECS, ids=[f"{n}-{f}" for n, f, _ in SPECS])
def test_each_wrong_size_is_caught_and_the_recommended_one_passes(network, fmt, spec) -> None:  # type: ignore[no-untyped-def]
    for width, height in _wrong_sizes(spec):
        problem = shape_problem(ImageInfo(width, height, "JPEG", "RGB"), spec)
        assert problem is not None, (network, fmt, width, height)
        assert problem[1].en.split()[0] in ("crop", "export", "resize")
    if spec.recommended is not None:
        width, height = spec.recommended.value
        assert shape_problem(ImageInfo(width, height, "JPEG", "RGB"), spec) is None


def test_fix_names_the_crop() -> None:
    spec = load_platforms()["instagram"].image["post"]
    problem = shape_problem(ImageInfo(1080, 1920, "JPEG", "RGB"), spec)
    assert problem is not None
    assert problem[1].en == "crop to 1080×1350 (4:5)"
    assert crop_to(1080, 1080, 9 / 16) == (608, 1080)
    assert ratio_label(1080, 566) == "1.91:1"


def test_wrong_sizes_through_lint(content) -> None:  # type: ignore[no-untyped-def]
    root = content(Example(networks=("instagram",), front_matter={"format": "story"}))
    folder = root / "posts" / "2026-12-05-exemple"
    make_media(folder / "a.jpg", "size=1080x1080")
    (folder / "post.md").write_text(
        "---\nnetworks: [instagram, facebook]\nformat: story\nmedia: [{file: a.jpg}]\n---\nStory\n",
        encoding="utf-8",
    )
    result = lint([root], select=["PLAT100"])
    found = sorted((f.network, "crop to 608×1080 (9:16)" in f.message.en) for f in result.findings)
    assert found == [
        ("facebook", True),
        ("instagram", True),
    ]


def test_cmyk_jpeg_is_reported_once(tmp_path: Path) -> None:
    example = Example(
        networks=("instagram", "facebook"),
        front_matter={"media": [{"file": "a.jpg", "alt": "Affiche"}]},
        files=("a.jpg:mode=CMYK",),
    )
    write_post_with_media(tmp_path, example)
    result = lint([tmp_path], select=["PLAT101"])
    assert [f.message.en.split(":")[0] for f in result.findings] == ["a.jpg is CMYK"]


# -- colours ---------------------------------------------------------------------------------

# G. Sharma et al. 2005, supplementary test data, pairs 1, 2, 7, 17 and 25.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
]


@pytest.mark.parametrize("first,second,expected", SHARMA)
def test_ciede2000_matches_sharma_test_data(first, second, expected) -> None:  # type: ignore[no-untyped-def]
    assert delta_e_2000(first, second) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(second, first) == pytest.approx(expected, abs=1e-4)


def test_srgb_to_lab_white_and_red() -> None:
    assert srgb_to_lab((255, 255, 255)) == pytest.approx((100, 0, 0), abs=0.01)
    assert srgb_to_lab((255, 0, 0)) == pytest.approx((53.24, 80.09, 67.20), abs=0.02)


def test_dominant_colours_of_three_bands(tmp_path: Path) -> None:
    make_media(tmp_path / "a.png", "stripes=8B4513,F5E6D3,F5E6D3")
    colours = dominant_colours(tmp_path / "a.png")
    assert colours[0][0] == "#F5E6D3" and colours[0][1] == pytest.approx(2 / 3, abs=0.05)
    assert colours[1][0] == "#8B4513"


# -- input problems and the cache -------------------------------------------------------------


def test_corrupt_bomb_and_empty_files_give_input005(tmp_path: Path) -> None:
    example = Example(
        networks=("facebook",),
        front_matter={
            "format": "reel",
            "media": [
                {"file": "cut.jpg", "alt": "A"},
                {"file": "bomb.png", "alt": "B"},
                {"file": "empty.mp4"},
                {"file": "junk.mp4"},
            ],
        },
        files=("cut.jpg:truncated",),
    )
    folder = write_post(tmp_path, example)
    Image.new("1", (20_000, 10_000)).save(folder / "bomb.png")  # 200 Mpx, a few kB
    (folder / "empty.mp4").write_bytes(b"")
    (folder / "junk.mp4").write_bytes(b"not a video at all" * 100)
    result = lint([tmp_path])
    unreadable = sorted(
        f.location.file.rsplit("/", 1)[-1] for f in result.findings if f.code == "INPUT005"
    )
    expected = ["bomb.png", "cut.jpg", "empty.mp4"]
    if shutil.which("ffprobe"):
        expected = ["bomb.png", "cut.jpg", "empty.mp4", "junk.mp4"]
    assert unreadable == expected


@needs_tesseract
def test_second_lint_reads_the_cache_and_never_writes_in_the_content_folder(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = _post("text=Peu lisible;fg=AAAAAA;px=40")
    content = tmp_path / "shop"
    first = run_rule(image_text.TEXT_CONTRAST, example, content)
    before = sorted(p.relative_to(content) for p in content.rglob("*"))
    assert any(private_cache.rglob("*.json"))

    def no_tools(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(ocr.subprocess, "run", no_tools)
    folder = content / "posts" / "2026-12-05-exemple"
    facts = MediaFacts(folder / "a.png", "a.png", content)
    assert facts.text_lines is not None and facts.text_lines[0].text == "Peu lisible"
    assert sorted(p.relative_to(content) for p in content.rglob("*")) == before
    assert first


def test_cache_key_follows_size_and_mtime(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one")
    cache.store(path, "probe", {"value": 1})
    assert cache.load(path, "probe") == {"value": 1}
    path.write_text("three")
    assert cache.load(path, "probe") is None


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", "off")
    path = tmp_path / "a.txt"
    path.write_text("one")
    cache.store(path, "probe", {"value": 1})
    assert cache.load(path, "probe") is None


def test_default_cache_dir_is_outside_the_content(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSISTANT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert cache.cache_dir() == Path("/somewhere/cache/assistant")
