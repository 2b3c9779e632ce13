"""GOST imprints whose publisher holds abbreviation dots: ``Тамбов: Изд-во Тамб. техн. ун-та,
2005``, ``М.: Гос. изд-во полит. лит., 1957`` and the looser ``Тамбов. Изд-во Тамб. техн. ун-та.
2005.`` or ``Н.Новгород, НГТУ им. Р.Е. Алексеева, 2014``.

Sentence splitting cannot tell the dot of ``Тамб.`` from the one that ends a title, so the imprint
is found first, as a whole: a place (a known one, or one capitalised word before a colon) opening
an area (after a dot or a dash), its separator, a publisher whose dotted words are all
abbreviations, and the year that closes it. Each place is tried once, with a bounded look ahead:
the search is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivecite.model import DateRange, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.patterns import PUBLISHER_BRANCH_PATTERN, YEAR
from archivecite.parse.published.scanning import are_initials, script_of, text_lang, trim
from archivecite.parse.published.terms import (
    ABBREVIATIONS,
    CITIES,
    PUBLISHER_ABBREVIATIONS,
    PUBLISHER_NAMES,
    SERIES_WORDS,
    TITLE_INFO_WORDS,
    expand_places,
)
from archivecite.parse.published.titles import put_plain_text

_PLACE_REACH = 40  # the longest place name looked for ("Ростов-на-Дону", "Нижний Новгород")
_PUBLISHER_REACH = 200  # the longest publisher's name ("Гос. изд-во физико-математической ...")
_VOWELS = frozenset("аеёиоуыэюяaeiouy")
_OPENERS = "«(“["
_CLOSERS = "»)”]"

_YEAR_AFTER_PATTERN = re.compile(
    rf"""
    [,.][ \t]{{0,3}}(?:[–—-][ \t]{{0,3}})?               # ", ", ". ", ". – "
    (?P<year>{YEAR})                                   # 2005
    (?:[ \t]?г\.)?                                     # ", 2005 г."
    (?![\w\-–])                                        # not "2005-2010", not "20051"
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Imprint:
    """Where an imprint's parts are: place, publisher, year; ``end`` is where it ends."""

    start: int
    place: tuple[int, int]
    publisher: tuple[int, int]
    year: tuple[int, int]
    end: int


def find_imprint(text: str, start: int, end: int) -> Imprint | None:
    """The first imprint that opens an area of ``text[start:end]`` after its first word."""
    depth = 0
    for index in range(start + 1, end):
        char = text[index]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif not depth and char.isupper() and _opens_area(text, index, start):
            found = _imprint_at(text, index, end)
            if found is not None:
                return found
    return None


def put_imprint(draft: Draft, imprint: Imprint) -> None:
    text = draft.text
    expanded = expand_places(text[slice(*imprint.place)])
    lang = text_lang(expanded, None, text) if script_of(expanded) != "Latn" else None
    draft.put("place", Text(original=expanded, lang=lang), *imprint.place)
    put_plain_text(draft, "publisher", *imprint.publisher)
    if not draft.has("date"):
        draft.put("date", DateRange.of(int(text[slice(*imprint.year)])), *imprint.year)


def _opens_area(text: str, index: int, floor: int) -> bool:
    """A dot or a dash, then white space, before ``index``: ``пособие. Тамбов``, ``– М.:``; or a
    quoted title's closing quote (``Y. Zhang, D. Holliday. "Unknown Mao" M.: …``)."""
    before = index
    while before > floor and index - before < 3 and text[before - 1] in " \t\n":
        before -= 1
    if not floor < before < index:
        return False
    mark = text[before - 1]
    if mark in "»”" or (mark == '"' and text.count('"', floor, before) % 2 == 0):
        return True
    return mark in ".–—" or (mark == "-" and before - 2 >= floor and text[before - 2] == " ")


