"""The `assistant` command: parses arguments, calls the library, prints, exits.

Imports are deferred to each command so that `assistant lint` starts fast and never
loads the LLM client.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import Lang, detect_lang, pick

if TYPE_CHECKING:
    from .engine import LintResult

EXIT_INPUT = 2
EXIT_INTERNAL = 3


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Write, check and replay social-media posts for small businesses. "
        "Rédiger, vérifier et rejouer des posts pour les réseaux sociaux.",
    )
    parser.add_argument("--version", action="store_true", help="print the version")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    lint = sub.add_parser("lint", help="check a content folder / vérifier un dossier")
    lint.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="content folder, post folder or post.md"
    )
    lint.add_argument(
        "--format",
        "-f",
        choices=["auto", "text", "json", "sarif", "github", "html"],
        help="output format (auto: github under GitHub Actions, else text)",
    )
    lint.add_argument("--output", "-o", type=Path, help="write the report to this file")
    lint.add_argument("--select", type=_csv, help="only these codes or prefixes (PLAT,MEDIA002)")
    lint.add_argument("--ignore", type=_csv, help="skip these codes or prefixes")
    lint.add_argument(
        "--severity", choices=["info", "warning", "error"], help="lowest severity to report"
    )
    lint.add_argument(
        "--strict", action="store_true", default=None, help="warnings also give exit code 1"
    )
    lint.add_argument("--lang", choices=["fr", "en"], help="language of messages")
    lint.add_argument("--config", type=Path, help="configuration file (assistant.toml)")
    lint.add_argument("--jobs", "-j", type=int, help="worker processes for large folders")
    lint.add_argument("--no-color", action="store_true", help="no colours")

    rules = sub.add_parser("rules", help="list the rules / lister les règles")
    rules.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    rules.add_argument("--lang", choices=["fr", "en"])

    explain = sub.add_parser("explain", help="explain a rule / expliquer une règle")
    explain.add_argument("code", help="rule code or name, e.g. PLAT001")
    explain.add_argument("--lang", choices=["fr", "en"])

    schema = sub.add_parser("schema", help="print a JSON Schema / afficher un schéma JSON")
    schema.add_argument("kind", choices=["post", "brand"])

    prompt = sub.add_parser("prompt", help="print the prompts of a brief / afficher les prompts")
    prompt.add_argument("brief", type=Path, metavar="BRIEF", help="brief.yaml")
    prompt.add_argument("--network", help="only this network")
    prompt.add_argument("--lang", choices=["fr", "en"], help="language of the elements table")

    generate = sub.add_parser("generate", help="write posts from a brief / rédiger des posts")
    generate.add_argument("briefs", nargs="+", type=Path, metavar="BRIEF", help="brief.yaml")
    generate.add_argument("--out", type=Path, required=True, help="content folder to write to")
    generate.add_argument("--network", help="only this network")
    generate.add_argument("--model", help="model name (default: $OPENAI_MODEL, or gpt-4o-mini)")
    generate.add_argument("--force", action="store_true", help="overwrite existing posts")
    generate.add_argument(
        "--replay", type=Path, metavar="CASSETTE", help="replay a recording (no key, no network)"
    )
    generate.add_argument(
        "--record", type=Path, metavar="CASSETTE", help="record the session to this file"
    )
    generate.add_argument(
        "--json-mode", action="store_true", help="for servers that do not enforce JSON schemas"
    )
    generate.add_argument(
        "--batch", action="store_true", help="OpenAI Batch API: half price, results within 24 h"
    )
    generate.add_argument("--lang", choices=["fr", "en"], help="language of messages")

    init = sub.add_parser("init", help="start a content folder / créer un dossier de contenu")
    init.add_argument("folder", type=Path, metavar="FOLDER", help="folder to create or complete")
    init.add_argument("--name", help="business name / nom du commerce")
    init.add_argument("--activity", help="what the business does / activité")
    init.add_argument("--city", help="city / ville")
    init.add_argument("--networks", help="comma-separated, e.g. instagram,facebook")
    init.add_argument("--lang", choices=["fr", "en"], help="language of messages")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = detect_lang(getattr(args, "lang", None))
    if args.version:
        from . import __version__

        print(f"assistant {__version__}")
        return 0
    if args.command is None:
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(_COMMANDS[args.command](args, lang))
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from .config import ConfigError
        from .loader import ContentError

        if isinstance(error, (ConfigError, ContentError)):
            print(f"assistant: {error.message.in_lang(lang)}", file=sys.stderr)
            return EXIT_INPUT
        if os.environ.get("ASSISTANT_DEBUG"):
            raise
        print(
            pick(
                lang,
                f"assistant : erreur interne ({error}). C'est un bogue : relancez avec "
                "ASSISTANT_DEBUG=1 et signalez-le avec la trace.",
                f"assistant: internal error ({error}). This is a bug: run again with "
                "ASSISTANT_DEBUG=1 and report it with the traceback.",
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _lint(args: argparse.Namespace, lang: Lang) -> int:
    from .engine import lint

    flags = {
        "select": args.select,
        "ignore": args.ignore,
        "severity": args.severity,
        "strict": args.strict,
        "lang": args.lang,
        "format": args.format,
        "jobs": args.jobs,
    }
    paths = list(dict.fromkeys(_lintable(path) for path in args.paths))
    result = lint(paths, config_file=args.config, progress=_progress_display(), **flags)
    lang = detect_lang(result.settings.lang)
    fmt = result.settings.format
    if fmt == "auto":
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    stream = sys.stdout
    report = _render(result, fmt, lang, colour=not args.no_color and args.output is None)
    if args.output is not None:
        args.output.write_text(report, encoding="utf-8")
    else:
        stream.write(report)
    return int(result.exit_code())


def _lintable(path: Path) -> Path:
    """What to lint for a changed file, as pre-commit passes them: a post's image or
    subtitle file means its post folder, brand.yaml or the logo means the content folder."""
    if not path.is_file() or path.name == "post.md":
        return path
    folder = path.parent
    if (folder / "post.md").is_file() or (folder / "posts").is_dir() or path.name == "brand.yaml":
        return folder
    return path


# Below this many posts a run is quick enough that a counter would only flicker.
PROGRESS_MIN_POSTS = 50


def _progress_display() -> Callable[[int, int], None] | None:
    """A "posts checked" counter on stderr, only for a person watching a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if total < PROGRESS_MIN_POSTS:
            return
        end = "\r\033[K" if done == total else "\r"  # erase the counter when finished
        sys.stderr.write(f"\r{done}/{total} posts" + end)
        sys.stderr.flush()

    return show


