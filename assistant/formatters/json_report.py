"""The JSON report: a versioned wire format for programs, described in docs/json-report.md.

`docs/report.schema.json` is its JSON Schema. Every key is always present (null when
unknown), so a consumer never has to guess whether a key was left out on purpose.
"""

from __future__ import annotations

import json
from importlib import metadata
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Location, Message, Severity, Suggestion
from ..i18n import Lang

if TYPE_CHECKING:
    from ..engine import LintResult

# Additive changes bump the minor number, breaking changes the major one.
SCHEMA_VERSION = "1.0"
TOOL_NAME = "assistant"


def tool_version() -> str:
    """The installed distribution's version, else the source tree's `__version__`."""
    try:
        return metadata.version(TOOL_NAME)
    except metadata.PackageNotFoundError:
        from .. import __version__

        return __version__ or "0.1.0"


def format_json(result: LintResult, lang: Lang) -> str:
    report = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": tool_version()},
        "language": lang,
        "summary": {
            "files": len(result.files),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
            "exit_code": int(result.exit_code()),
        },
        "findings": [_finding(f, lang) for f in result.findings],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _messages(message: Message) -> dict[str, str]:
    return {"fr": message.fr, "en": message.en}


def _finding(finding: Finding, lang: Lang) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.label,
        "message": finding.message.in_lang(lang),
        "messages": _messages(finding.message),
        "post": finding.post,
        "network": finding.network,
        "location": _location(finding.location),
        "suggestions": [_suggestion(s, lang) for s in finding.suggestions],
    }


def _location(location: Location) -> dict[str, Any]:
    region = location.region
    return {
        "file": location.file,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "field": location.field,
        "region": None
        if region is None
        else {"x": region.x, "y": region.y, "width": region.width, "height": region.height},
    }


def _suggestion(suggestion: Suggestion, lang: Lang) -> dict[str, Any]:
    return {
        "message": suggestion.message.in_lang(lang),
        "messages": _messages(suggestion.message),
        "replacement": suggestion.replacement,
    }
