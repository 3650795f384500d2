"""Make the media files of the example shop ``examples/fournil-de-lea``.

Le Fournil de Léa is a fictitious bakery-pâtisserie in Lyon (Croix-Rousse). Its posts
(``fournil-de-lea/posts/*/post.md``) refer to the images and the video this script draws,
so that ``assistant lint examples/fournil-de-lea`` has real files to measure. Run it from
anywhere::

    python examples/make_media.py            # (re)writes every file listed below
    python examples/make_media.py --check    # writes nothing; lists images that differ
    python examples/make_media.py --no-video # images only

What it writes (sizes in pixels):

* ``logo.png`` (400×400) at the root of the shop folder (``visual.logo`` in brand.yaml).
* For the *clean* posts, images at the size each network recommends: 1080×1350
  (Instagram 4:5), 1080×1920 (story), 1200×627 (LinkedIn), 1000×1500 (Pinterest 2:3),
  with dark brown text on cream (#3B2314 on #FFF8EE, 13.9:1) or cream on brown
  (#FFF8EE on #5A3A22, 9.6:1), kept out of the zones the apps cover with their buttons.
* For the *faulty* posts, images with the mistakes the linter must find: 800×1600 for an
  Instagram feed post (1:2, taller than 4:5), 300×450 for Pinterest (a third of the
  recommended 1000×1500), a 300×300 partner logo in an Instagram carousel (under the
  320 px minimum), carousel items whose ratio differs from the first, #AAAAAA text on white
  (2.3:1) and cream text on yellow (1.5:1), a story whose text sits in the top 14 %
  and bottom 20 % that the network covers with its own buttons.
* ``reel.mp4``: 1080×1920, 7 s, 24 fps, H.264 + AAC. Its audio track is a quiet 220 Hz
  sine tone, so the file *has* sound (the captions file ``reel.fr.vtt`` beside it is
  written by hand, not by this script). Encoding the video needs the ``ffmpeg`` program
  on the PATH; without it the video is skipped with a message and the images are still
  written. Every other file only needs Pillow (10.1 or newer).

Text is drawn with ``ImageFont.load_default(size=N)``, the scalable font bundled with
Pillow, so no system font is needed. That font only covers ASCII (plus a few signs such
as « » ’ ´ °): French accents are composed here by drawing the base letter and placing
the accent glyph (´ ` ^) or a drawn cedilla/diaeresis on it.

The output is deterministic: the same Pillow and ffmpeg versions give the same bytes
(no random numbers, no timestamps, no metadata; x264 runs single-threaded). Some files are
deliberately missing: ``galette-2.jpg`` of the Epiphany post is referenced but never made,
because that post tests the "missing media" finding.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SHOP = Path(__file__).resolve().parent / "fournil-de-lea"
POSTS = SHOP / "posts"

# Brand colours (brand.yaml, visual.colors)
BROWN = "#5A3A22"
DARK = "#3B2314"
CREAM = "#FFF8EE"
RASPBERRY = "#C2185B"
GOLD = "#D9A441"
CRUST = "#B5773A"
CRUST_DARK = "#8A5526"
WOOD = "#A0703F"
FLOUR = "#F3E6D0"
CHOCOLATE = "#4A2A18"

Colour = str | tuple[int, int, int]

# ---------------------------------------------------------------------------------------
# Text with French accents on an ASCII-only font

_MARKS = {"\u0301": "´", "\u0300": "`"}  # acute and grave: glyphs of the font
_REPLACE = {"\u00a0": " ", "\u202f": " ", "œ": "oe", "Œ": "OE", "–": "-", "—": "-"}


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    loaded = ImageFont.load_default(size=size)
    if not isinstance(loaded, ImageFont.FreeTypeFont):  # pragma: no cover - old Pillow
        sys.exit("Pillow 10.1 or newer with FreeType is needed (ImageFont.load_default(size=...))")
    return loaded


@cache
def _has_glyph(char: str, size: int) -> bool:
    f = font(size)
    missing = f.getmask("\uffff")
    mask = f.getmask(char)
    return mask.size != missing.size or bytes(mask) != bytes(missing)


def _pieces(text: str, size: int) -> Iterator[tuple[str, str]]:
    """Split text into (run, "") for drawable runs and (base, combining marks) for the rest."""
    run = ""
    for char in text:
        char = _REPLACE.get(char, char)
        if all(_has_glyph(c, size) or c == " " for c in char):
            run += char
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        if not marks or not _has_glyph(base, size):
            raise ValueError(f"the bundled font cannot draw {char!r}")
        if run:
            yield run, ""
            run = ""
        yield base, marks
    if run:
        yield run, ""


@cache
def ink_box(glyph: str, size: int) -> tuple[int, int, int, int]:
    """Ink bounding box of a glyph drawn at the origin on its baseline (x grows right,
    y grows down, so a letter's top is negative)."""
    pad = size * 2
    canvas = Image.new("L", (pad * 3, pad * 3), 0)
    ImageDraw.Draw(canvas).text((pad, pad * 2), glyph, font=font(size), fill=255, anchor="ls")
    box = canvas.getbbox()
    if box is None:
        raise ValueError(f"{glyph!r} draws nothing")
    return box[0] - pad, box[1] - pad * 2, box[2] - pad, box[3] - pad * 2


def text_width(text: str, size: int) -> float:
    return sum(font(size).getlength(piece) for piece, _ in _pieces(text, size))


def draw_text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: int,
    fill: Colour,
    align: str = "center",
) -> None:
    """Draw one line; xy is the baseline point (centre, left or right end, per align)."""
    f = font(size)
    x, baseline = xy
    if align == "center":
        x -= text_width(text, size) / 2
    elif align == "right":
        x -= text_width(text, size)
    for piece, marks in _pieces(text, size):
        draw.text((x, baseline), piece, font=f, fill=fill, anchor="ls")
        if marks:
            _draw_marks(draw, x, baseline, piece, marks, size, fill)
        x += f.getlength(piece)


