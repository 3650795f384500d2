"""A11Y017-018: alt text that is there (MEDIA002 checks that) but does not describe."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..findings import Finding, Severity, Suggestion
from ..findings import Message as M
from ..platforms import load_platforms
from ..rule import Example, Rule, RuleContext, SourceRef

WCAG_111 = SourceRef(
    "WCAG 2.2, 1.1.1 Non-text Content (A)",
    "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html",
)
W3C_TUTORIAL = SourceRef(
    "W3C WAI, Images tutorial: informative images",
    "https://www.w3.org/WAI/tutorials/images/informative/",
)
PLATFORM_DATA = SourceRef(
    "Platform figures with their sources (docs/platforms.md)", "docs/platforms.md"
)

FILE_NAME_RE = regex.compile(
    r"^\S+\.(?:jpe?g|png|gif|webp|heic|heif|tiff?|bmp|avif|mp4|mov)$"
    r"|^(?:IMG|DSC|DSCN|DCIM|PXL|GOPR|MVIMG|Screenshot|Capture|WhatsApp)[\w -]*\d",
    regex.IGNORECASE,
)
REDUNDANT_START_RE = regex.compile(
    r"^(?:une?\s+)?(?:image|photo|photographie|illustration|visuel|picture)\s+(?:de|d['’]|du|des|of)\s*"
    r"|^(?:an?\s+)?(?:image|photo|picture|illustration)\s+(?:of|showing)\s+",
    regex.IGNORECASE,
)

PROBLEMS = {
    "file_name": M(
        "Le texte alternatif de {file} est un nom de fichier (« {alt} ») : décrivez l'image.",
        "The alt text of {file} is a file name ('{alt}'): describe the image.",
    ),
    "redundant_start": M(
        "Le texte alternatif de {file} commence par « {start} » : les lecteurs d'écran "
        "annoncent déjà une image, commencez directement par ce qu'elle montre.",
        "The alt text of {file} starts with '{start}': screen readers already announce an "
        "image, start with what it shows.",
    ),
    "one_word": M(
        "Le texte alternatif de {file} tient en un mot (« {alt} ») : décrivez ce que montre "
        "l'image et recopiez le texte qu'elle contient.",
        "The alt text of {file} is one word ('{alt}'): describe what the image shows and "
        "repeat any text in it.",
    ),
}


def alt_problem(alt: str, file: str) -> tuple[str, str] | None:
    """(kind, detail) of what is wrong with a non-empty alt text, or None."""
    text = alt.strip()
    if text == file or FILE_NAME_RE.search(text):
        return "file_name", text
    start = REDUNDANT_START_RE.match(text)
    if start:
        return "redundant_start", start.group(0).strip()
    if len(text.split()) == 1:
        return "one_word", text
    return None


def _alt_networks(ctx: RuleContext) -> list[str]:
    platforms = load_platforms()
    fmt = ctx.post.meta.format
    return [
        n for n in ctx.post.meta.networks if n in platforms and platforms[n].supports_alt_text(fmt)
    ]


def check_alt_quality(ctx: RuleContext) -> Iterator[Finding]:
    if not _alt_networks(ctx):
        return
    for index, item in enumerate(ctx.post.meta.media):
        if not item.alt or not item.alt.strip():
            continue  # MEDIA002
        problem = alt_problem(item.alt, item.file)
        if problem is None:
            continue
        kind, detail = problem
        yield ctx.at_field(
            f"media.{index}.alt",
            message=PROBLEMS[kind],
            file=item.file,
            alt=detail,
            start=detail,
            suggestions=(
                Suggestion(
                    M(
                        "Une ou deux phrases : le sujet, le détail utile, le texte visible "
                        "(environ 125 caractères).",
                        "One or two sentences: the subject, the useful detail, the visible "
                        "text (about 125 characters).",
                    )
                ),
            ),
        )


ALT_QUALITY = Rule(
    code="A11Y017",
    name="a11y.alt-text-quality",
    severity=Severity.WARNING,
    category="accessibility",
    summary=M(
        "Texte alternatif qui ne décrit pas : nom de fichier, « photo de… », un seul mot.",
        "Alt text that does not describe: a file name, 'photo of…', a single word.",
    ),
    rationale=M(
        "Le texte alternatif remplace l'image pour qui ne la voit pas. Un nom de fichier "
        "(IMG_2041.jpg) ne dit rien ; « photo de » est redondant car le lecteur d'écran "
        "annonce déjà une image ; un seul mot (« bûche ») ne dit ni à quoi elle ressemble "
        "ni le texte écrit dessus.",
        "Alt text replaces the image for those who cannot see it. A file name (IMG_2041.jpg) "
        "says nothing; 'photo of' is redundant since the screen reader already announces an "
        "image; one word ('log cake') says neither what it looks like nor the text on it.",
    ),
    message=M("Texte alternatif peu descriptif.", "Alt text that does not describe."),
    sources=(WCAG_111, W3C_TUTORIAL),
    passes=(
        Example(
            front_matter={
                "media": [{"file": "a.jpg", "alt": "Bûche chocolat-framboise sur un plateau"}]
            },
            files=("a.jpg",),
        ),
        Example(
            front_matter={"media": [{"file": "a.jpg", "alt": "Photographe en plein travail"}]},
            files=("a.jpg",),
            note="starts with 'photo' but is a description",
        ),
    ),
    fails=(
        Example(
            front_matter={"media": [{"file": "a.jpg", "alt": "IMG_2041.jpg"}]}, files=("a.jpg",)
        ),
        Example(
            front_matter={"media": [{"file": "a.jpg", "alt": "Photo de notre bûche"}]},
            files=("a.jpg",),
        ),
        Example(front_matter={"media": [{"file": "a.jpg", "alt": "Bûche"}]}, files=("a.jpg",)),
    ),
    check=check_alt_quality,
)


# ---------------------------------------------------------------------------------------


def check_alt_length(ctx: RuleContext) -> Iterator[Finding]:
    platforms = load_platforms()
    for network in _alt_networks(ctx):
        limit = platforms[network].alt_text_max()
        if limit is None:
            continue
        for index, item in enumerate(ctx.post.meta.media):
            if item.alt and len(item.alt) > limit:
                yield ctx.at_field(
                    f"media.{index}.alt",
                    network=network,
                    file=item.file,
                    length=len(item.alt),
                    limit=limit,
                    network_name=platforms[network].display_name,
                )


ALT_LENGTH = Rule(
    code="A11Y018",
    name="a11y.alt-text-length",
    severity=Severity.ERROR,
    category="accessibility",
    summary=M(
        "Texte alternatif plus long que ce que le réseau accepte.",
        "Alt text longer than the network accepts.",
    ),
    rationale=M(
        "Chaque réseau limite le texte alternatif (Pinterest 500 caractères, X et Instagram "
        "1 000, Mastodon 1 500, Bluesky 2 000) : au-delà, il est refusé ou coupé. Environ "
        "125 caractères suffisent le plus souvent ; le détail peut aller dans la légende.",
        "Each network caps alt text (Pinterest 500 characters, X and Instagram 1,000, "
        "Mastodon 1,500, Bluesky 2,000): beyond that it is refused or cut. About 125 "
        "characters are usually enough; details can go in the caption.",
    ),
    message=M(
        "Le texte alternatif de {file} fait {length} caractères, {network_name} en accepte "
        "{limit}.",
        "The alt text of {file} is {length} characters long, {network_name} accepts {limit}.",
    ),
    sources=(WCAG_111, PLATFORM_DATA),
    passes=(
        Example(
            networks=("pinterest",),
            front_matter={"media": [{"file": "a.jpg", "alt": "Bûche chocolat. " * 30}]},
            files=("a.jpg",),
        ),
    ),
    fails=(
        Example(
            networks=("pinterest",),
            front_matter={"media": [{"file": "a.jpg", "alt": "Bûche chocolat. " * 40}]},
            files=("a.jpg",),
        ),
    ),
    check=check_alt_length,
)

RULES = (ALT_QUALITY, ALT_LENGTH)
