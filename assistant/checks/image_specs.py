"""PLAT1xx: images that fit each network: size and shape, file, carousel.

The figures come from rules/platforms/*.yaml (`image.<format>`, `carousel`), each with its
source and the date it was checked. Every finding names the fix: the crop or export to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from ..findings import Finding, Severity, Suggestion
from ..findings import Message as M
from ..media import ImageInfo, MediaFacts
from ..model import MediaItem
from ..platforms import ImageSpec, Platform, load_platforms
from ..rule import Example, Rule, RuleContext, SourceRef

PLATFORM_DATA = SourceRef(
    "Platform figures with their sources (docs/platforms.md)", "docs/platforms.md"
)
RATIO_TOLERANCE = 0.01  # 1 %: 1080×1349 is still 4:5
# Under half the recommended width, the network upscales the image and it looks blurred.
BLURRY_SHARE = 0.5
MIB = 1024 * 1024
# Pillow's format names, as the platform data spells them.
FORMAT_NAMES = {"mpo": "mpo", "heif": "heic", "jpeg": "jpeg"}
NAMED_RATIOS = tuple(
    (label, float(w) / float(h))
    for label in ("1:1", "4:5", "3:4", "2:3", "9:16", "16:9", "4:3", "3:2", "5:4", "1.91:1", "3:1")
    for w, h in [label.split(":")]
)
WRONG_MODES = {"CMYK": "CMYK", "LAB": "CIELAB", "I;16": "16-bit"}


def ratio_label(width: float, height: float) -> str:
    """'4:5' for 1080×1350, '1.91:1' for 1080×566: the names the networks use."""
    ratio = width / height if height else 0.0
    for label, value in NAMED_RATIOS:
        if abs(ratio - value) <= 0.005 * value:
            return label
    simple = Fraction(round(width), round(height)).limit_denominator(20) if height else None
    if simple is not None and abs(float(simple) - ratio) <= 0.001 * ratio:
        return f"{simple.numerator}:{simple.denominator}"
    return f"{ratio:.2f}:1"


def parse_ratio(text: str) -> float:
    left, _, right = text.partition(":")
    return float(left) / float(right)


def crop_to(width: int, height: int, ratio: float) -> tuple[int, int]:
    """The largest crop of width×height with the given width/height ratio."""
    if width / height > ratio:
        return round(height * ratio), height
    return width, round(width / ratio)


def _value(figure: object) -> float | None:
    return None if figure is None else getattr(figure, "value", None)


def image_items(ctx: RuleContext) -> Iterator[tuple[int, MediaItem, MediaFacts, ImageInfo]]:
    for index, item in enumerate(ctx.post.meta.media):
        facts = ctx.post.media.get(item.file)
        if facts is not None and facts.image is not None:
            yield index, item, facts, facts.image


def networks_with_specs(ctx: RuleContext) -> Iterator[tuple[str, Platform, ImageSpec]]:
    platforms = load_platforms()
    for network in ctx.post.meta.networks:
        platform = platforms.get(network)
        spec = platform.image.get(ctx.post.meta.format) if platform else None
        if platform is not None and spec is not None:
            yield network, platform, spec


# ---------------------------------------------------------------------------------------


def shape_problem(info: ImageInfo, spec: ImageSpec) -> tuple[M, M] | None:
    """What is wrong with the image's pixel size for `spec`, and the fix; None if fine."""
    width, height = info.width, info.height
    ratio = width / height
    recommended = spec.recommended.value if spec.recommended else None
    target: float | None = None
    low, high = _value(spec.aspect_min), _value(spec.aspect_max)
    # With bounds given, `aspect` is the recommended shape (Pinterest's 2:3), not a rule.
    if spec.aspect is not None and low is None and high is None:
        allowed = [parse_ratio(r) for r in spec.aspect.value]
        if all(abs(ratio - a) > RATIO_TOLERANCE * a for a in allowed):
            target = min(allowed, key=lambda a: abs(a - ratio))
            shape = M(f"le format {' ou '.join(spec.aspect.value)}", " or ".join(spec.aspect.value))
    if target is None and low is not None and ratio < low * (1 - RATIO_TOLERANCE):
        target = low
        shape = M(
            f"un format au moins aussi large que {ratio_label(low * 1000, 1000)}",
            f"a shape no taller than {ratio_label(low * 1000, 1000)}",
        )
    if target is None and high is not None and ratio > high * (1 + RATIO_TOLERANCE):
        target = high
        shape = M(
            f"un format au plus aussi large que {ratio_label(high * 1000, 1000)}",
            f"a shape no wider than {ratio_label(high * 1000, 1000)}",
        )
    if target is not None:
        crop_w, crop_h = crop_to(width, height, target)
        label = ratio_label(crop_w, crop_h)
        export = ""
        export_en = ""
        if (
            recommended is not None
            and abs(recommended[0] / recommended[1] - target) <= 0.01 * target
            and (crop_w, crop_h) != tuple(recommended)
        ):
            export = f", puis exportez en {recommended[0]}×{recommended[1]}"
            export_en = f", then export at {recommended[0]}×{recommended[1]}"
        return shape, M(
            f"recadrez en {crop_w}×{crop_h} ({label}){export}",
            f"crop to {crop_w}×{crop_h} ({label}){export_en}",
        )
    size_hint_fr = size_hint_en = ""
    if recommended:
        size_hint_fr = f" (idéalement {recommended[0]}×{recommended[1]})"
        size_hint_en = f" (ideally {recommended[0]}×{recommended[1]})"
    width_min, height_min = _value(spec.width_min), _value(spec.height_min)
    if width_min is not None and width < width_min:
        return M(
            f"au moins {width_min:g} pixels de large", f"at least {width_min:g} pixels wide"
        ), M(
            f"exportez l'original en {width_min:g} pixels de large ou plus{size_hint_fr}",
            f"export the original at {width_min:g} pixels wide or more{size_hint_en}",
        )
    if height_min is not None and height < height_min:
        return M(
            f"au moins {height_min:g} pixels de haut", f"at least {height_min:g} pixels high"
        ), M(
            f"exportez l'original en {height_min:g} pixels de haut ou plus{size_hint_fr}",
            f"export the original at {height_min:g} pixels high or more{size_hint_en}",
        )
    ideal_width = recommended[0] if recommended else _value(spec.width_recommended)
    if ideal_width is not None and width < ideal_width * BLURRY_SHARE:
        return M(
            f"environ {ideal_width:g} pixels de large (à {width} px, l'image est agrandie et "
            "floue)",
            f"about {ideal_width:g} pixels wide (at {width} px the image is upscaled and blurred)",
        ), M(
            f"exportez l'original en {ideal_width:g} pixels de large{size_hint_fr}",
            f"export the original at {ideal_width:g} pixels wide{size_hint_en}",
        )
    for figure, actual, axis_fr, axis_en in (
        (spec.width_max, width, "de large", "wide"),
        (spec.height_max, height, "de haut", "high"),
    ):
        # The apps resize what is too big (surface "app"); only a hard limit is a problem.
        if figure is not None and figure.surface != "app" and actual > figure.value:
            return M(
                f"au plus {figure.value} pixels {axis_fr}",
                f"at most {figure.value} pixels {axis_en}",
            ), M(
                f"réduisez l'image à {figure.value} pixels {axis_fr}{size_hint_fr}",
                f"resize the image to {figure.value} pixels {axis_en}{size_hint_en}",
            )
    pixels_max = _value(spec.pixels_max)
    if pixels_max is not None and width * height > pixels_max:
        return M(
            f"au plus {pixels_max / 1e6:.1f} mégapixels",
            f"at most {pixels_max / 1e6:.1f} megapixels",
        ), M(f"réduisez l'image{size_hint_fr}", f"resize the image{size_hint_en}")
    return None


