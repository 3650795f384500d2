"""What the inclusive checks need from a post: its captions in one language, the style."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Message, Suggestion
from ..post import Caption
from ..rule import RuleContext, SourceRef
from .french import Hit, Style

HCE_GUIDE = SourceRef(
    "HCE, Guide pratique pour une communication publique sans stéréotype de sexe (2015, 2022)",
    "https://www.haut-conseil-egalite.gouv.fr/stereotypes-et-roles-sociaux/zoom-sur/article/"
    "guide-pratique-pour-une-communication-publique-sans-stereotype-de-sexe",
)
CIRCULAIRE_2017 = SourceRef(
    "Circulaire du Premier ministre du 21 novembre 2017 (féminisation, doublets)",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036068906",
)
FAF_2017 = SourceRef(
    "Fédération des Aveugles de France, communiqué du 20 novembre 2017 (Europe 1)",
    "https://www.europe1.fr/societe/une-federation-de-non-voyants-opposee-a-lecriture-"
    "inclusive-proprement-indechiffrable-3498140",
)
GRAND_LYON = SourceRef(
    "Grand Lyon, Pensez au langage inclusif",
    "https://inclusivite-resin.grandlyon.com/solutions/pensez-au-langage-inclusif",
)
TERM_DATA = SourceRef(
    "Term lists with their sources (rules/inclusive/)", "rules/inclusive/fr_person_nouns.yaml"
)


def captions_in(ctx: RuleContext, language: str) -> Iterator[tuple[str | None, Caption]]:
    """Each distinct caption once, when the post is written in `language` ("fr", "en").

    Per-network captions follow the post's language. The shared body is reported without a
    network, a per-network caption with its network, so a mistake is reported once.
    """
    if not ctx.post.meta.language.lower().startswith(language):
        return
    seen: set[int] = set()
    for network in ctx.post.meta.networks:
        caption = ctx.post.caption_for(network)
        if id(caption) in seen:
            continue
        seen.add(id(caption))
        yield (None if caption is ctx.post.body else network), caption


def style_of(ctx: RuleContext) -> Style:
    brand = ctx.post.brand
    return brand.inclusive_style if brand is not None else "doublets"


def quoted(texts: list[str]) -> tuple[str, str]:
    fr = " ou ".join(f"« {t} »" for t in texts)
    en = " or ".join(f"'{t}'" for t in texts)
    return fr, en


def suggestions_for(hit: Hit, style: Style) -> tuple[tuple[Suggestion, ...], Message]:
    """Suggestions in the brand's style, first the preferred one, and a short proposal."""
    doublet = (
        Suggestion(
            Message(f"Doublet : « {hit.doublet} »", f"Doublet: '{hit.doublet}'"),
            hit.doublet if hit.safe else None,
        )
        if hit.doublet
        else None
    )
    mentions = [a.replace(" (f)", "").replace(" (m)", "") for a in hit.alternatives]
    mentions = [a for a in mentions if "{" not in a]
    epicene = None
    if hit.epicene or mentions:
        shown = [hit.epicene] if hit.epicene else mentions[:2]
        fr, en = quoted([s for s in shown if s])
        epicene = Suggestion(
            Message(f"Formulation épicène ou collective : {fr}", f"Epicene or collective: {en}"),
            hit.epicene,
        )
    median = (
        Suggestion(
            Message(f"Point médian : « {hit.point_median} »", f"Middle dot: '{hit.point_median}'"),
            hit.point_median if hit.safe else None,
        )
        if hit.point_median
        else None
    )
    order = {
        "doublets": (doublet, epicene),
        "epicene": (epicene, doublet),
        "point_median": (median, doublet, epicene),
    }.get(style, (doublet, epicene))
    chosen = tuple(s for s in order if s is not None)
    proposal = chosen[0].message if chosen else Message("une forme inclusive", "an inclusive form")
    return chosen, proposal
