"""LEGAL001-002: mentions the law requires in the caption (advertising, altered images)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..findings import Finding, Severity, Suggestion
from ..findings import Message as M
from ..rule import Example, Rule, RuleContext
from .legal_common import ARPP_DIGITAL, LCEN_20, LOI_2023_451, distinct_captions, load_yaml


@functools.cache
def mention_pattern(kind: str) -> regex.Pattern[str]:
    """The legal wording of `kind`, as words or as a hashtag (#CollaborationCommerciale)."""
    phrases: list[str] = load_yaml("legal", "disclosure.yaml")[kind]
    words = [r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases]
    tags = ["#" + regex.escape(p.replace(" ", "")) for p in phrases]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(tags + words)})(?!\w)", regex.IGNORECASE)


def _first_mention(kind: str) -> str:
    phrase: str = load_yaml("legal", "disclosure.yaml")[kind][0]
    return phrase[0].upper() + phrase[1:]


# ---------------------------------------------------------------------------------------


def check_ad_disclosure(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.post.meta.sponsored:
        return
    pattern = mention_pattern("advertising")
    for network, caption in distinct_captions(ctx):
        if pattern.search(caption.text):
            continue
        yield ctx.at_field(
            "sponsored" if network is None else f"captions.{network}",
            network=network,
            suggestions=(
                Suggestion(
                    M(
                        "Commencez la légende par « Publicité » ou « Collaboration "
                        "commerciale avec <marque> ».",
                        "Start the caption with 'Publicité' or 'Collaboration commerciale "
                        "avec <brand>'.",
                    )
                ),
            ),
        )


AD_DISCLOSURE = Rule(
    code="LEGAL001",
    name="legal.ad-disclosure",
    severity=Severity.ERROR,
    category="legal",
    summary=M(
        "Post sponsorisé sans la mention « Publicité » ou « Collaboration commerciale ».",
        "A sponsored post without the mention 'Publicité' or 'Collaboration commerciale'.",
    ),
    rationale=M(
        "Depuis la loi du 9 juin 2023 sur l'influence commerciale, un contenu publié en "
        "échange d'une rémunération ou d'un avantage doit porter, de façon claire, lisible "
        "et identifiable, la mention « Publicité » ou « Collaboration commerciale ». Un "
        "simple libellé « partenariat rémunéré » de la plateforme ne suffit pas. Les posts "
        "d'un commerce sur ses propres produits ne sont pas concernés : la règle ne "
        "s'applique qu'aux posts marqués sponsored: true.",
        "Since the French law of 9 June 2023 on commercial influence, content published in "
        "return for payment or a benefit must carry, clearly and legibly, the mention "
        "'Publicité' or 'Collaboration commerciale'. A platform's 'paid partnership' label "
        "alone is not enough. A shop's posts about its own products are not concerned: the "
        "rule only applies to posts marked sponsored: true.",
    ),
    message=M(
        "Ce post est marqué sponsorisé mais sa légende ne contient ni « Publicité » ni "
        "« Collaboration commerciale ».",
        "This post is marked sponsored but its caption contains neither 'Publicité' nor "
        "'Collaboration commerciale'.",
    ),
    sources=(LOI_2023_451, LCEN_20, ARPP_DIGITAL),
    passes=(
        Example(
            "Collaboration commerciale avec @moulin_bio : notre pain au petit épeautre !",
            front_matter={"sponsored": True},
        ),
        Example(
            "Notre bûche chocolat-framboise est de retour !",
            note="the shop's own product, not sponsored",
        ),
        Example("Le petit épeautre du @moulin_bio #Publicité", front_matter={"sponsored": True}),
    ),
    fails=(
        Example(
            "Merci @moulin_bio pour cette farine de petit épeautre !",
            front_matter={"sponsored": True},
        ),
        Example(
            "Partenariat rémunéré avec @moulin_bio.",
            front_matter={"sponsored": True},
            note="the platform label is not the legal wording",
        ),
    ),
    check=check_ad_disclosure,
)


# ---------------------------------------------------------------------------------------


def check_altered_images(ctx: RuleContext) -> Iterator[Finding]:
    media = ctx.post.meta.media
    needed = [
        (kind, flag, [i for i, m in enumerate(media) if getattr(m, flag)])
        for kind, flag in (("retouched", "retouched"), ("ai_generated", "ai_generated"))
    ]
    for kind, flag, indexes in needed:
        if not indexes:
            continue
        pattern = mention_pattern(kind)
        for network, caption in distinct_captions(ctx):
            if pattern.search(caption.text):
                continue
            mention = _first_mention(kind)
            yield ctx.at_field(
                f"media.{indexes[0]}.{flag}",
                network=network,
                mention=mention,
                file=media[indexes[0]].file,
                suggestions=(
                    Suggestion(
                        M(
                            f"Ajoutez « {mention} » à la légende (et sur l'image).",
                            f"Add '{mention}' to the caption (and on the image).",
                        )
                    ),
                ),
            )


ALTERED_IMAGES = Rule(
    code="LEGAL002",
    name="legal.altered-images",
    severity=Severity.ERROR,
    category="legal",
    summary=M(
        "Image retouchée ou générée par IA sans la mention « Images retouchées » ou "
        "« Images virtuelles ».",
        "A retouched or AI-generated image without the mention 'Images retouchées' or "
        "'Images virtuelles'.",
    ),
    rationale=M(
        "La loi du 9 juin 2023 (art. 5) impose la mention « Images retouchées » quand la "
        "silhouette ou le visage ont été modifiés, et « Images virtuelles » quand tout ou "
        "partie d'un visage ou d'une silhouette est produit par intelligence artificielle, "
        "dans les contenus d'influence commerciale. Le champ retouched / ai_generated du "
        "média le déclare.",
        "The French law of 9 June 2023 (art. 5) requires the mention 'Images retouchées' "
        "when a body or face was altered, and 'Images virtuelles' when all or part of a "
        "face or body was produced by AI, in commercial-influence content. The media's "
        "retouched / ai_generated field declares it.",
    ),
    message=M(
        "{file} est déclaré retouché ou généré par IA : la légende doit contenir « {mention} ».",
        "{file} is declared retouched or AI-generated: the caption must contain '{mention}'.",
    ),
    sources=(LOI_2023_451,),
    passes=(
        Example(
            "Notre nouvelle coiffure de saison. Images retouchées",
            front_matter={"media": [{"file": "a.jpg", "alt": "Coupe courte", "retouched": True}]},
            files=("a.jpg",),
        ),
        Example(
            "Notre vitrine de Noël. #ImagesVirtuelles",
            front_matter={
                "media": [{"file": "a.jpg", "alt": "Vitrine", "ai_generated": True}],
            },
            files=("a.jpg",),
        ),
    ),
    fails=(
        Example(
            "Notre nouvelle coiffure de saison !",
            front_matter={"media": [{"file": "a.jpg", "alt": "Coupe courte", "retouched": True}]},
            files=("a.jpg",),
        ),
        Example(
            "Notre vitrine de Noël. Images retouchées",
            front_matter={"media": [{"file": "a.jpg", "alt": "Vitrine", "ai_generated": True}]},
            files=("a.jpg",),
            note="AI-generated needs 'Images virtuelles'",
        ),
    ),
    check=check_altered_images,
)

RULES = (AD_DISCLOSURE, ALTERED_IMAGES)
