"""The bundled example shop, linted through the real command, as a new user would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from assistant.cli import main

from .conftest import EXAMPLE_FOLDER

DATA = Path(__file__).parent / "data"
DOCS = Path(__file__).parent.parent / "docs"
FOUNDATION = "PLAT0,MEDIA,INPUT,META"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["lint", str(EXAMPLE_FOLDER), *args])
    return code, capsys.readouterr().out


def test_json_report_validates_and_names_every_post(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = _run(capsys, "--format", "json", "--lang", "fr")
    report = json.loads(out)
    schema = json.loads((DOCS / "report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(report)
    assert code == report["summary"]["exit_code"] == 2  # galette-2.jpg is missing on purpose
    posts = {p.name for p in (EXAMPLE_FOLDER / "posts").iterdir()}
    assert report["summary"]["files"] == len(posts) >= 6
    codes = {f["code"] for f in report["findings"]}
    assert {"MEDIA001", "MEDIA002", "PLAT001", "PLAT002", "PLAT003", "PLAT005"} <= codes


def test_sarif_report_validates(capsys) -> None:  # type: ignore[no-untyped-def]
    _, out = _run(capsys, "--format", "sarif", "--lang", "en")
    sarif = json.loads(out)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    Draft4Validator(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    assert results and all(r["ruleId"] for r in results)


def test_text_report_shows_clean_and_failing_posts(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    code, out = _run(capsys, "--format", "text", "--lang", "en", "--select", FOUNDATION)
    assert code == 2
    assert "\033[" not in out  # NO_COLOR respected
    assert "✓ posts/2026-12-04-buche-noel-precommandes/post.md" in out
    assert "posts/2027-01-08-galette-des-rois/post.md\n" in out
    assert "MEDIA001" in out and "galette-2.jpg" in out
    assert out.rstrip().splitlines()[-1].startswith("✖")


def test_github_annotations_under_actions(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out = _run(capsys, "--select", FOUNDATION, "--lang", "en")
    lines = out.strip().splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any("title=MEDIA001" in line for line in lines)


def test_output_file_and_lint_writes_nothing_in_the_folder(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = sorted((p, p.stat().st_mtime_ns) for p in EXAMPLE_FOLDER.rglob("*"))
    report = tmp_path / "report.json"
    main(["lint", str(EXAMPLE_FOLDER), "--format", "json", "-o", str(report)])
    assert json.loads(report.read_text(encoding="utf-8"))["schema_version"] == "1.0"
    assert sorted((p, p.stat().st_mtime_ns) for p in EXAMPLE_FOLDER.rglob("*")) == before
    assert capsys.readouterr().out == ""


def test_locale_picks_french(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, out = _run(capsys, "--format", "text", "--select", FOUNDATION)
    assert "erreur" in out and "vérifié" in out


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is installed by .ci/run")
def test_story_text_in_both_unsafe_zones_is_reported_per_zone() -> None:
    from assistant import lint

    story = EXAMPLE_FOLDER / "posts" / "2027-02-10-soldes-saint-valentin"
    result = lint([story], select=["VIS001"])
    regions = sorted(
        f.location.region.y
        for f in result.findings
        if f.network == "instagram" and f.location.region
    )
    assert len(regions) == 2
    assert regions[0] < 1920 * 0.14 and regions[1] > 1920 * 0.80


def test_text_report_merges_a_finding_repeated_per_network(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    post = EXAMPLE_FOLDER / "posts" / "2027-01-08-galette-des-rois"
    main(["lint", str(post), "--format", "text", "--lang", "en", "--select", "PLAT002"])
    lines = [line for line in capsys.readouterr().out.splitlines() if "PLAT002" in line]
    assert lines and all("[instagram, facebook]" in line for line in lines)
    assert all("Instagram / Facebook" in line for line in lines)
    main(["lint", str(post), "--format", "json", "--select", "PLAT002"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert len(findings) == 2 * len(lines)  # machine outputs keep one finding per network
