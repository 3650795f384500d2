"""The HTML report: one self-contained page with a preview per post and network.

Each preview shows the image as the network crops it (the part it cuts off is dimmed),
the safe zones of stories and reels, the outlined pixel regions of findings, the caption
cut where the network folds it, and the findings beside it. Thumbnails are embedded as
small base64 JPEGs so the file can be mailed or attached to a CI run as it is.

Unlike a rule, a formatter may read files: it reloads the linted posts to draw them.
jinja2 and Pillow are imported here only, when --format html is asked for.
"""

from __future__ import annotations

import base64
import io
import math
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Region, Severity
from ..i18n import Lang, pick
from ..media import MediaFacts
from ..platforms import ImageSpec, Platform, VideoSpec, load_platforms
from ..post import Post
from ..text import hashtags, mentions, offset_at_length

if TYPE_CHECKING:
    from markupsafe import Markup

    from ..engine import LintResult

THUMBNAIL_MAX = 480  # pixels, longest side
JPEG_QUALITY = 72
TEMPLATE = "report.html.j2"

# Text colours are checked against their backgrounds for WCAG AA in tests/test_html_report.py.
PALETTE = {
    "text": "#1a1a1a",
    "muted": "#4d4d4d",
    "background": "#ffffff",
    "panel": "#f4f4f2",
    "link": "#0b4fb3",
    "error": "#a3001b",
    "warning": "#6b4500",
    "info": "#00557a",
    "tag_text": "#0b3d91",
    "tag_background": "#e6eefc",
    "fold_text": "#4d4d4d",
}
TEXT_PAIRS = [
    ("text", "background"),
    ("muted", "background"),
    ("link", "background"),
    ("error", "background"),
    ("warning", "background"),
    ("info", "background"),
    ("text", "panel"),
    ("muted", "panel"),
    ("link", "panel"),
    ("error", "panel"),
    ("warning", "panel"),
    ("info", "panel"),
    ("tag_text", "tag_background"),
    ("fold_text", "panel"),
]

SEVERITY_LABELS = {
    Severity.ERROR: ("Erreur", "Error"),
    Severity.WARNING: ("Avertissement", "Warning"),
    Severity.INFO: ("Info", "Info"),
}


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass
class Picture:
    data_uri: str
    width: int  # thumbnail size
    height: int
    alt: str
    crop: Box | None = None
    crop_label: str | None = None
    safe_zones: list[Box] = field(default_factory=list)
    regions: list[tuple[int, Box]] = field(default_factory=list)  # (finding number, box)
    more: int = 0  # further media of a carousel, not drawn


@dataclass
class Preview:
    network: str
    network_name: str
    fmt: str
    picture: Picture | None
    media_note: str | None
    caption_shown: Markup
    caption_hidden: Markup | None
    fold: int | None
    findings: list[dict[str, Any]]


@dataclass
class PostView:
    id: str
    file: str
    findings: list[dict[str, Any]]
    previews: list[Preview]


def format_html(result: LintResult, lang: Lang) -> str:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent.parent / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    numbers = {finding: index + 1 for index, finding in enumerate(result.findings)}
    posts = [_post_view(post, result.findings, numbers, lang) for post in _load_posts(result)]
    shown = {f for view in posts for f in _findings_of(view)}
    others = [_finding_view(f, numbers, lang) for f in result.findings if f not in shown]
    template = environment.get_template(TEMPLATE)
    return template.render(
        lang=lang,
        t=lambda fr, en: pick(lang, fr, en),
        palette=PALETTE,
        posts=posts,
        others=others,
        counts={s.label: result.count(s) for s in Severity},
        files=len(result.files),
        severity_label=lambda s: _severity_label(s, lang),
    )


def _findings_of(view: PostView) -> Iterable[Finding]:
    for item in view.findings:
        yield item["finding"]
    for preview in view.previews:
        for item in preview.findings:
            yield item["finding"]


def _load_posts(result: LintResult) -> list[Post]:
    from ..loader import load_brand, load_post
    from ..platforms import known_networks

    posts = []
    for root in result.roots:
        brand, _ = load_brand(root)
        for file in result.files:
            path = root / file
            if path.is_file():
                post, _ = load_post(path.parent, root, brand, known_networks())
                if post is not None:
                    posts.append(post)
    return posts


def _severity_label(severity: Severity, lang: Lang) -> str:
    fr, en = SEVERITY_LABELS[severity]
    return pick(lang, fr, en)


