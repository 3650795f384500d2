"""The pre-commit hook: what it matches, and that lint accepts the files it passes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def hook() -> dict:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["assistant-lint"]
    return hooks[0]


def test_hook_runs_lint_on_the_changed_files(hook: dict) -> None:
    assert hook["entry"] == "assistant lint"
    assert hook["pass_filenames"] is True
    assert hook["language"] == "python"


@pytest.mark.parametrize(
    ("path", "matched"),
    [
        ("content/posts/2027-01-08-galette/post.md", True),
        ("post.md", True),
        ("content/brand.yaml", True),
        ("content/posts/2027-01-08-galette/galette-1.jpg", True),
        ("content/posts/2026-12-19-reel/reel.fr.vtt", True),
        ("content/README.md", False),
        ("docs/photo.jpg", False),
        ("content/posts/2027-01-08-galette/notes.txt", False),
    ],
)
def test_hook_file_pattern(hook: dict, path: str, matched: bool) -> None:
    assert bool(re.search(hook["files"], path)) is matched


def _post(root: Path) -> Path:
    folder = root / "posts" / "2027-01-10-pain"
    folder.mkdir(parents=True)
    (folder / "post.md").write_text(
        "---\nnetworks: [facebook]\n---\nPain au levain ce matin.\n", encoding="utf-8"
    )
    (folder / "notes.vtt").write_text("WEBVTT\n", encoding="utf-8")
    (root / "brand.yaml").write_text("name: Fournil\nactivity: boulangerie\n", encoding="utf-8")
    return folder


def test_lint_accepts_media_and_brand_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _post(tmp_path)
    files = [folder / "notes.vtt", folder / "post.md", tmp_path / "brand.yaml"]
    code = main(["lint", *map(str, files), "--format", "json", "--lang", "en"])
    out = capsys.readouterr().out
    assert code in (0, 1), out
    assert '"files": 1' in out
