"""The example folder's HTML report, opened in headless Chromium (Debian's /usr/bin/chromium).

Driven by tests/browser/check_report.mjs (playwright-core + axe-core from npm, installed by
.ci/run into tests/browser/node_modules). Checks what a reader gets: one loaded preview per
post and network, no console error, no request leaving the file, a first Tab landing on
the skip link, and no serious or critical axe-core violation. Saves a screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.engine import lint

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fournil-de-lea"
BROWSER_DIR = Path(__file__).resolve().parent / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def _missing() -> str | None:
    if not Path(CHROMIUM).is_file():
        return f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does it)"
    if shutil.which("node") is None:
        return "node is not installed"
    for package in ("playwright-core", "axe-core"):
        if not (BROWSER_DIR / "node_modules" / package).is_dir():
            return f"run `npm install` in tests/browser ({package} is missing; .ci/run does it)"
    if not EXAMPLE.is_dir():
        return "examples/fournil-de-lea is missing"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("browser")
    report = tmp / "report.html"
    main(["lint", str(EXAMPLE), "--format", "html", "-o", str(report), "--lang", "fr"])
    screenshot = tmp / "report.png"
    done = subprocess.run(
        [
            "node",
            str(BROWSER_DIR / "check_report.mjs"),
            str(report),
            str(screenshot),
            str(tmp / "profile"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["screenshot"] = screenshot
    return result


def _expected_previews() -> list[tuple[str, str]]:
    from assistant.loader import load_post
    from assistant.platforms import known_networks

    result = lint([EXAMPLE])
    expected = []
    for file in result.files:
        post, _ = load_post((EXAMPLE / file).parent, EXAMPLE, None, known_networks())
        assert post is not None
        expected += [(post.id, network) for network in post.meta.networks]
    return expected


def test_one_loaded_preview_per_post_and_network(page: dict) -> None:
    previews = page["previews"]
    assert [(p["post"], p["network"]) for p in previews] == _expected_previews()
    with_image = [p for p in previews if p["images"]]
    assert with_image and all(p["loaded"] for p in with_image)
    assert any(p["crops"] for p in previews), "no crop drawn on any preview"
    assert any(p["folded"] for p in previews), "no caption folded"
    assert any(p["regions"] for p in previews), "no finding region outlined"


def test_no_console_error_and_no_request_outside_the_file(page: dict) -> None:
    assert page["consoleErrors"] == []
    assert page["external"] == []


def test_keyboard_reaches_the_skip_link_first(page: dict) -> None:
    assert page["lang"] == "fr"
    assert page["firstFocus"] == "skip"


def test_axe_finds_no_serious_or_critical_violation(page: dict) -> None:
    bad = [v for v in page["axe"] if v["impact"] in ("serious", "critical")]
    assert bad == []


def test_screenshot_is_saved(page: dict) -> None:
    from PIL import Image

    with Image.open(page["screenshot"]) as image:
        assert image.size == (1280, 900)
