"""`assistant generate`, replayed from the cassettes with the network blocked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.cli import main
from assistant.engine import lint

REPO = Path(__file__).parent.parent
CASSETTES = REPO / "cassettes"
ESCALIER = REPO / "cassettes" / "briefs" / "escalier.yaml"
POST = Path("posts") / "2026-12-01-escalier-instagram" / "post.md"


@pytest.fixture(autouse=True)
def no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL"):
        monkeypatch.delenv(name, raising=False)


def only_platform_rules(out: Path) -> None:
    """The scenarios test the LLM flow: keep them independent of the other rule families."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "assistant.toml").write_text('select = ["PLAT", "MEDIA"]\n', encoding="utf-8")


def replay(
    out: Path, scenario: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    only_platform_rules(out)
    cassette = CASSETTES / f"{scenario}.authored.yaml"
    code = main(
        [
            "generate",
            str(ESCALIER),
            "--out",
            str(out),
            "--replay",
            str(cassette),
            "--lang",
            "en",
            *extra,
        ]
    )
    return code, capsys.readouterr().out


def requests_of(scenario: str) -> list[dict]:
    data = yaml.safe_load((CASSETTES / f"{scenario}.authored.yaml").read_text(encoding="utf-8"))
    return [json.loads(i["request"]["body"]) for i in data["interactions"]]


def summary_row(out: str, network: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.startswith(network + " "))


def test_revision_after_lint_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = replay(tmp_path, "revision-after-lint-errors", capsys)
    assert code == 0
    assert summary_row(out, "instagram")[:4] == ["instagram", "accepted", "2", "0"]
    result = lint([tmp_path])
    assert result.files == (POST.as_posix(),)
    assert not [f for f in result.findings if f.code == "PLAT003"]
    first, second = requests_of("revision-after-lint-errors")
    revision = second["messages"]
    assert revision[:2] == first["messages"]  # the same request, then the draft and findings
    assert revision[2]["role"] == "assistant" and "#Rénovation" in revision[2]["content"]
    assert "[PLAT003]" in revision[3]["content"]


def test_revisions_run_out_and_the_last_draft_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = replay(tmp_path, "revisions-exhausted", capsys)
    assert code == 1
    assert summary_row(out, "instagram")[:4] == ["instagram", "kept+errors", "3", "1"]
    assert "#Rénovation" in (tmp_path / POST).read_text(encoding="utf-8")
    assert [f.code for f in lint([tmp_path]).findings if f.severity.label == "error"] == ["PLAT003"]
    third = requests_of("revisions-exhausted")[2]["messages"]
    assert len(third) == 4  # only the latest draft and findings, never the whole history
    assert third[3]["content"].count("[PLAT003]") == 1


def test_refusal_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = replay(tmp_path, "refusal", capsys)
    assert code == 1
    assert "refused: Je ne peux pas vous aider" in out
    assert not (tmp_path / POST).exists()
    assert len(requests_of("refusal")) == 1  # a refusal is not retried


def test_truncated_answer_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = replay(tmp_path, "truncated-length", capsys)
    assert code == 1
    assert "truncated: finish_reason=length" in out
    assert not (tmp_path / POST).exists()


def test_rate_limit_then_success(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = replay(tmp_path, "rate-limit-429-then-success", capsys)
    assert code == 0
    assert summary_row(out, "instagram")[:3] == ["instagram", "accepted", "2"]
    assert (tmp_path / POST).is_file()


def test_malformed_json_is_asked_again_without_feeding_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = replay(tmp_path, "malformed-json", capsys)
    assert code == 0
    row = summary_row(out, "instagram")
    assert row[:3] == ["instagram", "accepted", "2"]
    first, second = requests_of("malformed-json")
    assert first == second
    tokens = int(row[6])
    assert tokens == sum(  # both attempts are counted, the failed one too
        i["usage"]["total_tokens"] for i in map(json.loads, _response_bodies("malformed-json"))
    )


def _response_bodies(scenario: str) -> list[str]:
    data = yaml.safe_load((CASSETTES / f"{scenario}.authored.yaml").read_text(encoding="utf-8"))
    return [i["response"]["body"]["string"] for i in data["interactions"]]


def test_existing_posts_are_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / POST).parent.mkdir(parents=True)
    (tmp_path / POST).write_text("mine", encoding="utf-8")
    cassette = CASSETTES / "rate-limit-429-then-success.authored.yaml"
    argv = ["generate", str(ESCALIER), "--out", str(tmp_path), "--replay", str(cassette)]
    assert main([*argv, "--lang", "en"]) == 2
    assert "already exist" in capsys.readouterr().err
    assert (tmp_path / POST).read_text(encoding="utf-8") == "mine"
    code, _ = replay(tmp_path, "rate-limit-429-then-success", capsys, "--force")
    assert code == 0
    assert "Demandez votre devis" in (tmp_path / POST).read_text(encoding="utf-8")


def test_no_endpoint_configured_says_what_to_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["generate", str(ESCALIER), "--out", str(tmp_path), "--lang", "en"])
    assert code == 2
    err = capsys.readouterr().err
    for hint in ("OPENAI_API_KEY", "OPENAI_BASE_URL=http://localhost:11434/v1", "--replay"):
        assert hint in err
    assert not (tmp_path / "posts").exists()