def _draw_marks(
    draw: ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    base: str,
    marks: str,
    size: int,
    fill: Colour,
) -> None:
    f = font(size)
    left, top, right, _ = ink_box(base, size)
    centre = x + (left + right) / 2
    gap = max(2, size // 14)
    for mark in marks:
        if mark in _MARKS:
            glyph = _MARKS[mark]
            m_left, _, m_right, m_bottom = ink_box(glyph, size)
            dx = centre - (m_left + m_right) / 2
            dy = baseline + top - gap - m_bottom
            draw.text((dx, dy), glyph, font=f, fill=fill, anchor="ls")
        elif mark == "\u0302":  # circumflex: a small chevron (the ASCII caret is too big)
            stroke = max(2, size // 13)
            half, height = size * 0.17, size * 0.17
            bottom = baseline + top - gap
            draw.line(
                [(centre - half, bottom), (centre, bottom - height), (centre + half, bottom)],
                fill=fill,
                width=stroke,
                joint="curve",
            )
        elif mark == "\u0308":  # diaeresis: two dots
            r = max(2, size // 16)
            y = baseline + top - gap - r
            for cx in (centre - 2.2 * r, centre + 2.2 * r):
                draw.ellipse((cx - r, y - r, cx + r, y + r), fill=fill)
        elif mark == "\u0327":  # cedilla: a short stem and a hook under the letter
            stroke = max(2, size // 14)
            draw.line(
                [(centre, baseline - stroke), (centre, baseline + size * 0.08)],
                fill=fill,
                width=stroke,
            )
            hook = size * 0.08
            hook_top = baseline + size * 0.05
            draw.arc(
                (centre - hook, hook_top, centre + hook, hook_top + 2 * hook),
                250,
                150,
                fill=fill,
                width=stroke,
            )
        else:
            raise ValueError(f"no drawing for the accent U+{ord(mark):04X}")


def draw_lines(
    draw: ImageDraw.ImageDraw,
    cx: float,
    first_baseline: float,
    lines: list[str],
    size: int,
    fill: Colour,
    leading: float = 1.35,
) -> float:
    """Centred lines; returns the baseline after the last one."""
    y = first_baseline
    for line in lines:
        draw_text(draw, (cx, y), line, size, fill)
        y += size * leading
    return y


# ---------------------------------------------------------------------------------------
# Backgrounds and shapes


def gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    mask = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def panel(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], fill: Colour) -> None:
    radius = int(min(box[2] - box[0], box[3] - box[1]) * 0.08)
    draw.rounded_rectangle(box, radius=radius, fill=fill)


def board(draw: ImageDraw.ImageDraw, cx: float, y: float, w: float, h: float) -> None:
    """A wooden board seen from the front."""
    draw.rounded_rectangle((cx - w / 2, y, cx + w / 2, y + h), radius=int(h / 3), fill=WOOD)
    for i in range(1, 4):
        yy = y + h * i / 4
        draw.line((cx - w / 2 + 20, yy, cx + w / 2 - 20, yy), fill=CRUST_DARK, width=2)


def buche(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float, h: float, icing: Colour
) -> None:
    """A yule log: a chocolate cylinder with bark lines, raspberries and a sugar sprig."""
    left, right, top, bottom = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
    draw.rounded_rectangle((left, top, right, bottom), radius=int(h / 2.4), fill=icing)
    for i in range(6):
        y = top + h * (i + 1) / 7
        draw.arc((left + 30, y - 25, right - 30, y + 25), 200, 340, fill=CHOCOLATE, width=5)
    draw.ellipse(
        (right - h * 0.55, top + h * 0.1, right - h * 0.05, bottom - h * 0.1), fill="#6B4026"
    )
    draw.ellipse(
        (right - h * 0.45, top + h * 0.22, right - h * 0.15, bottom - h * 0.22), fill="#7E5030"
    )
    for i in range(5):
        rx = left + w * 0.2 + i * w * 0.12
        draw.ellipse((rx - 18, top - 20, rx + 18, top + 16), fill=RASPBERRY)
    draw.polygon([(cx - 40, top - 10), (cx, top - 90), (cx + 40, top - 10)], fill="#2E7D32")


def loaf(
    draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float, h: float, crust: Colour
) -> None:
    """A round sourdough loaf with scoring."""
    draw.ellipse((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill=crust)
    for i in (-1, 0, 1):
        x = cx + i * w * 0.22
        draw.arc(
            (x - w * 0.12, cy - h * 0.38, x + w * 0.12, cy + h * 0.38),
            290,
            70,
            fill=FLOUR,
            width=max(3, int(w / 60)),
        )
    draw.ellipse((cx - w * 0.3, cy - h * 0.42, cx + w * 0.05, cy - h * 0.28), fill=FLOUR)


def galette(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    """A galette des rois seen from above, with its scored pattern."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=CRUST)
    draw.ellipse((cx - r * 0.9, cy - r * 0.9, cx + r * 0.9, cy + r * 0.9), fill=GOLD)
    for i in range(12):
        a = math.pi * i / 6
        draw.arc(
            (cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85),
            math.degrees(a),
            math.degrees(a) + 18,
            fill=CRUST_DARK,
            width=6,
        )
        draw.line(
            (cx, cy, cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a)), fill=CRUST, width=4
        )


def entremets(draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float, h: float) -> None:
    """A layered cake: biscuit, mousse, glaze, fruit on top."""
    layers = [("#E8C48A", 0.25), ("#F6D6DE", 0.35), (CHOCOLATE, 0.15), ("#F6D6DE", 0.25)]
    y = cy + h / 2
    for colour, share in layers:
        draw.rectangle((cx - w / 2, y - h * share, cx + w / 2, y), fill=colour)
        y -= h * share
    draw.rectangle((cx - w / 2, y - 24, cx + w / 2, y), fill=RASPBERRY)
    for i in range(4):
        rx = cx - w * 0.3 + i * w * 0.2
        draw.ellipse((rx - 22, y - 64, rx + 22, y - 20), fill=RASPBERRY)


def crepes(draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float, n: int = 5) -> None:
    """A stack of crêpes on a plate."""
    draw.ellipse(
        (cx - w * 0.65, cy - w * 0.12, cx + w * 0.65, cy + w * 0.22),
        fill="#FFFFFF",
        outline="#D8CFC2",
        width=3,
    )
    for i in range(n):
        y = cy - i * w * 0.05
        draw.ellipse(
            (cx - w / 2, y - w * 0.09, cx + w / 2, y + w * 0.09),
            fill="#E3B36A",
            outline="#C8923F",
            width=3,
        )
    draw.ellipse(
        (cx - w * 0.12, cy - n * w * 0.05 - w * 0.05, cx + w * 0.12, cy - n * w * 0.05 + w * 0.02),
        fill=RASPBERRY,
    )


def brioche(draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float) -> None:
    """A Lyon praline brioche: a golden dome studded with pink pralines."""
    draw.ellipse((cx - w / 2, cy - w * 0.32, cx + w / 2, cy + w * 0.32), fill=GOLD)
    draw.rectangle((cx - w / 2, cy, cx + w / 2, cy + w * 0.2), fill=GOLD)
    for i in range(14):
        a = i * 2.399  # golden angle: an even, deterministic scatter
        rr = w * 0.38 * math.sqrt((i + 0.5) / 14)
        px, py = cx + rr * math.cos(a), cy - w * 0.05 + rr * 0.6 * math.sin(a)
        draw.ellipse((px - 18, py - 14, px + 18, py + 14), fill="#E0457B")


def cup(draw: ImageDraw.ImageDraw, cx: float, cy: float, w: float) -> None:
    """A coffee cup on its saucer, with steam."""
    draw.ellipse(
        (cx - w * 0.7, cy + w * 0.45, cx + w * 0.7, cy + w * 0.65),
        fill="#FFFFFF",
        outline="#CBBBA8",
        width=4,
    )
    draw.rounded_rectangle(
        (cx - w / 2, cy - w * 0.1, cx + w / 2, cy + w * 0.55),
        radius=int(w / 5),
        fill="#FFFFFF",
        outline="#CBBBA8",
        width=4,
    )
    draw.ellipse((cx - w / 2, cy - w * 0.18, cx + w / 2, cy + w * 0.02), fill=CHOCOLATE)
    draw.arc(
        (cx + w * 0.38, cy + w * 0.02, cx + w * 0.72, cy + w * 0.34),
        270,
        90,
        fill="#CBBBA8",
        width=10,
    )
    for i in (-1, 0, 1) if w >= 150 else ():  # no steam on a small cup: it looks like "$"
        x = cx + i * w * 0.18
        draw.arc((x - 20, cy - w * 0.6, x + 20, cy - w * 0.35), 90, 270, fill="#CBBBA8", width=6)
        draw.arc((x - 20, cy - w * 0.4, x + 20, cy - w * 0.18), 270, 90, fill="#CBBBA8", width=6)


def person(draw: ImageDraw.ImageDraw, cx: float, top: float, h: float, apron: Colour) -> None:
    """A simple portrait: head, hair, shoulders and an apron."""
    r = h * 0.16
    draw.ellipse((cx - h * 0.38, top + h * 0.45, cx + h * 0.38, top + h * 1.3), fill=apron)
    draw.rectangle((cx - h * 0.38, top + h * 0.85, cx + h * 0.38, top + h * 1.0), fill=apron)
    draw.ellipse((cx - r * 1.1, top - r * 0.1, cx + r * 1.1, top + r * 1.4), fill="#3E2A1E")
    draw.ellipse((cx - r, top + r * 0.2, cx + r, top + r * 2.2), fill="#E9B99A")
    draw.rectangle((cx - h * 0.1, top + h * 0.58, cx + h * 0.1, top + h * 0.95), fill=CREAM)


# ---------------------------------------------------------------------------------------
# The images, one function per file


def img_logo() -> Image.Image:
    img = Image.new("RGB", (400, 400), CREAM)
    d = ImageDraw.Draw(img)
    d.ellipse((20, 20, 380, 380), fill=BROWN)
    d.ellipse((36, 36, 364, 364), outline=GOLD, width=4)
    loaf(d, 200, 150, 170, 110, CRUST)
    draw_text(d, (200, 272), "Le Fournil", 46, CREAM)
    draw_text(d, (200, 322), "de Léa", 40, GOLD)
    return img


def img_buche_1() -> Image.Image:
    img = gradient((1080, 1350), "#F7EBDD", "#E9D3B8")
    d = ImageDraw.Draw(img)
    board(d, 540, 930, 860, 70)
    buche(d, 540, 800, 760, 250, "#5B3420")
    panel(d, (110, 150, 970, 470), CREAM)
    draw_lines(d, 540, 265, ["Bûches de Noël", "Précommandes ouvertes"], 72, DARK, leading=1.45)
    panel(d, (250, 1090, 830, 1230), CREAM)
    draw_text(d, (540, 1180), "Chocolat-framboise", 52, DARK)
    return img


def img_buche_2() -> Image.Image:
    img = gradient((1080, 1350), "#F7EBDD", "#E9D3B8")
    d = ImageDraw.Draw(img)
    panel(d, (110, 90, 970, 260), CREAM)
    draw_text(d, (540, 200), "Trois parfums", 76, DARK)
    flavours = [
        ("Chocolat-framboise", "#5B3420"),
        ("Marron-cassis", "#7A4A5A"),
        ("Vanille-praliné", "#E8D2A6"),
    ]
    for i, (name, icing) in enumerate(flavours):
        y = 430 + i * 330
        buche(d, 330, y, 380, 140, icing)
        panel(d, (560, y - 70, 1010, y + 60), CREAM)
        draw_text(d, (785, y + 14), name, 44, DARK)
    return img


def img_buche_3() -> Image.Image:
    img = Image.new("RGB", (1080, 1350), CREAM)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1080, 60), fill=BROWN)
    d.rectangle((0, 1290, 1080, 1350), fill=BROWN)
    y = draw_lines(d, 540, 330, ["Commandez", "avant le 20 décembre"], 78, DARK)
    d.line((340, y - 20, 740, y - 20), fill=RASPBERRY, width=6)
    y = draw_lines(d, 540, y + 130, ["Retrait en boutique", "les 24 et 31 décembre"], 64, DARK)
    draw_lines(d, 540, y + 120, ["6 parts : 32 euros", "8 parts : 42 euros"], 58, BROWN)
    return img


def img_recrutement_boulanger() -> Image.Image:
    img = Image.new("RGB", (1200, 627), BROWN)
    d = ImageDraw.Draw(img)
    d.rectangle((700, 0, 1200, 627), fill="#6B4A2E")
    loaf(d, 950, 330, 360, 260, CRUST)
    draw_text(d, (80, 190), "Nous recrutons", 78, CREAM, align="left")
    draw_text(d, (80, 300), "Boulanger ou boulangère", 54, CREAM, align="left")
    draw_text(d, (80, 380), "CDI - 35 h - Lyon 4e", 54, CREAM, align="left")
    draw_text(d, (80, 520), "Le Fournil de Léa", 40, CREAM, align="left")
    return img


def img_story_horaires() -> Image.Image:
    # Everything stays between y=300 and y=1500: the top 14 % (269 px) and the bottom
    # 20 % (384 px) of a 1080×1920 story are covered by the app's own buttons.
    img = gradient((1080, 1920), "#F7EBDD", "#E2C9A6")
    d = ImageDraw.Draw(img)
    panel(d, (90, 320, 990, 1180), CREAM)
    draw_text(d, (540, 450), "Horaires des fêtes", 76, DARK)
    d.line((300, 500, 780, 500), fill=RASPBERRY, width=6)
    rows = [
        ("24 déc.", "7 h - 17 h"),
        ("25 déc.", "fermé"),
        ("31 déc.", "7 h - 17 h"),
        ("1er janv.", "fermé"),
    ]
    for i, (day, hours) in enumerate(rows):
        y = 640 + i * 135
        draw_text(d, (170, y), day, 60, DARK, align="left")
        draw_text(d, (910, y), hours, 60, DARK, align="right")
    loaf(d, 540, 1340, 360, 220, CRUST)
    return img


def img_promo_entremets() -> Image.Image:
    # Faulty on purpose: 800×1600 (1:2) is taller than Instagram's 4:5 limit, and the
    # light grey text on white has a contrast ratio of about 2.3:1.
    img = Image.new("RGB", (800, 1600), "#FFFFFF")
    d = ImageDraw.Draw(img)
    entremets(d, 400, 900, 560, 380)
    draw_text(d, (400, 300), "-30 % sur les", 70, "#AAAAAA")
    draw_text(d, (400, 390), "entremets", 70, "#AAAAAA")
    draw_text(d, (400, 1300), "Jusqu'au 24 décembre", 48, "#AAAAAA")
    return img


def img_galette_1() -> Image.Image:
    img = gradient((1080, 1350), "#F7EBDD", "#E6CFAE")
    d = ImageDraw.Draw(img)
    galette(d, 540, 760, 380)
    d.polygon(
        [(450, 420), (480, 330), (540, 400), (600, 330), (630, 420)], fill=GOLD, outline=CRUST_DARK
    )
    panel(d, (160, 1180, 920, 1300), CREAM)
    draw_text(d, (540, 1262), "Frangipane-framboise", 56, DARK)
    return img


def img_recrutement_vendeur() -> Image.Image:
    img = gradient((1200, 627), "#FFF8EE", "#F0DFC7")
    d = ImageDraw.Draw(img)
    draw_text(d, (70, 200), "On recrute !", 84, DARK, align="left")
    draw_text(d, (70, 300), "Vente en boutique", 54, DARK, align="left")
    draw_text(d, (70, 380), "CDI - Croix-Rousse", 54, DARK, align="left")
    for i in range(3):
        loaf(d, 820 + i * 120, 420 - (i % 2) * 60, 200, 140, CRUST)
    return img


def img_cafe_1() -> Image.Image:
    img = gradient((1080, 1350), "#EFE2D0", "#D9C2A3")
    d = ImageDraw.Draw(img)
    person(d, 540, 250, 700, "#2F4F4F")
    cup(d, 820, 1120, 180)
    panel(d, (70, 1150, 620, 1290), CREAM)
    draw_text(d, (345, 1238), "Camille, torréfactrice", 44, DARK)
    return img


def img_cafe_2() -> Image.Image:
    # Faulty on purpose: square (1:1) after a 4:5 first item, and cream text on yellow.
    img = Image.new("RGB", (1080, 1080), "#F2C94C")
    d = ImageDraw.Draw(img)
    cup(d, 330, 640, 260)
    brioche(d, 790, 680, 330)
    draw_text(d, (540, 220), "Café des Pentes", 80, CREAM)
    draw_text(d, (540, 320), "x Le Fournil de Léa", 60, CREAM)
    draw_text(d, (540, 980), "Le duo du matin : 4,50 euros", 50, CREAM)
    return img


def img_cafe_3() -> Image.Image:
    # Faulty on purpose: the partner's logo as found on its website, 300×300: narrower
    # than Instagram's 320 px minimum, and square after a 4:5 first item.
    img = Image.new("RGB", (300, 300), "#F2C94C")
    d = ImageDraw.Draw(img)
    d.ellipse((30, 20, 270, 260), fill=BROWN)
    cup(d, 150, 120, 70)
    draw_text(d, (150, 215), "Café des Pentes", 24, CREAM)
    draw_text(d, (150, 285), "brûlerie", 22, BROWN)
    return img


def img_story_soldes() -> Image.Image:
    # Faulty on purpose: the text is in the top 14 % and the bottom 20 % of the story,
    # under the profile name and the reply field.
    img = gradient((1080, 1920), "#F8D7E0", "#E88FAE")
    d = ImageDraw.Draw(img)
    draw_text(d, (540, 150), "SOLDES SAINT-VALENTIN", 68, "#7A0F3A")
    for i, (x, y) in enumerate([(360, 820), (720, 820), (540, 1120)]):
        s = 230 if i < 2 else 260
        d.ellipse((x - s / 2, y - s / 2, x + s / 2, y + s / 2), fill=RASPBERRY)
        d.polygon([(x - s / 2, y + 10), (x + s / 2, y + 10), (x, y + s * 0.8)], fill=RASPBERRY)
    draw_text(d, (540, 1730), "-20 % SUR TOUT", 84, "#7A0F3A")
    draw_text(d, (540, 1840), "jusqu'au 15 février", 54, "#7A0F3A")
    return img


def img_brioche_praline() -> Image.Image:
    img = gradient((1080, 1350), "#F7EBDD", "#EBD5B7")
    d = ImageDraw.Draw(img)
    board(d, 540, 940, 760, 60)
    brioche(d, 540, 760, 560)
    panel(d, (120, 150, 960, 450), CREAM)
    draw_lines(d, 540, 265, ["Praline brioche", "A Lyon classic"], 74, DARK, leading=1.45)
    panel(d, (220, 1100, 860, 1230), CREAM)
    draw_text(d, (540, 1185), "Baked every morning", 52, DARK)
    return img


def img_crepes_recette() -> Image.Image:
    img = Image.new("RGB", (1000, 1500), CREAM)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1000, 70), fill=BROWN)
    draw_lines(d, 500, 230, ["Crêpes", "de la Chandeleur"], 80, DARK, leading=1.3)
    crepes(d, 500, 640, 520)
    lines = ["250 g de farine", "3 oeufs, 50 cl de lait", "1 pincée de sel", "Repos : 1 heure"]
    y = draw_lines(d, 500, 930, lines, 56, DARK, leading=1.5)
    draw_text(d, (500, y + 60), "La recette du Fournil de Léa", 44, BROWN)
    return img


def img_crepes_mini() -> Image.Image:
    # Faulty on purpose: 300×450, far below Pinterest's 1000×1500.
    img = Image.new("RGB", (300, 450), CREAM)
    d = ImageDraw.Draw(img)
    crepes(d, 150, 250, 170, n=4)
    draw_text(d, (150, 90), "Crêpes maison", 28, DARK)
    return img


IMAGES: dict[str, tuple[Callable[[], Image.Image], str]] = {
    "logo.png": (img_logo, "PNG"),
    "posts/2026-12-04-buche-noel-precommandes/buche-1.jpg": (img_buche_1, "JPEG"),
    "posts/2026-12-04-buche-noel-precommandes/buche-2.jpg": (img_buche_2, "JPEG"),
    "posts/2026-12-04-buche-noel-precommandes/buche-3.jpg": (img_buche_3, "JPEG"),
    "posts/2026-12-09-recrutement-boulanger/recrutement.png": (img_recrutement_boulanger, "PNG"),
    "posts/2026-12-17-story-horaires-fetes/story-horaires.jpg": (img_story_horaires, "JPEG"),
    "posts/2026-12-21-promo-entremets/promo-entremets.jpg": (img_promo_entremets, "JPEG"),
    "posts/2027-01-08-galette-des-rois/galette-1.jpg": (img_galette_1, "JPEG"),
    "posts/2027-01-13-recrutement-vendeur/recrutement-vendeur.jpg": (
        img_recrutement_vendeur,
        "JPEG",
    ),
    "posts/2027-01-16-praline-brioche-visitors/brioche-praline.jpg": (img_brioche_praline, "JPEG"),
    "posts/2027-01-22-partenariat-torrefacteur/cafe-1.jpg": (img_cafe_1, "JPEG"),
    "posts/2027-01-22-partenariat-torrefacteur/cafe-2.jpg": (img_cafe_2, "JPEG"),
    "posts/2027-01-22-partenariat-torrefacteur/cafe-3.jpg": (img_cafe_3, "JPEG"),
    "posts/2027-01-28-recette-crepes-chandeleur/crepes-recette.jpg": (img_crepes_recette, "JPEG"),
    "posts/2027-02-03-crepes-pinterest/crepes-mini.jpg": (img_crepes_mini, "JPEG"),
    "posts/2027-02-10-soldes-saint-valentin/story-soldes.jpg": (img_story_soldes, "JPEG"),
}

# ---------------------------------------------------------------------------------------
# The reel

REEL = "posts/2026-12-19-reel-pain-au-levain/reel.mp4"
REEL_SIZE = (1080, 1920)
REEL_FPS = 24
REEL_SECONDS = 7


def reel_frames() -> Iterator[Image.Image]:
    """A loaf that rises, then browns, under titles kept inside the Reels safe zone
    (below the top 14 %, above the bottom 35 %, 6 % from the sides). Smooth changes only:
    nothing flashes."""
    background = gradient(REEL_SIZE, "#F7EBDD", "#E2C9A6")
    dough, baked = (0xEF, 0xD9, 0xB4), (0xB5, 0x77, 0x3A)
    total = REEL_FPS * REEL_SECONDS
    for i in range(total):
        t = i / REEL_FPS
        img = background.copy()
        d = ImageDraw.Draw(img)
        rise = min(1.0, t / 3.5)
        bake = min(1.0, max(0.0, (t - 3.5) / 2.5))
        r, g, b = (round(lo + (hi - lo) * bake) for lo, hi in zip(dough, baked, strict=True))
        colour = (r, g, b)
        w, h = 420 + 240 * rise, 220 + 160 * rise
        board(d, 540, 1060, 820, 50)
        loaf(d, 540, 1050 - h / 2, w, h, colour)
        panel(d, (110, 320, 970, 560), CREAM)
        draw_text(d, (540, 420), "Notre pain au levain", 66, DARK)
        draw_text(
            d, (540, 510), "48 h de fermentation" if t < 3.5 else "Cuit tous les matins", 50, BROWN
        )
        yield img


def make_reel(path: Path) -> bool:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print(f"skipped {path.relative_to(SHOP)}: ffmpeg is not installed (apt-get install ffmpeg)")
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = REEL_SIZE
    # fmt: off
    command = [
        ffmpeg, "-y", "-hide_banner", "-loglevel", "error",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}",
        "-r", str(REEL_FPS), "-i", "-",
        "-f", "lavfi", "-i", f"sine=frequency=220:sample_rate=44100:duration={REEL_SECONDS}",
        "-map", "0:v", "-map", "1:a", "-t", str(REEL_SECONDS),
        "-c:v", "libx264", "-preset", "medium", "-crf", "30",
        "-maxrate", "450k", "-bufsize", "900k",
        "-pix_fmt", "yuv420p", "-profile:v", "high", "-threads", "1",
        "-af", "volume=0.1", "-c:a", "aac", "-b:a", "48k", "-ac", "1",
        "-map_metadata", "-1", "-fflags", "+bitexact",
        "-flags:v", "+bitexact", "-flags:a", "+bitexact",
        "-movflags", "+faststart",
    ]
    # fmt: on
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / path.name
        process = subprocess.Popen([*command, str(out)], stdin=subprocess.PIPE)
        assert process.stdin is not None
        try:
            for frame in reel_frames():
                process.stdin.write(frame.tobytes())
        finally:
            process.stdin.close()
        if process.wait() != 0:
            sys.exit(f"ffmpeg failed to encode {path.name}")
        shutil.copyfile(out, path)
    return True


# ---------------------------------------------------------------------------------------


def encode(img: Image.Image, fmt: str) -> bytes:
    import io

    buffer = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buffer, "JPEG", quality=78, optimize=True)
    else:
        img.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="report differing or missing images, write nothing"
    )
    parser.add_argument("--no-video", action="store_true", help="do not encode reel.mp4")
    args = parser.parse_args(argv)

    differing = 0
    for rel, (make, fmt) in IMAGES.items():
        path = SHOP / rel
        data = encode(make(), fmt)
        current = path.read_bytes() if path.is_file() else None
        if args.check:
            if current != data:
                differing += 1
                print(f"{'differs' if current else 'missing'}: {rel}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if current != data:
            path.write_bytes(data)
        sha = hashlib.sha256(data).hexdigest()[:12]
        print(f"{rel}  {len(data) / 1024:.0f} KB  sha256:{sha}")
    if args.check:
        return 1 if differing else 0
    if not args.no_video:
        reel = SHOP / REEL
        if make_reel(reel):
            print(f"{REEL}  {reel.stat().st_size / 1024:.0f} KB")
    total = sum(p.stat().st_size for p in SHOP.rglob("*") if p.is_file())
    print(f"total size of {SHOP.name}/: {total / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