def check_image_shape(ctx: RuleContext) -> Iterator[Finding]:
    for _index, item, _facts, info in image_items(ctx):
        for network, platform, spec in networks_with_specs(ctx):
            problem = shape_problem(info, spec)
            if problem is None:
                continue
            expected, fix = problem
            yield ctx.at_media(
                item.file,
                network=network,
                name=item.file,
                width=info.width,
                height=info.height,
                ratio=ratio_label(info.width, info.height),
                network_name=platform.display_name,
                format=ctx.post.meta.format,
                expected=expected,
                fix=fix,
                suggestions=(
                    Suggestion(
                        M(
                            fix.fr[:1].upper() + fix.fr[1:] + ".",
                            fix.en[:1].upper() + fix.en[1:] + ".",
                        )
                    ),
                ),
            )


IMAGE_SHAPE = Rule(
    code="PLAT100",
    name="platform.image-size",
    severity=Severity.ERROR,
    category="platform",
    summary=M(
        "Les dimensions ou le format (rapport largeur/hauteur) de l'image ne conviennent pas "
        "au réseau.",
        "The image's pixel size or shape (width/height ratio) does not suit the network.",
    ),
    rationale=M(
        "Un réseau recadre d'office une image hors format (le texte et les visages du bord "
        "disparaissent), la floute si elle est trop petite ou la refuse. Mieux vaut "
        "recadrer soi-même : 4:5 (1080×1350) pour le fil Instagram, 9:16 (1080×1920) pour "
        "les stories.",
        "A network crops an off-shape image itself (text and faces at the edges disappear), "
        "blurs a small one or refuses it. Better crop it yourself: 4:5 (1080×1350) for the "
        "Instagram feed, 9:16 (1080×1920) for stories.",
    ),
    message=M(
        "{name} mesure {width}×{height} ({ratio}) ; {network_name} demande {expected} pour "
        "le format {format} : {fix}.",
        "{name} is {width}×{height} ({ratio}); {network_name} takes {expected} for the {format} "
        "format: {fix}.",
    ),
    sources=(
        PLATFORM_DATA,
        SourceRef(
            "Instagram Help: image sizes and aspect ratios",
            "https://help.instagram.com/1631821640426723",
        ),
    ),
    passes=(
        Example(
            networks=("instagram", "facebook"),
            front_matter={"media": [{"file": "pain.jpg", "alt": "Pain de campagne"}]},
            files=("pain.jpg",),
            note="1080×1350 (4:5) in the feed",
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"format": "story", "media": [{"file": "pain.jpg"}]},
            files=("pain.jpg",),
            note="a 4:5 image as a 9:16 story",
        ),
    ),
    check=check_image_shape,
    networks_hint=("instagram", "facebook", "linkedin", "x", "pinterest", "tiktok"),
)


