"""Tokens and sentences for the inclusive rules: offsets into the caption, lowercase forms."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

# A word (with inner hyphens, and an elided "l'" / "d'" kept as its own token), a number,
# or any other single non-space character (punctuation, emoji).
TOKEN_RE = regex.compile(
    r"(?P<word>[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?:['’](?=[\p{L}\p{M}]))?)"
    r"|(?P<number>\d+(?:[  .]\d{3})*)"
    r"|(?P<other>\S)"
)
SENTENCE_END_RE = regex.compile(r"[.!?…]+(?=\s|$)|\n")
# Separators of contracted inclusive forms: client·e·s, client.e.s, client(e)s, client-e-s.
_SUFFIXES = (
    r"(?:e|es|ne|nes|le|les|te|tes|se|ses|fe|fes|euse|euses|rice|rices|trice|trices|ère|ères"
    r"|ière|ières|ienne|iennes|ive|ives|ve|ves|ice|ices|x|s|e\.s|e·s|ne·s|euse·s|rice·s|ère·s)"
)
CONTRACTED_AFTER_RE = regex.compile(
    rf"(?:[·•⋅∙‧:.\-/]|\(){_SUFFIXES}(?![\p{{L}}])", regex.IGNORECASE
)
MIDDLE_DOTS = "·•⋅∙‧"


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # with ’ normalised to '
    lower: str
    is_word: bool
    sentence: int  # index of the sentence it belongs to
    sentence_start: bool  # first word of its sentence

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() and not self.text.isupper()


@dataclass(frozen=True)
class Analysis:
    text: str
    tokens: tuple[Token, ...]
    sentence_words: tuple[frozenset[str], ...]  # lowercase words of each sentence
    sentence_text: tuple[str, ...]  # lowercase text of each sentence


@functools.lru_cache(maxsize=512)
def analyse(text: str) -> Analysis:
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text)]
    tokens: list[Token] = []
    sentence = 0
    first_word = True
    for match in TOKEN_RE.finditer(text):
        while sentence < len(ends) and match.start() >= ends[sentence]:
            sentence += 1
            first_word = True
        raw = match.group(0).replace("’", "'")
        is_word = match.lastgroup == "word"
        tokens.append(
            Token(
                match.start(),
                match.end(),
                raw,
                raw.lower(),
                is_word,
                sentence,
                first_word and is_word,
            )
        )
        if is_word or match.lastgroup == "number":
            first_word = False
    bounds = [0, *ends, len(text)]
    sentence_text = tuple(
        text[bounds[i] : bounds[i + 1]].lower().replace("’", "'") for i in range(len(bounds) - 1)
    )
    words: list[set[str]] = [set() for _ in sentence_text]
    for token in tokens:
        if token.is_word and token.sentence < len(words):
            words[token.sentence].add(token.lower)
    return Analysis(text, tuple(tokens), tuple(frozenset(w) for w in words), sentence_text)


def is_contracted(text: str, start: int, end: int) -> bool:
    """Is the word at start:end part of a contracted form (client·e·s, vendeur(se))?"""
    if start > 0 and text[start - 1] in MIDDLE_DOTS:
        return True
    return CONTRACTED_AFTER_RE.match(text, end) is not None


def in_tag(text: str, start: int) -> bool:
    """Inside a hashtag, a mention or a URL-ish word."""
    index = start - 1
    while index >= 0 and (text[index].isalnum() or text[index] in "_-"):
        index -= 1
    return index >= 0 and text[index] in "#@/"


def match_case(model: str, text: str) -> str:
    """`text` with the first letter capitalised when `model`'s is."""
    if model[:1].isupper() and text:
        return text[0].upper() + text[1:]
    return text
