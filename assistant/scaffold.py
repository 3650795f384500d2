"""`assistant init`: a new content folder with a brand profile, one post and one brief.

Everything it writes lints cleanly with every rule, so a new user starts from a green
run and sees what a good post looks like (alt text, inclusive wording, one hashtag
per word group). Existing files are never overwritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .findings import Message as M
from .loader import NETWORK_ALIASES, ContentError
from .platforms import known_networks

DEFAULT_NETWORKS = ("instagram", "facebook")
POST_ID = "2027-01-15-bienvenue"
IMAGE_SIZE = (1080, 1350)  # 4:5, shown whole on Instagram and Facebook feeds
CREAM, GOLD, BROWN = (255, 248, 238), (217, 164, 65), (90, 58, 34)


@dataclass(frozen=True)
class Answers:
    name: str
    activity: str
    city: str | None
    networks: tuple[str, ...]


def parse_networks(text: str) -> tuple[str, ...]:
    """'Instagram, fb' -> ('instagram', 'facebook'); raises ContentError on unknown names."""
    names = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        name = NETWORK_ALIASES.get(name, name)
        if name not in known_networks():
            known = ", ".join(known_networks())
            raise ContentError(
                M(
                    f"Réseau inconnu : « {name} » (connus : {known}).",
                    f"Unknown network: '{name}' (known: {known}).",
                )
            )
        if name not in names:
            names.append(name)
    return tuple(names) or DEFAULT_NETWORKS


def ask(
    folder: Path,
    name: str | None,
    activity: str | None,
    city: str | None,
    networks: str | None,
    prompt: Callable[[str], str] | None,
) -> Answers:
    """Fill the missing answers: from `prompt` (input() on a terminal), else defaults."""

    def value(given: str | None, question: str, default: str) -> str:
        if given is not None:
            return given.strip() or default
        if prompt is None:
            return default
        return prompt(f"{question} [{default}] : ").strip() or default

    default_name = folder.name.replace("-", " ").replace("_", " ").strip().capitalize()
    name = value(name, "Nom du commerce / business name", default_name or "Mon commerce")
    activity = value(activity, "Activité / trade", "commerce de proximité")
    city = value(city, "Ville / city", "") or None
    chosen = value(networks, "Réseaux / networks", ",".join(DEFAULT_NETWORKS))
    return Answers(name, activity, city, parse_networks(chosen))


def hashtag_of(name: str) -> str:
    """'Le Fournil de Léa' -> '#LeFournilDeLea': one capital per word, no accents."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    return "#" + ("".join(w[:1].upper() + w[1:] for w in words) or "MonCommerce")


def brand_yaml(answers: Answers) -> str:
    brand: dict[str, object] = {"name": answers.name, "activity": answers.activity}
    if answers.city:
        brand["location"] = answers.city
    brand |= {
        "languages": ["fr"],
        "networks": list(answers.networks),
        "voice": {
            "tone": "chaleureux, proche, précis",
            "style": "phrases courtes, vouvoiement, un seul appel à l'action par post",
        },
        "inclusive_style": "doublets",
        "lexicon": {"required_hashtags": {}},
    }
    head = (
        "# Profil de marque : lu par `assistant lint` et `assistant prompt`.\n"
        "# Brand profile. Schema: `assistant schema brand`. Complétez audience, couleurs\n"
        "# (visual.colors, visual.text_pairs), lexique et contacts.\n"
    )
    return head + yaml.safe_dump(brand, allow_unicode=True, sort_keys=False)


def post_md(answers: Answers) -> str:
    where = f" à {answers.city}" if answers.city else ""
    front = {
        "networks": list(answers.networks),
        "format": "post",
        "language": "fr",
        "media": [
            {
                "file": "accueil.jpg",
                "alt": "Un soleil doré sur un fond crème, au-dessus d'une bande brune.",
            }
        ],
    }
    caption = (
        f"Bienvenue chez {answers.name}{where} ! Nous avons hâte de vous accueillir "
        f"du mardi au samedi. {hashtag_of(answers.name)}"
    )
    head = "# Exemple de post : modifiez-le, puis lancez `assistant lint .`\n"
    return (
        f"---\n{head}{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n{caption}\n"
    )


def brief_yaml(answers: Answers) -> str:
    brief = {
        "brand": "brand.yaml",
        "objective": "notoriété",
        "topic": f"Présenter {answers.name} aux personnes du quartier",
        "key_points": [
            f"{answers.name} : {answers.activity}",
            "ouvert du mardi au samedi",
        ],
        "audience": "habitantes et habitants du quartier",
        "networks": list(answers.networks),
        "call_to_action": "Passez nous voir",
        "lexical": {
            "include": ["bienvenue"],
            "avoid": ["pas cher"],
            "hashtags": [hashtag_of(answers.name)],
            "emoji": "few",
        },
        "language": "fr",
        "slug": "2027-01-20-presentation",
    }
    head = (
        "# Brief d'exemple : `assistant prompt brief.yaml` montre les prompts,\n"
        "# `assistant generate brief.yaml --out .` rédige les posts.\n"
    )
    return head + yaml.safe_dump(brief, allow_unicode=True, sort_keys=False)


def write_image(path: Path) -> None:
    """A small real JPEG without text: a golden sun over a brown band, on cream."""
    from PIL import Image, ImageDraw

    width, height = IMAGE_SIZE
    image = Image.new("RGB", IMAGE_SIZE, CREAM)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.52), fill=GOLD)
    draw.rectangle((0, height * 0.7, width, height), fill=BROWN)
    image.save(path, "JPEG", quality=85)


def scaffold(folder: Path, answers: Answers) -> tuple[list[Path], list[Path]]:
    """Write the starter files; returns (written, kept because they already existed)."""
    post_dir = folder / "posts" / POST_ID
    files: list[tuple[Path, Callable[[Path], None]]] = [
        (folder / "brand.yaml", _text(brand_yaml(answers))),
        (post_dir / "post.md", _text(post_md(answers))),
        (post_dir / "accueil.jpg", write_image),
        (folder / "brief.yaml", _text(brief_yaml(answers))),
    ]
    written, kept = [], []
    for path, write in files:
        if path.exists():
            kept.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        written.append(path)
    return written, kept


def _text(content: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(content)

    return write
