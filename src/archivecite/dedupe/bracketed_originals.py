"""An English title with its original, romanized, in brackets after it: the Tokyo Gazette's
1941 heading 'FIELD SERVICE CODE (SENZINKUN)' is the 戦陣訓 (Senjinkun in Hepburn). The words in
brackets are read as a title of their own, in the language of the other side's title (kanji
or kana: Japanese and Chinese; a romanization: its language), so that the Kunrei-shiki
"SENZINKUN" is read as Japanese ("senjinkun") rather than as a Russian name would be. The
original may be printed in characters too: '… (教育勅語 Kyôiku Chokugo)', or between dashes
(a shrine's English guide: 'Distance -Doutei-', 道程)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from archivecite.dedupe.readings import TitleKey, reading_keys, text_script
from archivecite.model import Script

if TYPE_CHECKING:  # keys imports bracket_keys from here
    from archivecite.dedupe.keys import RecordKeys

__all__ = [
    "BRACKETED_ORIGINAL",
    "CLOSINGS",
    "bracket_keys",
    "bracketed_original",
    "romanized_in_brackets",
]

BRACKETED_ORIGINAL = "the romanized original in brackets"
_CLOSING_BRACKET = re.compile(
    r"(?:[(\[](?P<text>[^()\[\]]+)[)\]]|\s[-–—](?P<dashed>[^-–—()\[\]\s][^-–—()\[\]]*)[-–—])\s*\.?$"
)
# what closes a title that may end with its original: brackets, or dashes ('Distance -Doutei-',
# a shrine's English guide: the English word, then the romanized title between dashes)
CLOSINGS = (")", "]", "-", "–", "—")
_CHARACTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_READ_AS = {Script.HAN: ("ja", "zh"), Script.KANA: ("ja",), Script.CYRILLIC: ("ru",)}
_ROMANIZED = ("ja", "zh", "ru", "uk", "be")
_BLOCKED_AS = ("ja", "zh")  # the romanizations whose originals are in characters


@lru_cache(maxsize=1 << 12)
def _bracket(title: str) -> tuple[str, str] | None:
    """The words in Latin letters and the characters in the brackets closing ``title`` in
    Latin letters; None when there are none, or nothing before them (a whole title in
    brackets is the title) or other letters in them."""
    if not title.rstrip(" .").endswith(CLOSINGS):
        return None
    found = _CLOSING_BRACKET.search(title)
    if found is None:
        return None
    before = title[: found.start()].strip(" ,.:;-–—")
    if not before or text_script(before) is not Script.LATIN:
        return None
    inside = found.group("text") or found.group("dashed")
    characters = " ".join(_CHARACTERS.findall(inside))
    text = _CHARACTERS.sub(" ", inside).strip(" ,;")
    if text and text_script(text) is not Script.LATIN:
        return None
    return (text, characters) if text or characters else None


@lru_cache(maxsize=1 << 12)
def bracket_keys(title: str) -> tuple[str, ...]:
    """The keys of the bracket closing ``title`` read as Japanese and Chinese (and its
    characters as written), for blocking: 'FIELD SERVICE CODE (SENZINKUN)' meets 戦陣訓."""
    found = _bracket(title)
    if found is None:
        return ()
    return _read(*found, _BLOCKED_AS)


def _read(text: str, characters: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    keys = dict.fromkeys(key for lang in languages for key in reading_keys(text, lang) if text)
    keys.update(dict.fromkeys(reading_keys(characters, None) if characters else ()))
    return tuple(keys)


def bracketed_original(record: RecordKeys, other: RecordKeys) -> tuple[TitleKey, ...]:
    """The keys of the words in brackets closing ``record``'s title in Latin letters, read in
    the language of ``other``'s title, that its own keys do not hold already."""
    keys = _bracket_keys(record, other)
    if not keys:
        return ()
    seen = {title_key.key for title_key in record.titles}
    return tuple(TitleKey(key, BRACKETED_ORIGINAL) for key in keys if key not in seen)


def _bracket_keys(record: RecordKeys, other: RecordKeys) -> tuple[str, ...]:
    if record.non_latin or not record.title_original.rstrip(" .").endswith(CLOSINGS):
        return ()
    found = _bracket(record.title_original)
    if found is None:
        return ()
    languages = _READ_AS.get(text_script(other.title_original or ""), ())
    if not languages and other.title_base_lang in _ROMANIZED:
        languages = (other.title_base_lang,)
    return _read(*found, languages)


def romanized_in_brackets(a: RecordKeys, b: RecordKeys) -> bool:
    """One title's words in brackets read as the other's title, which is in characters or a
    romanization: two writings of one title, as telling as a title and its original ('FIELD
    SERVICE CODE (SENZINKUN)' / 'Senjinkun'; not '… [The Asia-Pacific war]' / 'Ajia Taiheiyō
    sensō', a translation in brackets)."""
    for side, other in ((a, b), (b, a)):
        if other.non_latin or other.title_base_lang in _ROMANIZED:
            titles = {title_key.key for title_key in other.titles}
            if any(key in titles for key in _bracket_keys(side, other)):
                return True
    return False