# ---------------------------------------------------------------------------------------


def format_name(info: ImageInfo) -> str:
    name = (info.format or "").lower()
    return FORMAT_NAMES.get(name, name)


def check_image_file(ctx: RuleContext) -> Iterator[Finding]:
    for _index, item, facts, info in image_items(ctx):
        if info.mode in WRONG_MODES:
            yield ctx.at_media(
                item.file,
                message=M(
                    "{name} est en {mode} : les applications l'affichent avec des couleurs "
                    "fausses ou le refusent. Exportez-le en RVB (sRGB).",
                    "{name} is {mode}: apps show it with wrong colours or refuse it. Export it "
                    "as RGB (sRGB).",
                ),
                name=item.file,
                mode=WRONG_MODES[info.mode],
            )
        name = format_name(info)
        is_gif = name == "gif"
        for network, platform, spec in networks_with_specs(ctx):
            accepted = spec.formats.value if spec.formats else None
            if accepted is not None and name not in accepted:
                yield ctx.at_media(
                    item.file,
                    network=network,
                    message=M(
                        "{name} est un fichier {actual} ; {network_name} accepte : {accepted}. "
                        "Exportez-le en {first}.",
                        "{name} is a {actual} file; {network_name} takes: {accepted}. Export "
                        "it as {first}.",
                    ),
                    name=item.file,
                    actual=name.upper(),
                    network_name=platform.display_name,
                    accepted=", ".join(a.upper() for a in accepted),
                    first=accepted[0].upper(),
                )
            limit = _value(spec.gif_file_size_max_mb if is_gif else None) or _value(
                spec.file_size_max_mb
            )
            if limit is not None and facts.size_bytes > limit * MIB:
                yield ctx.at_media(
                    item.file,
                    network=network,
                    name=item.file,
                    size=f"{facts.size_bytes / MIB:.1f}",
                    limit=f"{limit:g}",
                    network_name=platform.display_name,
                )
            frames_max = _value(spec.gif_frames_max)
            if is_gif and frames_max is not None and info.frames > frames_max:
                yield ctx.at_media(
                    item.file,
                    network=network,
                    message=M(
                        "{name} a {frames} images ; {network_name} en accepte {limit} au plus "
                        "dans un GIF : raccourcissez l'animation.",
                        "{name} has {frames} frames; {network_name} takes at most {limit} in a "
                        "GIF: shorten the animation.",
                    ),
                    name=item.file,
                    frames=info.frames,
                    limit=f"{frames_max:g}",
                    network_name=platform.display_name,
                )


