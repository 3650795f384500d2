"""Flashes in a video, after WCAG 2.3.1 (Three Flashes or Below Threshold).

WCAG's general flash threshold: a flash is a pair of opposing changes in relative
luminance of 10 % or more of the maximum, where the darker state is below 0.80; more
than three flashes within any one second fail, when they cover more than a quarter of
a 10° field of view. We decode the video small (ffmpeg), split each frame into a 2×2
grid (each cell a quarter of the screen, a conservative stand-in for the area rule) and
count the changes in each cell.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from . import tools

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SIDE = 32  # frames are scaled to SIDE×SIDE before measuring
CHANGE = 0.10
DARK_BELOW = 0.80
TIMEOUT_S = 120


def cell_luminance(path: Path) -> tuple[npt.NDArray[np.float64], float] | None:
    """Mean relative luminance of the 4 quarter-cells of every frame, and the frame rate."""
    import numpy as np

    from .contrast import relative_luminance
    from .probe import probe

    binary = tools.find("ffmpeg")
    info, _ = probe(path)
    if binary is None or info is None or info.fps <= 0:
        return None
    command = [binary, "-v", "error", "-i", str(path), "-vf", f"scale={SIDE}:{SIDE}",
               "-pix_fmt", "rgb24", "-f", "rawvideo", "-"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
    if done.returncode != 0:
        return None
    frames = np.frombuffer(done.stdout, dtype=np.uint8)
    frames = frames[: len(frames) // (SIDE * SIDE * 3) * SIDE * SIDE * 3]
    frames = frames.reshape(-1, SIDE, SIDE, 3)
    luminance = relative_luminance(frames)
    half = SIDE // 2
    cells = luminance.reshape(-1, 2, half, 2, half).mean(axis=(2, 4)).reshape(-1, 4)
    return cells, info.fps


def max_flashes_per_second(cells: npt.NDArray[np.float64], fps: float) -> float:
    """The most flashes (pairs of opposing changes) any cell shows within one second."""
    window = max(1, round(fps))
    worst = 0.0
    for series in cells.T:
        changes = _changes(series)
        for start in range(len(changes)):
            inside = [t for t in changes[start:] if t - changes[start] < window]
            worst = max(worst, len(inside) / 2)
    return worst


def _changes(series: npt.NDArray[np.float64]) -> list[int]:
    """Frame numbers where the luminance has swung by CHANGE or more from the last extreme,
    in the opposite direction from the previous swing, with the darker side below 0.80."""
    changes: list[int] = []
    anchor = float(series[0]) if len(series) else 0.0
    direction = 0
    for frame, value in enumerate(series):
        value = float(value)
        delta = value - anchor
        moving = 1 if delta > 0 else -1
        if direction != 0 and moving == direction:
            anchor = value  # still going the same way: follow the extreme
            continue
        if abs(delta) >= CHANGE and min(value, anchor) < DARK_BELOW:
            changes.append(frame)
            direction = moving
            anchor = value
    return changes
