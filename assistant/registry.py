"""The explicit list of rule modules. Adding a family means adding its module here."""

from __future__ import annotations

import functools
import importlib

from .rule import Rule

RULE_MODULES = (
    "assistant.checks.input",
    "assistant.checks.platform_text",
    "assistant.checks.media_presence",
    "assistant.checks.image_specs",
    "assistant.checks.video",
    "assistant.checks.image_text",
    "assistant.checks.brand_colours",
    "assistant.checks.legal_disclosure",
    "assistant.checks.legal_sales",
    "assistant.checks.legal_commerce",
    "assistant.checks.legal_people",
    "assistant.checks.language",
    "assistant.checks.text_a11y",
    "assistant.checks.text_a11y_emoji",
    "assistant.checks.text_a11y_reading",
    "assistant.checks.text_a11y_alt",
    "assistant.checks.brand_lexicon",
    "assistant.checks.inclusive_fr",
    "assistant.checks.inclusive_en",
    "assistant.checks.inclusive_forms",
)


@functools.cache
def all_rules() -> dict[str, Rule]:
    """Every rule by code, in declaration order. Codes and names must be unique."""
    rules: dict[str, Rule] = {}
    names: set[str] = set()
    for module_name in RULE_MODULES:
        for rule in importlib.import_module(module_name).RULES:
            if rule.code in rules or rule.name in names:
                raise RuntimeError(f"duplicate rule {rule.code} / {rule.name} in {module_name}")
            rules[rule.code] = rule
            names.add(rule.name)
    return rules


def find_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    rules = all_rules()
    if key.upper() in rules:
        return rules[key.upper()]
    return next((rule for rule in rules.values() if rule.name == key.lower()), None)
