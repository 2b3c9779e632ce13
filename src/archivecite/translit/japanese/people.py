"""Readings of whole personal names from JMnedict (``dictionary``), when it is there.

unidic-lite reads a given name in its most common reading (行人 Yukito), but a known person
may read it otherwise (柄谷行人 Karatani Kōjin). JMnedict lists people by their full name; a
surname and given name that make one listed person, whose reading starts with the
surname's reading, take the rest of that reading for the given name; one whose reading ends
with the given name's reading takes the rest for the surname. A given name that
unidic-lite splits into a name and one more kanji takes the listed given-name reading that
starts like its pieces (彰光 Akimitsu, not Akira + kō). Without the database nothing changes.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from archivecite.translit.japanese import dictionary
from archivecite.translit.japanese.tokens import Tok, merge_span
from archivecite.translit.kana import kana_to_romaji

# CROSS JOIN keeps SQLite's order: the name's own index first, not every "person" row.
_NAME_OF_TYPE = """
    SELECT DISTINCT NEKana.text FROM NEKanji
    CROSS JOIN NETranslation ON NETranslation.idseq = NEKanji.idseq
    CROSS JOIN NETransType ON NETransType.tid = NETranslation.ID
    CROSS JOIN NEKana ON NEKana.idseq = NEKanji.idseq
    WHERE NEKanji.text = ? AND NETransType.text IN ({types})
"""
_PERSON = _NAME_OF_TYPE.format(types="'person'")
_GIVEN = _NAME_OF_TYPE.format(types="'given', 'masc', 'fem'")
_SURNAME = _NAME_OF_TYPE.format(types="'surname'")
# How many JMnedict entries give each reading as a surname and as a given name.
_NAME_READING_COUNTS = """
    SELECT NEKana.text, NETransType.text = 'surname', COUNT(*) FROM NETransType
    JOIN NETranslation ON NETranslation.ID = NETransType.tid
    JOIN NEKana ON NEKana.idseq = NETranslation.idseq
    WHERE NETransType.text IN ('surname', 'given', 'masc', 'fem')
    GROUP BY NEKana.text, NETransType.text = 'surname'