IMAGE_FILE = Rule(
    code="PLAT101",
    name="platform.image-file",
    severity=Severity.ERROR,
    category="platform",
    summary=M(
        "Fichier image refusé par le réseau : format, mode de couleur (CMJN) ou poids.",
        "An image file the network refuses: file format, colour mode (CMYK) or file size.",
    ),
    rationale=M(
        "Un PNG ou un WebP refusé, un fichier trop lourd ou une image en CMJN (faite pour "
        "l'imprimeur) font échouer la publication ou s'affichent avec des couleurs fausses.",
        "A refused PNG or WebP, a file too heavy or a CMYK image (made for the printer) "
        "make publishing fail or show with wrong colours.",
    ),
    message=M(
        "{name} pèse {size} Mo ; {network_name} accepte {limit} Mo au plus : exportez-le en "
        "JPEG qualité 80 à 85 %.",
        "{name} weighs {size} MB; {network_name} takes at most {limit} MB: export it as JPEG "
        "at quality 80 to 85%.",
    ),
    sources=(
        PLATFORM_DATA,
        SourceRef(
            "Instagram Graph API: image specifications",
            "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
        ),
    ),
    passes=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "pain.jpg", "alt": "Pain de campagne"}]},
            files=("pain.jpg",),
        ),
        Example(
            networks=("facebook", "linkedin"),
            front_matter={"media": [{"file": "affiche.png", "alt": "Affiche des horaires"}]},
            files=("affiche.png",),
            note="PNG is fine on Facebook and LinkedIn",
        ),
    ),
    fails=(
        Example(
            networks=("instagram",),
            front_matter={"media": [{"file": "affiche.png", "alt": "Affiche des horaires"}]},
            files=("affiche.png",),
            note="Instagram's API takes JPEG only",
        ),
    ),
    check=check_image_file,
)


# ---------------------------------------------------------------------------------------


def check_carousel(ctx: RuleContext) -> Iterator[Finding]:
    post = ctx.post
    items = [
        (index, item, post.media.get(item.file))
        for index, item in enumerate(post.meta.media)
        if post.media.get(item.file) is not None
        and post.media[item.file].kind in ("image", "video")
    ]
    platforms = load_platforms()
    for network in post.meta.networks:
        platform = platforms.get(network)
        carousel = platform.carousel if platform else None
        if platform is None or carousel is None:
            continue
        count = len(items)
        items_max = _value(carousel.items_max)
        items_min = _value(carousel.items_min)
        if items_max is not None and count > items_max:
            yield ctx.at_field(
                f"media.{items[int(items_max)][0]}",
                network=network,
                count=count,
                limit=f"{items_max:g}",
                network_name=platform.display_name,
            )
        elif post.meta.format == "carousel" and items_min is not None and count < items_min:
            yield ctx.at_field(
                "media" if not items else f"media.{items[-1][0]}",
                network=network,
                message=M(
                    "Un carrousel {network_name} demande au moins {limit} visuels ; il y en a "
                    "{count} : ajoutez-en ou publiez un post simple (format: post).",
                    "A {network_name} carousel needs at least {limit} visuals; there are "
                    "{count}: add some or publish a single post (format: post).",
                ),
                count=count,
                limit=f"{items_min:g}",
                network_name=platform.display_name,
            )
        if post.meta.format == "carousel" and carousel.same_ratio and carousel.same_ratio.value:
            yield from _different_ratios(ctx, network, platform, items)


