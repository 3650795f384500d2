"""Rule documentation from rule metadata: `assistant rules`, `explain` and docs/rules.md."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .i18n import Lang, pick
from .registry import all_rules
from .rule import Example, Rule


def rules_table(lang: Lang) -> str:
    rows = [
        (r.code, r.name, r.severity.label, r.category, r.summary.in_lang(lang))
        for r in all_rules().values()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    header = (
        ("Code", "Nom", "Gravité", "Famille")
        if lang == "fr"
        else ("Code", "Name", "Severity", "Category")
    )
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
        + pick(lang, "  Description", "  Description")
    ]
    for row in rows:
        lines.append(
            "  ".join(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)) + "  " + row[4]
        )
    return "\n".join(lines) + "\n"


def rules_json() -> str:
    return (
        json.dumps(
            [_rule_dict(rule) for rule in all_rules().values()], ensure_ascii=False, indent=2
        )
        + "\n"
    )


def _rule_dict(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.label,
        "category": rule.category,
        "summary": {"fr": rule.summary.fr, "en": rule.summary.en},
        "rationale": {"fr": rule.rationale.fr, "en": rule.rationale.en},
        "sources": [{"title": s.title, "url": s.url} for s in rule.sources],
        "options": _options(rule),
    }


def _options(rule: Rule) -> list[dict[str, Any]]:
    if rule.options is None:
        return []
    return [
        {"name": name, "type": _type_name(info.annotation), "default": info.get_default()}
        for name, info in rule.options.model_fields.items()
    ]


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def explain(rule: Rule, lang: Lang) -> str:
    lines = [
        f"{rule.code} {rule.name} ({pick(lang, 'gravité', 'severity')}: {rule.severity.label},"
        f" {pick(lang, 'famille', 'category')}: {rule.category})",
        "",
        rule.summary.in_lang(lang),
        "",
        rule.rationale.in_lang(lang),
        "",
        pick(lang, "Sources :", "Sources:"),
        *(f"  - {s.title}: {s.url}" for s in rule.sources),
    ]
    options = _options(rule)
    if options:
        lines += [
            "",
            pick(
                lang,
                "Options (assistant.toml, [rules." + rule.code + "]) :",
                "Options (assistant.toml, [rules." + rule.code + "]):",
            ),
        ]
        lines += [f"  {o['name']} ({o['type']}) = {o['default']!r}" for o in options]
    if rule.category == "input":
        lines += [
            "",
            pick(lang, "Toujours signalée, code de sortie 2.", "Always reported, exit code 2."),
        ]
    elif rule.input_problem:
        lines += [
            "",
            pick(lang, "Contenu incomplet : code de sortie 2.", "Incomplete content: exit code 2."),
        ]
    lines += ["", pick(lang, "Exemples conformes :", "Passing examples:")]
    lines += list(_examples(rule.passes))
    lines += ["", pick(lang, "Exemples signalés :", "Failing examples:")]
    lines += list(_examples(rule.fails))
    return "\n".join(lines) + "\n"


def _examples(examples: Iterable[Example]) -> Iterable[str]:
    for example in examples:
        if example.raw is not None:
            body = example.raw.rstrip("\n").replace("\n", "\n    ")
            yield f"  post.md:\n    {body}"
            continue
        front = {"networks": list(example.networks), **example.front_matter}
        if example.brand:
            yield f"  brand.yaml: {json.dumps(dict(example.brand), ensure_ascii=False)}"
        yield f"  {json.dumps(front, ensure_ascii=False)}"
        if example.caption:
            caption = example.caption if len(example.caption) < 300 else example.caption[:297] + "…"
            yield "    " + caption.replace("\n", "\n    ")
        if example.note:
            yield f"    ({example.note})"


def rules_markdown() -> str:
    """docs/rules.md, generated: `python -m assistant.ruledoc > docs/rules.md`."""
    out = [
        "# Rules / Règles",
        "",
        "Generated from the rule metadata by `python -m assistant.ruledoc`; do not edit by hand.",
        "Généré à partir des métadonnées des règles ; ne pas modifier à la main.",
        "",
        "| Code | Name | Severity | Category | Summary |",
        "|---|---|---|---|---|",
    ]
    for rule in all_rules().values():
        out.append(
            f"| [{rule.code}](#{rule.code.lower()}) | `{rule.name}` | "
            f"{rule.severity.label} | {rule.category} | {rule.summary.en} |"
        )
    for rule in all_rules().values():
        out += [
            "",
            f"## {rule.code}",
            "",
            f"`{rule.name}` · {rule.severity.label} · {rule.category}",
            "",
            f"**EN** {rule.summary.en} {rule.rationale.en}",
            "",
            f"**FR** {rule.summary.fr} {rule.rationale.fr}",
            "",
            "Sources:",
            "",
        ]
        out += [f"- [{s.title}]({s.url})" for s in rule.sources]
        options = _options(rule)
        if options:
            out += ["", "Options:", ""]
            out += [f"- `{o['name']}` ({o['type']}, default `{o['default']!r}`)" for o in options]
        out += ["", "Passing examples:", "", "```"]
        out += list(_examples(rule.passes))
        out += ["```", "", "Failing examples:", "", "```"]
        out += list(_examples(rule.fails))
        out += ["```"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(rules_markdown(), end="")
