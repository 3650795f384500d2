"""GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` per finding.

GitHub turns each line into an annotation on the file. Paths are made relative to the
current directory (the repository checkout in a workflow) when the content root lies
under it. Columns are only given when the span stays on one line, as GitHub requires.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import Finding, Severity
from ..i18n import Lang

if TYPE_CHECKING:
    from ..engine import LintResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def format_github(result: LintResult, lang: Lang) -> str:
    root = result.roots[0] if result.roots else Path()
    lines = [_command(finding, root, lang) for finding in result.findings]
    return "".join(line + "\n" for line in lines)


def _command(finding: Finding, root: Path, lang: Lang) -> str:
    location = finding.location
    properties: list[tuple[str, object]] = [("file", repo_path(root, location.file))]
    if location.line is not None:
        properties.append(("line", location.line))
        one_line = location.end_line in (None, location.line)
        if location.column is not None and one_line:
            properties.append(("col", location.column))
        if location.end_line is not None:
            properties.append(("endLine", location.end_line))
        if location.end_column is not None and location.column is not None and one_line:
            properties.append(("endColumn", location.end_column))
    properties.append(("title", f"{finding.code} {finding.name}"))
    head = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    message = escape_data(finding.message.in_lang(lang))
    return f"::{COMMANDS[finding.severity]} {head}::{message}"


def repo_path(root: Path, file: str) -> str:
    """`file` (relative to `root`) relative to the current directory, if it lies under it."""
    try:
        relative = Path(os.path.relpath(root / file, Path.cwd()))
    except ValueError:  # another drive, on Windows
        return file
    if relative.parts[:1] == ("..",):
        return file
    return relative.as_posix()


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
