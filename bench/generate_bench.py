"""Generation speed and cost: `python bench/generate_bench.py` from the repository root.

1. Concurrency: a local OpenAI-compatible server (tests/llm_server.py) answering every call
   after a fixed 300 ms; one brief for 5 networks. All networks run at once, so the whole
   generation should take about one call's latency, not five.
2. Calls and tokens per accepted caption, replaying every cassette scenario (cassettes/).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.generate.client import DraftClient, Endpoint  # noqa: E402
from assistant.generate.run import GenerateOptions, generate, generate_command, plan  # noqa: E402
from cassettes.scenarios import scenarios  # noqa: E402
from tests.llm_server import LLMServer, Reply, completion, draft_json, prompt_tokens_of  # noqa: E402

LATENCY = 0.3
NETWORKS = ["instagram", "facebook", "linkedin", "x", "threads"]


def _script(request: dict, number: int) -> Reply:
    draft = draft_json(
        "Demandez votre devis : on rénove aussi votre escalier en chêne, à Villeurbanne.",
        ["#AtelierMartin"],
        "Demandez votre devis",
    )
    return Reply(completion(draft, prompt_tokens=prompt_tokens_of(request), number=number))


def concurrency() -> tuple[float, float, float]:
    """Wall time of: a first concurrent run (imports, rule loading), a second one, and one
    network at a time."""
    folder = Path(tempfile.mkdtemp(prefix="bench-gen-"))
    brief = folder / "brief.yaml"
    brief.write_text(
        f"brand: {REPO / 'cassettes' / 'briefs' / 'brand.yaml'}\n"
        "topic: Rénovation d'un escalier en chêne\n"
        f"networks: [{', '.join(NETWORKS)}]\n",
        encoding="utf-8",
    )
    with LLMServer(_script, latency=LATENCY) as server:
        client = DraftClient(Endpoint(server.base_url, "no-key", "bench-model", max_retries=0))
        timings = []
        runs = (("cold", folder / "c"), ("concurrent", folder / "a"), ("one", folder / "b"))
        for run, out in runs:
            options = GenerateOptions(out=out)
            jobs = plan([brief], options)
            start = time.perf_counter()
            if run != "one":
                results = generate(jobs, client, options)
            else:
                results = [r for job in jobs for r in generate([job], client, options)]
            timings.append(time.perf_counter() - start)
            calls = sum(r.usage.calls for r in results)
            if calls != len(NETWORKS):  # a rule found an error and a revision was asked
                print(f"note: {run} run made {calls} calls for {len(NETWORKS)} networks")
    return timings[0], timings[1], timings[2]


def cassette_costs() -> list[tuple[str, int, int, int]]:
    rows = []
    for scenario in scenarios():
        cassette = REPO / "cassettes" / f"{scenario.name}.authored.yaml"
        if not cassette.is_file():
            continue
        briefs = [REPO / scenario.brief] + [
            REPO / a for a in scenario.extra_args if a.endswith(".yaml")
        ]
        out = Path(tempfile.mkdtemp(prefix="bench-replay-"))
        if not scenario.every_rule:  # as recorded: PLAT and MEDIA rules only
            (out / "assistant.toml").write_text('select = ["PLAT", "MEDIA"]\n', encoding="utf-8")
        options = GenerateOptions(
            out=out,
            replay=cassette,
            batch="--batch" in scenario.extra_args,
        )
        captured = io.StringIO()
        with redirect_stdout(captured), redirect_stderr(io.StringIO()):
            generate_command(briefs, options, "en")
        calls = tokens = accepted = 0
        for line in captured.getvalue().splitlines()[1:]:
            cells = line.split()
            if len(cells) >= 7 and cells[1] in ("accepted", "kept+errors", "failed"):
                calls += int(cells[2])
                tokens += int(cells[6])
                accepted += cells[1] == "accepted"
        rows.append((scenario.name, calls, tokens, accepted))
    return rows


def main() -> None:
    os.environ.pop("OPENAI_API_KEY", None)
    cold, concurrent, sequential = concurrency()
    print(f"server latency per call: {LATENCY * 1000:.0f} ms; networks: {len(NETWORKS)}")
    print(f"concurrent, first run:    {cold * 1000:.0f} ms (imports and rule loading included)")
    print(f"concurrent generation:    {concurrent * 1000:.0f} ms")
    print(f"one network at a time:    {sequential * 1000:.0f} ms")
    print(
        f"ratio to one call:        {concurrent / LATENCY:.2f}x "
        f"(one at a time: {sequential / LATENCY:.2f}x)"
    )
    print()
    print(
        f"{'scenario':32} {'calls':>5} {'tokens':>7} {'accepted':>8} "
        f"{'calls/acc':>9} {'tok/acc':>8}"
    )
    total_calls = total_tokens = total_accepted = 0
    for name, calls, tokens, accepted in cassette_costs():
        total_calls += calls
        total_tokens += tokens
        total_accepted += accepted
        per_call = f"{calls / accepted:.2f}" if accepted else "-"
        per_token = f"{tokens / accepted:.0f}" if accepted else "-"
        print(f"{name:32} {calls:5} {tokens:7} {accepted:8} {per_call:>9} {per_token:>8}")
    print(
        f"{'all scenarios':32} {total_calls:5} {total_tokens:7} {total_accepted:8} "
        f"{total_calls / total_accepted:9.2f} {total_tokens / total_accepted:8.0f}"
    )


if __name__ == "__main__":
    main()
