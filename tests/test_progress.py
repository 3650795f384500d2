"""The progress display of long lint runs: engine callback, terminal-only counter."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant import cli
from assistant.engine import lint


def _posts(root: Path, count: int) -> None:
    for index in range(count):
        folder = root / "posts" / f"2027-01-{index + 10:02d}-pain"
        folder.mkdir(parents=True)
        (folder / "post.md").write_text(
            "---\nnetworks: [facebook]\n---\nPain au levain ce matin.\n", encoding="utf-8"
        )


def test_engine_reports_each_post_as_it_completes(tmp_path: Path) -> None:
    _posts(tmp_path, 3)
    calls: list[tuple[int, int]] = []
    result = lint([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert len(result.files) == 3


def test_no_counter_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert cli._progress_display() is None


def test_counter_on_a_terminal_for_large_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    show = cli._progress_display()
    assert show is not None
    show(3, 10)  # small folder: nothing
    assert terminal.getvalue() == ""
    show(25, 120)
    show(120, 120)
    assert terminal.getvalue() == "\r25/120 posts\r\r120/120 posts\r\033[K"
