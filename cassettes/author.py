"""Write the authored cassettes: `python cassettes/author.py [NAME ...]` from the repo root.

No LLM endpoint is reachable from the development machines, so these sessions are
*authored*: each scenario of cassettes/scenarios.py scripts the answers of the local
OpenAI-compatible test server (tests/llm_server.py), and the real command
`assistant generate BRIEF --record CASSETTE` records the exchange through vcrpy. The
server's address is then replaced by http://scripted-llm.invalid (a name that can never
resolve) and a header comment says where the cassette comes from.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.cli import main  # noqa: E402
from cassettes.scenarios import Scenario, scenarios  # noqa: E402
from tests.llm_server import LLMServer  # noqa: E402

CANONICAL_BASE = "http://scripted-llm.invalid/v1"
# Built at run time so that no committed file holds a key-shaped string; it must never
# reach a cassette either (tests/test_cassettes.py scans them).
FAKE_KEY = "sk-" + "authoring-" + "0" * 22
VOLATILE_HEADERS = re.compile(r"^      (Date|Server|date|server):\n(        - .*\n)+", re.M)


def author(scenario: Scenario, folder: Path = REPO / "cassettes") -> Path:
    cassette = folder / f"{scenario.name}.authored.yaml"
    with LLMServer(scenario.script) as server, tempfile.TemporaryDirectory() as out:
        if not scenario.every_rule:
            Path(out, "assistant.toml").write_text('select = ["PLAT", "MEDIA"]\n', encoding="utf-8")
        saved = {
            k: os.environ.get(k)
            for k in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "ASSISTANT_BATCH_POLL")
        }
        os.environ.update(
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY=FAKE_KEY,
            OPENAI_MODEL="gpt-4o-mini",
            ASSISTANT_BATCH_POLL="0",
        )
        try:
            argv = ["generate", str(REPO / scenario.brief), "--out", out, "--record", str(cassette)]
            extra = [str(REPO / a) if a.endswith(".yaml") else a for a in scenario.extra_args]
            code = main([*argv[:2], *extra, *argv[2:], "--force"])
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        text = cassette.read_text(encoding="utf-8").replace(server.base_url, CANONICAL_BASE)
    text = VOLATILE_HEADERS.sub("", text)
    header = (
        f"# AUTHORED, not recorded from a real model: {scenario.description}\n"
        "# Scripted answers (cassettes/scenarios.py) served by tests/llm_server.py and recorded\n"
        "# by `assistant generate --record`; regenerate with `python cassettes/author.py "
        f"{scenario.name}`.\n"
    )
    cassette.write_text(header + text, encoding="utf-8")
    print(f"{cassette.relative_to(REPO)}: exit {code}")
    return cassette


if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    for item in scenarios():
        if not wanted or item.name in wanted:
            author(item)