def test_base_url_without_model_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    assert main(["generate", str(ESCALIER), "--out", str(tmp_path), "--lang", "en"]) == 2
    assert "--model NAME or OPENAI_MODEL" in capsys.readouterr().err


def test_missing_cassette_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["generate", str(ESCALIER), "--out", str(tmp_path), "--replay", str(tmp_path / "no.yaml")]
    )
    assert code == 2
    assert "no.yaml" in capsys.readouterr().err


def test_batch_api_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cassette = CASSETTES / "batch.authored.yaml"
    second = REPO / "cassettes" / "briefs" / "portes-ouvertes.yaml"
    only_platform_rules(tmp_path)
    argv = ["generate", str(ESCALIER), str(second), "--batch", "--out", str(tmp_path)]
    assert main([*argv, "--replay", str(cassette), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count(" accepted ") == 3
    assert lint([tmp_path]).files == (
        "posts/2026-12-01-escalier-instagram/post.md",
        "posts/2026-12-12-portes-ouvertes-facebook/post.md",
        "posts/2026-12-12-portes-ouvertes-instagram/post.md",
    )
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    paths = [i["request"]["uri"].split("/v1")[1] for i in data["interactions"]]
    assert paths == [
        "/files",
        "/batches",
        "/batches/batch_scripted1",
        "/batches/batch_scripted1",
        "/files/file-scripted2/content",
    ]


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_json_mode_fallback_when_the_server_refuses_schemas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from .llm_server import LLMServer, Reply, completion, draft_json, error_body

    def script(request: dict, number: int) -> Reply:
        if request["response_format"]["type"] == "json_schema":
            body = error_body("response_format json_schema is not supported", "invalid_request")
            return Reply(body, 400)
        draft = draft_json("Demandez votre devis : escalier en chêne.", ["#Bois"], "Devis")
        return Reply(completion(draft, prompt_tokens=100, completion_tokens=20, number=number))

    only_platform_rules(tmp_path)
    with LLMServer(script) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_MODEL", "llama3.1")
        assert main(["generate", str(ESCALIER), "--out", str(tmp_path), "--lang", "en"]) == 0
        kinds = [r["response_format"]["type"] for r in server.requests]
    assert kinds == ["json_schema", "json_object"]
    out = capsys.readouterr().out
    row = summary_row(out, "instagram")
    assert row[:3] == ["instagram", "accepted", "2"] and row[6] == "120"
    assert "price unknown for llama3.1" in out


def test_progress_lines_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.generate.run import GenerateOptions, generate_command

    cassette = CASSETTES / "revision-after-lint-errors.authored.yaml"
    only_platform_rules(tmp_path)
    options = GenerateOptions(out=tmp_path, replay=cassette, progress=True)
    assert generate_command([ESCALIER], options, "en") == 0
    err = capsys.readouterr().err
    assert "instagram: draft 1, 1 error(s)" in err
    assert "instagram: draft 2, 0 error(s)" in err


def test_replay_and_record_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cassette = str(CASSETTES / "refusal.authored.yaml")
    argv = ["generate", str(ESCALIER), "--out", str(tmp_path), "--replay", cassette]
    assert main([*argv, "--record", str(tmp_path / "x.yaml"), "--lang", "en"]) == 2
    assert "cannot be combined" in capsys.readouterr().err


def test_draft_is_written_with_media_and_alt_text(tmp_path: Path) -> None:
    from assistant.generate.brief import load_brief
    from assistant.generate.client import AltText, Draft
    from assistant.generate.spec import build_spec
    from assistant.generate.write import write_post_folder

    from .conftest import write_media

    write_media(tmp_path / "brief" / "photos" / "escalier.jpg")
    brief = yaml.safe_load(ESCALIER.read_text(encoding="utf-8"))
    brief["brand"] = str(CASSETTES / "briefs" / "brand.yaml")
    brief["media"] = [{"file": "photos/escalier.jpg", "shows": "l'escalier rénové"}]
    path = tmp_path / "brief" / "brief.yaml"
    path.write_text(yaml.safe_dump(brief, allow_unicode=True), encoding="utf-8")
    loaded = load_brief(path)
    spec = build_spec(loaded).networks["instagram"]
    draft = Draft(
        caption="Demandez votre devis : escalier rénové. #AtelierMartin",
        hashtags=["#AtelierMartin", "Menuiserie"],
        alt_texts=[AltText(file="escalier.jpg", alt="Escalier en chêne clair, marches vernies")],
        call_to_action="Demandez votre devis",
        language="fr",
    )
    root = tmp_path / "out"
    (root / "posts").mkdir(parents=True)
    write_post_folder(root / "posts" / "p", loaded, spec, draft, "m")
    text = (root / "posts" / "p" / "post.md").read_text(encoding="utf-8")
    assert text.endswith("escalier rénové. #AtelierMartin\n\n#Menuiserie\n")  # no duplicate tag
    assert "alt: Escalier en chêne clair, marches vernies" in text
    assert (root / "posts" / "p" / "escalier.jpg").is_file()
    assert [f.code for f in lint([root]).findings if f.code.startswith("MEDIA")] == []


def test_a_missing_media_file_stops_before_any_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = yaml.safe_load(ESCALIER.read_text(encoding="utf-8"))
    brief["brand"] = str(CASSETTES / "briefs" / "brand.yaml")
    brief["media"] = [{"file": "absent.jpg", "shows": "l'escalier"}]
    path = tmp_path / "brief.yaml"
    path.write_text(yaml.safe_dump(brief, allow_unicode=True), encoding="utf-8")
    cassette = str(CASSETTES / "refusal.authored.yaml")
    argv = ["generate", str(path), "--out", str(tmp_path / "o"), "--replay", cassette]
    assert main([*argv, "--lang", "en"]) == 2
    assert "absent.jpg was not found" in capsys.readouterr().err


def test_demo_replay_writes_posts_that_lint_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README demo: no key, no network. If examples/fournil-de-lea/brand.yaml or a
    prompt template changed, or a new rule finds an error in a demo draft (edit
    demo_drafts() in cassettes/scenarios.py), re-author with
    `python cassettes/author.py demo-3-networks`. The demo runs every registered rule."""
    brief = REPO / "examples" / "brief-buche-de-noel.yaml"
    cassette = CASSETTES / "demo-3-networks.authored.yaml"
    argv = ["generate", str(brief), "--out", str(tmp_path), "--replay", str(cassette)]
    code = main([*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [summary_row(out, n)[1] for n in ("instagram", "linkedin", "facebook")] == [
        "accepted"
    ] * 3
    assert "3 call(s)" in out and "estimated cost ≈ $" in out
    assert main(["lint", str(tmp_path), "--format", "json", "--lang", "en"]) == 0
    assert json.loads(capsys.readouterr().out)["schema_version"]
    assert lint([tmp_path]).files == tuple(
        f"posts/2026-12-05-buche-noel-{n}/post.md" for n in ("facebook", "instagram", "linkedin")
    )
    assert (tmp_path / "brand.yaml").read_text(encoding="utf-8") == (
        REPO / "examples" / "fournil-de-lea" / "brand.yaml"
    ).read_text(encoding="utf-8")


def test_price_table_is_sourced_and_batch_is_half_price() -> None:
    from assistant.generate.cost import estimate, price_of, price_table

    table = price_table()
    assert table.models and all(p.source.startswith("https://") for p in table.models.values())
    assert price_of("gpt-4o-mini-2024-07-18") == table.models["gpt-4o-mini"]
    normal = estimate("gpt-4o-mini", 1_000_000, 1_000_000, batch=False)
    assert normal == pytest.approx(0.75)
    assert estimate("gpt-4o-mini", 1_000_000, 1_000_000, batch=True) == pytest.approx(0.375)
    assert estimate("llama3.1", 10, 10, batch=False) is None


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_api_errors_are_reported_never_fed_to_the_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from .llm_server import LLMServer, Reply, error_body

    def script(request: dict, number: int) -> Reply:
        body = error_body("The server had an error", "server_error")
        return Reply(body, 500, {"retry-after-ms": "1"})

    with LLMServer(script) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_MODEL", "local")
        assert main(["generate", str(ESCALIER), "--out", str(tmp_path), "--lang", "en"]) == 1
        requests = server.requests
    assert len(requests) == 3  # the first call and the SDK's two retries, then give up
    assert all(len(r["messages"]) == 2 for r in requests)  # no revision prompt
    out = capsys.readouterr().out
    assert summary_row(out, "instagram")[:3] == ["instagram", "failed", "3"]
    assert "api_error: InternalServerError 500" in out
    assert not (tmp_path / POST).exists()