def _finding_view(finding: Finding, numbers: dict[Finding, int], lang: Lang) -> dict[str, Any]:
    location = finding.location
    where = location.file
    if location.line is not None:
        where += f":{location.line}"
        if location.column is not None:
            where += f":{location.column}"
    if location.field:
        where += f" ({location.field})"
    return {
        "finding": finding,
        "number": numbers[finding],
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.label,
        "severity_label": _severity_label(finding.severity, lang),
        "message": finding.message.in_lang(lang),
        "where": where,
        "has_region": location.region is not None,
        "suggestions": [(s.message.in_lang(lang), s.replacement) for s in finding.suggestions],
    }


def _post_view(
    post: Post, findings: Sequence[Finding], numbers: dict[Finding, int], lang: Lang
) -> PostView:
    platforms = load_platforms()
    mine = [f for f in findings if f.post == post.id]
    general = [_finding_view(f, numbers, lang) for f in mine if f.network is None]
    previews = []
    for network in post.meta.networks:
        platform = platforms.get(network)
        if platform is None:
            continue
        regional = [
            f for f in mine if f.location.region is not None and f.network in (None, network)
        ]
        own = [_finding_view(f, numbers, lang) for f in mine if f.network == network]
        previews.append(_preview(post, platform, regional, own, numbers, lang))
    return PostView(post.id, post.file, general, previews)


def _preview(
    post: Post,
    platform: Platform,
    regional: list[Finding],
    own: list[dict[str, Any]],
    numbers: dict[Finding, int],
    lang: Lang,
) -> Preview:
    fmt = post.meta.format
    limits = platform.text_limits(fmt)
    text = post.caption_for(platform.network).text
    fold = limits.fold.value if limits.fold is not None else None
    cut = len(text)
    if fold is not None:
        url_length = limits.url_length.value if limits.url_length is not None else None
        cut = offset_at_length(text, fold, limits.counting, url_length)
    picture, note = _picture(post, platform, regional, numbers, lang)
    return Preview(
        network=platform.network,
        network_name=platform.display_name,
        fmt=fmt,
        picture=picture,
        media_note=note,
        caption_shown=highlight(text, 0, cut),
        caption_hidden=highlight(text, cut, len(text)) if cut < len(text) else None,
        fold=fold,
        findings=own,
    )


def highlight(text: str, start: int, end: int) -> Markup:
    """`text[start:end]`, escaped, with hashtags and mentions wrapped in <mark>."""
    from markupsafe import Markup, escape

    spans = sorted(
        [(s.start, s.end, "hashtag") for s in hashtags(text)]
        + [(s.start, s.end, "mention") for s in mentions(text)]
    )
    out = []
    position = start
    for span_start, span_end, kind in spans:
        if span_end <= start or span_start >= end or span_start < position:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        out.append(escape(text[position:span_start]))
        out.append(Markup('<mark class="{}">{}</mark>').format(kind, text[span_start:span_end]))
        position = span_end
    out.append(escape(text[position:end]))
    return Markup("").join(out)


# -- pictures --------------------------------------------------------------------------


def _picture(
    post: Post,
    platform: Platform,
    regional: list[Finding],
    numbers: dict[Finding, int],
    lang: Lang,
) -> tuple[Picture | None, str | None]:
    item = next((m for m in post.meta.media if _usable(post.media.get(m.file))), None)
    if item is None:
        if not post.meta.media:
            return None, pick(lang, "Pas d'image ni de vidéo.", "No image or video.")
        return None, pick(
            lang, "Aperçu impossible : média illisible.", "No preview: unreadable media."
        )
    facts = post.media[item.file]
    loaded = _thumbnail(facts)
    if loaded is None:
        return None, pick(lang, "Aperçu impossible pour ce média.", "No preview for this media.")
    data_uri, (width, height), (original_w, original_h) = loaded
    alt = item.alt or pick(
        lang, f"Média {item.file} (sans texte alternatif)", f"Media {item.file} (no alt text)"
    )
    picture = Picture(data_uri, width, height, alt, more=len(post.meta.media) - 1)
    fmt = post.meta.format
    spec: ImageSpec | VideoSpec | None = (
        platform.video.get(fmt) if facts.kind == "video" else platform.image.get(fmt)
    )
    ratio = crop_ratio(spec, original_w / original_h) if spec is not None else None
    frame = Box(0, 0, width, height)
    if ratio is not None:
        frame = crop_box(width, height, ratio[0])
        if frame != Box(0, 0, width, height):
            picture.crop = frame
        picture.crop_label = ratio[1]
    zone = platform.safe_zones.get(fmt)
    if zone is not None:
        picture.safe_zones = safe_zone_boxes(frame, zone)
    sx, sy = width / original_w, height / original_h
    rel = post.rel(item.file)
    for finding in regional:
        region = finding.location.region
        if region is not None and finding.location.file == rel:
            picture.regions.append((numbers[finding], scale_region(region, sx, sy)))
    return picture, None


