"""Places named in two alike titles: another country, people or place (a stem of a place name
in one title, another in the other) tells two works under titles otherwise alike.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.readings import text_script
from archivecite.dedupe.titles import key_similarity
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.model import Script
from archivecite.translit import match_key

_ANOTHER_PLACE_FLOOR = 85.0  # titles this alike, where another place named tells two works

_PLACE_STEM_LETTERS = 4  # a stem's key this long at least ("коре", not "СССР" → "sr")

_WORD_KIN = 70  # ratio of two spellings of one word: a slip, an inflection, a scheme

_SHORT_WORD_KIN = 80  # ... of a word under six letters

_LONG_WORD = 6

_ABBREVIATION = 3  # letters of a word that may stand for it ("int", "conf")

_WORD_SCRIPTS = frozenset((Script.LATIN, Script.CYRILLIC))  # scripts that space their words


def _place_stems() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The keys of the places' whole words, and of their stems (longest first)."""
    words, stems = {}, []
    for place, entries in VOCABULARY.places.items():
        for entry in entries:
            whole = entry.endswith("$")
            key = match_key(entry.removesuffix("$"), "ru")
            if len(key) < _PLACE_STEM_LETTERS - whole:
                raise ValueError(f"vocabulary.toml: places.{place}: {entry!r} keys to {key!r}")
            if whole:
                words[key] = place
            else:
                stems.append((key, place))
    return words, tuple(sorted(stems, key=lambda stem: -len(stem[0])))


_PLACE_WORDS, _PLACE_STEMS = _place_stems()


@lru_cache(maxsize=1 << 14)
def place_of(word: str) -> str | None:
    """The country, people or place a word's key names ("chinese": china), or ``None``."""
    if word in _PLACE_WORDS:
        return _PLACE_WORDS[word]
    return next((place for stem, place in _PLACE_STEMS if word.startswith(stem)), None)


def another_place(a: RecordKeys, b: RecordKeys) -> tuple[str, str] | None:
    """The words naming two countries, peoples or places where two alike titles part
    ("Японские военнопленные в СССР" / "Немецкие военнопленные в СССР"; "Soviet Policy in
    Manchuria" / "Soviet Policy in Korea"): the same author's two books. ``None`` when the
    titles only add words (a subtitle, a note, a name run into them), part in other words
    (citations of one paper reword it: "system" / "engine"), or any reading of the two agrees.
    Titles in kanji, kana or hanzi are left out: their words are a machine's segmentation."""
    if not (a.title_original and b.title_original):
        return None
    if {text_script(a.title_original), text_script(b.title_original)} - _WORD_SCRIPTS:
        return None
    found = None
    for first in a.titles:
        for second in b.titles:
            if " " not in first.key or " " not in second.key:
                continue  # a reading that runs its words together cannot show where they part
            if key_similarity(first.key, second.key) < _ANOTHER_PLACE_FLOOR:
                continue
            parted = _places_parting(first.key.split(), second.key.split())
            if parted is None:
                return None
            found = found or (_as_written(a, parted[0]), _as_written(b, parted[1]))
    return found


def _places_parting(first: list[str], second: list[str]) -> tuple[str, str] | None:
    """The first place where one title names a country, people or place and the other, in
    the same place, another that the first does not name."""
    # the other title's spelling of a word is read as this one's, so only own words part them
    second = [next((word for word in first if _kin(other, word)), other) for other in second]
    places_a = {place_of(word) for word in first} - {None}
    places_b = {place_of(word) for word in second} - {None}
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    for tag, start_a, end_a, start_b, end_b in matcher.get_opcodes():
        if tag != "replace":
            continue
        word_a = next(
            (w for w in first[start_a:end_a] if place_of(w) not in places_b | {None}), None
        )
        word_b = next(
            (w for w in second[start_b:end_b] if place_of(w) not in places_a | {None}), None
        )
        if word_a and word_b:
            return word_a, word_b
    return None


def _kin(word: str, other: str) -> bool:
    """One word in two spellings: a slip, an inflection, a scheme, an abbreviation; a short
    word only a letter apart ("east" / "west" are two)."""
    if len(other) >= _ABBREVIATION and (word.startswith(other) or other.startswith(word)):
        return True
    short = min(len(word), len(other)) < _LONG_WORD
    return fuzz.ratio(word, other) >= (_SHORT_WORD_KIN if short else _WORD_KIN)


def _as_written(record: RecordKeys, key: str) -> str:
    """The word of the title as written whose key is ``key`` (for the reason)."""
    written = (word for word in _WORD.findall(record.title_original))
    return next((word for word in written if match_key(word, record.title_lang) == key), key)


_WORD = re.compile(r"[^\W\d_]+")
