"""A small OpenAI-compatible server for tests, benchmarks and authoring cassettes.

It speaks the Chat Completions, Files and Batches wire format closely enough for the
openai SDK, on 127.0.0.1 with a port chosen by the system, and answers from a *script*:
a function `(request_json, call_number) -> Reply`. It is not a model: the answers are
canned drafts. `latency` delays every answer (the generation benchmark uses 300 ms).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1_795_000_000  # fixed, so recordings are reproducible


@dataclass
class Reply:
    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


Script = Callable[[dict[str, Any], int], Reply]


def completion(
    content: str | None,
    *,
    refusal: str | None = None,
    finish_reason: str = "stop",
    prompt_tokens: int = 0,
    completion_tokens: int | None = None,
    number: int = 1,
) -> dict[str, Any]:
    """A chat.completion object as OpenAI sends it."""
    if completion_tokens is None:
        completion_tokens = max(1, len(content or refusal or "") // 4)
    return {
        "id": f"chatcmpl-scripted{number:04d}",
        "object": "chat.completion",
        "created": CREATED + number,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_scripted",
    }


def prompt_tokens_of(request: dict[str, Any]) -> int:
    """About four characters a token, as OpenAI's rule of thumb: stable and deterministic."""
    return sum(len(m.get("content") or "") for m in request.get("messages", [])) // 4


def network_of(request: dict[str, Any]) -> str:
    """The network a prompt is for, from its 'Canal : X' line."""
    for message in request.get("messages", []):
        found = re.search(r"^- Canal : (.+)$", message.get("content") or "", re.M)
        if found:
            return found.group(1).strip().lower()
    return "unknown"


def is_revision(request: dict[str, Any]) -> bool:
    messages = request.get("messages", [])
    return len(messages) > 2 and messages[-2].get("role") == "assistant"


def draft_json(caption: str, hashtags: list[str], cta: str, alts: list[dict] | None = None) -> str:
    draft = {
        "caption": caption,
        "hashtags": hashtags,
        "alt_texts": alts or [],
        "call_to_action": cta,
        "language": "fr",
    }
    return json.dumps(draft, ensure_ascii=False)


def error_body(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _multipart_file(body: bytes) -> bytes:
    boundary = body.split(b"\r\n", 1)[0]
    for part in body.split(boundary):
        head, _, content = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            return content.removesuffix(b"\r\n")
    raise ValueError("no file part in the upload")


def _file_object(file_id: str, size: int, purpose: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": size,
        "created_at": CREATED,
        "filename": "assistant-batch.jsonl",
        "purpose": purpose,
        "status": "processed",
    }


def _batch_object(batch: dict[str, Any], status: str) -> dict[str, Any]:
    done = status == "completed"
    return {
        "id": batch["id"],
        "object": "batch",
        "endpoint": batch["endpoint"],
        "input_file_id": batch["input_file_id"],
        "completion_window": batch["completion_window"],
        "status": status,
        "output_file_id": batch["output"] if done else None,
        "error_file_id": None,
        "created_at": CREATED,
        "completed_at": CREATED + 60 if done else None,
        "metadata": batch.get("metadata"),
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
    }


class LLMServer:
    """`with LLMServer(script) as server: server.base_url` -> http://127.0.0.1:PORT/v1."""

    def __init__(self, script: Script, latency: float = 0.0) -> None:
        self.script = script
        self.latency = latency
        self.requests: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> LLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, method: str, path: str, body: bytes) -> Reply:
        if self.latency:
            time.sleep(self.latency)
        if method == "POST" and path == "/v1/chat/completions":
            request = json.loads(body)
            with self._lock:
                number = next(self._counter)
                self.requests.append(request)
            return self.script(request, number)
        return self._batch_api(method, path, body)

    def _batch_api(self, method: str, path: str, body: bytes) -> Reply:
        """Files and Batches: a batch runs the script on every line when it is created and
        reports in_progress once, then completed."""
        parts = path.strip("/").split("/")  # v1, files|batches, [id], [content]
        if method == "POST" and parts == ["v1", "files"]:
            content = _multipart_file(body)
            file_id = f"file-scripted{len(self.files) + 1}"
            self.files[file_id] = content
            return Reply(_file_object(file_id, len(content), "batch"))
        if method == "GET" and len(parts) == 4 and parts[1] == "files" and parts[3] == "content":
            return Reply(self.files[parts[2]], headers={"content-type": "application/jsonl"})
        if method == "POST" and parts == ["v1", "batches"]:
            request = json.loads(body)
            batch_id = f"batch_scripted{len(self.batches) + 1}"
            output = []
            for raw in self.files[request["input_file_id"]].decode("utf-8").splitlines():
                line = json.loads(raw)
                with self._lock:
                    number = next(self._counter)
                    self.requests.append(line["body"])
                reply = self.script(line["body"], number)
                response = {
                    "status_code": reply.status,
                    "request_id": f"req_{number}",
                    "body": reply.body,
                }
                output.append(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": line["custom_id"],
                        "response": response,
                        "error": None,
                    }
                )
            out_id = f"file-scripted{len(self.files) + 1}"
            self.files[out_id] = "".join(
                json.dumps(o, ensure_ascii=False) + "\n" for o in output
            ).encode()
            self.batches[batch_id] = {**request, "id": batch_id, "polls": 0, "output": out_id}
            return Reply(_batch_object(self.batches[batch_id], "validating"))
        if method == "GET" and len(parts) == 3 and parts[1] == "batches":
            batch = self.batches[parts[2]]
            batch["polls"] += 1
            return Reply(
                _batch_object(batch, "in_progress" if batch["polls"] == 1 else "completed")
            )
        return Reply(error_body(f"{method} {path} is not served", "invalid_request_error"), 404)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = server.answer(method, self.path.split("?")[0], body)
                payload = (
                    reply.body
                    if isinstance(reply.body, bytes)
                    else reply.body.encode("utf-8")
                    if isinstance(reply.body, str)
                    else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
                )
                self.send_response(reply.status)
                headers = {"content-type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self) -> None:
                self._serve("POST")

            def do_GET(self) -> None:
                self._serve("GET")

            def log_message(self, *args: object) -> None:
                pass

        return Handler