"""
_SHARED_START = 2  # kana a listed given name shares with the pieces' reading: アキ of アキラ


@cache
def person_reading(name: str) -> str | None:
    """The katakana reading of a person listed under ``name``, if there is exactly one."""
    readings = dictionary.readings(_PERSON, name)
    return readings[0] if len(readings) == 1 else None


@cache
def listed_person(surname: str, given: str) -> tuple[str, str] | None:
    """The katakana readings of a surname and a given name that make one listed person,
    split where a listed reading of the surname ends (沢山 + 美果子: サワヤマ + ミカコ,
    though the tagger reads 沢山 as the word takusan)."""
    full = person_reading(surname + given)
    if full is None:
        return None
    for reading in sorted(dictionary.readings(_SURNAME, surname), key=len, reverse=True):
        if full.startswith(reading) and len(full) > len(reading):
            return reading, full[len(reading) :]
    return None


@cache
def sole_given_reading(given: str) -> str | None:
    """The katakana reading of a given name listed with one reading only (十九司 トクシ,
    which the tagger reads as a number)."""
    listed = dictionary.readings(_GIVEN, given)
    return listed[0] if len(listed) == 1 else None


@cache
def surname_readings(surname: str) -> tuple[str, ...]:
    """Every katakana reading listed for a surname (陸奥: ミチノク, ムツ), where the tagger
    reads the characters as a word (michinoku, the old province) and its bearer is Mutsu;
    none without the database."""
    return tuple(dictionary.readings(_SURNAME, surname))


@cache
def given_name_readings(given: str) -> tuple[str, ...]:
    """Every katakana reading listed for a given name (吉郎: キチロー, ヨシオ, ヨシロー), where
    the tagger gives one (Yoshirō); none without the database."""
    return tuple(dictionary.readings(_GIVEN, given))


@cache
def romanized_name_counts() -> dict[str, tuple[int, int]]:
    """Each reading of a JMnedict surname or given name in Hepburn with macrons (ナカエ Nakae,
    チョウミン Chōmin), with how many entries list it as a surname and how many as a given
    name (Nakae 13 and 7, Chōmin 0 and 2): read once, only when asked; empty without the
    database."""
    db = dictionary.database()
    if db is None:
        return {}
    try:
        rows = db.execute(_NAME_READING_COUNTS).fetchall()
    except sqlite3.Error:
        return {}
    counts: dict[str, tuple[int, int]] = {}
    for kana, surname, entries in rows:
        word = kana_to_romaji(str(kana)).capitalize()
        as_surname, as_given = counts.get(word, (0, 0))
        if surname:
            counts[word] = (as_surname + int(entries), as_given)
        else:
            counts[word] = (as_surname, as_given + int(entries))
    return counts


@cache
def given_reading(name: str, pieces: str) -> str:
    """A given name the dictionary read kanji by kanji (彰 Akira + 光 kō): the listed given
    name reading that starts like the pieces' reading (Akimitsu), else the pieces'."""
    listed = dictionary.readings(_GIVEN, name)
    if not listed or pieces in listed:
        return pieces
    best = max(listed, key=lambda reading: _common_start(reading, pieces))
    return best if _common_start(best, pieces) >= _SHARED_START else pieces


def _common_start(one: str, other: str) -> int:
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return size


def people(tokens: list[Tok], spaced: list[bool], written: list[str]) -> None:
    """Read a given name (or else the surname) as the known person whose full name the
    surname and given name make (柄谷行人 Karatani Kōjin, 沼本克明 Numoto Katsuaki); a
    one-kanji given name and one more kanji that end the text and make a listed given name
    are one name (佐伯 + 彰 + 光: Saeki Akimitsu)."""
    for i in range(len(tokens) - 2, 0, -1):
        if _given_pair(tokens, spaced, i):
            surface = tokens[i].surface + tokens[i + 1].surface
            pieces = (tokens[i].kana or "") + (tokens[i + 1].kana or "")
            reading = given_reading(surface, pieces)
            if reading != pieces:
                given = tokens[i]
                features = (given.pos1, given.pos2, given.pos3, given.pos4)
                name = Tok(surface, features, surface, reading)
                merge_span(tokens, spaced, written, i, i + 2, into=name)
    for i in range(len(tokens) - 1):
        surname, given = tokens[i], tokens[i + 1]
        if surname.pos4 != "姓" or given.pos3 != "人名" or given.pos4 != "名":
            continue
        if not surname.kana or (i + 2 < len(tokens) and tokens[i + 2].pos3 == "人名"):
            continue
        full = person_reading(surname.surface + given.surface) or ""
        if full.startswith(surname.kana):
            kana = full[len(surname.kana) :]
            if kana and kana != given.kana:
                tokens[i + 1] = _named(given, kana)
        elif given.kana and full.endswith(given.kana) and len(full) > len(given.kana):
            # the person's surname has another reading (沼本 Numoto, not Numamoto)
            tokens[i] = _named(surname, full[: -len(given.kana)])


def _given_pair(tokens: list[Tok], spaced: list[bool], i: int) -> bool:
    """Token i a one-kanji given name after a surname, token i + 1 one more kanji that ends
    the text or its segment."""
    given, more = tokens[i], tokens[i + 1]
    end = i + 2 == len(tokens) or tokens[i + 2].mark or spaced[i + 2]
    return bool(
        end
        and tokens[i - 1].pos4 == "姓"
        and given.single
        and given.pos3 == "人名"
        and given.pos4 == "名"
        and more.single
        and more.pos1 in ("名詞", "接尾辞")
        and more.pos3 != "人名"
        and not spaced[i + 1]  # a space may part the surname from the given name
    )


@cache
def _named(tok: Tok, kana: str) -> Tok:
    return Tok(tok.surface, (tok.pos1, tok.pos2, tok.pos3, tok.pos4), tok.lemma, kana)
