"""Publishers compared: one imprint, a house and its paperback series, and another imprint
that tells another edition of a book a year apart."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.titles import MONOGRAPH_KINDS

__all__ = ["another_imprint", "same_house", "same_publisher"]

_PUBLISHER_FLOOR = 90
_IMPRINT_LETTERS = 8  # a publisher's short name this long inside its full one names it

# a publishing house's name, as its keys spell it, without the word for a house or a series:
# 新潮社 and its paperbacks 新潮文庫 are "shincho", 岩波書店 and 岩波文庫 "iwanami"
_HOUSE_WORDS = re.compile(r"(?:shuppansha|shuppan|shoten|shobo|sha|bunko|shinsho|sensho)$")
_HOUSE_LETTERS = 4


def same_publisher(a: RecordKeys, b: RecordKeys) -> bool:
    return any(
        fuzz.ratio(first, second) >= _PUBLISHER_FLOOR
        for first in a.publisher
        for second in b.publisher
    )


def _house(key: str) -> str:
    stem = _HOUSE_WORDS.sub("", _HOUSE_WORDS.sub("", key))
    return stem if len(stem) >= _HOUSE_LETTERS else ""


def same_house(a: RecordKeys, b: RecordKeys) -> bool:
    """One publisher, or a house and its paperback series (新潮社 / 新潮文庫), or one series
    (中公新書), whether a citation names it as the publisher or apart."""
    if same_publisher(a, b):
        return True
    houses = {_house(key) for key in a.publisher + a.series} - {""}
    return any(_house(key) in houses for key in b.publisher + b.series)


def another_imprint(a: RecordKeys, b: RecordKeys) -> bool:
    """Two books, a publisher named on one side at least and not the same on the other: of a
    year apart, the year's slack is for printings of one edition (师哲's memoir, 九州出版社, CIP
    2014.9 and printed 2015.2), which only the same imprint vouches for. 《邓小平时代》 of 2012
    (no publisher given) and 三联书店's of January 2013 may be the Hong Kong edition of 2012 and
    the mainland one: one work, which edition is not known."""
    if a.kind not in MONOGRAPH_KINDS or b.kind not in MONOGRAPH_KINDS:
        return False
    return bool(a.publisher or b.publisher) and not _one_imprint(a, b)


def _one_imprint(a: RecordKeys, b: RecordKeys) -> bool:
    """:func:`same_house`, or one publisher's name inside the other's: the short name
    ("三联书店") of the full one ("生活·读书·新知三联书店")."""
    return same_house(a, b) or any(
        len(short) >= _IMPRINT_LETTERS and short in long
        for first in a.publisher
        for second in b.publisher
        for short, long in ((first, second), (second, first))
    )
