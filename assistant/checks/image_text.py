"""A11Y05x and VIS00x: text inside images, found by OCR (tesseract).

Contrast of each line by the WCAG 2 ratio, text under a story's or reel's interface, the
share of the image covered by text, and text shown in the image but missing from the alt
text. On a machine without tesseract these checks are skipped, and the user is told once
(assistant.imaging.tools.notice_missing).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from ..findings import Finding, Region, Severity, Suggestion
from ..findings import Message as M
from ..imaging.contrast import hex_colour, measure_line, minimum_ratio
from ..imaging.ocr import TextLine
from ..media import ImageInfo, MediaFacts
from ..model import MediaItem
from ..platforms import load_platforms
from ..rule import Example, Rule, RuleContext, SourceRef

WCAG_143 = SourceRef(
    "WCAG 2.2, 1.4.3 Contrast (Minimum) (AA)",
    "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html",
)
WCAG_145 = SourceRef(
    "WCAG 2.2, 1.4.5 Images of Text (AA)",
    "https://www.w3.org/WAI/WCAG22/Understanding/images-of-text.html",
)
WCAG_111 = SourceRef(
    "WCAG 2.2, 1.1.1 Non-text Content (A)",
    "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html",
)
PLATFORM_DATA = SourceRef(
    "Platform figures with their sources (docs/platforms.md)", "docs/platforms.md"
)
# Share of a line box above the baseline, by the letters it holds (Latin fonts): capitals
# and ascenders reach about 0.73 em, lowercase without them the x-height (about 0.53 em);
# descenders add about 0.21 em. Used to turn a box height into a font size.
ASCENDERS = set("bdfhiklt0123456789ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ")
DESCENDERS = set("gjpqyç,;")
# Lines read with a lower mean confidence are mostly OCR noise on textures and photos.
MIN_LINE_CONFIDENCE = 70.0


def estimated_font_px(line: TextLine) -> float:
    """The font size (em, in image pixels) that gives this line box its height."""
    letters = [c for c in line.text if c.isalnum()]
    tall = any(c.isupper() or c in ASCENDERS for c in letters)
    deep = any(c in DESCENDERS for c in line.text)
    share = (0.73 if tall else 0.53) + (0.21 if deep else 0.0)
    return line.height / share


def readable_lines(facts: MediaFacts) -> list[TextLine]:
    lines = facts.text_lines or ()
    return [
        line
        for line in lines
        if line.confidence >= MIN_LINE_CONFIDENCE and sum(c.isalpha() for c in line.text) >= 2
    ]


def images_with_text(
    ctx: RuleContext,
) -> Iterator[tuple[int, MediaItem, MediaFacts, ImageInfo, list[TextLine]]]:
    """Images whose text could be read (none when tesseract is missing: said once)."""
    for index, item in enumerate(ctx.post.meta.media):
        facts = ctx.post.media.get(item.file)
        if facts is None or facts.image is None or facts.text_lines is None:
            continue
        lines = readable_lines(facts)
        if lines:
            yield index, item, facts, facts.image, lines


def region_of(line: TextLine) -> Region:
    return Region(line.x, line.y, line.width, line.height)


def quoted(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------


class ContrastOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    display_width_css_px: float = Field(
        default=390.0,
        gt=0,
        description="Width at which a feed image is shown, in CSS pixels (a 390 px phone).",
    )


def check_text_contrast(ctx: RuleContext) -> Iterator[Finding]:
    options: ContrastOptions = ctx.options
    for _, item, facts, info, lines in images_with_text(ctx):
        pixels = facts.pixels
        if pixels is None:
            continue
        failing = []
        for line in lines:
            measured = measure_line(pixels, line.x, line.y, line.width, line.height)
            if measured is None:
                continue
            required = minimum_ratio(
                estimated_font_px(line), info.width, options.display_width_css_px
            )
            if measured.ratio < required:
                failing.append((measured.ratio / required, line, measured, required))
        if not failing:
            continue
        _, line, measured, required = min(failing, key=lambda entry: entry[0])
        others = len(failing) - 1
        yield ctx.at_media(
            item.file,
            region=region_of(line),
            name=item.file,
            text=quoted(line.text),
            ratio=f"{measured.ratio:.2f}",
            colour=hex_colour(measured.text_rgb),
            background=hex_colour(measured.background_rgb),
            required=f"{required:g}",
            others=M(
                f" ({others} autre(s) ligne(s) aussi)" if others else "",
                f" ({others} other line(s) too)" if others else "",
            ),
            suggestions=(
                Suggestion(
                    M(
                        "Foncez le texte ou éclaircissez le fond (ou l'inverse), ou posez le "
                        "texte sur un bandeau uni ; vérifiez avec un outil de contraste.",
                        "Darken the text or lighten the background (or the reverse), or put "
                        "the text on a solid band; check it with a contrast tool.",
                    )
                ),
            ),
        )


TEXT_CONTRAST = Rule(
    code="A11Y050",
    name="accessibility.image-text-contrast",
    severity=Severity.WARNING,
    category="accessibility",
    summary=M(
        "Texte écrit dans une image avec un contraste insuffisant (WCAG 1.4.3).",
        "Text inside an image with too little contrast (WCAG 1.4.3).",
    ),
    rationale=M(
        "Un texte peu contrasté est illisible pour les personnes malvoyantes, et pour tout "
        "le monde en plein soleil sur un téléphone. Le WCAG demande 4,5:1, ou 3:1 pour un "
        "texte grand (24 px CSS, une fois l'image affichée à la largeur d'un téléphone). "
        "Mesure : couleur du texte aux extrêmes de la boîte lue par l'OCR, fond sur un "
        "anneau autour ; un texte sur photo peut donner un faux positif, d'où l'avertissement.",
        "Low-contrast text is unreadable for people with low vision, and for everyone on a "
        "phone in the sun. WCAG asks for 4.5:1, or 3:1 for large text (24 CSS px once the "
        "image is shown at a phone's width). Measured: text colour at the extremes of the box "
        "OCR finds, background on a ring around it; text over a photo may give a false "
        "positive, hence a warning.",
    ),
    message=M(
        "Texte « {text} » dans {name} : contraste {ratio}:1 ({colour} sur {background}), "
        "{required}:1 au minimum pour un texte de cette taille{others}.",
        "Text '{text}' in {name}: contrast {ratio}:1 ({colour} on {background}), at least "
        "{required}:1 for text this size{others}.",
    ),
    sources=(
        WCAG_143,
        SourceRef(
            "WCAG 2.2, relative luminance and contrast ratio",
            "https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio",
        ),
    ),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "affiche.png", "alt": "Précommandes ouvertes"}]},
            files=("affiche.png:text=Precommandes ouvertes;fg=333333;bg=FFFFFF;px=40",),
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "affiche.png", "alt": "Précommandes ouvertes"}]},
            files=("affiche.png:text=Precommandes ouvertes;fg=999999;bg=FFFFFF;px=40",),
            note="#999999 on white is 2.85:1",
        ),
    ),
    check=check_text_contrast,
    options=ContrastOptions,
)


# ---------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in plain)
    return [w for w in cleaned.split() if len(w) >= 3 or w.isdigit()]


def _found(word: str, alt_words: list[str]) -> bool:
    # OCR misreads a letter now and then ("Pr&icommandes"): close enough counts.
    return word in alt_words or bool(difflib.get_close_matches(word, alt_words, n=1, cutoff=0.8))


def check_text_in_alt(ctx: RuleContext) -> Iterator[Finding]:
    platforms = load_platforms()
    fmt = ctx.post.meta.format
    if not any(
        network in platforms and platforms[network].supports_alt_text(fmt)
        for network in ctx.post.meta.networks
    ):
        return
    for index, item, _, _, lines in images_with_text(ctx):
        if not item.alt or not item.alt.strip():
            continue  # no alt text at all: MEDIA002
        alt_words = _words(item.alt)
        missing = []
        for line in lines:
            words = _words(line.text)
            if len(words) < 2 and not (words and len(words[0]) >= 5):
                continue  # a stray short word: often a logo or a misread texture
            if sum(_found(w, alt_words) for w in words) < len(words) / 2:
                missing.append(line)
        if not missing:
            continue
        shown = " / ".join(quoted(line.text, 40) for line in missing[:3])
        yield ctx.at_field(
            f"media.{index}.alt",
            name=item.file,
            text=shown,
            suggestions=(
                Suggestion(
                    M(
                        f"Ajoutez au texte alternatif le texte de l'image : « {shown} ».",
                        f"Add the image's text to the alt text: '{shown}'.",
                    )
                ),
            ),
        )


TEXT_IN_ALT = Rule(
    code="A11Y051",
    name="accessibility.image-text-in-alt",
    severity=Severity.WARNING,
    category="accessibility",
    summary=M(
        "Du texte écrit dans l'image manque dans son texte alternatif.",
        "Text written in the image is missing from its alt text.",
    ),
    rationale=M(
        "Une personne aveugle n'a que le texte alternatif : si l'affiche dit « Précommandes "
        "ouvertes jusqu'au 20 décembre », le texte alternatif doit le dire aussi.",
        "A blind person only gets the alt text: if the poster says 'Pre-orders open until "
        "20 December', the alt text must say it too.",
    ),
    message=M(
        "{name} affiche « {text} », absent du texte alternatif.",
        "{name} shows '{text}', which the alt text does not include.",
    ),
    sources=(WCAG_111, WCAG_145),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={
                "media": [{"file": "affiche.png", "alt": "Affiche : « Précommandes ouvertes »"}]
            },
            files=("affiche.png:text=Precommandes ouvertes;fg=333333;bg=FFFFFF;px=40",),
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "affiche.png", "alt": "Une bûche de Noël"}]},
            files=("affiche.png:text=Precommandes ouvertes;fg=333333;bg=FFFFFF;px=40",),
        ),
    ),
    check=check_text_in_alt,
)


# ---------------------------------------------------------------------------------------

ZONE_NAMES = {
    "top": M("le haut", "the top"),
    "bottom": M("le bas", "the bottom"),
    "left": M("le bord gauche", "the left edge"),
    "right": M("le bord droit", "the right edge"),
}


def unsafe_zone(line: TextLine, info: ImageInfo, zone: object) -> tuple[str, float] | None:
    """The first margin (top, bottom, left, right) the line overlaps, with its fraction."""
    for side in ("top", "bottom", "left", "right"):
        figure = getattr(zone, side)
        if figure is None:
            continue
        fraction = float(figure.value)
        if side == "top" and line.y < fraction * info.height:
            return side, fraction
        if side == "bottom" and line.y + line.height > (1 - fraction) * info.height:
            return side, fraction
        if side == "left" and line.x < fraction * info.width:
            return side, fraction
        if side == "right" and line.x + line.width > (1 - fraction) * info.width:
            return side, fraction
    return None


def check_safe_zones(ctx: RuleContext) -> Iterator[Finding]:
    platforms = load_platforms()
    fmt = ctx.post.meta.format
    for _, item, _, info, lines in images_with_text(ctx):
        for network in ctx.post.meta.networks:
            platform = platforms.get(network)
            zone = platform.safe_zones.get(fmt) if platform else None
            if platform is None or zone is None:
                continue
            reported: set[str] = set()
            for line in lines:
                hit = unsafe_zone(line, info, zone)
                if hit is None or hit[0] in reported:
                    continue
                side, fraction = hit
                reported.add(side)
                axis = info.height if side in ("top", "bottom") else info.width
                yield ctx.at_media(
                    item.file,
                    region=region_of(line),
                    network=network,
                    name=item.file,
                    text=quoted(line.text),
                    side=ZONE_NAMES[side],
                    percent=f"{fraction * 100:g}",
                    pixels=round(fraction * axis),
                    network_name=platform.display_name,
                    format=fmt,
                )
                # one finding per side: the fix moves that block, lines move together


SAFE_ZONE = Rule(
    code="VIS001",
    name="visual.text-in-unsafe-zone",
    severity=Severity.WARNING,
    category="visual",
    summary=M(
        "Texte placé sous l'interface d'une story ou d'un reel (zone non sûre).",
        "Text placed under a story's or reel's interface (unsafe zone).",
    ),
    rationale=M(
        "En haut (nom du compte, barre de progression) et en bas (légende, boutons, champ "
        "de réponse) d'une story ou d'un reel, l'application recouvre l'image : le texte "
        "placé là est caché.",
        "At the top (account name, progress bar) and bottom (caption, buttons, reply field) "
        "of a story or reel the app covers the image: text placed there is hidden.",
    ),
    message=M(
        "Texte « {text} » dans {name} : il est dans {side} ({percent} %, {pixels} px) que "
        "l'interface {network_name} recouvre en {format} ; rapprochez-le du centre.",
        "Text '{text}' in {name} sits in {side} ({percent}%, {pixels} px) that the "
        "{network_name} interface covers in a {format}; move it towards the centre.",
    ),
    sources=(
        PLATFORM_DATA,
        SourceRef(
            "Meta: Stories ads safe zones (ads guide)",
            "https://www.facebook.com/business/ads-guide/update/image/instagram-story",
        ),
    ),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={"format": "story", "media": [{"file": "story.png"}]},
            files=("story.png:text=Precommandes ouvertes;px=60;size=1080x1920;y=900",),
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"format": "story", "media": [{"file": "story.png"}]},
            files=("story.png:text=Precommandes ouvertes;px=60;size=1080x1920;y=1700",),
            note="text in the bottom 20%",
        ),
    ),
    check=check_safe_zones,
)


# ---------------------------------------------------------------------------------------


class CoverageOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_share: float = Field(
        default=0.2, gt=0, le=1, description="Largest share of the image text may cover."
    )


def text_share(lines: list[TextLine], info: ImageInfo) -> float:
    """Share of the image inside the union of the line boxes."""
    import numpy as np

    mask = np.zeros((info.height, info.width), dtype=bool)
    for line in lines:
        mask[max(0, line.y) : line.y + line.height, max(0, line.x) : line.x + line.width] = True
    return float(mask.mean())


def check_text_coverage(ctx: RuleContext) -> Iterator[Finding]:
    options: CoverageOptions = ctx.options
    for _, item, _, info, lines in images_with_text(ctx):
        share = text_share(lines, info)
        if share <= options.max_share:
            continue
        yield ctx.at_media(
            item.file,
            region=_union(lines),
            name=item.file,
            share=f"{share * 100:.0f}",
            limit=f"{options.max_share * 100:.0f}",
            lines=len(lines),
        )


def _union(lines: list[TextLine]) -> Region:
    left = min(line.x for line in lines)
    top = min(line.y for line in lines)
    right = max(line.x + line.width for line in lines)
    bottom = max(line.y + line.height for line in lines)
    return Region(left, top, right - left, bottom - top)


TEXT_COVERAGE = Rule(
    code="VIS002",
    name="visual.text-coverage",
    severity=Severity.INFO,
    category="visual",
    summary=M(
        "Le texte couvre une grande part de l'image.",
        "Text covers a large share of the image.",
    ),
    rationale=M(
        "Un visuel chargé de texte se lit mal sur téléphone, passe moins bien dans les fils "
        "(Meta constate de meilleurs résultats sous 20 % de texte) et tout ce texte doit être "
        "recopié dans le texte alternatif : mettez le message dans la légende.",
        "A visual loaded with text reads badly on a phone, does worse in feeds (Meta finds "
        "images with less than 20% text perform better) and all that text must be repeated "
        "in the alt text: put the message in the caption.",
    ),
    message=M(
        "Le texte couvre {share} % de {name} ({lines} ligne(s)), plus de {limit} % : "
        "gardez une phrase courte et mettez le reste dans la légende.",
        "Text covers {share}% of {name} ({lines} line(s)), more than {limit}%: keep one "
        "short sentence and put the rest in the caption.",
    ),
    sources=(
        WCAG_145,
        SourceRef(
            "MoreVisibility, Oct 2020: Facebook lifts the 20% text rule on ad images",
            "https://www.morevisibility.com/resources/newsletter/2020/october/article/facebook-lifts-20-rule-on-ad-images/",
        ),
    ),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "a.png", "alt": "Précommandes ouvertes"}]},
            files=("a.png:text=Precommandes ouvertes;fg=333333;bg=FFFFFF;px=40",),
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "a.png", "alt": "Horaires"}]},
            files=(
                "a.png:text=Commandez votre|buche de Noel|avant le|20 decembre|en boutique;"
                "px=120;x=40;y=100",
            ),
            note="five lines of 120 px text: 23% of the image",
        ),
    ),
    check=check_text_coverage,
    options=CoverageOptions,
)

RULES = (TEXT_CONTRAST, TEXT_IN_ALT, SAFE_ZONE, TEXT_COVERAGE)
