"""A11Y001-A11Y002: contracted inclusive forms (client·e·s, client.e.s, client(e)s).

Screen readers read them badly, so by default they are flagged with a doublet or an
epicene wording; a brand that chose the point médian gets a typography check instead
(U+00B7 only, the same separator throughout).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity, Suggestion
from ..findings import Message as M
from ..inclusive.context import FAF_2017, HCE_GUIDE, captions_in, quoted, style_of
from ..inclusive.forms import MIDDLE_DOT, alternatives_for, find_forms
from ..rule import Example, Rule, RuleContext, SourceRef

FR = {"language": "fr"}
GRAMMALECTE = SourceRef(
    "Grammalecte, option « écriture épicène » (formes non prononçables)",
    "https://grammalecte.net/",
)


def check_contracted(ctx: RuleContext) -> Iterator[Finding]:
    if style_of(ctx) == "point_median":
        return
    for network, caption in captions_in(ctx, "fr"):
        for form in find_forms(caption.text):
            suggestions = []
            if form.doublet:
                suggestions.append(
                    Suggestion(
                        M(f"Doublet : « {form.doublet} »", f"Doublet: '{form.doublet}'"),
                        form.doublet if form.known else None,
                    )
                )
            alternatives = alternatives_for(form)
            if alternatives:
                fr, en = quoted(list(alternatives[:2]))
                suggestions.append(
                    Suggestion(M(f"Formulation épicène : {fr}", f"Epicene wording: {en}"))
                )
            yield ctx.at_span(
                caption,
                form.start,
                form.end,
                network=network,
                suggestions=suggestions,
                term=form.text,
                doublet=form.doublet or "",
            )


CONTRACTED_FORM = Rule(
    code="A11Y001",
    name="a11y.inclusive-contracted-form",
    severity=Severity.WARNING,
    category="accessibility",
    summary=M(
        "Forme inclusive abrégée (client·e·s, client.e.s, client(e)s) mal lue par les "
        "lecteurs d'écran.",
        "A contracted inclusive form (client·e·s, client.e.s, client(e)s) that screen "
        "readers read badly.",
    ),
    rationale=M(
        "Les lecteurs d'écran épellent ou lisent de travers les formes abrégées ; la "
        "Fédération des Aveugles de France les a dites « indéchiffrables » (2017). Le "
        "doublet (« clientes et clients ») ou un mot épicène (« la clientèle ») est aussi "
        "inclusif et se lit sans obstacle. Les marques qui ont choisi le point médian "
        "(inclusive_style: point_median) ne reçoivent pas cet avertissement.",
        "Screen readers spell out or misread contracted forms; the French federation of the "
        "blind called them 'undecipherable' (2017). A doublet ('clientes et clients') or an "
        "epicene word ('la clientèle') is just as inclusive and reads without obstacle. "
        "Brands that chose the middle dot (inclusive_style: point_median) do not get this "
        "warning.",
    ),
    message=M(
        "« {term} » est mal lu par les lecteurs d'écran : écrivez « {doublet} » ou un mot épicène.",
        "'{term}' reads badly on screen readers: write '{doublet}' or an epicene word.",
    ),
    sources=(FAF_2017, HCE_GUIDE, GRAMMALECTE),
    passes=(
        Example("Merci à nos clientes et clients, et à toute l'équipe !", front_matter=FR),
        Example("Goûtez-le vite : notre pain aux noix est de retour.", front_matter=FR),
    ),
    fails=(
        Example("Merci à nos client·e·s pour cette belle année !", front_matter=FR),
        Example("Nos artisan.e.s vous attendent samedi.", front_matter=FR),
    ),
    check=check_contracted,
)


def _uses_middle_dot(separators: str) -> bool:
    return all(sep == MIDDLE_DOT for sep in separators)


def check_typography(ctx: RuleContext) -> Iterator[Finding]:
    brand_style = style_of(ctx) == "point_median"
    for network, caption in captions_in(ctx, "fr"):
        forms = find_forms(caption.text)
        # without the brand's choice, only a caption that already uses U+00B7 is held to it
        if not brand_style and not any(_uses_middle_dot(f.separators) for f in forms):
            continue
        for form in forms:
            if _uses_middle_dot(form.separators):
                continue
            yield ctx.at_span(
                caption,
                form.start,
                form.end,
                network=network,
                suggestions=(
                    Suggestion(
                        M(f"Écrivez « {form.normalised} »", f"Write '{form.normalised}'"),
                        form.normalised,
                    ),
                ),
                term=form.text,
                normalised=form.normalised,
            )


FORM_TYPOGRAPHY = Rule(
    code="A11Y002",
    name="a11y.inclusive-form-typography",
    severity=Severity.WARNING,
    category="accessibility",
    summary=M(
        "Point médian mal composé (point, tiret, parenthèse ou autre caractère que U+00B7).",
        "A middle-dot form written with another character (dot, hyphen, bracket, not U+00B7).",
    ),
    rationale=M(
        "Pour une marque qui a choisi le point médian (ou une légende qui l'emploie déjà), "
        "une seule graphie, avec le caractère "
        "U+00B7 (« client·e·s »), reste lisible et cohérente ; un point final, un tiret ou "
        "une parenthèse coupent le mot en deux pour les lecteurs d'écran et les correcteurs.",
        "For a brand that chose the middle dot (or a caption that already uses it), a single "
        "spelling with U+00B7 ('client·e·s') "
        "stays readable and consistent; a full stop, a hyphen or brackets split the word in "
        "two for screen readers and spell checkers.",
    ),
    message=M(
        "« {term} » : écrivez « {normalised} » (point médian U+00B7).",
        "'{term}': write '{normalised}' (middle dot U+00B7).",
    ),
    sources=(HCE_GUIDE, FAF_2017),
    passes=(Example("Merci à nos client·e·s !", front_matter=FR),),
    fails=(
        Example(
            "Merci à nos client·e·s et à nos artisan-e-s !",
            front_matter=FR,
            note="mixed separators; with inclusive_style: point_median every non-U+00B7 form",
        ),
    ),
    check=check_typography,
)

RULES = (CONTRACTED_FORM, FORM_TYPOGRAPHY)
