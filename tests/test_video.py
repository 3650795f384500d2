"""Video checks: ffprobe facts, subtitle files, and running without ffprobe."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import lint
from assistant.checks import video
from assistant.imaging import probe, subtitles, tools
from assistant.media import MediaFacts
from assistant.rule import Example

from .conftest import DATA
from .test_imaging_factories import run_rule, write_post_with_media

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffprobe") is None or shutil.which("ffmpeg") is None,
    reason="ffmpeg is not installed (.ci/run installs it)",
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_CACHE_DIR", str(tmp_path / "cache"))


@needs_ffmpeg
def test_ffprobe_facts_of_the_tiny_video() -> None:
    info, error = probe.probe(DATA / "tiny.mp4")
    assert error is None and info is not None
    assert (info.width, info.height, info.codec, info.audio_codec) == (64, 64, "h264", "aac")
    assert info.duration_s == pytest.approx(1.0, abs=0.05)
    assert info.fps == pytest.approx(25.0)
    assert info.has_audio and info.subtitle_streams == 0
    assert "mp4" in info.format_names


def test_a_phone_video_rotated_by_90_degrees_swaps_width_and_height() -> None:
    data = {
        "streams": [
            {
                "codec_type": "video",
                "codec_name": "hevc",
                "width": 1920,
                "height": 1080,
                "avg_frame_rate": "30000/1001",
                "side_data_list": [{"rotation": -90}],
            }
        ],
        "format": {"duration": "12.5", "format_name": "mov,mp4,m4a,3gp,3g2,mj2"},
    }
    info, _ = probe.parse(data)
    assert info is not None
    assert (info.width, info.height) == (1080, 1920)
    assert info.fps == pytest.approx(29.97, abs=0.01)
    assert not info.has_audio


def test_audio_only_file_is_not_a_video() -> None:
    info, error = probe.parse({"streams": [{"codec_type": "audio"}], "format": {}})
    assert info is None and error == "no video stream"


@pytest.mark.parametrize("suffix", [".vtt", ".srt"])
def test_subtitles_parse_with_times_in_seconds(tmp_path: Path, suffix: str) -> None:
    from .test_imaging_factories import make_media

    path = tmp_path / f"s{suffix}"
    make_media(path, "cues=late")
    track = subtitles.parse(path)
    assert track.error is None
    assert [(c.start_s, c.end_s, c.lines) for c in track.cues] == [
        (0.0, 0.9, ("Bonjour !",)),
        (5.0, 7.0, ("Trop tard",)),
    ]


def test_a_file_that_is_not_subtitles_has_an_error(tmp_path: Path) -> None:
    path = tmp_path / "s.vtt"
    path.write_text("Bonjour, ceci n'est pas un fichier de sous-titres\n", encoding="utf-8")
    assert subtitles.parse(path).error


def _reel(captions: str, networks: tuple[str, ...] = ("bluesky",)) -> Example:
    return Example(
        networks=networks,
        front_matter={"format": "video", "media": [{"file": "v.mp4", "captions": "v.vtt"}]},
        files=("v.mp4", f"v.vtt:cues={captions}" if captions else "v.vtt"),
    )


@needs_ffmpeg
@pytest.mark.parametrize(
    "cues,expected",
    [("", []), ("late", ["after the end"]), ("broken", ["does not parse"]), ("none", ["no cue"])],
)
def test_subtitle_file_rule(tmp_path: Path, cues: str, expected: list[str]) -> None:
    write_post_with_media(tmp_path, _reel(cues))
    result = lint([tmp_path], select=["PLAT113"])
    messages = [f.message.en for f in result.findings]
    assert len(messages) == len(expected)
    for message, part in zip(messages, expected, strict=True):
        assert part in message


@needs_ffmpeg
def test_subtitle_line_length_rule(tmp_path: Path) -> None:
    rule = video.SUBTITLE_LINES
    assert run_rule(rule, rule.passes[0], tmp_path / "pass") == []
    found = run_rule(rule, rule.fails[0], tmp_path / "fail")
    assert len(found) == 1 and "59 characters" in found[0].message.en


@needs_ffmpeg
def test_a_clean_9_16_reel_passes_every_video_rule(tmp_path: Path) -> None:
    example = Example(
        networks=("instagram", "tiktok", "youtube"),
        front_matter={"format": "reel", "media": [{"file": "r.mp4", "captions": "r.srt"}]},
        files=("r.mp4:size=1080x1920;seconds=3.2;fps=24", "r.srt:cues=ok"),
    )
    write_post_with_media(tmp_path, example)
    result = lint([tmp_path], select=["PLAT110", "PLAT111", "PLAT112", "PLAT113"])
    assert result.findings == ()


@needs_ffmpeg
def test_a_long_story_and_a_landscape_reel(tmp_path: Path) -> None:
    example = Example(
        networks=("instagram",),
        front_matter={"format": "story", "media": [{"file": "s.mp4"}]},
        files=("s.mp4:size=192x108;seconds=61;fps=10;audio=0",),
    )
    write_post_with_media(tmp_path, example)
    result = lint([tmp_path], select=["PLAT110", "PLAT111"])
    messages = {f.code: f.message.en for f in result.findings}
    assert len(result.findings) == 2
    assert "crop the video to 9:16" in messages["PLAT110"]
    assert "lasts 1 min 01 s" in messages["PLAT111"] and "at most 1 min" in messages["PLAT111"]


def test_without_ffprobe_video_checks_are_skipped_with_one_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tools, "_noticed", set())
    monkeypatch.setattr(tools, "find", lambda tool: None)
    for number in range(3):
        example = Example(
            networks=("instagram",),
            front_matter={"format": "reel", "media": [{"file": "v.mp4"}]},
            files=("v.mp4",),
        )
        write_post_with_media(tmp_path / str(number), example)
    result = lint([tmp_path / str(n) for n in range(3)], select=["PLAT11"])
    assert result.findings == ()
    err = capsys.readouterr().err
    assert err.count("ffprobe not found") == 1 and "apt install ffmpeg" in err


@needs_ffmpeg
def test_video_facts_come_from_the_cache_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v.mp4"
    shutil.copy(DATA / "tiny.mp4", path)
    first = MediaFacts(path, "v.mp4", tmp_path).video

    def no_tools(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(probe.subprocess, "run", no_tools)
    assert MediaFacts(path, "v.mp4", tmp_path).video == first


@needs_ffmpeg
@pytest.mark.parametrize("spec,expected", [("flash=5", 5.0), ("flash=2", 2.0), ("fps=30", 0.0)])
def test_flashes_are_counted_per_second(tmp_path: Path, spec: str, expected: float) -> None:
    from assistant.imaging import flashes

    from .test_imaging_factories import make_media

    path = tmp_path / "v.mp4"
    make_media(path, f"{spec};size=64x64;seconds=2;audio=0")
    measured = flashes.cell_luminance(path)
    assert measured is not None
    assert flashes.max_flashes_per_second(*measured) == expected


def test_a_slow_fade_is_not_a_flash() -> None:
    import numpy as np

    from assistant.imaging.flashes import max_flashes_per_second

    fade = np.linspace(0.0, 1.0, 60).reshape(-1, 1).repeat(4, axis=1)
    assert max_flashes_per_second(fade, 30) == 0.5  # one change, no pair
    bright = np.array([0.85, 0.97] * 30).reshape(-1, 1).repeat(4, axis=1)
    assert max_flashes_per_second(bright, 30) == 0.0  # both states above 0.80: not a flash


@needs_ffmpeg
def test_flash_rule_examples(tmp_path: Path) -> None:
    rule = video.FLASHES
    assert run_rule(rule, rule.passes[0], tmp_path / "pass") == []
    assert len(run_rule(rule, rule.fails[0], tmp_path / "fail")) == 1
