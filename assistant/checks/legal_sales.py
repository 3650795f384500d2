"""LEGAL004: "soldes" announced outside the legal sales periods of France.

Code de commerce L310-3 and D310-15-2: winter sales start on the second Wednesday of
January at 08:00, moved to the first Wednesday when the second falls after the 12th;
summer sales start on the last Wednesday of June at 08:00, moved to the penultimate one
when the last falls after the 28th. Each lasts four weeks. (Some départements near a
border, Corsica and overseas have other dates: the rule takes extra periods as options.)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from pydantic import BaseModel, ConfigDict

from ..findings import Finding, Severity
from ..findings import Message as M
from ..rule import Example, Rule, RuleContext, SourceRef
from .legal_common import distinct_captions

WEDNESDAY = 2
DURATION = dt.timedelta(weeks=4)
OPENING_HOUR = dt.time(8, 0)


@dataclass(frozen=True, slots=True)
class Period:
    name: str  # "winter" | "summer" | "extra"
    start: dt.datetime  # naive, French local time
    end: dt.datetime  # exclusive

    def contains(self, moment: dt.datetime | dt.date) -> bool:
        if isinstance(moment, dt.datetime):
            return self.start <= moment.replace(tzinfo=None) < self.end
        return self.start.date() <= moment < self.end.date()

    @property
    def last_day(self) -> dt.date:
        return (self.end - dt.timedelta(seconds=1)).date()


def _wednesdays(year: int, month: int) -> list[dt.date]:
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(WEDNESDAY - first.weekday()) % 7)
    out = []
    while day.month == month:
        out.append(day)
        day += dt.timedelta(weeks=1)
    return out


def winter_start(year: int) -> dt.date:
    first, second = _wednesdays(year, 1)[:2]
    return first if second.day > 12 else second


def summer_start(year: int) -> dt.date:
    wednesdays = _wednesdays(year, 6)
    return wednesdays[-2] if wednesdays[-1].day > 28 else wednesdays[-1]


def _period(name: str, start: dt.date) -> Period:
    # Four weeks from the opening Wednesday at 08:00 to the end of the fourth Tuesday.
    opening = dt.datetime.combine(start, OPENING_HOUR)
    return Period(name, opening, dt.datetime.combine(start + DURATION, dt.time(0, 0)))


@functools.cache
def legal_periods(year: int) -> tuple[Period, Period]:
    return _period("winter", winter_start(year)), _period("summer", summer_start(year))


# ---------------------------------------------------------------------------------------

SALES_RE = regex.compile(
    r"(?<![\w-])(?:(?:pré|pre)[- ]?)?soldes(?![\w-])|(?<!\w)en\s+solde(?!\w)|(?<!\w)soldée?s(?!\w)",
    regex.IGNORECASE,
)


class ExtraPeriod(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: dt.date
    end: dt.date  # last day, included


class SalesOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Local dates (border départements, Corsica, overseas) or the prefect's, as dates.
    extra_periods: tuple[ExtraPeriod, ...] = ()


def _all_periods(year: int, options: SalesOptions) -> list[Period]:
    periods = list(legal_periods(year))
    for extra in options.extra_periods:
        start = dt.datetime.combine(extra.start, dt.time(0, 0))
        end = dt.datetime.combine(extra.end + dt.timedelta(days=1), dt.time(0, 0))
        periods.append(Period("extra", start, end))
    return periods


def _french_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def check_sales_period(ctx: RuleContext) -> Iterator[Finding]:
    moment = ctx.post.meta.publish_at
    if moment is None:
        return  # no date, nothing to compare with
    if not any("sold" in caption.text.lower() for _, caption in distinct_captions(ctx)):
        return
    options: SalesOptions = ctx.options or SalesOptions()
    year = moment.year
    if any(p.contains(moment) for p in _all_periods(year, options)):
        return
    winter, summer = legal_periods(year)
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    for network, caption in distinct_captions(ctx):
        for match in SALES_RE.finditer(caption.text):
            yield ctx.at_span(
                caption,
                match.start(),
                match.end(),
                network=network,
                word=match.group(0),
                date=_french_date(day),
                winter_start=_french_date(winter.start.date()),
                winter_end=_french_date(winter.last_day),
                summer_start=_french_date(summer.start.date()),
                summer_end=_french_date(summer.last_day),
            )


CODE_COMMERCE = SourceRef(
    "Code de commerce, art. L310-3 (soldes)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038612919",
)
DECREE_DATES = SourceRef(
    "Code de commerce, art. D310-15-2 (dates des soldes)",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041555530",
)

SALES_PERIOD = Rule(
    code="LEGAL004",
    name="legal.sales-period",
    severity=Severity.WARNING,
    category="legal",
    summary=M(
        "Le mot « soldes » dans un post publié hors des périodes légales de soldes.",
        "The word 'soldes' in a post published outside the legal sales periods.",
    ),
    rationale=M(
        "En France, le mot « soldes » (et ses dérivés, « pré-soldes » compris) est réservé "
        "aux deux périodes légales : hiver à partir du 2e mercredi de janvier à 8 h (le 1er "
        "si le 2e tombe après le 12), été à partir du dernier mercredi de juin (l'avant-"
        "dernier s'il tombe après le 28), 4 semaines chacune. Hors de ces dates, parlez de "
        "« promotion » ou de « prix réduits ». Certains départements ont d'autres dates : "
        "ajoutez-les avec l'option extra_periods.",
        "In France the word 'soldes' (and its forms, 'pré-soldes' included) is reserved for "
        "the two legal periods: winter from the 2nd Wednesday of January at 08:00 (the 1st "
        "if the 2nd falls after the 12th), summer from the last Wednesday of June (the "
        "penultimate if the last falls after the 28th), four weeks each. Outside them, say "
        "'promotion' or 'reduced prices'. Some départements have other dates: add them with "
        "the extra_periods option.",
    ),
    message=M(
        "« {word} » dans un post publié le {date}, hors des soldes légales (hiver : "
        "{winter_start} – {winter_end} ; été : {summer_start} – {summer_end}) : "
        "parlez plutôt de « promotion ».",
        "'{word}' in a post published on {date}, outside the legal sales (winter: "
        "{winter_start} – {winter_end}; summer: {summer_start} – {summer_end}): say "
        "'promotion' instead.",
    ),
    sources=(CODE_COMMERCE, DECREE_DATES),
    passes=(
        Example(
            "Les soldes commencent : -30 % sur les moules à kouglof (au lieu de 24 €).",
            front_matter={"publish_at": "2026-01-07T09:00:00+01:00"},
            note="first day of the 2026 winter sales",
        ),
        Example(
            "Le solde de votre carte de fidélité est sur votre ticket.",
            front_matter={"publish_at": "2026-03-02"},
        ),
    ),
    fails=(
        Example(
            "Pré-soldes sur les coffrets de Noël !",
            front_matter={"publish_at": "2026-12-20T10:00:00+01:00"},
        ),
        Example(
            "Dernier jour des soldes !",
            front_matter={"publish_at": "2026-02-04T10:00:00+01:00"},
            note="the 2026 winter sales ended on 3 February",
        ),
    ),
    check=check_sales_period,
    options=SalesOptions,
)

RULES = (SALES_PERIOD,)
