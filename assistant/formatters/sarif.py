"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. `tool.driver.rules` holds only the rules that appear in the findings, in the
registry's order, so the log stays small; `ruleIndex` points into that list. File URIs
are relative to `SRCROOT`, the first content root. Columns count Unicode code points and
`endColumn` is exclusive, as in `Location`.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..findings import Finding, Location, Severity
from ..i18n import Lang
from ..registry import all_rules
from ..rule import Rule
from .json_report import TOOL_NAME, tool_version

if TYPE_CHECKING:
    from ..engine import LintResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "SRCROOT"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(result: LintResult, lang: Lang) -> str:
    rules = _rules_used(result.findings)
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver: dict[str, Any] = {"name": TOOL_NAME, "version": tool_version()}
    if uri := _information_uri():
        driver["informationUri"] = uri
    driver["rules"] = [_descriptor(rule, lang) for rule in rules]
    run: dict[str, Any] = {"tool": {"driver": driver}}
    if result.roots:
        root_uri = result.roots[0].resolve().as_uri().rstrip("/") + "/"
        run["originalUriBaseIds"] = {SRCROOT: {"uri": root_uri}}
    run["columnKind"] = "unicodeCodePoints"
    run["results"] = [_result(f, index[f.code], lang) for f in result.findings]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rules_used(findings: tuple[Finding, ...]) -> list[Rule]:
    registry = all_rules()
    used = {f.code for f in findings}
    known = [rule for code, rule in registry.items() if code in used]
    strays = {f.code: _stand_in(f) for f in findings if f.code not in registry}
    return known + list(strays.values())


def _stand_in(finding: Finding) -> Rule:
    """A descriptor for a code the registry does not know (not expected to happen)."""
    return Rule(
        code=finding.code,
        name=finding.name,
        severity=finding.severity,
        category="unknown",
        summary=finding.message,
        rationale=finding.message,
        message=finding.message,
        sources=(),
        passes=(),
        fails=(),
        check=None,
    )


def _information_uri() -> str | None:
    """The project's home page from the installed metadata, when it is an absolute URL."""
    try:
        meta = metadata.metadata(TOOL_NAME)
    except metadata.PackageNotFoundError:
        return None
    urls = list(meta.get_all("Home-page") or [])
    urls += [entry.partition(",")[2].strip() for entry in meta.get_all("Project-URL") or []]
    return next((url for url in urls if url.startswith(("https://", "http://"))), None)


def _descriptor(rule: Rule, lang: Lang) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary.in_lang(lang)},
        "fullDescription": {"text": rule.rationale.in_lang(lang)},
    }
    if rule.sources and rule.sources[0].url.startswith("http"):
        descriptor["helpUri"] = rule.sources[0].url
    descriptor["defaultConfiguration"] = {"level": LEVELS[rule.severity]}
    descriptor["properties"] = {"category": rule.category}
    return descriptor


def _result(finding: Finding, rule_index: int, lang: Lang) -> dict[str, Any]:
    location = finding.location
    artifact = {"uri": quote(location.file, safe="/"), "uriBaseId": SRCROOT}
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(location)
    if region is not None:
        physical["region"] = region
    sarif_location: dict[str, Any] = {"physicalLocation": physical}
    extra = _location_properties(location)
    if extra:
        sarif_location["properties"] = extra
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message.in_lang(lang)},
        "locations": [sarif_location],
        "partialFingerprints": {"assistant/v1": _fingerprint(finding)},
    }
    fixes = [
        {
            "description": {"text": s.message.in_lang(lang)},
            "artifactChanges": [
                {
                    "artifactLocation": artifact,
                    "replacements": [
                        {"deletedRegion": region, "insertedContent": {"text": s.replacement}}
                    ],
                }
            ],
        }
        for s in finding.suggestions
        if s.replacement is not None and _is_span(location)
    ]
    if fixes:
        result["fixes"] = fixes
    properties = {k: v for k, v in (("post", finding.post), ("network", finding.network)) if v}
    if properties:
        result["properties"] = properties
    return result


def _region(location: Location) -> dict[str, int] | None:
    if location.line is None:
        return None
    pairs = (
        ("startLine", location.line),
        ("startColumn", location.column),
        ("endLine", location.end_line),
        ("endColumn", location.end_column),
    )
    return {key: value for key, value in pairs if value is not None}


def _is_span(location: Location) -> bool:
    """A fix can only replace a span whose both ends are known."""
    ends = (location.line, location.column, location.end_line, location.end_column)
    return all(value is not None for value in ends)


def _location_properties(location: Location) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    if location.field is not None:
        properties["field"] = location.field
    if location.region is not None:
        r = location.region
        properties["region"] = {"x": r.x, "y": r.y, "width": r.width, "height": r.height}
    return properties


def _fingerprint(finding: Finding) -> str:
    """Stable across runs and languages: code, file, English message and line."""
    parts = (finding.code, finding.location.file, finding.message.en, finding.location.line)
    key = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
