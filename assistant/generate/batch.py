"""`assistant generate --batch`: many briefs through the OpenAI Batch API (50% cheaper,
results within 24 h): submit one JSONL file, poll, collect, lint and write.

A batch is a single pass: a revision would need another batch, so drafts with lint errors
are written with their findings (status "kept") for a person, or a synchronous run, to fix.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from .client import Attempt, DraftClient, Usage, attempt_from_choice, request_body
from .prompts import messages_for

if TYPE_CHECKING:
    from .run import GenerateOptions, Job, NetworkResult, Progress

TERMINAL = ("completed", "failed", "expired", "cancelled")
ENDPOINT: Final[Literal["/v1/chat/completions"]] = "/v1/chat/completions"


def batch_lines(jobs: Sequence[Job], client: DraftClient) -> list[dict[str, Any]]:
    """One Batch API request line per job; custom_id keeps the job's index."""
    model = client.endpoint.model
    return [
        {
            "custom_id": f"{index}:{job.slug}",
            "method": "POST",
            "url": ENDPOINT,
            "body": request_body(model, messages_for(job.spec, job.network), client.json_mode),
        }
        for index, job in enumerate(jobs)
    ]


def generate_batch(
    jobs: Sequence[Job], client: DraftClient, options: GenerateOptions, progress: Progress
) -> list[NetworkResult]:
    from ..config import load_settings
    from .run import NetworkResult, finish_job

    api = client.openai
    lines = batch_lines(jobs, client)
    payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    upload = api.files.create(file=("assistant-batch.jsonl", payload.encode()), purpose="batch")
    batch = api.batches.create(
        input_file_id=upload.id,
        endpoint=ENDPOINT,
        completion_window="24h",
        metadata={"tool": "assistant generate"},
    )
    progress(f"batch {batch.id}: {batch.status}")
    interval = 0.0 if options.replay else float(os.environ.get("ASSISTANT_BATCH_POLL", "30"))
    while batch.status not in TERMINAL:
        time.sleep(interval)
        batch = api.batches.retrieve(batch.id)
        progress(f"batch {batch.id}: {batch.status}")
    results = [NetworkResult(job.loaded.path, job.network) for job in jobs]
    if batch.status != "completed" or not batch.output_file_id:
        for result in results:
            result.detail = f"api_error: batch {batch.id} ended {batch.status}"
        return results
    answers = _read_results(api.files.content(batch.output_file_id).text)
    if batch.error_file_id:
        answers.update(_read_results(api.files.content(batch.error_file_id).text))
    settings = load_settings(options.out if options.out.is_dir() else None, {})
    options.out.mkdir(parents=True, exist_ok=True)
    for index, (job, result) in enumerate(zip(jobs, results, strict=True)):
        attempt = answers.get(f"{index}:{job.slug}") or Attempt("api_error", detail="no result")
        result.attempts.append(attempt)
        if attempt.outcome != "ok":
            result.detail = f"{attempt.outcome}: {attempt.detail}"
            continue
        finish_job(job, result, attempt, settings, options, client.endpoint.model)
    return results


def _read_results(text: str) -> dict[str, Attempt]:
    attempts = {}
    for raw in text.splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        response = line.get("response") or {}
        body = response.get("body") or {}
        usage = Usage()
        if response.get("status_code") != 200 or line.get("error"):
            usage.calls = 1
            error = line.get("error") or body.get("error") or {}
            detail = error.get("message", f"status {response.get('status_code')}")
            attempts[line["custom_id"]] = Attempt("api_error", detail=detail, usage=usage)
            continue
        usage.add(body.get("usage"))
        attempts[line["custom_id"]] = attempt_from_choice(body["choices"][0], usage)
    return attempts
