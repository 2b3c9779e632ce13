"""The entry point: name headings, then tokens, then ALA-LC words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from archivecite.translit.japanese.dictionary import RUNS, dictionary_compounds, word_reading
from archivecite.translit.japanese.names import (
    HEADING,
    NAME_TITLE,
    classical_names,
    given_names,
    is_personal_name,
    role_words,
)
from archivecite.translit.japanese.people import (
    given_reading,
    listed_person,
    people,
    person_reading,
    sole_given_reading,
)
from archivecite.translit.japanese.readings import sino_compounds
from archivecite.translit.japanese.romaji import (
    PUNCTUATION,
    capital,
    kana_romaji,
    with_long_vowels,
)
from archivecite.translit.japanese.tokens import (
    CLASSICAL,
    KANJI,
    LATIN_WORD,
    NATIVE_PIECE,
    ROLE,
    SINO_PIECE,
    SURNAME,
    TOKENS,
    WORD_PIECES,
    Tok,
    analyse,
)
from archivecite.translit.japanese.words import Words, quoted_starts
from archivecite.translit.kana import LongVowels, System, default_long_vowels, kana_to_romaji

__all__ = ["NAME_ORDERS", "NameOrder", "clear_caches", "personal_name", "romanize_japanese"]

NameOrder = Literal["heading", "text"]
NAME_ORDERS: tuple[NameOrder, ...] = ("heading", "text")
BOTH_PIECES = NATIVE_PIECE | SINO_PIECE
# A body under its jurisdiction, written in English (MARC 110/710: Japan. Kokkai. Sangiin.);
# the units after it are split at a full stop and a space.
JURISDICTION = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)*(?: \([A-Z][A-Za-z .-]*\))?)"
    r"\. (?P<bodies>\S.*)"
)
UNITS = re.compile(r"(?<=\.) +")


def romanize_japanese(
    text: str,
    *,
    system: System = "hepburn",
    long_vowels: LongVowels | None = None,
    name_order: NameOrder = "text",
) -> str:
    """Romanize Japanese; kana alone needs nothing, kanji need the ``ja`` extra.

    ``long_vowels`` defaults to macrons in Hepburn and circumflexes in Kunrei and Nihon.
    A name already in heading form (with dates or a comma) is written as a heading. A text
    that is one bare personal name, perhaps ending in a full stop, is inverted with
    ``name_order="heading"`` (a catalogue name heading: 反町茂雄 Sorimachi, Shigeo) and
    kept in text order with ``"text"`` (a bibliography or prose: 池田証壽 Ikeda Shōju).
    """
    long_vowels = long_vowels or default_long_vowels(system)
    if not KANJI.search(text):
        return kana_to_romaji(
            unicodedata.normalize("NFKC", text), system=system, long_vowels=long_vowels
        ).translate(PUNCTUATION)
    jurisdiction = JURISDICTION.fullmatch(text) if "A" <= text[:1] <= "Z" else None
    if jurisdiction and KANJI.search(jurisdiction["bodies"]):
        units = UNITS.split(jurisdiction["bodies"])
        return " ".join(
            [jurisdiction["place"] + "."] + [_body(unit, system, long_vowels) for unit in units]
        )
    heading = HEADING.fullmatch(text)
    if heading and (heading["dates"] or "," in heading["name"]):
        # perhaps a name heading with dates or a comma: 新村出, 1876-1967; 山田, 太郎
        name = _name_heading(heading["name"], system, long_vowels)
        if name:
            return name + (heading["dates"] or "")
    if heading and heading["stop"]:
        # the full stop that ends a MARC field (横井 清. Yokoi, Kiyoshi.)
        return (
            romanize_japanese(
                heading["name"], system=system, long_vowels=long_vowels, name_order=name_order
            )
            + "."
        )
    titled = NAME_TITLE.fullmatch(text) if ". " in text else None
    if titled and (name := _name_heading(titled["name"], system, long_vowels)):
        # a name/title heading: 久保栄, 1901-1958. 火山灰地 (the title capitalized)
        title = romanize_japanese(titled["title"], system=system, long_vowels=long_vowels)
        return f"{name}{titled['dates']} {title}"
    tokens, spaced, written, hints = analyse(text)
    if hints & SURNAME:
        _read_names(tokens, spaced, written, "bare" if heading else "")
    if hints & ROLE:
        role_words(tokens)
    _read_compounds(tokens, spaced, written, hints)
    particles = classical_names(tokens, spaced) if hints & CLASSICAL else frozenset()
    quoted = quoted_starts(tokens, spaced, written) if hints & LATIN_WORD else frozenset()
    words = Words(
        tokens,
        spaced,
        written,
        system,
        long_vowels,
        particles=particles,
        quoted=quoted,
        hints=hints,
    ).build()
    if name_order == "heading" and heading and is_personal_name(tokens, spaced, words):
        return f"{capital(words[0])}, {words[1]}"  # a name heading: 吉田一 Yoshida, Hajime
    result = " ".join(words)
    return result[:1].upper() + result[1:]


@lru_cache(maxsize=1 << 14)
def personal_name(surname: str, given: str) -> tuple[str, str]:
    """The Hepburn readings of a Japanese person cited as surname and given name.

    Read as one name, not each part alone: a one-kanji given name has its name reading
    (高田 衛: Takada Mamoru, not the word ei), and a listed person their own (沢山 美果子:
    Sawayama Mikako, not the word takusan).
    """
    listed = listed_person(surname, given)
    if listed is not None:
        family, name = (capital(kana_romaji(kana, "hepburn", "macron")) for kana in listed)
        return family, name
    words = romanize_japanese(f"{surname} {given}").split()
    if len(words) == 2:  # read as one surname and one given name
        family, name = words
    else:
        family, name = romanize_japanese(surname), romanize_japanese(given)
    sole = sole_given_reading(given)
    if sole is not None:
        name = capital(kana_romaji(sole, "hepburn", "macron"))
    return family, name


def clear_caches() -> None:
    """Forget every token and romanization seen so far (benchmarks measure a cold start)."""
    TOKENS.clear()
    kana_romaji.cache_clear()
    with_long_vowels.cache_clear()
    person_reading.cache_clear()
    listed_person.cache_clear()
    sole_given_reading.cache_clear()
    personal_name.cache_clear()
    given_reading.cache_clear()
    word_reading.cache_clear()
    RUNS.clear()


def _read_names(tokens: list[Tok], spaced: list[bool], written: list[str], heading: str) -> None:
    """Given names the tagger splits, and readings of known people."""
    given_names(tokens, spaced, written, heading)
    people(tokens, spaced, written)


def _read_compounds(tokens: list[Tok], spaced: list[bool], written: list[str], hints: int) -> None:
    """Compounds JMdict reads as one word, and one-kanji runs that may mix readings."""
    if hints & WORD_PIECES:
        dictionary_compounds(tokens, spaced, written)
    if hints & BOTH_PIECES == BOTH_PIECES:
        sino_compounds(tokens, spaced)


def _body(unit: str, system: System, long_vowels: LongVowels) -> str:
    """One unit of a body's name heading, every word but particles capitalized (Sangiin.)."""
    name, stop = (unit[:-1], ".") if unit.endswith(".") else (unit, "")
    if not KANJI.search(name):
        return romanize_japanese(name, system=system, long_vowels=long_vowels) + stop
    tokens, spaced, written, hints = analyse(name)
    if hints & WORD_PIECES:
        dictionary_compounds(tokens, spaced, written)
    words = Words(tokens, spaced, written, system, long_vowels, hints=hints, body=True).build()
    return " ".join(words) + stop


def _name_heading(name: str, system: System, long_vowels: LongVowels) -> str | None:
    """ "Surname, Given name" if the text is one personal name (新村出 Shinmura, Izuru)."""
    tokens, spaced, written, hints = analyse(re.sub(", ?", " ", name))
    if hints & SURNAME:
        _read_names(tokens, spaced, written, "dated")
    _read_compounds(tokens, spaced, written, hints)
    words = Words(tokens, spaced, written, system, long_vowels, hints=hints).build()
    if is_personal_name(tokens, spaced, words):
        return f"{capital(words[0])}, {words[1]}"
    return None