def _different_ratios(
    ctx: RuleContext,
    network: str,
    platform: Platform,
    items: list[tuple[int, MediaItem, MediaFacts | None]],
) -> Iterator[Finding]:
    shapes = []
    for index, item, facts in items:
        size = _pixel_size(facts)
        if size is not None:
            shapes.append((index, item, size))
    if not shapes:
        return
    _, first_item, (first_w, first_h) = shapes[0]
    first_ratio = first_w / first_h
    for index, item, (width, height) in shapes[1:]:
        if abs(width / height - first_ratio) <= RATIO_TOLERANCE * first_ratio:
            continue
        crop_w, crop_h = crop_to(width, height, first_ratio)
        yield ctx.at_field(
            f"media.{index}",
            network=network,
            message=M(
                "{file} ({ratio}) n'a pas le format du premier visuel {first} ({first_ratio}) : "
                "{network_name} le recadrera. Recadrez-le vous-même en {crop}.",
                "{file} ({ratio}) does not have the shape of the first visual {first} "
                "({first_ratio}): {network_name} will crop it. Crop it yourself to {crop}.",
            ),
            file=item.file,
            ratio=ratio_label(width, height),
            first=first_item.file,
            first_ratio=ratio_label(first_w, first_h),
            network_name=platform.display_name,
            crop=f"{crop_w}×{crop_h} ({ratio_label(crop_w, crop_h)})",
        )


def _pixel_size(facts: MediaFacts | None) -> tuple[int, int] | None:
    if facts is None:
        return None
    if facts.image is not None:
        return facts.image.width, facts.image.height
    if facts.kind == "video" and facts.video is not None:
        return facts.video.width, facts.video.height
    return None


CAROUSEL = Rule(
    code="PLAT102",
    name="platform.carousel",
    severity=Severity.ERROR,
    category="platform",
    summary=M(
        "Nombre de visuels hors des limites du réseau, ou carrousel aux formats mélangés.",
        "Too many or too few visuals for the network, or a carousel of mixed shapes.",
    ),
    rationale=M(
        "Au-delà du nombre maximal (4 sur X, Bluesky et Mastodon, 20 sur Instagram), la "
        "publication échoue ; Instagram recadre chaque visuel d'un carrousel au format du "
        "premier, coupant ce qui dépasse.",
        "Past the maximum count (4 on X, Bluesky and Mastodon, 20 on Instagram) publishing "
        "fails; Instagram crops every carousel item to the first one's shape, cutting what "
        "sticks out.",
    ),
    message=M(
        "{count} visuels pour {network_name}, qui en accepte {limit} au plus : gardez les "
        "{limit} premiers (à partir de celui-ci, ils sont en trop).",
        "{count} visuals for {network_name}, which takes at most {limit}: keep the first "
        "{limit} (from this one on, they are too many).",
    ),
    sources=(PLATFORM_DATA,),
    passes=(
        Example(
            networks=("x",),
            front_matter={
                "format": "carousel",
                "media": [{"file": f"v{i}.jpg", "alt": f"Viennoiserie {i}"} for i in range(4)],
            },
            files=tuple(f"v{i}.jpg" for i in range(4)),
        ),
    ),
    fails=(
        Example(
            networks=("x",),
            front_matter={
                "format": "carousel",
                "media": [{"file": f"v{i}.jpg", "alt": f"Viennoiserie {i}"} for i in range(5)],
            },
            files=tuple(f"v{i}.jpg" for i in range(5)),
        ),
    ),
    check=check_carousel,
    networks_hint=("x", "bluesky", "mastodon", "instagram", "linkedin", "pinterest"),
)

RULES = (IMAGE_SHAPE, IMAGE_FILE, CAROUSEL)
