"""BRAND05x: the brand's declared colours: readable text pairs, and visuals in the palette.

Contrast by the WCAG 2 ratio (wcag-contrast-ratio); colour closeness by CIEDE2000
(assistant.imaging.colours, Sharma et al. 2005) between each visual's dominant colours and
the palette of brand.yaml (`visual.colors`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from ..findings import Finding, Location, Severity, Suggestion
from ..findings import Message as M
from ..imaging.colours import delta_e_2000, parse_hex, srgb_to_lab
from ..imaging.contrast import LARGE_MINIMUM, NORMAL_MINIMUM, contrast_ratio
from ..rule import Example, Rule, RuleContext, SourceRef, format_message

WCAG_143 = SourceRef(
    "WCAG 2.2, 1.4.3 Contrast (Minimum) (AA)",
    "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html",
)
BRAND_PROFILE = SourceRef("README: the brand profile (brand.yaml, visual)", "README.md")
CIEDE2000 = SourceRef(
    "Sharma, Wu, Dalal (2005): The CIEDE2000 colour-difference formula, implementation notes",
    "https://hajim.rochester.edu/ece/sites/gsharma/ciede2000/",
)


def check_text_pairs(ctx: RuleContext) -> Iterator[Finding]:
    brand = ctx.post.brand
    if brand is None:
        return
    for index, pair in enumerate(brand.visual.text_pairs):
        ratio = contrast_ratio(parse_hex(pair.text), parse_hex(pair.background))
        if ratio >= NORMAL_MINIMUM:
            continue
        large_only = ratio >= LARGE_MINIMUM
        use = M(
            "réservez-la aux titres de plus de 24 px"
            if large_only
            else "ne l'utilisez pas pour du texte",
            "keep it for headings above 24 px" if large_only else "do not use it for text",
        )
        values = {
            "text": pair.text.upper(),
            "background": pair.background.upper(),
            "ratio": f"{ratio:.2f}",
            "use": use,
        }
        # The pair lives in brand.yaml, not in the post: every post gives the same finding,
        # pointing there (post=None), so that a run can keep one copy.
        yield Finding(
            code=ctx.rule.code,
            name=ctx.rule.name,
            severity=ctx.severity,
            message=format_message(ctx.rule.message, values),
            location=Location("brand.yaml", field=f"visual.text_pairs.{index}"),
        )


TEXT_PAIRS = Rule(
    code="BRAND050",
    name="brand.text-pair-contrast",
    severity=Severity.ERROR,
    category="brand",
    summary=M(
        "Une paire texte/fond de la charte (brand.yaml) n'a pas assez de contraste.",
        "A text/background pair of the brand (brand.yaml) has too little contrast.",
    ),
    rationale=M(
        "Chaque visuel qui reprend la paire hérite de son défaut : mieux vaut corriger la "
        "charte une fois (4,5:1 pour le texte courant, 3:1 pour les grands titres).",
        "Every visual that uses the pair inherits its flaw: better fix the charter once "
        "(4.5:1 for body text, 3:1 for large headings).",
    ),
    message=M(
        "La paire {text} sur {background} de brand.yaml a un contraste de {ratio}:1, sous "
        "4,5:1 : foncez le texte ou éclaircissez le fond, ou {use}.",
        "The pair {text} on {background} in brand.yaml has a contrast of {ratio}:1, below "
        "4.5:1: darken the text or lighten the background, or {use}.",
    ),
    sources=(WCAG_143, BRAND_PROFILE),
    passes=(
        Example(
            "Bûches de Noël en précommande.",
            brand={"visual": {"text_pairs": [{"text": "#FFFFFF", "background": "#8B4513"}]}},
            note="white on brown: 7.1:1",
        ),
    ),
    fails=(
        Example(
            "Bûches de Noël en précommande.",
            brand={"visual": {"text_pairs": [{"text": "#D4A373", "background": "#FFFFFF"}]}},
            note="caramel on white: 2.26:1",
        ),
    ),
    check=check_text_pairs,
)


# ---------------------------------------------------------------------------------------


class PaletteOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_delta_e: float = Field(
        default=12.0, gt=0, description="CIEDE2000 distance under which colours match."
    )
    min_share: float = Field(
        default=0.05, gt=0, le=1, description="Smallest share of the image a colour must cover."
    )


def check_palette(ctx: RuleContext) -> Iterator[Finding]:
    options: PaletteOptions = ctx.options
    brand = ctx.post.brand
    if brand is None or not brand.visual.colors:
        return
    palette = {name: srgb_to_lab(parse_hex(hex_)) for name, hex_ in brand.visual.colors.items()}
    for item in ctx.post.meta.media:
        facts = ctx.post.media.get(item.file)
        if facts is None or facts.image is None:
            continue
        dominant = [(h, s) for h, s in facts.dominant_colours if s >= options.min_share]
        if not dominant:
            continue
        closest = min(
            (delta_e_2000(srgb_to_lab(parse_hex(hex_)), lab), name, hex_)
            for hex_, _ in dominant
            for name, lab in palette.items()
        )
        if closest[0] <= options.max_delta_e:
            continue
        yield ctx.at_media(
            item.file,
            name=item.file,
            colours=", ".join(h for h, _ in dominant[:4]),
            palette=", ".join(f"{n} {h}" for n, h in brand.visual.colors.items()),
            distance=f"{closest[0]:.0f}",
            suggestions=(
                Suggestion(
                    M(
                        "Ajoutez une couleur de la charte (bandeau, texte, fond) ou le logo.",
                        "Add a brand colour (a band, the text, the background) or the logo.",
                    )
                ),
            ),
        )


PALETTE = Rule(
    code="BRAND051",
    name="brand.palette",
    severity=Severity.INFO,
    category="brand",
    summary=M(
        "Aucune couleur de la charte n'apparaît dans le visuel.",
        "No brand colour appears in the visual.",
    ),
    rationale=M(
        "Des visuels aux couleurs de la marque se reconnaissent dans le fil avant même "
        "d'avoir lu le nom. Distance perceptuelle CIEDE2000 entre les couleurs dominantes "
        "du visuel et la palette de brand.yaml ; une photo peut ne pas en avoir, d'où le "
        "niveau info.",
        "Visuals in the brand's colours are recognised in the feed before the name is read. "
        "CIEDE2000 perceptual distance between the visual's dominant colours and the "
        "brand.yaml palette; a photo may have none, hence the info level.",
    ),
    message=M(
        "{name} n'a aucune couleur de la charte (couleurs dominantes : {colours} ; "
        "charte : {palette} ; écart minimal ΔE00 {distance}).",
        "{name} has none of the brand colours (dominant colours: {colours}; brand: "
        "{palette}; smallest ΔE00 {distance}).",
    ),
    sources=(CIEDE2000, BRAND_PROFILE),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "a.png", "alt": "Affiche"}]},
            files=("a.png:stripes=8B4513,F5E6D3",),
            brand={"visual": {"colors": {"primary": "#8B4513"}}},
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "a.png", "alt": "Affiche"}]},
            files=("a.png:stripes=1E88E5,43A047",),
            brand={"visual": {"colors": {"primary": "#8B4513", "cream": "#F5E6D3"}}},
            note="a blue and green visual for a brown and cream brand",
        ),
    ),
    check=check_palette,
    options=PaletteOptions,
)

# Registered once tests/conftest.py lets an example carry its brand.yaml (see the report).
RULES = (TEXT_PAIRS, PALETTE)
