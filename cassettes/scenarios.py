"""The scripted answers behind each authored cassette (see cassettes/README.md).

Each scenario names a brief and a script for tests/llm_server.py. `python
cassettes/author.py` replays these scripts through the real `assistant generate --record`
path and writes the cassettes; the tests then replay the cassettes with the network blocked.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

from tests.llm_server import (
    Reply,
    completion,
    draft_json,
    error_body,
    network_of,
    prompt_tokens_of,
)

ESCALIER = "cassettes/briefs/escalier.yaml"
DEMO = "examples/brief-buche-de-noel.yaml"

ESCALIER_OK = draft_json(
    "Demandez votre devis : on rénove aussi votre escalier. Celui-ci, en chêne massif, "
    "date de 1930.\n\nMarches poncées puis vernies, rampe consolidée : cinq jours de "
    "chantier à Villeurbanne pour lui rendre sa solidité et sa lumière.\n\nDevis gratuit "
    "sous une semaine, lien en bio.",
    ["#AtelierMartin", "#Menuiserie", "#Villeurbanne"],
    "Demandez votre devis (lien en bio)",
)
ESCALIER_TOO_MANY_TAGS = draft_json(
    "Demandez votre devis : on rénove aussi votre escalier. Celui-ci, en chêne massif, "
    "date de 1930.\n\nMarches poncées puis vernies, rampe consolidée, cinq jours de chantier.",
    [
        "#AtelierMartin",
        "#Menuiserie",
        "#Villeurbanne",
        "#Escalier",
        "#Chêne",
        "#Rénovation",
        "#Artisan",
    ],
    "Demandez votre devis",
)


def _ok(request: dict[str, Any], content: str, number: int) -> Reply:
    return Reply(completion(content, prompt_tokens=prompt_tokens_of(request), number=number))


@dataclass
class Scenario:
    name: str
    brief: str
    answers: dict[str, list[Callable[[dict[str, Any], int], Reply]]]
    description: str
    extra_args: tuple[str, ...] = ()
    every_rule: bool = False  # False: lint with PLAT and MEDIA only, as the tests do
    calls: Counter[str] = field(default_factory=Counter)
    lock: Lock = field(default_factory=Lock)

    def script(self, request: dict[str, Any], number: int) -> Reply:
        network = network_of(request)
        with self.lock:
            index = self.calls[network]
            self.calls[network] += 1
        return self.answers[network][index](request, number)


def ok(content: str) -> Callable[[dict[str, Any], int], Reply]:
    return lambda request, number: _ok(request, content, number)


def reply(
    build: Callable[[dict[str, Any], int], dict[str, Any]], status: int = 200, **headers: str
) -> Callable[[dict[str, Any], int], Reply]:
    return lambda request, number: Reply(build(request, number), status, headers)


def demo_drafts() -> dict[str, str]:
    return {
        "instagram": draft_json(
            "Précommandez votre bûche de Noël avant le 20 décembre : chocolat noir et cœur "
            "framboise, façonnée à la main.\n\nUn biscuit cacao moelleux, une mousse au "
            "chocolat noir, un cœur framboise acidulé : tout est fait maison et cuit sur "
            "place.\n\nPour 6 ou 8 personnes, à retirer les 23 et 24 décembre. Réservez en "
            "boutique ou par téléphone.",
            ["#BûcheDeNoël", "#FournilDeLea", "#Lyon"],
            "Précommandez en boutique ou par téléphone",
        ),
        "facebook": draft_json(
            "Précommandez votre bûche de Noël en boutique ou par téléphone, jusqu'au 20 "
            "décembre !\n\nCette année, toute l'équipe du fournil vous propose une bûche "
            "chocolat noir et cœur framboise, fait maison, pour 6 ou 8 personnes. Retrait les "
            "23 et 24 décembre, aux heures d'ouverture : nous gardons votre bûche au frais.",
            ["#BûcheDeNoël"],
            "Précommandez en boutique ou par téléphone",
        ),
        "linkedin": draft_json(
            "Précommandes ouvertes : une bûche de Noël, c'est trois jours de travail pour "
            "toute l'équipe du fournil.\n\nJour 1 : le biscuit cacao. Jour 2 : la mousse au "
            "chocolat noir et le cœur framboise. Jour 3 : le montage et le décor, façonnés à "
            "la main. Tout est fait maison et cuit sur place.\n\nLes précommandes, jusqu'au "
            "20 décembre, nous permettent de produire juste ce qu'il faut, sans gaspillage. "
            "Retrait les 23 et 24 décembre.\n\nEt vous, comment anticipez-vous le pic de fin "
            "d'année ?",
            ["#BûcheDeNoël", "#Artisanat"],
            "Précommandez en boutique ou par téléphone",
        ),
    }


def scenarios() -> list[Scenario]:
    drafts = demo_drafts()
    truncated = ESCALIER_OK[:120]
    return [
        Scenario(
            "demo-3-networks",
            DEMO,
            {network: [ok(text)] for network, text in drafts.items()},
            "Full generation for Instagram, LinkedIn and Facebook; every draft passes lint.",
            every_rule=True,
        ),
        Scenario(
            "revision-after-lint-errors",
            ESCALIER,
            {"instagram": [ok(ESCALIER_TOO_MANY_TAGS), ok(ESCALIER_OK)]},
            "7 hashtags (Instagram allows 5: PLAT003 error), revised once, then accepted.",
        ),
        Scenario(
            "revisions-exhausted",
            ESCALIER,
            {"instagram": [ok(ESCALIER_TOO_MANY_TAGS)] * 3},
            "The model never fixes PLAT003: after two revisions the last draft is kept.",
        ),
        Scenario(
            "refusal",
            ESCALIER,
            {
                "instagram": [
                    reply(
                        lambda request, number: completion(
                            None,
                            refusal="Je ne peux pas vous aider avec cette demande.",
                            prompt_tokens=prompt_tokens_of(request),
                            number=number,
                        )
                    )
                ]
            },
            "The model refuses (message.refusal): no post, exit 1, no revision.",
        ),
        Scenario(
            "truncated-length",
            ESCALIER,
            {
                "instagram": [
                    reply(
                        lambda request, number: completion(
                            truncated,
                            finish_reason="length",
                            prompt_tokens=prompt_tokens_of(request),
                            number=number,
                        )
                    )
                ]
            },
            "The answer is cut (finish_reason length): reported, no post.",
        ),
        Scenario(
            "rate-limit-429-then-success",
            ESCALIER,
            {
                "instagram": [
                    reply(
                        lambda request, number: error_body(
                            "Rate limit reached for gpt-4o-mini: please try again in 10ms.",
                            "requests",
                            "rate_limit_exceeded",
                        ),
                        429,
                        **{"retry-after-ms": "10"},
                    ),
                    ok(ESCALIER_OK),
                ]
            },
            "A 429 (retry-after-ms 10), retried by the SDK, then a good draft.",
        ),
        Scenario(
            "malformed-json",
            ESCALIER,
            {"instagram": [ok('{"caption": "Demandez votre devis : on rénove'), ok(ESCALIER_OK)]},
            "Invalid JSON first (not fed back to the model), asked again, then accepted.",
        ),
        batch_scenario(),
    ]


PORTES_OUVERTES = {
    "instagram": draft_json(
        "Venez nous rencontrer samedi 12 décembre : l'atelier ouvre ses portes de 10 h à 17 h."
        "\n\nDémonstrations de tournage sur bois toutes les heures, 14 rue des Charmettes.",
        ["#AtelierMartin", "#PortesOuvertes", "#Villeurbanne"],
        "Venez nous rencontrer",
    ),
    "facebook": draft_json(
        "Samedi 12 décembre, l'atelier ouvre ses portes de 10 h à 17 h : venez nous "
        "rencontrer au 14 rue des Charmettes, à Villeurbanne.\n\nToutes les heures, une "
        "démonstration de tournage sur bois. Entrée libre.",
        ["#AtelierMartin", "#PortesOuvertes"],
        "Venez nous rencontrer",
    ),
}


class BatchScenario(Scenario):
    """Answers by brief topic and network: the batch holds several briefs."""

    def script(self, request: dict[str, Any], number: int) -> Reply:
        network = network_of(request)
        text = json.dumps(request["messages"], ensure_ascii=False)
        if "Portes ouvertes" in text:
            return _ok(request, PORTES_OUVERTES[network], number)
        return _ok(request, ESCALIER_OK, number)


def batch_scenario() -> Scenario:
    return BatchScenario(
        "batch",
        ESCALIER,
        {},
        "Batch API: two briefs, three drafts; upload, create, poll twice, download, write.",
        extra_args=("cassettes/briefs/portes-ouvertes.yaml", "--batch"),
    )


def by_name(name: str) -> Scenario:
    for scenario in scenarios():
        if scenario.name == name:
            return scenario
    raise KeyError(name)


__all__ = ["Scenario", "by_name", "json", "scenarios"]
