"""Recorded sessions: no secrets, honest labels, and the recording path end to end."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
import yaml

from assistant.cli import main
from assistant.generate.client import Attempt

from .llm_server import LLMServer, Reply, completion, draft_json, prompt_tokens_of

REPO = Path(__file__).parent.parent
CASSETTES = REPO / "cassettes"
ESCALIER = CASSETTES / "briefs" / "escalier.yaml"
KEY_LIKE = re.compile(r"sk-[A-Za-z0-9_-]{6,}|Bearer\s+\S+|authorization|api[_-]key", re.I)


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.glob("*.yaml"))


def test_there_are_cassettes() -> None:
    names = {path.name.split(".")[0] for path in cassette_files()}
    assert {
        "revision-after-lint-errors",
        "refusal",
        "truncated-length",
        "rate-limit-429-then-success",
        "malformed-json",
    } <= names


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_no_cassette_holds_anything_like_a_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert KEY_LIKE.findall(text) == []


def test_the_key_scan_catches_keys() -> None:
    for leaked in ("sk-proj-abcdef123456", "Bearer abc.def", "Authorization:", "api_key: x"):
        assert KEY_LIKE.search(leaked), leaked


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_every_cassette_says_how_it_was_made(path: Path) -> None:
    readme = (CASSETTES / "README.md").read_text(encoding="utf-8")
    assert f"`{path.name}`" in readme
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    if ".authored." in path.name:
        assert first_line.startswith("# AUTHORED, not recorded from a real model")
    else:
        assert first_line.startswith("# RECORDED")


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_record_then_replay_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--record` against a local OpenAI-compatible server, then `--replay` with it gone."""
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)  # outside stays blocked

    def script(request: dict, number: int) -> Reply:
        draft = draft_json("Demandez votre devis : escalier en chêne rénové.", ["#Bois"], "Devis")
        return Reply(completion(draft, prompt_tokens=prompt_tokens_of(request), number=number))

    for out in ("a", "b"):  # this test is about recording, not about the other rule families
        (tmp_path / out).mkdir()
        (tmp_path / out / "assistant.toml").write_text('select = ["PLAT"]\n', encoding="utf-8")
    cassette = tmp_path / "session.yaml"
    secret = "sk-" + "test-SECRET0123456789"  # assembled: no key-shaped string in the repo
    with LLMServer(script) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", secret)
        monkeypatch.setenv("OPENAI_MODEL", "local-test-model")
        argv = ["generate", str(ESCALIER), "--out", str(tmp_path / "a"), "--record", str(cassette)]
        assert main(argv) == 0
        assert len(server.requests) == 1
        assert server.requests[0]["model"] == "local-test-model"
        assert server.requests[0]["response_format"]["type"] == "json_schema"
    text = cassette.read_text(encoding="utf-8")
    assert secret not in text and "authorization" not in text.lower()
    data = yaml.safe_load(text)
    assert [i["request"]["uri"] for i in data["interactions"]] == [
        f"{server.base_url}/chat/completions"
    ]
    capsys.readouterr()

    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL"):
        monkeypatch.delenv(name)
    argv = ["generate", str(ESCALIER), "--out", str(tmp_path / "b"), "--replay", str(cassette)]
    assert main(argv) == 0  # the server is gone: only the cassette can answer
    written = tmp_path / "b" / "posts" / "2026-12-01-escalier-instagram" / "post.md"
    assert "escalier en chêne rénové" in written.read_text(encoding="utf-8")
    assert "local-test-model" in capsys.readouterr().out


def test_replay_refuses_a_request_the_cassette_does_not_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A different brief sends a different body: vcrpy must not answer it."""
    brief = yaml.safe_load(ESCALIER.read_text(encoding="utf-8"))
    brief["brand"] = str(CASSETTES / "briefs" / "brand.yaml")
    brief["topic"] = "Une tout autre demande"
    path = tmp_path / "other.yaml"
    path.write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")
    cassette = CASSETTES / "refusal.authored.yaml"
    argv = ["generate", str(path), "--out", str(tmp_path / "out"), "--replay", str(cassette)]
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "does not hold this request" in err and "Record it again" in err


# The same cassettes through pytest-recording's own fixtures (record mode from the command
# line: `--record-mode=none` in CI), at the level of the client rather than the command.


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "filter_headers": ["authorization", "openai-organization", "openai-project", "cookie"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


def _ask_escalier() -> Attempt:
    from assistant.generate.brief import load_brief
    from assistant.generate.client import DraftClient, Endpoint
    from assistant.generate.prompts import messages_for
    from assistant.generate.spec import build_spec

    endpoint = Endpoint("http://scripted-llm.invalid/v1", "replay", "gpt-4o-mini", max_retries=0)
    spec = build_spec(load_brief(ESCALIER))
    return DraftClient(endpoint).ask(messages_for(spec, "instagram"))


@pytest.mark.vcr("refusal.authored.yaml")
def test_client_reports_a_refusal_with_its_usage() -> None:
    attempt = _ask_escalier()
    assert attempt.outcome == "refused"
    assert attempt.detail.startswith("Je ne peux pas")
    assert attempt.usage.calls == 1 and attempt.usage.completion_tokens > 0


@pytest.mark.vcr("truncated-length.authored.yaml")
def test_client_reports_a_truncated_answer_with_its_usage() -> None:
    attempt = _ask_escalier()
    assert attempt.outcome == "truncated"
    assert attempt.usage.total_tokens > 500
