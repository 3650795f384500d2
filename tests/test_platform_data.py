"""rules/platforms/*.yaml: every network loads, every figure is sourced, values come out right."""

from __future__ import annotations

import datetime
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.platforms import (
    Figure,
    Platform,
    iter_figures,
    known_networks,
    load_platforms,
    load_platforms_from,
    load_sources,
    source_for,
)
from assistant.resources import data_path

NETWORKS = {
    "instagram",
    "facebook",
    "linkedin",
    "x",
    "tiktok",
    "youtube",
    "pinterest",
    "threads",
    "bluesky",
    "mastodon",
}
PLATFORM_DIR = data_path("rules", "platforms")


@pytest.fixture
def platform_copy(tmp_path: Path) -> Path:
    """A writable copy of rules/platforms/."""
    target = tmp_path / "platforms"
    shutil.copytree(PLATFORM_DIR, target)
    return target


def _edit(path: Path, change: Callable[[dict[str, Any]], object]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


# --- the packaged data ---------------------------------------------------------------------


def test_all_ten_networks_load() -> None:
    platforms = load_platforms()
    assert set(platforms) == NETWORKS
    assert known_networks() == tuple(sorted(NETWORKS))
    for network, platform in platforms.items():
        assert platform.network == network
        assert (PLATFORM_DIR / f"{network}.yaml").is_file()
        assert platform.display_name


def test_load_platforms_is_cached() -> None:
    assert load_platforms() is load_platforms()


def test_every_figure_has_a_known_source_and_a_date() -> None:
    sources = load_sources()
    seen = 0
    for network, platform in load_platforms().items():
        for path, figure in iter_figures(platform):
            where = f"{network}.{path}"
            assert figure.source in sources, where
            assert source_for(figure).id == figure.source, where
            assert isinstance(figure.verified_on, datetime.date), where
            assert datetime.date(2024, 1, 1) <= figure.verified_on <= datetime.date.today(), where
            assert figure.confidence in ("H", "M", "L"), where
            assert figure.value is not None, where
            seen += 1
    assert seen > 200  # the walk really reaches nested figures (image.post.formats, ...)


def test_every_source_has_a_title_and_confidence() -> None:
    for source_id, source in load_sources().items():
        assert source.id == source_id
        assert source.title.strip()
        assert source.url is None or source.url.startswith("https://"), source_id
    assert load_sources()["X1"].confidence == "H"
    assert "FR-note" in (load_sources()["M1"].via or "")


def test_specific_values_through_the_api() -> None:
    p = load_platforms()
    ig = p["instagram"].text_limits("post")
    assert ig.hashtags_max is not None and ig.hashtags_max.value == 5
    assert ig.hashtags_max.source == "M3"
    assert ig.caption_max is not None and ig.caption_max.value == 2200
    assert ig.mentions_max is not None and ig.mentions_max.surface == "api"
    assert ig.links_clickable is not None and ig.links_clickable.value is False

    x = p["x"].text_limits(None)
    assert x.counting == "x_weighted"
    assert x.url_length is not None and x.url_length.value == 23
    assert x.caption_max is not None and x.caption_max.value == 280

    bsky = p["bluesky"].text_limits("post")
    assert bsky.counting == "graphemes"
    assert bsky.caption_max is not None and bsky.caption_max.value == 300

    threads = p["threads"].text_limits("post")
    assert threads.links_max is not None and threads.links_max.value == 5
    assert threads.hashtags_max is not None and threads.hashtags_max.value == 1

    mastodon = p["mastodon"].text_limits("post")
    assert mastodon.caption_max is not None and mastodon.caption_max.value == 500
    assert mastodon.url_length is not None and mastodon.url_length.value == 23

    linkedin = p["linkedin"].text_limits("post")
    assert linkedin.fold is not None and linkedin.fold.value == 210
    assert linkedin.caption_max is not None and linkedin.caption_max.value == 3000

    youtube = p["youtube"].text_limits("video")
    assert youtube.counting == "bytes_utf8"
    assert youtube.caption_max is not None and youtube.caption_max.value == 5000
    assert youtube.hashtags_max is not None and youtube.hashtags_max.value == 60

    tiktok = p["tiktok"].text_limits("video")
    assert tiktok.hashtags_max is not None and tiktok.hashtags_max.value == 5
    assert tiktok.links_clickable is not None and tiktok.links_clickable.value is False

    facebook = p["facebook"].text_limits("post")
    assert facebook.hashtags_max is None  # no cap published
    assert facebook.fold is not None and facebook.fold.value == 125
    assert "477" in (facebook.fold.note or "")


def test_app_and_api_values_are_both_kept() -> None:
    p = load_platforms()
    carousel = p["instagram"].carousel
    assert carousel is not None and carousel.items_max is not None
    assert (carousel.items_max.value, carousel.items_max.surface) == (20, "app")
    assert "10" in (carousel.items_max.note or "")
    tiktok = p["tiktok"].text_limits("video").caption_max
    assert tiktok is not None and (tiktok.value, tiktok.surface) == (4000, "app")
    assert "2,200" in (tiktok.note or "")
    pinterest = p["pinterest"].text_limits("post").caption_max
    assert pinterest is not None and (pinterest.value, pinterest.surface) == (500, "app")
    assert "800" in (pinterest.note or "")


def test_format_overrides_merge_with_the_defaults() -> None:
    youtube = load_platforms()["youtube"]
    shorts = youtube.text_limits("reel")
    assert shorts.links_clickable is not None and shorts.links_clickable.value is False
    assert shorts.caption_max == youtube.text.caption_max  # inherited
    assert youtube.text_limits("video").links_clickable is None
    linkedin = load_platforms()["linkedin"]
    article = linkedin.text_limits("article")
    assert article.fold is None  # an explicit null in the override wins
    assert article.title_max is not None and article.title_max.value == 100
    tiktok_photo = load_platforms()["tiktok"].text_limits("carousel")
    assert tiktok_photo.title_max is not None and tiktok_photo.title_max.value == 90
    assert tiktok_photo.hashtags_max is not None and tiktok_photo.hashtags_max.value == 5


def test_alt_text_and_caption_files() -> None:
    p = load_platforms()
    ig = p["instagram"]
    assert ig.supports_alt_text("post") and ig.supports_alt_text("carousel")
    assert not ig.supports_alt_text("reel")
    assert not ig.supports_alt_text("story")
    assert ig.alt_text_max() == 1000
    assert not p["tiktok"].supports_alt_text("post")
    assert p["linkedin"].supports_alt_text("post") and p["linkedin"].alt_text_max() == 4086
    assert p["bluesky"].alt_text_max() == 2000
    assert p["facebook"].supports_alt_text("post") and p["facebook"].alt_text_max() is None
    assert not p["youtube"].supports_alt_text("video")  # unknown counts as no

    assert p["facebook"].supports_caption_files()
    assert p["facebook"].video_captions.file_formats == ("srt",)
    assert p["bluesky"].video_captions.file_formats == ("vtt",)
    assert not p["instagram"].supports_caption_files()
    assert not p["mastodon"].supports_caption_files()
    assert not p["tiktok"].supports_caption_files()


def test_media_figures() -> None:
    p = load_platforms()
    post = p["instagram"].image["post"]
    assert post.recommended is not None and post.recommended.value == (1080, 1350)
    assert post.aspect_min is not None and post.aspect_min.value == 0.8
    assert post.aspect_max is not None and post.aspect_max.value == 1.91
    zone = p["instagram"].safe_zones["story"]
    assert zone.top is not None and zone.top.value == 0.14
    assert zone.bottom is not None and zone.bottom.value == 0.20
    reel = p["instagram"].video["reel"]
    assert reel.duration_max_s is not None and reel.duration_max_s.value == 180
    assert p["x"].carousel is not None and p["x"].carousel.items_max is not None
    assert p["x"].carousel.items_max.value == 4
    assert p["linkedin"].document is not None and p["linkedin"].document.pages_max is not None
    assert p["linkedin"].document.pages_max.value == 300


# --- validation: a typo is an error naming the file and the key path -------------------------


def test_unknown_key_names_the_file_and_key(platform_copy: Path) -> None:
    target = platform_copy / "instagram.yaml"
    _edit(target, lambda d: d["text"].update(hashtag_max=d["text"]["hashtags_max"]))
    with pytest.raises(ValueError) as info:
        load_platforms_from(platform_copy)
    message = str(info.value)
    assert str(target) in message
    assert "text.hashtag_max" in message


def test_unknown_key_inside_a_figure(platform_copy: Path) -> None:
    target = platform_copy / "x.yaml"
    _edit(target, lambda d: d["text"]["caption_max"].update(sorce="X2"))
    with pytest.raises(ValueError, match=r"x\.yaml[\s\S]*text\.caption_max\.sorce"):
        load_platforms_from(platform_copy)


def test_unknown_source_id_is_an_error(platform_copy: Path) -> None:
    target = platform_copy / "bluesky.yaml"
    _edit(target, lambda d: d["text"]["caption_max"].update(source="NOPE"))
    with pytest.raises(ValueError) as info:
        load_platforms_from(platform_copy)
    message = str(info.value)
    assert str(target) in message
    assert "text.caption_max.source" in message and "NOPE" in message


def test_bare_number_and_wrong_types_are_errors(platform_copy: Path) -> None:
    target = platform_copy / "threads.yaml"
    _edit(target, lambda d: d["text"].update(caption_max=500))
    with pytest.raises(ValueError, match=r"text\.caption_max"):
        load_platforms_from(platform_copy)
    shutil.copy(PLATFORM_DIR / "threads.yaml", target)
    _edit(target, lambda d: d["text"]["links_max"].update(value="5"))
    with pytest.raises(ValueError, match=r"text\.links_max\.value"):
        load_platforms_from(platform_copy)
    shutil.copy(PLATFORM_DIR / "threads.yaml", target)
    _edit(target, lambda d: d["text"].update(counting="chars"))
    with pytest.raises(ValueError, match=r"text\.counting"):
        load_platforms_from(platform_copy)


def test_keys_must_use_declared_formats(platform_copy: Path) -> None:
    target = platform_copy / "mastodon.yaml"
    _edit(target, lambda d: d.update(format_overrides={"reel": {"fold": None}}))
    with pytest.raises(ValueError, match=r"mastodon\.yaml[\s\S]*format_overrides\.reel"):
        load_platforms_from(platform_copy)


def test_network_must_match_the_file_name(platform_copy: Path) -> None:
    shutil.copy(platform_copy / "x.yaml", platform_copy / "twitter.yaml")
    with pytest.raises(ValueError, match=r"twitter\.yaml.*does not match"):
        load_platforms_from(platform_copy)


def test_invalid_yaml_names_the_file(platform_copy: Path) -> None:
    target = platform_copy / "x.yaml"
    target.write_text("network: x\ntext: {caption_max: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.yaml: invalid YAML"):
        load_platforms_from(platform_copy)


def test_a_copy_loads_the_same(platform_copy: Path) -> None:
    assert load_platforms_from(platform_copy) == load_platforms()


def test_figure_model_directly() -> None:
    figure = Figure[int].model_validate(
        {"value": 3, "source": "anything", "verified_on": "2026-11-01", "confidence": "H"}
    )
    assert figure.verified_on == datetime.date(2026, 11, 1)
    assert isinstance(load_platforms()["x"], Platform)
    with pytest.raises(ValueError, match="unknown source"):
        source_for(figure)
