"""Recorded sessions: `--record CASSETTE` writes one, `--replay CASSETTE` plays it back.

vcrpy (>= 8.2, which patches httpx2, the openai SDK's transport) records the HTTP
exchanges in a YAML cassette. Replay uses record mode "none": a request the cassette does
not hold fails loudly instead of reaching the network. Requests match on method, scheme,
host, port, path, query and JSON body (never on headers: retry counters and versions
vary). Keys and cookies are never written.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import yaml

from ..findings import Message as M
from .client import Endpoint, EndpointError

MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "json_body")
SECRET_REQUEST_HEADERS = ("authorization", "openai-organization", "openai-project", "cookie")
NOISY_RESPONSE_HEADERS = ("set-cookie", "x-request-id", "cf-ray", "openai-organization")
REPLAY_KEY = "replay-no-key-needed"
_API_PATHS = ("/chat/completions", "/files", "/batches")
_MODEL = re.compile(r'"model": ?"([^"]+)"')
_BOUNDARY = re.compile(rb"^--([0-9A-Za-z'()+_,./:=?-]+)\r?\n")


def endpoint_for_cassette(cassette: Path, model: str | None) -> Endpoint:
    """The base URL and model the cassette was recorded with, so requests match."""
    if not cassette.is_file():
        raise EndpointError(
            M(f"Enregistrement introuvable : {cassette}.", f"Recording not found: {cassette}.")
        )
    data = yaml.safe_load(cassette.read_text(encoding="utf-8")) or {}
    interactions = data.get("interactions") or []
    if not interactions:
        raise EndpointError(M(f"{cassette} est vide.", f"{cassette} holds no interaction."))
    base_url, recorded_model = None, None
    for interaction in interactions:
        request = interaction["request"]
        uri = request["uri"]
        for marker in _API_PATHS:
            if marker in uri and base_url is None:
                base_url = uri[: uri.index(marker)]
        if recorded_model is None:  # a chat request, or a Batch API upload of them
            found = _MODEL.search(_text(request.get("body")))
            recorded_model = found.group(1) if found else None
    if base_url is None:
        raise EndpointError(
            M(f"{cassette} : aucune requête d'API reconnue.", f"{cassette}: no API request found.")
        )
    return Endpoint(base_url, REPLAY_KEY, model or recorded_model or "unknown", max_retries=2)


@contextlib.contextmanager
def session(cassette: Path | None, mode: Literal["replay", "record"]) -> Iterator[Any]:
    """Replay or record the HTTP exchanges inside the block (nothing when no cassette)."""
    if cassette is None:
        yield None
        return
    recorder = make_vcr()
    record_mode = "none" if mode == "replay" else "all"
    if mode == "record" and cassette.exists():
        cassette.unlink()  # a fresh recording, not an append to an older session
    from vcr.errors import CannotOverwriteExistingCassetteException  # type: ignore[import-untyped]

    try:
        with recorder.use_cassette(str(cassette), record_mode=record_mode) as recorded:
            yield recorded
    except CannotOverwriteExistingCassetteException as error:
        closest = str(error).split("Closest recorded requests:")[0].strip().splitlines()[0]
        raise EndpointError(
            M(
                f"{cassette} ne contient pas cette requête : le brief, le profil de marque, "
                "les modèles de prompt ou le modèle ont changé depuis l'enregistrement. "
                f"Enregistrez à nouveau (--record). Détail : {closest}",
                f"{cassette} does not hold this request: the brief, brand profile, prompt "
                "templates or model changed since it was recorded. Record it again "
                f"(--record). Detail: {closest}",
            )
        ) from None


def make_vcr() -> Any:
    try:
        import vcr  # type: ignore[import-untyped]
    except ImportError:
        raise EndpointError(
            M(
                "--replay et --record demandent vcrpy 8.2 ou plus : pip install 'vcrpy>=8.2'.",
                "--replay and --record need vcrpy 8.2 or newer: pip install 'vcrpy>=8.2'.",
            )
        ) from None

    recorder = vcr.VCR(
        match_on=list(MATCH_ON),
        filter_headers=list(SECRET_REQUEST_HEADERS),
        before_record_response=_clean_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", json_body_matcher)
    return recorder


def json_body_matcher(r1: Any, r2: Any) -> None:
    """Bodies match as JSON (key order free); multipart uploads ignore their boundary."""
    a, b = _comparable(r1.body), _comparable(r2.body)
    if a != b:
        raise AssertionError(f"bodies differ: {str(a)[:200]!r} != {str(b)[:200]!r}")


def _comparable(body: Any) -> Any:
    if body is None:
        return None
    raw = body if isinstance(body, bytes) else str(body).encode("utf-8")
    boundary = _BOUNDARY.match(raw)
    if boundary is not None:  # multipart/form-data: the boundary is random per request
        return raw.replace(boundary.group(1), b"BOUNDARY")
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _clean_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in NOISY_RESPONSE_HEADERS:
            del headers[name]
    return response


def _text(body: Any) -> str:
    if isinstance(body, dict):
        body = body.get("string")
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return body if isinstance(body, str) else ""
