"""PromptSpec: the six elements every prompt must state, resolved per network.

The six elements (target audience, tone, channel, length, format, lexical constraints)
come, in this order, from the brief, then brand.yaml, then the network's defaults: length
and hashtag caps from the platform data (rules/platforms), tone from
prompts/network_defaults.yaml. When one is still missing, `build_spec` refuses with a
BriefError that lists what to add and where.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

import yaml

from ..findings import Message as M
from ..model import Brand, Format
from ..platforms import Platform, load_platforms
from ..resources import data_path
from .brief import Brief, BriefError, LoadedBrief, MediaToDescribe

Origin = Literal["brief", "brand", "network default"]
ELEMENTS = ("audience", "tone", "channel", "length", "format", "lexical")
ELEMENT_LABELS = {
    "audience": ("cible", "target audience"),
    "tone": ("ton", "tone"),
    "channel": ("canal", "channel"),
    "length": ("longueur", "length"),
    "format": ("format", "format"),
    "lexical": ("contraintes lexicales", "lexical constraints"),
}
_WHERE_TO_ADD = {
    "audience": "brief: audience, or brand.yaml: audience",
    "tone": "brief: tone, or brand.yaml: voice.tone",
    "channel": "brief: networks, or brand.yaml: networks",
    "length": "brief: length (no caption limit is known for this network)",
    "format": "brief: format",
    "lexical": "brief: lexical, or brand.yaml: lexicon",
}


@dataclass(frozen=True)
class Element:
    value: str | None
    origins: tuple[Origin, ...] = ()

    @property
    def origin(self) -> str:
        return " + ".join(self.origins) if self.origins else "missing"


@dataclass(frozen=True)
class Lexical:
    include: tuple[str, ...]
    preferred: tuple[str, ...]
    avoid: tuple[str, ...]  # "term" or "term (préférez : other)"
    hashtags: tuple[str, ...]
    emoji: str | None
    hashtags_max: int | None
    links_clickable: bool | None

    def summary(self) -> str | None:
        parts = []
        if self.include:
            parts.append("inclure : " + ", ".join(self.include))
        if self.preferred:
            parts.append("vocabulaire de la marque : " + ", ".join(self.preferred))
        if self.avoid:
            parts.append("éviter : " + ", ".join(self.avoid))
        if self.hashtags:
            parts.append("hashtags : " + " ".join(self.hashtags))
        if self.hashtags_max is not None:
            parts.append(f"au plus {self.hashtags_max} hashtags")
        if self.emoji:
            parts.append(f"emoji : {self.emoji}")
        if self.links_clickable is False:
            parts.append("pas de lien dans le texte (non cliquable)")
        return "; ".join(parts) or None


@dataclass(frozen=True)
class NetworkSpec:
    network: str
    display_name: str
    audience: Element
    tone: Element
    channel: Element
    length: Element
    format: Element
    lexical: Element
    rules: Lexical
    format_name: Format
    caption_max: int | None
    length_target: int | None
    fold: int | None
    alt_text: bool
    alt_text_max: int | None

    def elements(self) -> dict[str, Element]:
        return {name: getattr(self, name) for name in ELEMENTS}

    def missing(self) -> list[str]:
        return [name for name, element in self.elements().items() if element.value is None]


@dataclass(frozen=True)
class PromptSpec:
    brief: Brief
    brand: Brand | None
    language: str
    networks: dict[str, NetworkSpec]
    media: tuple[MediaToDescribe, ...]


@functools.cache
def network_tones() -> dict[str, str]:
    path = data_path("prompts", "network_defaults.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: entry["tone"] for name, entry in data["networks"].items()}


def build_spec(loaded: LoadedBrief, only: str | None = None) -> PromptSpec:
    """Resolve the six elements for each network of the brief (or only `only`)."""
    brief, brand = loaded.brief, loaded.brand
    networks, channel_origin = _networks(brief, brand)
    platforms = load_platforms()
    unknown = [n for n in (*networks, *([only] if only else [])) if n not in platforms]
    if unknown:
        known = ", ".join(sorted(platforms))
        raise BriefError(
            M(
                f"Réseau inconnu : {', '.join(unknown)}. Réseaux possibles : {known}.",
                f"Unknown network: {', '.join(unknown)}. Known networks: {known}.",
            )
        )
    if only is not None:
        networks = (only,)
    language = brief.language or (brand.languages[0] if brand and brand.languages else "fr")
    specs = {n: _network_spec(brief, brand, platforms[n], channel_origin) for n in networks}
    if not networks:
        specs = {}
        missing = {"(all networks)": ["channel"]}
    else:
        missing = {n: s.missing() for n, s in specs.items() if s.missing()}
    if missing:
        raise BriefError(_missing_message(loaded, missing))
    return PromptSpec(brief, brand, language, specs, brief.media)


def _networks(brief: Brief, brand: Brand | None) -> tuple[tuple[str, ...], Origin]:
    if brief.networks:
        return brief.networks, "brief"
    if brand is not None and brand.networks:
        return tuple(n.lower() for n in brand.networks), "brand"
    return (), "brief"


def _network_spec(
    brief: Brief, brand: Brand | None, platform: Platform, channel_origin: Origin
) -> NetworkSpec:
    network = platform.network
    fmt, format_element = _format(brief, platform)
    limits = platform.text_limits(fmt)
    caption_max = limits.caption_max.value if limits.caption_max else None
    length, target = _length(brief, caption_max, limits.fold.value if limits.fold else None)
    rules = _lexical_rules(brief, brand, network, limits)
    return NetworkSpec(
        network=network,
        display_name=platform.display_name,
        audience=_audience(brief, brand),
        tone=_tone(brief, brand, network),
        channel=Element(platform.display_name, (channel_origin,)),
        length=length,
        format=format_element,
        lexical=_lexical_element(brief, brand, rules),
        rules=rules,
        format_name=fmt,
        caption_max=caption_max,
        length_target=target,
        fold=limits.fold.value if limits.fold else None,
        alt_text=platform.supports_alt_text(fmt),
        alt_text_max=platform.alt_text_max(),
    )


def _audience(brief: Brief, brand: Brand | None) -> Element:
    if brief.audience:
        return Element(brief.audience, ("brief",))
    if brand is not None and brand.audience:
        described = [
            f"{a.name} ({a.description})" if a.description else a.name for a in brand.audience
        ]
        return Element("; ".join(described), ("brand",))
    return Element(None)


def _tone(brief: Brief, brand: Brand | None, network: str) -> Element:
    if brief.tone:
        return Element(brief.tone, ("brief",))
    voice = brand.voice if brand is not None else None
    if voice is not None and network in voice.per_network:
        return Element(voice.per_network[network], ("brand",))
    if voice is not None and voice.tone:
        return Element(voice.tone, ("brand",))
    tone = network_tones().get(network)
    return Element(tone, ("network default",)) if tone else Element(None)


def _format(brief: Brief, platform: Platform) -> tuple[Format, Element]:
    if brief.format is not None and brief.format in platform.formats:
        return brief.format, Element(brief.format, ("brief",))
    fmt = platform.formats[0]
    if brief.format is not None:
        note = f"{fmt} ({brief.format} n'existe pas sur {platform.display_name})"
        return fmt, Element(note, ("network default",))
    return fmt, Element(fmt, ("network default",))


def _length(brief: Brief, caption_max: int | None, fold: int | None) -> tuple[Element, int | None]:
    visible = f", l'essentiel dans les {fold} premiers (visibles avant « … plus »)" if fold else ""
    if brief.length is not None:
        target = min(brief.length, caption_max) if caption_max else brief.length
        capped = (
            f" (plafonné à {caption_max}, la limite du réseau)" if target < brief.length else ""
        )
        return Element(f"au plus {target} caractères{capped}{visible}", ("brief",)), target
    if caption_max is None:
        return Element(None), None
    return Element(f"au plus {caption_max} caractères{visible}", ("network default",)), caption_max


def _lexical_rules(brief: Brief, brand: Brand | None, network: str, limits: object) -> Lexical:
    asked = brief.lexical
    lexicon = brand.lexicon if brand is not None else None
    avoid = {term: term for term in (asked.avoid if asked else ())}
    hashtags = list(asked.hashtags if asked else ())
    preferred: list[str] = []
    if lexicon is not None:
        preferred = list(lexicon.preferred)
        for item in lexicon.avoid:  # the brand's entry, with its alternative, wins
            avoid[item.term] = (
                f"{item.term} (préférez : {item.prefer})" if item.prefer else item.term
            )
        for key in ("all", network):
            hashtags += [h for h in lexicon.required_hashtags.get(key, ()) if h not in hashtags]
    hashtags_max = getattr(limits, "hashtags_max", None)
    clickable = getattr(limits, "links_clickable", None)
    return Lexical(
        include=tuple(asked.include if asked else ()),
        preferred=tuple(preferred),
        avoid=tuple(avoid.values()),
        hashtags=tuple(hashtags),
        emoji=_emoji(brief, brand, network),
        hashtags_max=hashtags_max.value if hashtags_max else None,
        links_clickable=clickable.value if clickable else None,
    )


def _emoji(brief: Brief, brand: Brand | None, network: str) -> str | None:
    """The strictest of the brief's wish and the brand's cap for this network."""
    caps: list[int | None] = []
    if brief.lexical is not None and brief.lexical.emoji is not None:
        caps.append({"none": 0, "few": 3, "free": None}[brief.lexical.emoji])
    if brand is not None:
        policy = brand.lexicon.emoji.get(network) or brand.lexicon.emoji.get("all")
        if policy is not None:
            caps.append(policy.max)
    if not caps:
        return None
    limits = [cap for cap in caps if cap is not None]
    if not limits:
        return "libre"
    cap = min(limits)
    return "aucun" if cap == 0 else f"{cap} au plus"


def _lexical_element(brief: Brief, brand: Brand | None, rules: Lexical) -> Element:
    origins: list[Origin] = []
    if brief.lexical is not None and brief.lexical != type(brief.lexical)():
        origins.append("brief")
    lexicon = brand.lexicon if brand is not None else None
    if lexicon is not None and (
        lexicon.avoid or lexicon.preferred or lexicon.required_hashtags or lexicon.emoji
    ):
        origins.append("brand")
    if rules.hashtags_max is not None or rules.links_clickable is False:
        origins.append("network default")
    summary = rules.summary()
    return Element(summary, tuple(origins)) if summary else Element(None)


def _missing_message(loaded: LoadedBrief, missing: dict[str, list[str]]) -> M:
    fr_lines, en_lines = [], []
    for network, names in missing.items():
        for name in names:
            fr_label, en_label = ELEMENT_LABELS[name]
            fr_lines.append(f"  {network} : {fr_label} — à ajouter dans {_WHERE_TO_ADD[name]}")
            en_lines.append(f"  {network}: {en_label} — add {_WHERE_TO_ADD[name]}")
    return M(
        f"{loaded.path} : le brief est incomplet ; éléments obligatoires manquants :\n"
        + "\n".join(fr_lines),
        f"{loaded.path}: the brief is incomplete; required elements missing:\n"
        + "\n".join(en_lines),
    )
