"""Benchmark `assistant lint`: cold start on one post, and a large generated folder.

    python bench/lint_bench.py [--posts 10000] [--repeat 3]

Prints wall-clock figures for the whole command (process start included), as a user
sees them. Record them in bench/RESULTS.md with the machine they ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NETWORKS = [
    "instagram",
    "facebook",
    "linkedin",
    "x",
    "bluesky",
    "threads",
    "mastodon",
    "pinterest",
    "tiktok",
    "youtube",
]
SENTENCES = [
    "Notre bûche chocolat-framboise est de retour pour les fêtes !",
    "Réservez avant le 20 décembre, en boutique ou par téléphone.",
    "Toute l'équipe du fournil vous souhaite une belle semaine.",
    "Le pain de campagne au levain sort du four à 7 h chaque matin.",
    "Merci à la clientèle du quartier pour sa fidélité depuis 2019.",
    "Our Christmas log cake is back, book yours before December 20th.",
    "Nouveau : la brioche feuilletée praliné, en édition limitée.",
    "Commandez sur https://fournil-de-lea.fr/commandes avant jeudi.",
]
TAGS = [
    "#BûcheDeNoël",
    "#Lyon",
    "#CroixRousse",
    "#Boulangerie",
    "#FaitMaison",
    "#Noël",
    "#PainAuLevain",
    "#ArtisanBoulanger",
]


def make_folder(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "brand.yaml").write_text(
        "name: Le Fournil de Léa\nactivity: boulangerie\n", encoding="utf-8"
    )
    for index in range(count):
        folder = root / "posts" / f"2026-12-{index % 28 + 1:02d}-post-{index:05d}"
        folder.mkdir(parents=True)
        networks = rng.sample(NETWORKS, rng.randint(1, 3))
        caption = " ".join(rng.choices(SENTENCES, k=rng.randint(1, 6)))
        caption += "\n\n" + " ".join(rng.sample(TAGS, rng.randint(0, 7)))
        (folder / "post.md").write_text(
            f"---\nnetworks: [{', '.join(networks)}]\nformat: post\nlanguage: fr\n---\n{caption}\n",
            encoding="utf-8",
        )


def timed(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--select", default="ALL", help="rule codes or prefixes to run")
    args = parser.parse_args()
    exe = shutil.which("assistant") or str(Path(sys.executable).parent / "assistant")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one"
        make_folder(one, 1)
        select = ["--select", args.select]
        times = timed([exe, "lint", str(one), "--format", "json", *select], args.repeat + 2)
        print(
            f"cold start, 1 post: median {statistics.median(times):.3f} s "
            f"(min {min(times):.3f}, {len(times)} runs)"
        )
        big = Path(tmp) / "big"
        start = time.perf_counter()
        make_folder(big, args.posts)
        print(f"generated {args.posts} posts in {time.perf_counter() - start:.1f} s")
        for jobs in (1, os.cpu_count() or 1):
            times = timed(
                [exe, "lint", str(big), "--format", "json", "--jobs", str(jobs), *select],
                args.repeat,
            )
            print(
                f"lint {args.posts} posts, --jobs {jobs}: median "
                f"{statistics.median(times):.2f} s (min {min(times):.2f}, "
                f"{len(times)} runs)"
            )


if __name__ == "__main__":
    main()
