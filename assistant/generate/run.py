"""The generate pipeline: brief -> prompts -> drafts (all networks at once) -> lint ->
revisions -> post folders, then a summary of findings, calls, tokens and cost.

Revisions follow what users of re-ask libraries asked for: only the latest error findings
go back to the model (never API errors, never the whole history), at most MAX_REVISIONS
times; when they run out the last draft is kept with its findings; every attempt's tokens
are counted.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..config import Settings, load_settings
from ..findings import Finding, Severity
from ..findings import Message as M
from ..i18n import Lang
from .brief import BriefError, LoadedBrief, load_brief
from .client import Attempt, DraftClient, Usage, endpoint_from_env
from .prompts import messages_for, revision_messages
from .spec import PromptSpec, build_spec
from .write import post_slug, write_post_folder

MAX_REVISIONS = 2
MAX_CONCURRENT = 16  # requests in flight: enough for every network of a brief, gentle on limits
# Linting is CPU-bound (the GIL serialises it anyway); one at a time also keeps the rules'
# lazily loaded resources (lexicons, language profiles) from being loaded once per thread.
_LINT_LOCK = threading.Lock()
Status = Literal["accepted", "kept", "failed"]


@dataclass(frozen=True)
class GenerateOptions:
    out: Path
    network: str | None = None
    model: str | None = None
    force: bool = False
    replay: Path | None = None
    record: Path | None = None
    json_mode: bool = False
    batch: bool = False
    progress: bool | None = None  # None: only when stderr is a terminal


@dataclass
class NetworkResult:
    brief: Path
    network: str
    status: Status = "failed"
    attempts: list[Attempt] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    post_dir: Path | None = None
    detail: str = ""

    @property
    def usage(self) -> Usage:
        total = Usage()
        for attempt in self.attempts:
            total.calls += attempt.usage.calls
            total.prompt_tokens += attempt.usage.prompt_tokens
            total.completion_tokens += attempt.usage.completion_tokens
        return total

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


@dataclass(frozen=True)
class Job:
    loaded: LoadedBrief
    spec: PromptSpec
    network: str

    @property
    def slug(self) -> str:
        return post_slug(self.loaded, self.network)


Progress = Callable[[str], None]


def plan(briefs: Sequence[Path], options: GenerateOptions) -> list[Job]:
    """Read every brief, resolve its spec, and check nothing would be overwritten."""
    jobs: list[Job] = []
    for path in briefs:
        loaded = load_brief(path)
        spec = build_spec(loaded, only=options.network)
        for media in loaded.brief.media:
            media_file = loaded.media_path(media)
            if media_file is not None and not media_file.is_file():
                raise BriefError(
                    M(
                        f"{path} : le média {media.file} est introuvable ({media_file}).",
                        f"{path}: the media {media.file} was not found ({media_file}).",
                    )
                )
        jobs.extend(Job(loaded, spec, network) for network in spec.networks)
    existing = [job.slug for job in jobs if (options.out / "posts" / job.slug).exists()]
    if existing and not options.force:
        names = ", ".join(existing)
        raise BriefError(
            M(
                f"Ces posts existent déjà dans {options.out}/posts : {names}. Rien n'a été "
                "écrit ; ajoutez --force pour les remplacer.",
                f"These posts already exist in {options.out}/posts: {names}. Nothing was "
                "written; add --force to replace them.",
            )
        )
    return jobs


def generate(
    jobs: Sequence[Job],
    client: DraftClient,
    options: GenerateOptions,
    progress: Progress = lambda line: None,
) -> list[NetworkResult]:
    """Draft, lint and revise every job concurrently; write the post folders."""
    settings = load_settings(options.out if options.out.is_dir() else None, {})
    options.out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, min(len(jobs), MAX_CONCURRENT))) as pool:
        futures = [pool.submit(_run_job, job, client, settings, options, progress) for job in jobs]
        return [future.result() for future in futures]


def _run_job(
    job: Job, client: DraftClient, settings: Settings, options: GenerateOptions, progress: Progress
) -> NetworkResult:
    result = NetworkResult(job.loaded.path, job.network)
    messages = messages_for(job.spec, job.network)
    kept: tuple[Path, list[Finding]] | None = None
    with tempfile.TemporaryDirectory(prefix="assistant-draft-") as staging:
        for number in range(1, MAX_REVISIONS + 2):
            attempt = client.ask(messages)
            result.attempts.append(attempt)
            if attempt.outcome == "malformed":
                progress(f"{job.network}: answer {number} is not a valid draft, asking again")
                continue  # same request again: the parse error is not the model's to read
            if attempt.outcome != "ok" or attempt.draft is None:
                result.detail = f"{attempt.outcome}: {attempt.detail}"
                progress(f"{job.network}: {result.detail}")
                break
            folder = Path(staging) / str(number) / "posts" / job.slug
            findings = lint_draft(job, attempt, folder, settings, client.endpoint.model)
            kept = (folder, findings)
            errors = _fixable_errors(findings)
            progress(f"{job.network}: draft {number}, {len(errors)} error(s)")
            if not errors:
                break
            if number > MAX_REVISIONS:
                break
            messages = revision_messages(job.spec, job.network, attempt.raw or "", errors)
        else:
            if kept is None:
                result.detail = "malformed: no valid draft in three answers"
        if kept is not None:
            folder, result.findings = kept
            _settle(result, folder, options, job)
    return result


def _fixable_errors(findings: Sequence[Finding]) -> list[Finding]:
    """Error findings the model can fix by rewriting (not unreadable or missing media)."""
    from ..registry import all_rules

    rules = all_rules()
    return [
        f
        for f in findings
        if f.severity == Severity.ERROR and not (f.code in rules and rules[f.code].input_problem)
    ]


def finish_job(
    job: Job,
    result: NetworkResult,
    attempt: Attempt,
    settings: Settings,
    options: GenerateOptions,
    model: str,
) -> None:
    """Lint a single-pass draft (Batch API) and write it, with its findings."""
    with tempfile.TemporaryDirectory(prefix="assistant-draft-") as staging:
        folder = Path(staging) / "1" / "posts" / job.slug
        result.findings = lint_draft(job, attempt, folder, settings, model)
        _settle(result, folder, options, job)


def _settle(result: NetworkResult, folder: Path, options: GenerateOptions, job: Job) -> None:
    has_errors = any(f.severity == Severity.ERROR for f in result.findings)
    result.status = "kept" if has_errors else "accepted"
    result.post_dir = _publish(folder, options.out, job, options.force)


def lint_draft(
    job: Job, attempt: Attempt, folder: Path, settings: Settings, model: str
) -> list[Finding]:
    """Write the draft in a staging content folder and lint it like `assistant lint`."""
    from ..engine import lint

    assert attempt.draft is not None
    root = folder.parent.parent
    root.mkdir(parents=True, exist_ok=True)
    brand_file = job.loaded.brand_file
    if brand_file is not None and not (root / "brand.yaml").exists():
        shutil.copy2(brand_file, root / "brand.yaml")
    network = job.spec.networks[job.network]
    write_post_folder(folder, job.loaded, network, attempt.draft, model, job.spec.language)
    with _LINT_LOCK:
        return list(lint([folder], settings).findings)


def _publish(staged: Path, out: Path, job: Job, force: bool) -> Path:
    target = out / "posts" / job.slug
    if target.exists() and force:
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(staged, target)
    brand_file = job.loaded.brand_file
    if brand_file is not None and not (out / "brand.yaml").exists():
        shutil.copy2(brand_file, out / "brand.yaml")
    return target


# ---------------------------------------------------------------------------------------
# the command


def generate_command(briefs: Sequence[Path], options: GenerateOptions, lang: Lang) -> int:
    """`assistant generate`: returns the exit code (0 all accepted, 1 otherwise)."""
    from .replay import endpoint_for_cassette, session

    if options.replay is not None and options.record is not None:
        raise BriefError(
            M("--replay et --record s'excluent.", "--replay and --record cannot be combined.")
        )
    if options.record is not None and options.record.exists() and not options.force:
        raise BriefError(
            M(
                f"{options.record} existe déjà : ajoutez --force pour l'enregistrer à nouveau.",
                f"{options.record} already exists: add --force to record it again.",
            )
        )
    jobs = plan(briefs, options)
    if options.replay is not None:
        endpoint = endpoint_for_cassette(options.replay, options.model)
    else:
        endpoint = endpoint_from_env(options.model)
    client = DraftClient(endpoint, json_mode=options.json_mode)
    show = sys.stderr.isatty() if options.progress is None else options.progress
    lock = threading.Lock()

    def progress(line: str) -> None:
        if show:
            with lock:
                print(f"  … {line}", file=sys.stderr, flush=True)

    cassette = options.replay or options.record
    with session(cassette, "replay" if options.replay else "record"):
        if options.batch:
            from .batch import generate_batch

            results = generate_batch(jobs, client, options, progress)
        else:
            results = generate(jobs, client, options, progress)
    from .summary import summary

    sys.stdout.write(summary(results, endpoint, options, lang))
    return 0 if all(r.status == "accepted" for r in results) else 1
