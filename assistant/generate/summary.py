"""The table printed after `assistant generate`: per network, then calls, tokens, cost."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..findings import Severity
from ..i18n import Lang, pick
from .client import Endpoint, Usage

if TYPE_CHECKING:
    from .run import GenerateOptions, NetworkResult


def summary(
    results: Sequence[NetworkResult], endpoint: Endpoint, options: GenerateOptions, lang: Lang
) -> str:
    from .cost import estimate

    header = (
        ("réseau", "statut", "appels", "erreurs", "avert.", "info", "jetons", "post / détail")
        if lang == "fr"
        else ("network", "status", "calls", "errors", "warnings", "info", "tokens", "post / detail")
    )
    labels = {
        "accepted": pick(lang, "accepté", "accepted"),
        "kept": pick(lang, "gardé+erreurs", "kept+errors"),
        "failed": pick(lang, "échec", "failed"),
    }
    rows: list[tuple[str, ...]] = [header]
    total = Usage()
    for r in results:
        usage = r.usage
        total.calls += usage.calls
        total.prompt_tokens += usage.prompt_tokens
        total.completion_tokens += usage.completion_tokens
        where = str(r.post_dir.relative_to(options.out)) if r.post_dir is not None else r.detail
        rows.append(
            (
                r.network,
                labels[r.status],
                str(usage.calls),
                str(r.count(Severity.ERROR)),
                str(r.count(Severity.WARNING)),
                str(r.count(Severity.INFO)),
                str(usage.total_tokens),
                where,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(7)]
    lines = [
        "  ".join(c.ljust(widths[i]) for i, c in enumerate(row[:7])) + "  " + row[7] for row in rows
    ]
    cost = estimate(endpoint.model, total.prompt_tokens, total.completion_tokens, options.batch)
    cost_text = (
        pick(
            lang,
            f"≈ {cost:.4f} $ (rules/llm_prices.yaml)",
            f"≈ ${cost:.4f} (rules/llm_prices.yaml)",
        )
        if cost is not None
        else pick(
            lang, f"prix inconnu pour {endpoint.model}", f"price unknown for {endpoint.model}"
        )
    )
    lines.append(
        pick(
            lang,
            f"{total.calls} appel(s) (relances comprises), {total.total_tokens} jetons "
            f"({total.prompt_tokens} envoyés, {total.completion_tokens} reçus), coût estimé "
            f"{cost_text} — modèle {endpoint.label}",
            f"{total.calls} call(s) (retries included), {total.total_tokens} tokens "
            f"({total.prompt_tokens} prompt, {total.completion_tokens} completion), estimated "
            f"cost {cost_text} — model {endpoint.label}",
        )
    )
    if any(r.post_dir is not None for r in results):
        lines.append(
            pick(
                lang,
                f"Vérifiez : assistant lint {options.out}",
                f"Check them: assistant lint {options.out}",
            )
        )
    return "\n".join(lines) + "\n"
