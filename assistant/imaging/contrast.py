"""Contrast of a line of text inside an image, by the WCAG 2 ratio.

The background is the median colour of a ring of pixels around the text's box. The text
colour starts from the box's extreme pixels (2nd or 98th luminance percentile, on the side
away from the background): of the pixels at least 60 % of the way from the background to
that extreme, the most common colour is the ink. This keeps anti-aliased edge pixels out
(a two-colour clustering measures #777 on white as 3.9:1 instead of 4.48:1, see
accessibility-and-french-law.md, section 1) and JPEG ringing too (the raw extreme
overshoots the ink colour).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# WCAG 2.2, 1.4.3: 4.5:1, or 3:1 for large text (18 pt = 24 CSS px, or 14 pt bold).
NORMAL_MINIMUM = 4.5
LARGE_MINIMUM = 3.0
LARGE_TEXT_CSS_PX = 24.0
EXTREME_PERCENTILE = 2.0
CORE_SHARE = 0.6
MODE_BINS = 32


@dataclass(frozen=True, slots=True)
class LineContrast:
    text_rgb: tuple[int, int, int]
    background_rgb: tuple[int, int, int]
    ratio: float


def relative_luminance(rgb: npt.NDArray[np.uint8]) -> npt.NDArray[np.float64]:
    """WCAG 2 relative luminance of an (..., 3) array of 8-bit sRGB colours."""
    import numpy as np

    channels = rgb.astype(np.float64) / 255.0
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    weights = np.array([0.2126, 0.7152, 0.0722])
    result: npt.NDArray[np.float64] = linear @ weights
    return result


def contrast_ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """The WCAG 2 contrast ratio of two 8-bit colours (wcag-contrast-ratio takes 0..1)."""
    import wcag_contrast_ratio

    return float(
        wcag_contrast_ratio.rgb(tuple(c / 255 for c in first), tuple(c / 255 for c in second))
    )


def measure_line(
    pixels: npt.NDArray[np.uint8], x: int, y: int, width: int, height: int
) -> LineContrast | None:
    """Text and background colours of the box (x, y, width, height) and their ratio."""
    import numpy as np

    image_height, image_width = pixels.shape[:2]
    left, top = max(0, x), max(0, y)
    right, bottom = min(image_width, x + width), min(image_height, y + height)
    if right <= left or bottom <= top:
        return None
    gap = max(2, round(height * 0.15))  # leaves out glyph parts tesseract cut off
    ring = max(3, round(height * 0.3))
    outer = (
        max(0, left - gap - ring),
        max(0, top - gap - ring),
        min(image_width, right + gap + ring),
        min(image_height, bottom + gap + ring),
    )
    inner = (
        max(0, left - gap),
        max(0, top - gap),
        min(image_width, right + gap),
        min(image_height, bottom + gap),
    )
    window = pixels[outer[1] : outer[3], outer[0] : outer[2]]
    mask = np.ones(window.shape[:2], dtype=bool)
    mask[inner[1] - outer[1] : inner[3] - outer[1], inner[0] - outer[0] : inner[2] - outer[0]] = (
        False
    )
    box = pixels[top:bottom, left:right].reshape(-1, 3)
    around = window[mask]
    if len(around) == 0:
        return None
    background = np.median(around, axis=0)
    background_luminance = float(relative_luminance(background.round().astype(np.uint8)))
    luminance = relative_luminance(box)
    low = np.percentile(luminance, EXTREME_PERCENTILE)
    high = np.percentile(luminance, 100 - EXTREME_PERCENTILE)
    # The extreme says how far the ink goes. The ink's colour is the most common one among
    # the pixels most of the way there: anti-aliased edges (too close to the background)
    # and JPEG ringing (overshooting past the ink) are both rarer than the ink itself.
    extreme = low if background_luminance - low >= high - background_luminance else high
    threshold = background_luminance + CORE_SHARE * (extreme - background_luminance)
    inked = (luminance <= threshold) if extreme < background_luminance else (luminance >= threshold)
    text = _modal_colour(box[inked], luminance[inked])
    text_rgb = _rgb(text)
    background_rgb = _rgb(background)
    return LineContrast(text_rgb, background_rgb, contrast_ratio(text_rgb, background_rgb))


def _modal_colour(
    pixels: npt.NDArray[np.uint8], luminance: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Median colour of the pixels in the most populated luminance bin (and its neighbours)."""
    import numpy as np

    lightness = np.cbrt(luminance)  # closer to perceived lightness than luminance is
    counts, edges = np.histogram(lightness, bins=MODE_BINS)
    peak = int(np.argmax(counts))
    low_edge = edges[max(0, peak - 1)]
    high_edge = edges[min(len(edges) - 1, peak + 2)]
    chosen = pixels[(lightness >= low_edge) & (lightness <= high_edge)]
    result: npt.NDArray[np.float64] = np.median(chosen, axis=0)
    return result


def _rgb(values: npt.NDArray[np.float64]) -> tuple[int, int, int]:
    red, green, blue = (round(float(v)) for v in values)
    return red, green, blue


def minimum_ratio(text_height_px: float, image_width_px: int, display_width_css_px: float) -> float:
    """4.5, or 3.0 when the text, shown at the platform's display width, counts as large."""
    css_height = text_height_px * display_width_css_px / image_width_px
    return LARGE_MINIMUM if css_height >= LARGE_TEXT_CSS_PX else NORMAL_MINIMUM


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)
