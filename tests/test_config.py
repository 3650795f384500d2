"""The configuration cascade, select/ignore, severities, options and suppressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import lint
from assistant.config import ConfigError, Layer, default_layer, merge
from assistant.findings import Severity
from assistant.registry import all_rules
from assistant.rule import Example

from .conftest import write_post

# Three findings of three rules: PLAT005 (warning), PLAT003 (error), MEDIA002 (error).
BUSY = Example(
    "Commandez sur https://fournil-de-lea.fr #a #b #c #d #e #f",
    networks=("instagram",),
    front_matter={"media": [{"file": "a.jpg"}]},
    files=("a.jpg",),
)


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.code for f in result.findings)


def test_defaults_report_everything(tmp_path: Path) -> None:
    write_post(tmp_path, BUSY)
    assert codes(lint([tmp_path])) == ["MEDIA002", "PLAT003", "PLAT005"]


@pytest.mark.parametrize(
    "select,ignore,expected",
    [
        (["PLAT"], None, ["PLAT003", "PLAT005"]),
        (None, ["PLAT"], ["MEDIA002"]),
        (["PLAT"], ["PLAT005"], ["PLAT003"]),
        (["PLAT005"], ["PLAT"], ["PLAT005"]),  # the longer prefix wins
        (["platform"], ["platform.unclickable-link"], ["PLAT003"]),  # dotted names work too
    ],
)
def test_select_and_ignore(tmp_path: Path, select, ignore, expected) -> None:  # type: ignore[no-untyped-def]
    write_post(tmp_path, BUSY)
    assert codes(lint([tmp_path], select=select, ignore=ignore)) == expected


def test_file_layer_then_cli_layer(tmp_path: Path) -> None:
    write_post(tmp_path, BUSY)
    (tmp_path / "assistant.toml").write_text(
        'ignore = ["MEDIA"]\n[rules.PLAT005]\nseverity = "error"\n', encoding="utf-8"
    )
    result = lint([tmp_path])
    assert codes(result) == ["PLAT003", "PLAT005"]
    assert {f.code: f.severity for f in result.findings}["PLAT005"] == Severity.ERROR
    # the command line comes last and wins
    assert codes(lint([tmp_path], ignore=["PLAT003"])) == ["MEDIA002", "PLAT005"]


def test_pyproject_tool_section(tmp_path: Path) -> None:
    write_post(tmp_path, BUSY)
    (tmp_path / "pyproject.toml").write_text('[tool.assistant]\nselect = ["MEDIA"]\n')
    assert codes(lint([tmp_path])) == ["MEDIA002"]


def test_severity_threshold_and_strict(tmp_path: Path) -> None:
    write_post(tmp_path, Example("Voir https://fournil-de-lea.fr"))
    warnings_only = lint([tmp_path])
    assert codes(warnings_only) == ["PLAT005"] and int(warnings_only.exit_code()) == 0
    assert int(lint([tmp_path], strict=True).exit_code()) == 1
    assert lint([tmp_path], severity="error").findings == ()


def test_rule_options_are_validated_and_used(tmp_path: Path) -> None:
    caption = (
        "Notre bûche est de retour. "
        + "Chocolat, framboise et praliné. " * 4
        + "Passez au fournil."
    )
    write_post(tmp_path, Example(caption))
    assert codes(lint([tmp_path], select=["PLAT002"])) == []
    (tmp_path / "assistant.toml").write_text(
        '[rules."platform.fold"]\nextra_cta = ["passez au fournil"]\n', encoding="utf-8"
    )
    assert codes(lint([tmp_path], select=["PLAT002"])) == ["PLAT002"]


@pytest.mark.parametrize(
    "toml,words",
    [
        ('selct = ["PLAT"]', ["selct", "unknown key"]),
        ('[rules.PLAT002]\ncta = ["x"]', ["PLAT002", "unknown option 'cta'", "extra_cta"]),
        ("[rules.PLAT001]\nmax = 3", ["PLAT001", "no option 'max'"]),
        ('[rules.NOPE001]\nseverity = "error"', ["NOPE001", "unknown rule"]),
        ('[rules.PLAT001]\nseverity = "fatal"', ["fatal"]),
        ('select = ["PLTA"]', ["PLTA", "matches no rule"]),
        ('select = "PLAT', ["invalid TOML"]),
    ],
)
def test_config_errors_name_the_file(tmp_path: Path, toml: str, words: list[str]) -> None:
    write_post(tmp_path, BUSY)
    (tmp_path / "assistant.toml").write_text(toml + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        lint([tmp_path])
    message = caught.value.message.en
    assert "assistant.toml" in message
    for word in words:
        assert word in message


def test_merge_is_layered_in_order() -> None:
    settings = merge(
        [
            default_layer(),
            Layer("a.toml", {"select": ["PLAT"], "rules": {"PLAT005": {"severity": "error"}}}),
            Layer("b.toml", {"rules": {"PLAT005": {"severity": "info"}}}),
        ]
    )
    assert settings.select == ("PLAT",)
    assert settings.severity_of(all_rules()["PLAT005"]) == Severity.INFO
    assert settings.origins == ("defaults", "a.toml", "b.toml")


def test_suppressions_in_body_and_front_matter(tmp_path: Path) -> None:
    caption = "Commandez sur https://fournil-de-lea.fr\n<!-- assistant: disable=PLAT005,PLAT001 -->"
    write_post(tmp_path, Example(caption, front_matter={"lint": {"ignore": ["MEDIA"]}}))
    result = lint([tmp_path])
    # PLAT005 suppressed; PLAT001 and MEDIA matched nothing: reported, each on its own line
    assert [(f.code, f.location.line) for f in result.findings] == [("META001", 5), ("META001", 9)]
    assert "MEDIA" in result.findings[0].message.en
    assert "PLAT001" in result.findings[1].message.en


def test_suppressing_a_deselected_rule_is_not_reported(tmp_path: Path) -> None:
    write_post(tmp_path, Example("Bonjour\n<!-- assistant: disable=PLAT005 -->"))
    assert codes(lint([tmp_path], select=["PLAT001", "META"])) == []


def test_suppressing_an_unknown_code_is_reported(tmp_path: Path) -> None:
    write_post(tmp_path, Example("Bonjour\n<!-- assistant: disable=PLTA005 -->"))
    result = lint([tmp_path])
    assert codes(result) == ["META001"] and "not a known rule" in result.findings[0].message.en


def test_input_problems_cannot_be_ignored(tmp_path: Path) -> None:
    write_post(tmp_path, Example(raw="---\nnetworks: [instagram\n---\n"))
    assert codes(lint([tmp_path], select=["PLAT001"])) == ["INPUT001"]