def _usable(facts: MediaFacts | None) -> bool:
    return facts is not None and facts.exists and facts.kind in ("image", "video")


def _thumbnail(facts: MediaFacts) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """A base64 JPEG data URI, the thumbnail size and the original size."""
    from PIL import Image, ImageOps

    try:
        if facts.kind == "video":
            frame = _video_frame(facts.path)
            if frame is None:
                return None
            opened = Image.open(io.BytesIO(frame))
        else:
            opened = Image.open(facts.path)
            opened.seek(0)
        image = ImageOps.exif_transpose(opened).convert("RGB")
        size = (image.width, image.height)
        image.thumbnail((THUMBNAIL_MAX, THUMBNAIL_MAX))
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"data:image/jpeg;base64,{encoded}", (image.width, image.height), size


def _video_frame(path: Path) -> bytes | None:
    """One frame, one second in (or the first), as PNG bytes; None without ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    for seek in ("1", "0"):
        command = [ffmpeg, "-v", "error", "-ss", seek, "-i", str(path), "-frames:v", "1"]
        command += ["-f", "image2pipe", "-vcodec", "png", "-"]
        try:
            done = subprocess.run(command, capture_output=True, timeout=20, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        if done.returncode == 0 and done.stdout:
            return done.stdout
    return None


def parse_ratio(text: str) -> float:
    width, height = text.split(":")
    return float(width) / float(height)


def crop_ratio(spec: ImageSpec | VideoSpec, image_ratio: float) -> tuple[float, str] | None:
    """The width/height ratio the network shows this image at, and its label ("4:5")."""
    if spec.aspect is not None and spec.aspect.value:
        ratios = [(parse_ratio(r), r) for r in spec.aspect.value]
        return min(ratios, key=lambda r: abs(math.log(r[0] / image_ratio)))
    low = spec.aspect_min.value if spec.aspect_min is not None else None
    high = spec.aspect_max.value if spec.aspect_max is not None else None
    if low is not None and image_ratio < low:
        return low, _ratio_label(low)
    if high is not None and image_ratio > high:
        return high, _ratio_label(high)
    if low is not None or high is not None:
        return image_ratio, _ratio_label(image_ratio)
    return None


def _ratio_label(ratio: float) -> str:
    known = {0.8: "4:5", 1.0: "1:1", 1.91: "1.91:1", 0.5625: "9:16", 0.6667: "2:3", 0.75: "3:4"}
    for value, label in known.items():
        if abs(value - ratio) < 0.005:
            return label
    return f"{ratio:.2f}:1"


def crop_box(width: float, height: float, ratio: float) -> Box:
    """The centred part of a width×height frame that has the given width/height ratio."""
    if width / height > ratio:
        kept = height * ratio
        return Box((width - kept) / 2, 0, kept, height)
    kept = width / ratio
    return Box(0, (height - kept) / 2, width, kept)


def safe_zone_boxes(frame: Box, zone: Any) -> list[Box]:
    """The margins of `frame` that the network covers with its own interface."""
    boxes = []
    top = zone.top.value if zone.top is not None else 0
    bottom = zone.bottom.value if zone.bottom is not None else 0
    left = zone.left.value if zone.left is not None else 0
    right = zone.right.value if zone.right is not None else 0
    if top:
        boxes.append(Box(frame.x, frame.y, frame.width, frame.height * top))
    if bottom:
        height = frame.height * bottom
        boxes.append(Box(frame.x, frame.y + frame.height - height, frame.width, height))
    if left:
        boxes.append(Box(frame.x, frame.y, frame.width * left, frame.height))
    if right:
        width = frame.width * right
        boxes.append(Box(frame.x + frame.width - width, frame.y, width, frame.height))
    return boxes


def scale_region(region: Region, sx: float, sy: float) -> Box:
    return Box(region.x * sx, region.y * sy, region.width * sx, region.height * sy)
