"""The machine-readable reports: JSON (own schema), SARIF (official schema), GitHub."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from assistant.config import Settings
from assistant.engine import LintResult
from assistant.findings import Finding, Location, Region, Severity, Suggestion
from assistant.findings import Message as M
from assistant.formatters.github import escape_data, escape_property, format_github
from assistant.formatters.json_report import format_json, tool_version
from assistant.formatters.sarif import format_sarif
from assistant.i18n import Lang
from assistant.registry import all_rules

REPO = Path(__file__).parent.parent
DOCS = REPO / "docs"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
POST = "p/post.md"
PHOTO = "p/photo été.jpg"

SPAN = Finding(
    code="PLAT003",
    name="platform.hashtag-count",
    severity=Severity.ERROR,
    message=M("6 hashtags sur Instagram, 5 au maximum.", "6 hashtags on Instagram, at most 5."),
    location=Location(POST, 12, 40, 12, 47, field="caption"),
    post="p",
    network="instagram",
    suggestions=(Suggestion(M("Écrivez #BûcheDeNoël.", "Write #BûcheDeNoël."), "#BûcheDeNoël"),),
)
FIELD_ONLY = Finding(
    code="MEDIA002",
    name="media.missing-alt",
    severity=Severity.ERROR,
    message=M("Texte alternatif manquant.", "Missing alt text."),
    location=Location(POST, field="media.0.alt"),
    post="p",
    suggestions=(Suggestion(M("Décrivez l'image.", "Describe the image.")),),
)
PIXELS = Finding(
    code="MEDIA002",
    name="media.missing-alt",
    severity=Severity.INFO,
    message=M("Texte peu lisible ici.", "Hard-to-read text here."),
    location=Location(PHOTO, region=Region(10, 20, 300, 200)),
    post="p",
    network="instagram",
)
MULTILINE = Finding(
    code="PLAT002",
    name="platform.fold",
    severity=Severity.WARNING,
    message=M("Accroche, 100 % cachée\nligne deux : fin", "Hook, 100% hidden\nline two: end"),
    location=Location(POST, 3, 5, 4, 2, field="caption"),
    post="p",
)
FINDINGS = (SPAN, FIELD_ONLY, MULTILINE, PIXELS)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "content"


@pytest.fixture
def result(root: Path) -> LintResult:
    return LintResult(FINDINGS, (POST, "q/post.md"), (root,), Settings())


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------
# JSON


def test_json_validates_and_carries_every_value(result: LintResult) -> None:
    text = format_json(result, "fr")
    report = json.loads(text)
    Draft202012Validator(_load(DOCS / "report.schema.json")).validate(report)
    assert "BûcheDeNoël" in text  # ensure_ascii=False
    assert report["schema_version"] == "1.0"
    assert report["tool"] == {"name": "assistant", "version": tool_version()}
    assert report["language"] == "fr"
    assert report["summary"] == {
        "files": 2,
        "errors": 2,
        "warnings": 1,
        "info": 1,
        "exit_code": 1,
    }
    assert [f["code"] for f in report["findings"]] == ["PLAT003", "MEDIA002", "PLAT002", "MEDIA002"]
    span, field_only, multiline, pixels = report["findings"]
    assert span["severity"] == "error"
    assert span["message"] == SPAN.message.fr
    assert span["messages"] == {"fr": SPAN.message.fr, "en": SPAN.message.en}
    assert span["location"] == {
        "file": POST,
        "line": 12,
        "column": 40,
        "end_line": 12,
        "end_column": 47,
        "field": "caption",
        "region": None,
    }
    assert span["suggestions"] == [
        {
            "message": "Écrivez #BûcheDeNoël.",
            "messages": {"fr": "Écrivez #BûcheDeNoël.", "en": "Write #BûcheDeNoël."},
            "replacement": "#BûcheDeNoël",
        }
    ]
    assert field_only["network"] is None
    assert field_only["location"]["line"] is None
    assert field_only["location"]["field"] == "media.0.alt"
    assert field_only["suggestions"][0]["replacement"] is None
    assert multiline["severity"] == "warning"
    assert pixels["severity"] == "info"
    assert pixels["location"]["region"] == {"x": 10, "y": 20, "width": 300, "height": 200}


def test_json_speaks_the_language_asked(result: LintResult) -> None:
    report = json.loads(format_json(result, "en"))
    assert report["language"] == "en"
    assert report["findings"][0]["message"] == SPAN.message.en
    assert report["findings"][0]["suggestions"][0]["message"] == "Write #BûcheDeNoël."


def test_json_of_a_clean_run(root: Path) -> None:
    report = json.loads(format_json(LintResult((), (POST,), (root,), Settings()), "en"))
    Draft202012Validator(_load(DOCS / "report.schema.json")).validate(report)
    assert report["findings"] == []
    assert report["summary"]["exit_code"] == 0


def test_json_schema_is_strict(result: LintResult) -> None:
    validator = Draft202012Validator(_load(DOCS / "report.schema.json"))
    report = json.loads(format_json(result, "en"))
    report["findings"][0]["location"]["extra"] = 1
    assert not validator.is_valid(report)
    del report["findings"][0]["location"]["extra"]
    del report["findings"][0]["post"]  # keys are always present
    assert not validator.is_valid(report)


def test_documented_example_matches_the_schema() -> None:
    page = (DOCS / "json-report.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", page, re.DOTALL)
    assert example is not None
    Draft202012Validator(_load(DOCS / "report.schema.json")).validate(json.loads(example[1]))


# ---------------------------------------------------------------------------------------
# SARIF


def _sarif_validator() -> jsonschema.protocols.Validator:
    schema = _load(SARIF_SCHEMA)
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    cls = jsonschema.validators.validator_for(schema)
    assert cls is Draft4Validator  # the schema's own draft
    cls.check_schema(schema)
    return cls(schema)


def test_sarif_validates_against_the_official_schema(result: LintResult) -> None:
    validator = _sarif_validator()
    log = json.loads(format_sarif(result, "en"))
    validator.validate(log)
    broken = json.loads(format_sarif(result, "en"))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(broken)
    broken = json.loads(format_sarif(result, "en"))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] = {
        "startColumn": 3  # a region needs a start line, offset or byte offset
    }
    assert not validator.is_valid(broken)
    broken = json.loads(format_sarif(result, "en"))
    broken["runs"][0]["tool"]["driver"]["colour"] = "red"
    assert not validator.is_valid(broken)


def test_sarif_run_tool_and_rules(result: LintResult, root: Path) -> None:
    log = json.loads(format_sarif(result, "fr"))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": root.resolve().as_uri() + "/"}}
    driver = run["tool"]["driver"]
    assert driver["name"] == "assistant" and driver["version"] == tool_version()
    assert "informationUri" not in driver or driver["informationUri"].startswith("http")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == ["PLAT002", "PLAT003", "MEDIA002"]  # registry order, used only
    media = all_rules()["MEDIA002"]
    assert rules["MEDIA002"]["name"] == "media.missing-alt"
    assert rules["MEDIA002"]["shortDescription"]["text"] == media.summary.fr
    assert rules["MEDIA002"]["fullDescription"]["text"] == media.rationale.fr
    assert rules["MEDIA002"]["helpUri"] == media.sources[0].url
    assert rules["MEDIA002"]["defaultConfiguration"] == {"level": "error"}
    assert rules["MEDIA002"]["properties"] == {"category": "accessibility"}
    assert "helpUri" not in rules["PLAT003"]  # its first source is a relative path
    assert rules["PLAT002"]["defaultConfiguration"] == {"level": "warning"}


def test_sarif_results(result: LintResult) -> None:
    (run,) = json.loads(format_sarif(result, "en"))["runs"]
    rules = run["tool"]["driver"]["rules"]
    span, field_only, multiline, pixels = run["results"]
    for item in run["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "error", "warning", "note"]
    assert span["ruleId"] == "PLAT003"
    assert span["message"] == {"text": SPAN.message.en}
    location = span["locations"][0]
    region = {"startLine": 12, "startColumn": 40, "endLine": 12, "endColumn": 47}
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": POST, "uriBaseId": "SRCROOT"},
        "region": region,
    }
    assert location["properties"] == {"field": "caption"}
    assert span["properties"] == {"post": "p", "network": "instagram"}
    (fix,) = span["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == {"uri": POST, "uriBaseId": "SRCROOT"}
    assert change["replacements"] == [
        {"deletedRegion": region, "insertedContent": {"text": "#BûcheDeNoël"}}
    ]
    assert "region" not in field_only["locations"][0]["physicalLocation"]
    assert field_only["locations"][0]["properties"] == {"field": "media.0.alt"}
    assert "fixes" not in field_only  # a suggestion without replacement is no fix
    assert multiline["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 5,
        "endLine": 4,
        "endColumn": 2,
    }
    physical = pixels["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "p/photo%20%C3%A9t%C3%A9.jpg"
    assert "region" not in physical
    assert pixels["locations"][0]["properties"] == {
        "region": {"x": 10, "y": 20, "width": 300, "height": 200}
    }


def test_sarif_fingerprints_are_stable_and_distinct(result: LintResult) -> None:
    def prints(lang: Lang) -> list[str]:
        (run,) = json.loads(format_sarif(result, lang))["runs"]
        return [r["partialFingerprints"]["assistant/v1"] for r in run["results"]]

    assert prints("en") == prints("fr") == prints("en")
    assert len(set(prints("en"))) == len(FINDINGS)


def test_sarif_of_a_clean_run(root: Path) -> None:
    log = json.loads(format_sarif(LintResult((), (), (root,), Settings()), "en"))
    _sarif_validator().validate(log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


# ---------------------------------------------------------------------------------------
# GitHub


def test_github_lines(result: LintResult, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root.parent)
    assert format_github(result, "en").splitlines() == [
        "::error file=content/p/post.md,line=12,col=40,endLine=12,endColumn=47,"
        "title=PLAT003 platform.hashtag-count::6 hashtags on Instagram, at most 5.",
        "::error file=content/p/post.md,title=MEDIA002 media.missing-alt::Missing alt text.",
        "::warning file=content/p/post.md,line=3,endLine=4,title=PLAT002 platform.fold"
        "::Hook, 100%25 hidden%0Aline two: end",
        "::notice file=content/p/photo été.jpg,title=MEDIA002 media.missing-alt"
        "::Hard-to-read text here.",
    ]
    french = format_github(result, "fr").splitlines()
    assert french[2].endswith("::Accroche, 100 %25 cachée%0Aligne deux : fin")


def test_github_keeps_paths_outside_the_working_directory(
    result: LintResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    first = format_github(result, "en").splitlines()[0]
    assert first.startswith("::error file=p/post.md,line=12,")


def test_github_escaping() -> None:
    assert escape_data("50% off\r\nnow: a, b") == "50%25 off%0D%0Anow: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


def test_github_of_a_clean_run(root: Path) -> None:
    assert format_github(LintResult((), (POST,), (root,), Settings()), "en") == ""
