"""Inflected words of a Japanese text and their dictionary forms, for looking them up.

A title's verbs and adjectives are inflected (抱きしめて, 帰ってきた, 短し): a dictionary lists
抱き締める and 帰る. The tagger (fugashi with unidic-lite, the ``ja`` extra) gives each token's
lemma; without the extra no word is found.
"""

from __future__ import annotations

from functools import lru_cache

from archivecite.errors import MissingExtraError
from archivecite.translit.japanese.tokens import analyse

__all__ = ["inflected_words"]

_INFLECTING = frozenset(("動詞", "形容詞"))  # verbs and adjectives


@lru_cache(maxsize=1 << 12)
def inflected_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, lemma)`` of each verb or adjective of ``text`` written otherwise than its
    lemma: '敗北を抱きしめて' gives ``(3, 7, '抱き締める')``."""
    try:
        tokens, _, written, _ = analyse(text)
    except MissingExtraError:
        return ()
    found: list[tuple[int, int, str]] = []
    position = 0
    for token, surface in zip(tokens, written, strict=True):
        start = text.find(surface, position) if surface else -1
        if start < 0:
            continue
        position = start + len(surface)
        if token.pos1 in _INFLECTING and token.lemma and token.lemma != surface:
            found.append((start, position, token.lemma))
    return tuple(found)
