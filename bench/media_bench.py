"""Benchmark the visual and video checks (issue 5).

    python bench/media_bench.py [--posts 20] [--repeat 15]

Prints, for a 1080×1350 JPEG with text: the time of the checks without OCR (decode,
size/format/carousel rules, dominant colours) and with OCR (tesseract, then contrast,
alt text, safe zones, coverage); then a cold and a warm lint of a folder of posts with
such images and a short video, to show the persistent media cache at work. Each timing
uses fresh MediaFacts objects, so only the persistent cache (never the in-memory one)
can answer. Record the figures in bench/RESULTS.md with the machine they ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from assistant.checks import brand_colours, image_specs, image_text, video  # noqa: E402
from assistant.config import load_settings  # noqa: E402
from assistant.engine import lint_post  # noqa: E402
from assistant.loader import load_brand, load_post  # noqa: E402
from assistant.media import MediaFacts  # noqa: E402
from assistant.platforms import known_networks  # noqa: E402
from assistant.rule import Rule, RuleContext  # noqa: E402

NO_OCR_RULES = (*image_specs.RULES, brand_colours.PALETTE)
OCR_RULES = image_text.RULES
ALL_RULES = (*image_specs.RULES, *video.RULES, *video.ACCESSIBILITY_RULES,
             *image_text.RULES, *brand_colours.RULES)  # fmt: skip
BRAND = (
    "name: Le Fournil de Léa\nactivity: Boulangerie\n"
    "visual:\n  colors: {primary: '#8B4513', cream: '#F5E6D3'}\n"
)


def poster(path: Path, number: int) -> None:
    """A 1080×1350 JPEG like a small shop's poster: a band, a title, two lines of text."""
    image = Image.new("RGB", (1080, 1350), (245, 230, 211))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 900, 1080, 1350), fill=(139, 69, 19))
    draw.text((80, 200), f"Buche n {number}", fill=(62, 39, 35), font=ImageFont.load_default(96))
    small = ImageFont.load_default(40)
    draw.text((80, 1000), "Precommandes ouvertes", fill=(255, 255, 255), font=small)
    draw.text((80, 1070), "jusqu'au 20 decembre", fill=(200, 160, 120), font=small)
    image.save(path, quality=88)


def write_folder(root: Path, posts: int) -> None:
    root.mkdir(parents=True)
    (root / "brand.yaml").write_text(BRAND, encoding="utf-8")
    tiny = ROOT / "tests" / "data" / "tiny.mp4"
    for number in range(posts):
        folder = root / "posts" / f"2026-12-{number:03d}"
        folder.mkdir(parents=True)
        poster(folder / "visuel.jpg", number)
        media = "  - {file: visuel.jpg, alt: 'Bûche, précommandes ouvertes'}\n"
        if number % 4 == 0:
            shutil.copy(tiny, folder / "reel.mp4")
            (folder / "reel.vtt").write_text(
                "WEBVTT\n\n00:00.000 --> 00:00.900\nBonjour !\n", encoding="utf-8"
            )
            media += "  - {file: reel.mp4, captions: reel.vtt}\n"
        (folder / "post.md").write_text(
            f"---\nnetworks: [instagram, facebook]\nformat: carousel\nmedia:\n{media}---\n"
            "Nos bûches sont là !\n",
            encoding="utf-8",
        )


def time_rules(root: Path, rules: tuple[Rule, ...], repeat: int) -> list[float]:
    """Milliseconds to run `rules` on a one-image post, with fresh media facts each time."""
    brand, _ = load_brand(root)
    folder = sorted((root / "posts").iterdir())[1]  # a post with one image, no video
    timings = []
    for _ in range(repeat):
        post, _ = load_post(folder, root, brand, known_networks())
        assert post is not None
        fresh = {name: MediaFacts(f.path, f.rel, root) for name, f in post.media.items()}
        object.__setattr__(post, "media", fresh)
        start = time.perf_counter()
        for rule in rules:
            options = rule.options() if rule.options else None
            list(rule.check(RuleContext(rule, post, options, rule.severity)) or ())  # type: ignore[misc]
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def lint_folder(root: Path) -> float:
    settings = load_settings(root, {}, None)
    brand, _ = load_brand(root)
    start = time.perf_counter()
    for folder in sorted((root / "posts").iterdir()):
        post, _ = load_post(folder, root, brand, known_networks())
        assert post is not None
        lint_post(post, ALL_RULES, settings)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "shop"
        write_folder(root, args.posts)

        os.environ["ASSISTANT_CACHE_DIR"] = "off"
        no_ocr = time_rules(root, NO_OCR_RULES, args.repeat)
        with_ocr = time_rules(root, (*NO_OCR_RULES, *OCR_RULES), max(3, args.repeat // 3))
        print(f"one 1080×1350 image, no OCR:   median {statistics.median(no_ocr):7.1f} ms "
              f"(min {min(no_ocr):.1f}, max {max(no_ocr):.1f})")  # fmt: skip
        print(f"one 1080×1350 image, with OCR: median {statistics.median(with_ocr):7.1f} ms "
              f"(min {min(with_ocr):.1f}, max {max(with_ocr):.1f})")  # fmt: skip

        os.environ["ASSISTANT_CACHE_DIR"] = str(Path(temp) / "cache")
        cold = lint_folder(root)
        warm = lint_folder(root)
        print(f"folder of {args.posts} posts ({(args.posts + 3) // 4} videos), every visual "
              f"and video rule:")  # fmt: skip
        print(f"  first lint (empty cache):  {cold:8.0f} ms")
        print(f"  second lint (unchanged):   {warm:8.0f} ms  ({cold / warm:.0f}× faster)")


if __name__ == "__main__":
    main()