def _imprint_at(text: str, start: int, end: int) -> Imprint | None:
    place = _place_at(text, start, end)
    if place is None:
        return None
    place_end, after, loose = place
    publisher_start = trim(text, after, end, " \t\n")[0]
    if publisher_start >= end or not (
        text[publisher_start].isalpha() or text[publisher_start] in '«"„“('
    ):
        return None
    reach = min(end, publisher_start + _PUBLISHER_REACH)
    year = _YEAR_AFTER_PATTERN.search(text, publisher_start, reach)
    if year is None:
        return None
    publisher = trim(text, publisher_start, year.start(), " \t\n,")  # "лит." keeps its dot
    if text[publisher_start] == "(":
        # "Москва: (РОССПЭН), 2001": istmat's publisher in brackets, read without them
        if text.find(")", publisher_start) != publisher[1] - 1:
            return None
        publisher = (publisher[0] + 1, publisher[1] - 1)
    if not _publisher(text, *publisher, loose=loose):
        return None
    return Imprint(
        start=start,
        place=(start, place_end),
        publisher=publisher,
        year=year.span("year"),
        end=year.end(),
    )


def _place_at(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The place at ``start``: its end, where its separator ends, and whether only a dot
    separates it from the publisher (``Тамбов. Изд-во ...``)."""
    reach = min(end, start + _PLACE_REACH)
    stop, known = start, True
    for _ in range(4):  # "Киев; Львов: ...": up to four places
        name_start = trim(text, stop, reach, " \t\n")[0]
        stop = name_start
        while stop < reach and text[stop] not in ":,;":
            stop += 1
        name = text[name_start : trim(text, name_start, stop, " \t\n")[1]]
        known = known and (name in CITIES or _bare_place(name.replace("’", "")))
        if stop >= reach or text[stop] != ";":
            break
        stop, reach = stop + 1, min(end, stop + 1 + _PLACE_REACH)
    if stop < reach and text[stop] != ";":
        name_end = trim(text, start, stop, " \t\n")[1]
        name = text[start:name_end]
        several = ";" in name
        if name in CITIES or (text[stop] == ":" and _bare_place(name)) or (several and known):
            return name_end, stop + 1, False
    dot = text.find(". ", start, reach)
    if dot > start and "." not in text[start:dot]:
        name = text[start:dot]
        if name in CITIES or _bare_place(name):
            return dot, dot + 1, name not in CITIES
    return None


def _bare_place(name: str) -> bool:
    """One capitalised word that names no kind of work or series: ``Тамбов``, ``Кострома``."""
    letters = name.replace("-", "")
    return (
        letters.isalpha()
        and name[0].isupper()
        and not name.isupper()
        and name.lower() not in TITLE_INFO_WORDS
        and name.lower() not in SERIES_WORDS
    )


def _publisher(text: str, start: int, end: int, *, loose: bool) -> bool:
    """A publisher's name: no area or statement marks in it, every dotted word an
    abbreviation, and, after an unknown place and a bare dot, a publisher's word first."""
    value = text[start:end]
    if not value or any(mark in value for mark in (":", ";", "//", " / ")):
        return False
    branch = PUBLISHER_BRANCH_PATTERN.search(value)  # "Наука. Сиб. отд-ние": a full word's dot
    words = (value[: branch.start() + 1] if branch else value).split()
    if not all(_abbreviated(word[:-1]) for word in words[:-1] if word.endswith(".")):
        return False
    if not loose:
        return True
    lowered = value.lower()
    return lowered.startswith(PUBLISHER_NAMES) or "издат" in words[0].lower()


def _abbreviated(word: str) -> bool:
    """``техн``, ``Тамб``, ``тех-нико-теорет``, ``Р.Е``: a word cut short or initials."""
    lowered = word.lower()
    if lowered in PUBLISHER_ABBREVIATIONS or lowered in ABBREVIATIONS or are_initials(word):
        return True
    last = lowered.rsplit("-", 1)[-1]
    return 0 < len(last) <= 8 and last.isalpha() and last[-1] not in _VOWELS | {"ь", "й"}
