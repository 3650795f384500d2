"""Per-rule fixture files (tests/rules/cases/<CODE>.yaml), in the manner of sqlfluff.

Each case is a post in miniature and the exact findings of that rule it must give:
the network, and the caption text the finding highlights (read back from post.md
through the reported line/column span) or the front-matter field it points to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant import lint
from assistant.rule import Example

from .conftest import write_post

CASES_DIR = Path(__file__).parent / "rules" / "cases"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for file in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        out += [(data["rule"], case) for case in data["cases"]]
    return out


def _highlighted(post_md: Path, finding) -> str:  # type: ignore[no-untyped-def]
    location = finding.location
    lines = post_md.read_text(encoding="utf-8").split("\n")
    first, last = location.line - 1, location.end_line - 1
    if first == last:
        return lines[first][location.column - 1 : location.end_column - 1]
    parts = [
        lines[first][location.column - 1 :],
        *lines[first + 1 : last],
        lines[last][: location.end_column - 1],
    ]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "code,case", _cases(), ids=lambda v: v if isinstance(v, str) else v["name"]
)
def test_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    example = Example(
        caption=case.get("caption", ""),
        networks=tuple(case.get("networks", ["instagram"])),
        front_matter=case.get("front_matter", {}),
        files=tuple(case.get("files", [])),
        brand=case.get("brand"),
    )
    folder = write_post(tmp_path, example)
    result = lint([tmp_path], select=[code], ignore=case.get("ignore"))
    got = []
    for finding in (f for f in result.findings if f.code == code):
        entry: dict[str, Any] = {}
        if finding.network:
            entry["network"] = finding.network
        if finding.location.column is not None:
            entry["span"] = _highlighted(folder / "post.md", finding)
        elif finding.location.field:
            entry["field"] = finding.location.field
        got.append(entry)
    assert got == case["expect"]
