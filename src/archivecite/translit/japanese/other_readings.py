"""The words of a Japanese text that JMdict reads otherwise than the tagger does: 気質 is
kishitsu to unidic-lite and katagi in 当世書生気質 (Tōsei Shosei Katagi), which a romaji
citation spells as the work is read."""

from __future__ import annotations

from functools import lru_cache

from archivecite.translit.japanese.dictionary import database, word_readings
from archivecite.translit.japanese.tokens import KANJI, analyse

__all__ = ["Reread", "reread_words"]

# one token as written, whether a space precedes it, and the readings JMdict gives it besides
# the tagger's (none for most words)
Reread = tuple[str, bool, tuple[str, ...]]


@lru_cache(maxsize=1 << 12)
def reread_words(text: str) -> tuple[Reread, ...]:
    """The tokens of ``text`` as written, each with the other readings JMdict lists for it
    when it is a word of kanji (気質: カタギ beside the tagger's キシツ); empty when no word has
    another reading, or without the database."""
    if database() is None or not KANJI.search(text):
        return ()
    tokens, spaced, written, _ = analyse(text)
    found: list[Reread] = []
    other = False
    for tok, space, form in zip(tokens, spaced, written, strict=True):
        listed: tuple[str, ...] = ()
        if tok.kana and KANJI.search(tok.surface):
            listed = tuple(kana for kana in word_readings(tok.surface) if kana != tok.kana)
        other = other or bool(listed)
        found.append((form, space, listed))
    return tuple(found) if other else ()
