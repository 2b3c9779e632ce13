"""Numbers two citations write apart: a keystroke's typo, a first page that lost its range, a
number a title writes out in words."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.translit import match_key

__all__ = ["in_digits", "probable_typo", "same_number"]


def probable_typo(first: str, second: str) -> bool:
    """Numbers one keystroke apart (``178499``/``78499``, ``582``/``583``), long enough that
    the coincidence is unlikely."""
    if first == second or min(len(first), len(second)) < 3:
        return False
    return Levenshtein.distance(first, second) == 1


def same_number(first: str, second: str) -> bool:
    """``433`` and ``433444`` (a page range that lost its dash) are the same first page."""
    return first.startswith(second) or second.startswith(first)


@lru_cache(maxsize=1)
def _cardinal_keys() -> dict[str, int]:
    """The Russian cardinal numbers of the vocabulary by their matching keys ("sorok": 40)."""
    return {match_key(word, "ru"): value for word, value in VOCABULARY.cardinal_words.items()}


def in_digits(key: str) -> str:
    """A title key with the Russian numbers it writes out in words put in digits: "sto sorok
    besed s molotovim" -> "140 besed s molotovim" (the words of one number in a row added up,
    "tisacha" multiplying what stands before it)."""
    cardinals = _cardinal_keys()
    words = key.split()
    if not any(word in cardinals for word in words):
        return key
    read: list[str] = []
    total = 0
    for word in [*words, ""]:
        value = cardinals.get(word)
        if value is None:
            if total:
                read.append(str(total))
                total = 0
            if word:
                read.append(word)
        elif value == _THOUSAND:
            total = max(total, 1) * value
        else:
            total += value
    return " ".join(read)


_THOUSAND = 1000