def _render(result: LintResult, fmt: str, lang: Lang, colour: bool) -> str:
    if fmt == "json":
        from .formatters.json_report import format_json

        return format_json(result, lang)
    if fmt == "sarif":
        from .formatters.sarif import format_sarif

        return format_sarif(result, lang)
    if fmt == "github":
        from .formatters.github import format_github

        return format_github(result, lang)
    if fmt == "html":
        from .formatters.html import format_html

        return format_html(result, lang)
    from .formatters.text import format_text, use_colour

    return format_text(result, lang, colour=colour and use_colour(sys.stdout))


def _rules(args: argparse.Namespace, lang: Lang) -> int:
    from . import ruledoc

    if args.format == "json":
        sys.stdout.write(ruledoc.rules_json())
    elif args.format == "markdown":
        sys.stdout.write(ruledoc.rules_markdown())
    else:
        sys.stdout.write(ruledoc.rules_table(lang))
    return 0


def _explain(args: argparse.Namespace, lang: Lang) -> int:
    from . import ruledoc
    from .registry import find_rule

    rule = find_rule(args.code)
    if rule is None:
        print(
            pick(
                lang,
                f"assistant : règle inconnue « {args.code} » (voir assistant rules).",
                f"assistant: unknown rule '{args.code}' (see assistant rules).",
            ),
            file=sys.stderr,
        )
        return EXIT_INPUT
    sys.stdout.write(ruledoc.explain(rule, lang))
    return 0


def _schema(args: argparse.Namespace, lang: Lang) -> int:
    import json

    from .model import json_schema

    print(json.dumps(json_schema(args.kind), ensure_ascii=False, indent=2))
    return 0


def _prompt(args: argparse.Namespace, lang: Lang) -> int:
    from .generate.brief import load_brief
    from .generate.prompts import full_prompt_text
    from .generate.spec import build_spec

    spec = build_spec(load_brief(args.brief), only=args.network)
    sys.stdout.write(full_prompt_text(spec, lang))
    return 0


def _generate(args: argparse.Namespace, lang: Lang) -> int:
    from .generate.run import GenerateOptions, generate_command

    options = GenerateOptions(
        out=args.out,
        network=args.network,
        model=args.model,
        force=args.force,
        replay=args.replay,
        record=args.record,
        json_mode=args.json_mode,
        batch=args.batch,
    )
    return generate_command(args.briefs, options, lang)


def _init(args: argparse.Namespace, lang: Lang) -> int:
    from .scaffold import ask, scaffold

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    given = (args.name, args.activity, args.city, args.networks)
    prompt = input if interactive and all(v is None for v in given) else None
    answers = ask(args.folder, args.name, args.activity, args.city, args.networks, prompt)
    written, kept = scaffold(args.folder, answers)
    for path in written:
        print(pick(lang, f"créé : {path}", f"created: {path}"))
    for path in kept:
        print(pick(lang, f"déjà là, gardé : {path}", f"already there, kept: {path}"))
    print(
        pick(
            lang,
            f"Ensuite : assistant lint {args.folder}  puis  assistant prompt "
            f"{args.folder / 'brief.yaml'}",
            f"Next: assistant lint {args.folder}  then  assistant prompt "
            f"{args.folder / 'brief.yaml'}",
        )
    )
    return 0


_COMMANDS = {
    "lint": _lint,
    "rules": _rules,
    "explain": _explain,
    "schema": _schema,
    "prompt": _prompt,
    "generate": _generate,
    "init": _init,
}


def run() -> None:
    sys.exit(main())
