"""A short title in kanji or hanzi by its characters, for blocking.

A title in characters is keyed by its readings (吾国吾民 "wuguowumin"), whose opening and
ending of ten letters cover three or four characters: a short title with one character other,
added or left out in its middle (吾国与吾民 / 吾国吾民, a translation's title printed with and
without 与; 吾土与吾民 / 吾国与吾民, a variant title of one translation) shares neither. Its
characters in one form (國 国, 與 与: see :func:`japanese_forms`) with any one of them left out
do: two titles one character apart (changed, added or left out) share one such key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from archivecite.dedupe.readings import text_script
from archivecite.dedupe.titles import CJK_SCRIPTS
from archivecite.translit.japanese.forms import japanese_forms

if TYPE_CHECKING:
    from archivecite.dedupe.keys import RecordKeys

__all__ = ["character_keys", "in_characters", "title_script"]

_FEWEST = 4  # characters of a title with one left out that still name a work (吾国吾民)
_MOST = 10  # a longer title keeps a three-character opening or ending its variant shares


def character_keys(title: str) -> tuple[str, ...]:
    """The title's characters in one form, whole and with each one left out in turn, when it is
    a title of :data:`_FEWEST` to :data:`_MOST` kanji, hanzi or kana (punctuation aside); none
    for another title."""
    written = "".join(char for char in title if char.isalnum())
    if not _FEWEST <= len(written) <= _MOST or text_script(written) not in CJK_SCRIPTS:
        return ()
    if not all(text_script(char) in CJK_SCRIPTS for char in written):
        return ()
    written = japanese_forms(written)
    shorter = (written[:at] + written[at + 1 :] for at in range(len(written)))
    return tuple(dict.fromkeys((written, *shorter)))


def title_script(record: RecordKeys) -> int:
    """0 for a title in Latin letters, 1 in another alphabet (Cyrillic), 2 in characters: a
    Russian title and its Japanese translation (ドクトル・ジバゴ) are in two scripts too."""
    return 0 if not record.non_latin else 2 if in_characters(record) else 1


def in_characters(record: RecordKeys) -> bool:
    """The title is in kanji, hanzi or kana."""
    return text_script(record.title_original) in CJK_SCRIPTS
