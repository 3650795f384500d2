"""`assistant lint` must not load the LLM client or heavy models."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import EXAMPLE_FOLDER

# The LLM client and heavy models; rules that need a lighter library load it lazily.
HEAVY = ["openai", "httpx", "httpx2", "spacy", "torch", "jinja2"]


def test_lint_imports_nothing_heavy() -> None:
    code = (
        "import sys, json; from assistant.cli import main\n"
        f"main(['lint', {str(EXAMPLE_FOLDER)!r}, '--format', 'json', '-o', '/dev/null'])\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout.strip().splitlines()[-1]) == []
