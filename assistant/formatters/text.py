"""The report for a person: grouped by post, coloured on a terminal, in one language."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from ..findings import Finding, Message, Severity
from ..i18n import Lang, pick

if TYPE_CHECKING:
    from ..engine import LintResult

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_LABELS = {
    Severity.ERROR: ("erreur", "error"),
    Severity.WARNING: ("alerte", "warning"),
    Severity.INFO: ("info", "info"),
}


def use_colour(stream: TextIO) -> bool:
    """https://no-color.org: NO_COLOR turns colour off; FORCE_COLOR turns it on."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty() and os.environ.get("TERM") != "dumb"


def format_text(result: LintResult, lang: Lang, colour: bool = False) -> str:
    def paint(code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if colour else text

    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        groups[finding.location.file if finding.post is None else _post_file(finding)].append(
            finding
        )
    lines: list[str] = []
    for file in sorted(set(groups) | set(result.files)):
        findings = groups.get(file, [])
        if not findings:
            lines.append(
                paint("32", "✓ ")
                + file
                + paint("2", pick(lang, "  rien à signaler", "  nothing to report"))
            )
            continue
        lines.append(paint("1", file))
        findings = merge_networks(findings)
        width = max(12, *(len(_where(f)) for f in findings))
        for finding in findings:
            lines.extend(_finding_lines(finding, lang, paint, width))
        lines.append("")
    lines.append(_summary(result, lang, paint))
    return "\n".join(lines) + "\n"


def merge_networks(findings: list[Finding]) -> list[Finding]:
    """One line for a finding that differs between networks only by the network's name.

    "On Instagram, the first sentence is cut…" and the same for Facebook become one line
    for "instagram, facebook". JSON, SARIF and GitHub outputs keep one finding per network.
    """
    from ..platforms import load_platforms

    names = {n: p.display_name for n, p in load_platforms().items()}
    merged: dict[tuple[object, ...], list[Finding]] = {}
    for finding in findings:
        name = names.get(finding.network or "", "\0")
        key = (
            finding.code,
            finding.location,
            finding.message.fr.replace(name, "\0"),
            finding.message.en.replace(name, "\0"),
            tuple(s.message.en.replace(name, "\0") for s in finding.suggestions),
            finding.network is None,
        )
        merged.setdefault(key, []).append(finding)
    out = []
    for group in merged.values():
        first = group[0]
        if len(group) == 1:
            out.append(first)
            continue
        name = names.get(first.network or "", "\0")
        together = " / ".join(names.get(f.network or "", "") for f in group)
        out.append(
            replace(
                first,
                network=", ".join(f.network or "" for f in group),
                message=Message(
                    first.message.fr.replace(name, together),
                    first.message.en.replace(name, together),
                ),
            )
        )
    return out


def _post_file(finding: Finding) -> str:
    file = finding.location.file
    if file.endswith("post.md"):
        return file
    return f"{file.rpartition('/')[0]}/post.md" if "/" in file else "post.md"


Paint = Callable[[str, str], str]


def _where(finding: Finding) -> str:
    """line:column, else the pixel region or the field; prefixed by the media file."""
    location = finding.location
    if location.line is not None:
        where = f"{location.line}:{location.column or 1}"
    elif location.region is not None:
        r = location.region
        where = f"{r.width}×{r.height}@{r.x},{r.y}"
    else:
        where = location.field or ""
    if location.file.rpartition("/")[2] != "post.md":
        where = f"{location.file.rpartition('/')[2]} {where}".strip()
    return where


def _finding_lines(finding: Finding, lang: Lang, paint: Paint, width: int) -> list[str]:
    where = _where(finding)
    label = _LABELS[finding.severity][0 if lang == "fr" else 1]
    network = f" [{finding.network}]" if finding.network else ""
    head = (
        f"  {where:<{width}} {paint(_COLOURS[finding.severity], f'{label:<7}')} "
        f"{paint('1', finding.code)}{network}  {finding.message.in_lang(lang)}"
    )
    lines = [head]
    for suggestion in finding.suggestions:
        text = suggestion.message.in_lang(lang)
        if suggestion.replacement is not None and suggestion.replacement not in text:
            text = f"{text} → {suggestion.replacement}"
        lines.append(paint("2", f"{'':<{width + 2}}→ {text}"))
    return lines


def _summary(result: LintResult, lang: Lang, paint: Paint) -> str:
    errors = result.count(Severity.ERROR)
    warnings = result.count(Severity.WARNING)
    infos = result.count(Severity.INFO)
    posts = len(result.files)
    clean = posts - len(
        {_post_file(f) for f in result.findings if f.post is not None} & set(result.files)
    )
    if not result.findings:
        return paint(
            "32",
            pick(
                lang,
                f"✓ {posts} post(s) vérifié(s), aucun problème.",
                f"✓ {posts} post(s) checked, no problems.",
            ),
        )
    text = pick(
        lang,
        f"✖ {errors} erreur(s), {warnings} alerte(s), {infos} info(s) — {posts} post(s) "
        f"vérifié(s), {clean} sans problème.",
        f"✖ {errors} error(s), {warnings} warning(s), {infos} info — {posts} post(s) "
        f"checked, {clean} clean.",
    )
    return paint("31" if errors else "33", text)
