"""Precision and recall of the inclusive-language rules on bench/data/inclusive_eval_*.jsonl.

Usage: python bench/inclusive_eval.py [--alex PATH_TO_NODE_PROJECT] [--show]

Each line of the data is {"text", "spans": [{"start", "end", "text"}], "source"}: the spans a
careful human editor would flag. A predicted span counts as correct when it overlaps a
gold span (rules highlight "nos clients", an editor may mark "clients"). French runs
INCL001-INCL004 and A11Y001, English INCL101-INCL103, through the real lint pipeline.
With --alex (a folder where `npm install alex` was run), alex 11 is run on the English
sentences and scored the same way, for the side-by-side figures in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant import registry  # noqa: E402
from assistant.config import load_settings  # noqa: E402
from assistant.engine import lint_post  # noqa: E402
from assistant.loader import load_post  # noqa: E402
from assistant.platforms import known_networks  # noqa: E402

CODES = {
    "fr": ("INCL001", "INCL002", "INCL003", "INCL004", "A11Y001"),
    "en": ("INCL101", "INCL102", "INCL103"),
}


def load(language: str) -> list[dict]:
    path = REPO / "bench" / "data" / f"inclusive_eval_{language}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def predict(language: str, texts: list[str]) -> list[list[tuple[int, int]]]:
    """Spans found by our rules, per text, through the engine (one post per text)."""
    rules = [registry.all_rules()[code] for code in CODES[language]]
    out: list[list[tuple[int, int]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        settings = load_settings(root, {}, None)
        networks = known_networks()
        folder = root / "posts" / "p"
        folder.mkdir(parents=True)
        for text in texts:
            header = f"---\nnetworks: [instagram]\nlanguage: {language}\n---\n"
            (folder / "post.md").write_text(header + text + "\n", encoding="utf-8")
            post, _ = load_post(folder, root, None, networks)
            assert post is not None
            spans = []
            for finding in lint_post(post, rules, settings):
                loc = finding.location
                # the caption starts on line 5 of post.md; columns are 1-based
                start = _offset(post.body.text, loc.line - 5, loc.column - 1)
                end = _offset(post.body.text, loc.end_line - 5, loc.end_column - 1)
                spans.append((start, end))
            out.append(spans)
    return out


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[:line]) + column


def alex_spans(alex_dir: Path, texts: list[str]) -> list[list[tuple[int, int]]]:
    """Run alex on one file per sentence and read its text report (it has no JSON one)."""
    import re

    by_file: dict[str, list[tuple[int, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for index, text in enumerate(texts):
            name = f"{index:04d}.txt"
            (Path(tmp) / name).write_text(text + "\n", encoding="utf-8")
            names.append(name)
        result = subprocess.run(
            [str(alex_dir / "node_modules" / ".bin" / "alex"), "--text", *names],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp,
        )
    current = None
    place = re.compile(r"^\s+(\d+):(\d+)(?:-(\d+):(\d+))?\s+warning")
    for line in (result.stdout + result.stderr).splitlines():
        if re.match(r"^\S+\.txt$", line.strip()) and not line.startswith(" "):
            current = Path(line.strip()).stem
            continue
        found = place.match(line)
        if found and current is not None:
            start = int(found.group(2)) - 1
            end = int(found.group(4)) - 1 if found.group(4) else start + 1
            by_file.setdefault(current, []).append((start, end))
    return [by_file.get(f"{index:04d}", []) for index in range(len(texts))]


def score(gold: list[list[tuple[int, int]]], pred: list[list[tuple[int, int]]]) -> dict:
    tp = fp = fn = 0
    for gold_spans, pred_spans in zip(gold, pred, strict=True):
        matched_gold = set()
        for start, end in pred_spans:
            hit = [i for i, (gs, ge) in enumerate(gold_spans) if start < ge and gs < end]
            if hit:
                tp += 1
                matched_gold.update(hit)
            else:
                fp += 1
        fn += len(gold_spans) - len(matched_gold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = (tp and (tp / (tp + fn))) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alex", type=Path, help="folder with node_modules/.bin/alex")
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    args = parser.parse_args()
    for language in ("fr", "en"):
        rows = load(language)
        texts = [r["text"] for r in rows]
        gold = [[(s["start"], s["end"]) for s in r["spans"]] for r in rows]
        pred = predict(language, texts)
        result = score(gold, pred)
        flagged = sum(1 for g in gold if g)
        print(
            f"{language}: {len(rows)} sentences ({flagged} with something to flag, "
            f"{len(rows) - flagged} without), {sum(map(len, gold))} gold spans | "
            f"precision {result['precision']:.3f} recall {result['recall']:.3f} "
            f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']})"
        )
        if args.show:
            _show(texts, gold, pred)
        if language == "en" and args.alex:
            alex = score(gold, alex_spans(args.alex, texts))
            print(
                f"en alex 11: precision {alex['precision']:.3f} recall {alex['recall']:.3f} "
                f"(tp {alex['tp']}, fp {alex['fp']}, fn {alex['fn']})"
            )


def _show(texts: list[str], gold: list, pred: list) -> None:
    for text, gold_spans, pred_spans in zip(texts, gold, pred, strict=True):
        for start, end in pred_spans:
            if not any(start < ge and gs < end for gs, ge in gold_spans):
                print(f"  FP {text[start:end]!r} in {text!r}")
        for gs, ge in gold_spans:
            if not any(start < ge and gs < end for start, end in pred_spans):
                print(f"  FN {text[gs:ge]!r} in {text!r}")


if __name__ == "__main__":
    main()
