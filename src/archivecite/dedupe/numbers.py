"""Numbers two citations write apart: a keystroke's typo, a first page that lost its range."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

__all__ = ["probable_typo", "same_number"]


def probable_typo(first: str, second: str) -> bool:
    """Numbers one keystroke apart (``178499``/``78499``, ``582``/``583``), long enough that
    the coincidence is unlikely."""
    if first == second or min(len(first), len(second)) < 3:
        return False
    return Levenshtein.distance(first, second) == 1


def same_number(first: str, second: str) -> bool:
    """``433`` and ``433444`` (a page range that lost its dash) are the same first page."""
    return first.startswith(second) or second.startswith(first)
