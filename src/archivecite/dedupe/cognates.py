"""A translation told by its words: cognates of a romanized Russian title in an English one
("structure" / "структуре"), a stated translation, and which titles are romanized originals or
foreign to English. Split from :mod:`archivecite.dedupe.titles`, which compares titles as
written or read."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from archivecite.dedupe.keys import RecordKeys
from archivecite.dedupe.name_readings import spelled_keys
from archivecite.dedupe.titles import translated
from archivecite.dedupe.vocabulary import VOCABULARY
from archivecite.translit import match_key

__all__ = [
    "cognate_share",
    "english_translation",
    "foreign_title",
    "romanized_original",
    "romanized_title",
    "stated_translation",
]

_WORD = re.compile(r"[^\W\d_]+")
_COGNATE_STEM = 4  # letters two words' keys must share at their start
_COGNATE_MIN = 4  # letters of a word worth matching ("Tomsk", not "of")
_COGNATE_WINDOW = 8  # letters at the start of two long words that may differ in one
_COGNATE_ALIKE = 80


# the languages whose romanized titles are read for a translation's cognates, and those a
# translation in Latin letters is not stated in (the glossary reads an English one)
_ROMANIZED_ORIGINALS = frozenset(("ru", "uk", "be"))
_NOT_TRANSLATED = _ROMANIZED_ORIGINALS | {"", "en"}


def romanized_title(record: RecordKeys) -> bool:
    """A Latin title stated as a romanized Russian (Ukrainian, Belarusian) one."""
    return (
        not record.non_latin
        and bool(record.title_original)
        and record.title_base_lang in _ROMANIZED_ORIGINALS
    )


def foreign_title(record: RecordKeys) -> bool:
    """A Latin title stated in a language other than English or Russian, no romanization
    ("de", "fr"): a translation the glossary does not read."""
    return (
        not record.non_latin
        and bool(record.title_original)
        and record.title_base_lang not in _NOT_TRANSLATED
        and not (record.title_lang or "").endswith("-Latn")
    )


def romanized_original(a: RecordKeys, b: RecordKeys) -> tuple[RecordKeys, RecordKeys] | None:
    """Two Latin titles, one stated as a romanized Russian (Ukrainian, Belarusian) title, the
    other stated in another language than English: maybe its translation ("Anatomiya
    rossiiskoi elity" / "Anatomie der russischen Elite"), whose names and cognates tell it
    (an English one is read by the glossary, see glosses.romanized_translation).
    ``(translation, romanized)``, else ``None``."""
    for translation, romanized in ((a, b), (b, a)):
        if romanized_title(romanized) and foreign_title(translation):
            return translation, romanized
    return None


def cognate_share(a: RecordKeys, b: RecordKeys) -> float:
    """The share of the Latin title's words (four letters or more) found, by the start of
    their key, among the other title's words: names and cognates that a translation keeps
    ("Genealogical legends about Tyuluyen-oyuun of the Bordons Yakuts" / "Генеалогические
    предания о Тюлюен-ойууне бордонских якутов"); a romanized title's words as the other's for
    a translation in another language than English (see :func:`romanized_original`), whose
    words are also read as that language spells Russian ("Archipel" / "Arkhipelag", see
    name_readings.spelled_keys). 0 when neither or both titles are Latin otherwise."""
    if translated(a, b):
        latin, other = (a, b) if not a.non_latin else (b, a)
    elif (pair := romanized_original(a, b)) is not None:
        latin, other = pair
    else:
        return 0.0
    words = [word for word in _WORD.findall(latin.title_original) if len(word) >= _COGNATE_MIN]
    stems = {_stem(word) for word in _WORD.findall(other.title_original)}
    stems.discard("")
    if not words or not stems:
        return 0.0
    spelled = foreign_title(latin)  # a German or French word: as its language spells Russian
    found = sum(
        1
        for word in words
        if _cognate(_stem(word), stems)
        or _hard_c_cognate(word, stems)
        or (spelled and any(_cognate(key, stems) for key in spelled_keys(word)))
    )
    return found / len(words)


def _hard_c_cognate(word: str, stems: set[str]) -> bool:
    hard = _HARD_C.sub("k", word)
    return hard != word and _cognate(_stem(hard), stems)


# An English "c" before a back vowel or a consonant sounds, and Russian spells it, as "к"
# ("structure" / "структуре", "political" / "политический"); read as a romanized "c" it is "ц".
_HARD_C = re.compile(r"c(?![eiyh])|ck", re.IGNORECASE)


_ENGLISH_WORDS = frozenset(VOCABULARY.english_title_words)


def stated_translation(a: RecordKeys, b: RecordKeys) -> bool:
    """One title a translation of the other by its words (:func:`english_translation`) or by
    the language stated for it ("de", "fr" against a Cyrillic or romanized Russian title)."""
    if english_translation(a, b):
        return True
    if translated(a, b):
        return foreign_title(a if not a.non_latin else b)
    return romanized_original(a, b) is not None


def english_translation(a: RecordKeys, b: RecordKeys) -> bool:
    """One title in another script, the other in Latin with an English word: a translation,
    not a romanization that differs ("Chasticy v jakutskom jazyke")."""
    if not translated(a, b):
        return False
    latin = a if not a.non_latin else b
    return not _ENGLISH_WORDS.isdisjoint(_WORD.findall(latin.title_original.lower()))


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    key = match_key(word, "ru").replace(" ", "")
    return key if len(key) >= _COGNATE_STEM else ""


def _cognate(stem: str, stems: set[str]) -> bool:
    if not stem:
        return False
    for other in stems:
        common = 0
        for first, second in zip(stem, other, strict=False):
            if first != second:
                break
            common += 1
        if common < _COGNATE_STEM:
            continue
        if common >= 0.6 * min(len(stem), len(other)):
            return True
        window = min(len(stem), len(other), _COGNATE_WINDOW)
        alike = fuzz.ratio(stem[:window], other[:window]) >= _COGNATE_ALIKE
        if window == _COGNATE_WINDOW and alike:
            return True  # "linguistic" / "лингвистических": a letter spelt another way
    return False
