"""A Japanese title in kanji against its romaji, read with another reading of one of its
words: the tagger reads 気質 kishitsu, Tsubouchi's 当世書生気質 is "Tōsei Shosei Katagi", and
JMdict lists both readings. A word is read otherwise only where the romaji spells that reading,
and the title so read is kept only when it is the romaji's own: the other words must agree (not
Kondō's 文書 "Monjo" beside 播磨国 "Harima no Kuni", read harimakoku)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from archivecite.dedupe.readings import TitleKey, text_script
from archivecite.model import Script
from archivecite.translit import match_key
from archivecite.translit.japanese.other_readings import reread_words

if TYPE_CHECKING:
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["ANOTHER_READING", "reread_keys"]

ANOTHER_READING = "another reading of a word"
_SHORTEST = 3  # letters of a reading looked for in the romaji (not "ki", which most spell)


def _japanese(record: RecordKeys) -> bool:
    return record.title_base_lang in ("ja", "") and text_script(record.title_original) in (
        Script.HAN,
        Script.KANA,
    )


def reread_keys(
    record: RecordKeys, other: RecordKeys, romaji: Iterable[str]
) -> tuple[TitleKey, ...]:
    """The key of ``record``'s Japanese title with each word that JMdict reads otherwise read
    so where ``romaji`` (the keys of ``other``'s title in Latin letters) spells that reading,
    when it is one of those keys; none otherwise."""
    if not record.non_latin or other.non_latin or not other.title_original:
        return ()
    if not _japanese(record):
        return ()
    words = reread_words(record.title_original)
    if not words:
        return ()
    spelled = tuple(romaji)
    parts: list[str] = []
    changed = False
    for written, space, readings in words:
        read = written
        for kana in readings:
            key = match_key(kana, "ja")
            if len(key) >= _SHORTEST and any(key in other_key for other_key in spelled):
                read, changed = kana, True
                break
        parts.append(f" {read}" if space else read)
    if not changed:
        return ()
    key = match_key("".join(parts), "ja")
    return (TitleKey(key, ANOTHER_READING),) if key in spelled else ()
