"""Text accessibility (A11Y010-018): hashtag splitting, styled letters, readability offline,
and the rules' own examples and fixture files.

The A11Y modules are not in RULE_MODULES yet (see `PENDING_MODULES`): the rule-code check
of tests/test_rule_metadata.py does not accept digits in a family prefix ("A11Y"). Until
it does, these tests register them for their own duration and run their examples and
fixture files (tests/rules/cases/A11Y01*.yaml.pending) exactly as the shared meta-tests
would.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant import lint, registry
from assistant.checks.text_a11y import plain_char
from assistant.checks.text_a11y_reading import reading_ease
from assistant.rule import Example, Rule
from assistant.wordsplit import camel_case, split_words

from .conftest import write_post
from .test_rule_cases import _highlighted

CASES_DIR = Path(__file__).parent / "rules" / "cases"
PENDING_MODULES = (
    "assistant.checks.text_a11y",
    "assistant.checks.text_a11y_emoji",
    "assistant.checks.text_a11y_reading",
    "assistant.checks.text_a11y_alt",
)


@pytest.fixture
def with_modules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Register PENDING_MODULES (those not registered yet) for one test."""
    extra = tuple(m for m in PENDING_MODULES if m not in registry.RULE_MODULES)
    monkeypatch.setattr(registry, "RULE_MODULES", registry.RULE_MODULES + extra)
    registry.all_rules.cache_clear()
    yield
    registry.all_rules.cache_clear()


def _rules() -> list[Rule]:
    return [rule for m in PENDING_MODULES for rule in importlib.import_module(m).RULES]


def _examples() -> list[tuple[Rule, str, Example]]:
    return [
        (rule, kind, example)
        for rule in _rules()
        for kind, examples in (("pass", rule.passes), ("fail", rule.fails))
        for example in examples
    ]


def findings_of(code: str, example: Example, root: Path) -> list[dict[str, Any]]:
    """The findings of `code` on `example`, as fixture entries (network, span or field)."""
    folder = write_post(root, example)
    result = lint([root], select=[code])
    assert not [f for f in result.findings if f.code.startswith("INPUT")], result.findings
    out = []
    for finding in (f for f in result.findings if f.code == code):
        entry: dict[str, Any] = {}
        if finding.network:
            entry["network"] = finding.network
        if finding.location.column is not None:
            entry["span"] = _highlighted(folder / "post.md", finding)
        elif finding.location.field:
            entry["field"] = finding.location.field
        out.append(entry)
    return out


@pytest.mark.parametrize(
    "item", _examples(), ids=lambda i: f"{i[0].code}-{i[1]}-{i[2].caption[:20]}"
)
def test_examples_behave_as_stated(item, with_modules, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rule, kind, example = item
    got = findings_of(rule.code, example, tmp_path)
    assert bool(got) == (kind == "fail"), got


def _pending_cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for file in sorted(CASES_DIR.glob("A11Y01*.yaml*")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        out += [(data["rule"], case) for case in data["cases"]]
    return out


@pytest.mark.parametrize(
    "code,case", _pending_cases(), ids=lambda v: v if isinstance(v, str) else v["name"]
)
def test_fixture_case(code: str, case: dict[str, Any], with_modules, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    example = Example(
        caption=case.get("caption", ""),
        networks=tuple(case.get("networks", ["instagram"])),
        front_matter=case.get("front_matter", {}),
        files=tuple(case.get("files", [])),
    )
    assert findings_of(code, example, tmp_path) == case["expect"]


def test_every_pending_rule_has_a_fixture_file() -> None:
    names = {p.name.split(".")[0] for p in CASES_DIR.glob("A11Y01*.yaml*")}
    assert {rule.code for rule in _rules()} <= names


# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tag,expected",
    [
        ("boulangerielyon", "BoulangerieLyon"),
        ("painaulevain", "PainAuLevain"),
        ("bûchedenoël", "BûcheDeNoël"),
        ("salondecoiffure", "SalonDeCoiffure"),
        ("faitmaison", "FaitMaison"),
        ("boulangerie", None),  # one word: nothing to split
        ("levain", None),  # a rare word stays whole ("le va in" would be wrong)
        ("noel2026", None),
        ("xqzwv", None),  # not words
    ],
)
def test_camel_case(tag: str, expected: str | None) -> None:
    assert camel_case(tag) == expected


def test_split_keeps_accents_as_typed() -> None:
    assert split_words("bûchedenoël") == ["bûche", "de", "noël"]


@pytest.mark.parametrize(
    "char,plain",
    [("𝐁", "B"), ("𝒻", "f"), ("Ｐ", "P"), ("ᴘ", "p"), ("ⓐ", "a"), ("é", None), ("ᵉ", None)],
)
def test_plain_char(char: str, plain: str | None) -> None:
    assert plain_char(char) == plain


# ---------------------------------------------------------------------------------------

FRENCH = (
    "Notre bûche est de retour. Elle est au chocolat et à la framboise. Vous pouvez la "
    "réserver en boutique. Nous la préparons le matin même. Venez la goûter samedi."
)


def test_french_score_is_textstat_kandel_moles() -> None:
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("fr")
    score = reading_ease(FRENCH, "fr")
    assert score is not None
    assert score[0] == pytest.approx(textstat.flesch_reading_ease(FRENCH), abs=0.01)


def test_english_path_needs_neither_nltk_nor_network() -> None:
    # pytest runs with --block-network; a fresh interpreter also proves NLTK is not imported.
    code = (
        "import sys\n"
        "from assistant.checks.text_a11y_reading import reading_ease\n"
        "score = reading_ease('Our log cake is back. Book yours in the shop today.', 'en')\n"
        "assert score is not None and 50 < score[0] < 120, score\n"
        "assert 'nltk' not in sys.modules and 'textstat' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert reading_ease("Our log cake is back. Book yours today.", "en") is not None


def test_harder_text_scores_lower() -> None:
    easy = reading_ease(FRENCH, "fr")
    hard = reading_ease(
        "Conformément aux dispositions réglementaires particulièrement contraignantes, "
        "l'approvisionnement hebdomadaire demeurera considérablement perturbé.",
        "fr",
    )
    assert easy is not None and hard is not None
    assert hard[0] < 30 < 70 < easy[0]
