"""The wheel carries rules/ and prompts/, and lints the example folder from a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from .conftest import EXAMPLE_FOLDER, REPO


@pytest.mark.slow
def test_wheel_installs_and_lints_the_example(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # No build isolation: hatchling comes from the test environment, so no network is used.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("assistant-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # A real pip install of the wheel alone (no index, no network); the dependencies are
    # reached through a .pth line to the test environment, whose editable finder is not
    # run from there: the `assistant` imported must be the wheel's.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    probe = subprocess.run(
        [
            python,
            "-c",
            "import assistant, assistant.resources as r; print(assistant.__file__);"
            " print(r.data_path('rules', 'defaults.toml')); print(r.data_path('prompts'))",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, defaults, prompts = probe.stdout.split()
    assert module_file.startswith(str(site)), module_file
    assert defaults.startswith(str(site)) and Path(defaults).is_file()
    assert Path(prompts).is_dir()
    run = subprocess.run(
        [env_dir / "bin" / "assistant", "lint", str(EXAMPLE_FOLDER), "--format", "json"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert run.returncode in (0, 1, 2), run.stderr
    assert '"schema_version"' in run.stdout and "Traceback" not in run.stderr
