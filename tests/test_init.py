"""`assistant init`: a starter folder that lints cleanly and feeds `assistant prompt`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from assistant.cli import main
from assistant.engine import ExitCode, lint
from assistant.findings import Severity
from assistant.platforms import known_networks
from assistant.registry import all_rules
from assistant.scaffold import POST_ID, ask, hashtag_of


def _no_prompt(question: str) -> str:
    raise AssertionError(f"asked {question!r} although it should not ask")


@pytest.fixture(autouse=True)
def _never_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", _no_prompt)


def _init(folder: Path, *flags: str) -> int:
    return main(["init", str(folder), "--lang", "en", *flags])


@pytest.mark.parametrize("networks", ["instagram,facebook", *known_networks()])
def test_fresh_folder_lints_cleanly_with_every_rule(tmp_path: Path, networks: str) -> None:
    folder = tmp_path / "salon"
    assert (
        _init(folder, "--name", "Salon Coupe d'Éclat", "--city", "Lille", "--networks", networks)
        == 0
    )
    result = lint([folder], select=["ALL"], severity="info")
    assert result.settings.is_enabled(all_rules()["PLAT001"])
    assert result.files == (f"posts/{POST_ID}/post.md",)
    worrying = [f for f in result.findings if f.severity >= Severity.WARNING]
    assert worrying == []
    assert result.exit_code() == ExitCode.CLEAN


def test_files_are_written_with_the_answers(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    _init(folder, "--name", "Le Fournil de Léa", "--activity", "boulangerie", "--networks", "ig,fb")
    brand = (folder / "brand.yaml").read_text(encoding="utf-8")
    assert "name: Le Fournil de Léa" in brand and "activity: boulangerie" in brand
    post = (folder / "posts" / POST_ID / "post.md").read_text(encoding="utf-8")
    assert "- instagram\n- facebook\n" in post
    assert "#LeFournilDeLea" in post
    with Image.open(folder / "posts" / POST_ID / "accueil.jpg") as image:
        assert (image.format, image.size) == ("JPEG", (1080, 1350))


def test_prompt_works_on_the_example_brief(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shop"
    _init(folder, "--name", "Atelier Bois Vivant", "--activity", "menuiserie")
    capsys.readouterr()
    assert main(["prompt", str(folder / "brief.yaml"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Atelier Bois Vivant" in out and "#AtelierBoisVivant" in out


def test_existing_files_are_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "brand.yaml").write_text("name: Mine\nactivity: mine\n", encoding="utf-8")
    assert _init(folder, "--name", "Other") == 0
    assert (folder / "brand.yaml").read_text(encoding="utf-8") == "name: Mine\nactivity: mine\n"
    assert "already there, kept:" in capsys.readouterr().out
    post = folder / "posts" / POST_ID / "post.md"
    post.write_text("changed", encoding="utf-8")
    _init(folder, "--name", "Other")
    assert post.read_text(encoding="utf-8") == "changed"


def test_unknown_network_is_an_input_error(tmp_path: Path) -> None:
    assert _init(tmp_path / "shop", "--networks", "instagram,myspace") == 2
    assert not (tmp_path / "shop" / "brand.yaml").exists()


def test_questions_fill_what_flags_leave_out(tmp_path: Path) -> None:
    replies = iter(["Chez Sam", "", "Brest", "linkedin"])
    asked: list[str] = []

    def prompt(question: str) -> str:
        asked.append(question)
        return next(replies)

    answers = ask(tmp_path / "chez-sam", None, None, None, None, prompt)
    assert len(asked) == 4
    assert (answers.name, answers.activity, answers.city) == (
        "Chez Sam",
        "commerce de proximité",
        "Brest",
    )
    assert answers.networks == ("linkedin",)


def test_defaults_without_a_terminal(tmp_path: Path) -> None:
    answers = ask(tmp_path / "mon-atelier", None, None, None, None, None)
    assert answers.name == "Mon atelier"
    assert answers.networks == ("instagram", "facebook")


def test_hashtag_of_strips_accents_and_camel_cases() -> None:
    assert hashtag_of("Salon Coupe d'Éclat") == "#SalonCoupeDEclat"
    assert hashtag_of("   ") == "#MonCommerce"
