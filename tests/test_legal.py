"""French advertising law (LEGAL) and the brand lexicon (BRAND): the computations behind
the rules, beyond the fixture files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant import lint
from assistant.checks.brand_lexicon import BRAND_EXAMPLE
from assistant.checks.brand_lexicon import RULES as BRAND_RULES
from assistant.checks.legal_commerce import alcohol_mentions
from assistant.checks.legal_people import normalise_phone
from assistant.checks.legal_sales import legal_periods, summer_start, winter_start
from assistant.rule import Example

from .conftest import BRAND, write_post

# Published dates of the French sales (economie.gouv.fr), to check the computation.
KNOWN_STARTS = {
    2024: (dt.date(2024, 1, 10), dt.date(2024, 6, 26)),
    2025: (dt.date(2025, 1, 8), dt.date(2025, 6, 25)),
    2026: (dt.date(2026, 1, 7), dt.date(2026, 6, 24)),
}


@pytest.mark.parametrize("year", sorted(KNOWN_STARTS))
def test_sales_start_dates(year: int) -> None:
    assert (winter_start(year), summer_start(year)) == KNOWN_STARTS[year]


def test_second_wednesday_after_the_12th_moves_to_the_first() -> None:
    # January 2020: Wednesdays 1, 8 -> the 8th; January 2021: 6, 13 -> 13 > 12 -> the 6th.
    assert winter_start(2020) == dt.date(2020, 1, 8)
    assert winter_start(2021) == dt.date(2021, 1, 6)


def test_last_wednesday_after_the_28th_moves_to_the_penultimate() -> None:
    # June 2022: Wednesdays 1, 8, 15, 22, 29 -> 29 > 28 -> the 22nd.
    assert summer_start(2022) == dt.date(2022, 6, 22)


def test_period_is_four_weeks_from_eight_in_the_morning() -> None:
    winter, _ = legal_periods(2026)
    assert not winter.contains(dt.datetime(2026, 1, 7, 7, 59))
    assert winter.contains(dt.datetime(2026, 1, 7, 8, 0))
    assert winter.contains(dt.date(2026, 2, 3))
    assert not winter.contains(dt.date(2026, 2, 4))
    assert winter.last_day == dt.date(2026, 2, 3)


def test_timezone_aware_time_is_taken_as_written() -> None:
    winter, _ = legal_periods(2026)
    paris = dt.timezone(dt.timedelta(hours=1))
    assert winter.contains(dt.datetime(2026, 1, 7, 8, 30, tzinfo=paris))


# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written", ["04 72 00 12 34", "0472001234", "+33 4 72 00 12 34", "04.72.00.12.34",
                "0033 4 72 00 12 34", "+33 (0)4 72 00 12 34", "04-72-00-12-34"],
)  # fmt: skip
def test_phone_formats_normalise_to_one(written: str) -> None:
    assert normalise_phone(written) == "0472001234"


def test_post_without_brand_reports_every_contact(tmp_path: Path) -> None:
    root = tmp_path / "shop"
    write_post(root, Example("Appelez le 04 72 00 12 34."))
    (root / "brand.yaml").unlink()
    result = lint([root], select=["LEGAL007"])
    assert [f.code for f in result.findings] == ["LEGAL007"]


@pytest.mark.parametrize(
    "text,terms",
    [
        ("Baba au rhum et bûche au Grand Marnier", []),
        ("Un verre de rosé offert", ["rosé"]),
        ("Biscuit rosé de Reims", []),
        ("Bière artisanale et cidre fermier", ["Bière", "cidre"]),
        ("Poire au vin, vin chaud", ["vin chaud"]),
        ("Bière sans alcool", []),
    ],
)
def test_alcohol_mentions(text: str, terms: list[str]) -> None:
    assert [m.group(0) for m in alcohol_mentions(text)] == terms


# ---------------------------------------------------------------------------------------
# BRAND rules read brand.yaml: BRAND_EXAMPLE's lexicon, or none at all.


def _brand_findings(root: Path, example: Example, code: str, lexicon: bool = True):  # type: ignore[no-untyped-def]
    brand = {**BRAND, **BRAND_EXAMPLE} if lexicon else BRAND
    write_post(root, example, brand=brand)
    return [f for f in lint([root], select=[code]).findings if f.code == code]


def test_brand_rules_skip_a_brand_without_lexicon(tmp_path: Path) -> None:
    example = Example("Ici, pas de viennoiseries industrielles ! 🥖🥖", networks=("linkedin",))
    for rule in BRAND_RULES:
        assert _brand_findings(tmp_path / rule.code, example, rule.code, lexicon=False) == []


def test_avoided_term_replacement_keeps_the_case(tmp_path: Path) -> None:
    found = _brand_findings(tmp_path, Example("Viennoiseries industrielles ? Jamais."), "BRAND001")
    assert [s.replacement for f in found for s in f.suggestions] == ["Viennoiseries"]


def test_required_hashtags_per_network(tmp_path: Path) -> None:
    example = Example("Nous recrutons ! #fournildeléa", networks=("instagram", "linkedin"))
    found = _brand_findings(tmp_path, example, "BRAND002")
    assert [(f.network, f.message.en) for f in found] == [
        ("linkedin", "Brand hashtags missing on LinkedIn: #ArtisanatLyonnais.")
    ]


def test_emoji_policy_per_network(tmp_path: Path) -> None:
    example = Example("Nous recrutons ! 🥖", networks=("instagram", "linkedin"))
    found = _brand_findings(tmp_path, example, "BRAND003")
    assert [f.network for f in found] == ["linkedin"]
