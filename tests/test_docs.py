"""Generated documentation must match the rule metadata."""

from __future__ import annotations

from pathlib import Path

from assistant.cli import main
from assistant.registry import all_rules
from assistant.ruledoc import rules_markdown

DOCS = Path(__file__).parent.parent / "docs"


def test_rules_md_is_up_to_date() -> None:
    committed = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), (
        "docs/rules.md is stale: run `python -m assistant.ruledoc > docs/rules.md`"
    )


def test_rules_command_lists_every_rule(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["rules", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for code, rule in all_rules().items():
        assert code in out and rule.name in out


def test_explain_shows_rationale_sources_options_and_examples(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["explain", "platform.fold", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    rule = all_rules()["PLAT002"]
    assert rule.rationale.fr in out
    assert "extra_cta" in out
    assert "Exemples signalés" in out
    assert all(source.url in out for source in rule.sources)


def test_explain_unknown_rule(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["explain", "NOPE999"]) == 2
    assert "NOPE999" in capsys.readouterr().err


def test_schema_command(capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    assert main(["schema", "post"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "networks" in schema["properties"] and schema["additionalProperties"] is False
