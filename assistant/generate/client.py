"""The LLM client: any OpenAI-compatible endpoint through the openai SDK.

Chat Completions with Structured Outputs (`chat.completions.parse(response_format=Draft)`)
is the portable baseline (OpenAI, Ollama >= 0.5, llama.cpp llama-server, vLLM). Servers that
refuse `json_schema` get JSON mode plus pydantic validation instead (`--json-mode`, or
automatically after a 400 that names response_format). Every attempt returns its token
usage, including the failed ones, so the summary counts what was really spent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..findings import Message as M
from ..loader import ContentError

if TYPE_CHECKING:
    from openai import OpenAI

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
TEMPERATURE = 0.7
SEED = 7  # best effort on OpenAI; part of the recorded body so replays match
MAX_COMPLETION_TOKENS = 1200


class EndpointError(ContentError):
    """No usable endpoint: exit code 2 with what to set."""


class AltText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    file: str
    alt: str


class Draft(BaseModel):
    """What the model returns for one network (strict schema: every field required)."""

    model_config = ConfigDict(extra="forbid")
    caption: str = Field(description="The text of the post, without the hashtags.")
    hashtags: list[str] = Field(description="Hashtags to add at the end, e.g. #BûcheDeNoël.")
    alt_texts: list[AltText] = Field(description="One alt text per media listed in the brief.")
    call_to_action: str
    language: str


@dataclass(frozen=True)
class Endpoint:
    base_url: str | None  # None: api.openai.com
    api_key: str
    model: str
    max_retries: int = 2

    @property
    def label(self) -> str:
        return f"{self.model} @ {self.base_url or 'https://api.openai.com/v1'}"


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, usage: Mapping[str, Any] | Any | None) -> None:
        self.calls += 1
        if usage is None:
            return
        get = usage.get if isinstance(usage, Mapping) else lambda k: getattr(usage, k, 0)
        self.prompt_tokens += int(get("prompt_tokens") or 0)
        self.completion_tokens += int(get("completion_tokens") or 0)


Outcome = Literal["ok", "refused", "truncated", "filtered", "malformed", "api_error"]


@dataclass
class Attempt:
    outcome: Outcome
    draft: Draft | None = None
    raw: str | None = None  # the model's text, kept for the revision prompt
    detail: str = ""
    usage: Usage = field(default_factory=Usage)


NO_ENDPOINT = M(
    "Aucun modèle configuré. Définissez, au choix :\n"
    "  OpenAI :    export OPENAI_API_KEY=sk-...   (modèle par défaut : gpt-4o-mini, ou --model)\n"
    "  Ollama :    export OPENAI_BASE_URL=http://localhost:11434/v1 OPENAI_MODEL=llama3.1\n"
    "  llama.cpp : export OPENAI_BASE_URL=http://localhost:8080/v1 OPENAI_MODEL=local\n"
    "  vLLM :      export OPENAI_BASE_URL=http://localhost:8000/v1 OPENAI_MODEL=<modèle servi>\n"
    "Sans clé, essayez la démo enregistrée : assistant generate BRIEF --out DOSSIER "
    "--replay cassettes/demo-3-networks.authored.yaml, ou `assistant prompt BRIEF`.",
    "No model is configured. Set one of:\n"
    "  OpenAI:    export OPENAI_API_KEY=sk-...   (default model gpt-4o-mini, or --model)\n"
    "  Ollama:    export OPENAI_BASE_URL=http://localhost:11434/v1 OPENAI_MODEL=llama3.1\n"
    "  llama.cpp: export OPENAI_BASE_URL=http://localhost:8080/v1 OPENAI_MODEL=local\n"
    "  vLLM:      export OPENAI_BASE_URL=http://localhost:8000/v1 OPENAI_MODEL=<served model>\n"
    "Without a key, try the recorded demo: assistant generate BRIEF --out FOLDER "
    "--replay cassettes/demo-3-networks.authored.yaml, or `assistant prompt BRIEF`.",
)


def endpoint_from_env(model: str | None, env: Mapping[str, str] | None = None) -> Endpoint:
    """The endpoint from OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL and --model."""
    env = os.environ if env is None else env
    base_url = env.get("OPENAI_BASE_URL") or None
    api_key = env.get("OPENAI_API_KEY") or None
    model = model or env.get("OPENAI_MODEL") or None
    if base_url is None and api_key is None:
        raise EndpointError(NO_ENDPOINT)
    if base_url is not None and model is None:
        raise EndpointError(
            M(
                f"OPENAI_BASE_URL={base_url} est défini mais pas le modèle : "
                "ajoutez --model NOM ou OPENAI_MODEL=NOM (le nom servi par votre serveur).",
                f"OPENAI_BASE_URL={base_url} is set but no model: add --model NAME or "
                "OPENAI_MODEL=NAME (the name your server serves).",
            )
        )
    # Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the SDK needs one.
    return Endpoint(base_url, api_key or "no-key-needed", model or DEFAULT_OPENAI_MODEL)


def make_client(endpoint: Endpoint) -> OpenAI:
    from openai import OpenAI

    return OpenAI(
        api_key=endpoint.api_key,
        base_url=endpoint.base_url,
        max_retries=endpoint.max_retries,
        timeout=120.0,
    )


def request_body(model: str, messages: Sequence[Mapping[str, str]], json_mode: bool) -> dict:
    """The Chat Completions body of one attempt (also used for Batch API lines)."""
    from openai.lib._parsing._completions import type_to_response_format_param

    response_format: Any = (
        {"type": "json_object"} if json_mode else type_to_response_format_param(Draft)
    )
    return {
        "model": model,
        "messages": [dict(m) for m in messages],
        "response_format": response_format,
        "temperature": TEMPERATURE,
        "seed": SEED,
        "max_completion_tokens": MAX_COMPLETION_TOKENS,
    }


class DraftClient:
    """One endpoint; `ask()` is thread-safe (the SDK client is)."""

    def __init__(self, endpoint: Endpoint, json_mode: bool = False) -> None:
        self.endpoint = endpoint
        self.json_mode = json_mode
        self._client = make_client(endpoint)

    @property
    def openai(self) -> OpenAI:
        return self._client

    def ask(self, messages: Sequence[Mapping[str, str]]) -> Attempt:
        import openai

        try:
            if self.json_mode:
                return self._ask_json_mode(messages)
            try:
                return self._ask_structured(messages)
            except openai.BadRequestError as error:
                if not _schema_unsupported(error):
                    raise
                self.json_mode = True  # this server does not enforce schemas
                attempt = self._ask_json_mode(messages)
                attempt.usage.calls += 1  # the refused call counts too
                return attempt
        except openai.APIError as error:
            calls = self._calls_spent(error)
            return Attempt("api_error", detail=_api_error_text(error), usage=Usage(calls=calls))

    def _calls_spent(self, error: Exception) -> int:
        """The SDK retries 408, 409, 429, 5xx and connection errors before raising."""
        import openai

        status = getattr(error, "status_code", None)
        retried = isinstance(error, openai.APIConnectionError) or (
            status is not None and (status in (408, 409, 429) or status >= 500)
        )
        return 1 + self.endpoint.max_retries if retried else 1

    def _ask_structured(self, messages: Sequence[Mapping[str, str]]) -> Attempt:
        import openai

        body = request_body(self.endpoint.model, messages, json_mode=False)
        del body["response_format"]
        raw = self._client.chat.completions.with_raw_response.parse(response_format=Draft, **body)
        usage = Usage(calls=raw.retries_taken)  # the SDK's retries (429, 5xx) are calls too
        try:
            completion = raw.parse()
        except openai.LengthFinishReasonError as error:
            usage.add(error.completion.usage)
            return Attempt("truncated", detail="finish_reason=length", usage=usage)
        except openai.ContentFilterFinishReasonError:
            usage.add(_usage_of(raw.http_response.text))
            return Attempt("filtered", detail="finish_reason=content_filter", usage=usage)
        except (ValidationError, ValueError) as error:
            text = raw.http_response.text
            usage.add(_usage_of(text))
            return Attempt("malformed", raw=_content_of(text), detail=_short(error), usage=usage)
        usage.add(completion.usage)
        message = completion.choices[0].message
        if message.refusal:
            return Attempt("refused", detail=message.refusal, usage=usage)
        if message.parsed is None:
            return Attempt("malformed", raw=message.content, detail="empty answer", usage=usage)
        return Attempt("ok", draft=message.parsed, raw=message.content, usage=usage)

    def _ask_json_mode(self, messages: Sequence[Mapping[str, str]]) -> Attempt:
        body = request_body(self.endpoint.model, messages, json_mode=True)
        raw = self._client.chat.completions.with_raw_response.create(**body)
        completion = raw.parse()
        usage = Usage(calls=raw.retries_taken)
        usage.add(completion.usage)
        return attempt_from_choice(completion.choices[0].model_dump(), usage)


def attempt_from_choice(choice: Mapping[str, Any], usage: Usage) -> Attempt:
    """Validate one choice's content against Draft (JSON mode and Batch API results)."""
    message = choice.get("message") or {}
    if message.get("refusal"):
        return Attempt("refused", detail=str(message["refusal"]), usage=usage)
    if choice.get("finish_reason") == "length":
        return Attempt("truncated", detail="finish_reason=length", usage=usage)
    if choice.get("finish_reason") == "content_filter":
        return Attempt("filtered", detail="finish_reason=content_filter", usage=usage)
    content = message.get("content") or ""
    try:
        draft = Draft.model_validate_json(content)
    except ValidationError as error:
        return Attempt("malformed", raw=content, detail=_short(error), usage=usage)
    return Attempt("ok", draft=draft, raw=content, usage=usage)


def _schema_unsupported(error: Exception) -> bool:
    text = str(error).lower()
    return "response_format" in text or "json_schema" in text


def _api_error_text(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__}{f' {status}' if status else ''}: {_short(error)}"


def _usage_of(text: str) -> Any:
    try:
        return json.loads(text).get("usage")
    except (ValueError, AttributeError):
        return None


def _content_of(text: str) -> str | None:
    try:
        return json.loads(text)["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _short(error: Exception) -> str:
    first = str(error).strip().splitlines()
    return first[0][:200] if first else type(error).__name__
