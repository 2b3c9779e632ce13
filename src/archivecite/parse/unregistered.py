"""Archives the registry does not know, found by where and how a citation names them.

Russian practice prints the archive right before the fond ("ПАНО. Ф. 1. Оп. 2. Д. 3.",
"Partiinyi arkhiv Permskoi oblasti (PermPartArkhiv), f. 105"). When no registered name is
there, the last segment before the locator is the archive's name if it is an abbreviation
standing alone (PANO, ЦДНИ ВО) or a name with an archive word among its first three words;
otherwise it stays part of the title.
"""

from __future__ import annotations

from functools import cache

from archivecite.parse import patterns
from archivecite.parse.tables import data_table

__all__ = [
    "leading_abbreviation",
    "opening_collection",
    "unregistered_archive",
    "unregistered_institution",
]

_NAME_WORDS = 12


@cache
def _institution_words() -> tuple[str, ...]:
    return tuple(data_table("archive_words.toml")["institutions"])


@cache
def _publisher_words() -> frozenset[str]:
    return frozenset(data_table("archive_words.toml")["publishers"])


@cache
def _collection_words() -> frozenset[str]:
    return frozenset(data_table("archive_words.toml")["collections"])


@cache
def _archive_words() -> frozenset[str]:
    return frozenset(data_table("archive_words.toml")["words"])


def _is_archive_name(segment: str) -> bool:
    if patterns.ARCHIVE_ABBREVIATION_PATTERN.fullmatch(segment):
        return True
    words = patterns.NAME_WORD_PATTERN.findall(segment)
    if not words or len(words) > _NAME_WORDS or not segment[0].isupper():
        return False
    archive_words = _archive_words()
    return any(
        word.casefold() in archive_words or any(mark in word for mark in archive_words)
        for word in words[:3]
    )


def unregistered_archive(text: str, end: int) -> tuple[int, int] | None:
    """Where the last segment of ``text[:end]`` names an archive, or ``None``."""
    stop = end
    while stop > 0 and text[stop - 1] in " .,;:":
        stop -= 1
    boundaries = patterns.SEGMENT_BOUNDARY_PATTERN.finditer(text, 0, stop)
    ends = [boundary.end() for boundary in boundaries]
    start = ends[-1] if ends else 0
    segment = text[start:stop]
    return (start, stop) if segment and _is_archive_name(segment) else None


def leading_abbreviation(text: str) -> tuple[int, int] | None:
    """Where an abbreviation the registry does not know opens ``text`` or a part of it right
    before a number ("GASPI 558, 11, 816, 71", "N. Tlashadze, GASPI 8, 2:1, 48, 20"): the place
    a bare fond-opis-delo may follow."""
    found = patterns.LEADING_ABBREVIATION_PATTERN.search(text)
    return found.span("name") if found else None


def unregistered_institution(text: str, end: int) -> tuple[int, int] | None:
    """Where the first part of ``text[:end]`` (between commas or after a "Source:" label) names
    an institution that holds papers ("Library of Congress", "Ford Library"), or ``None``."""
    for part in patterns.NOTE_PART_PATTERN.finditer(text, 0, end):
        segment = part.group().lstrip()
        words = patterns.NAME_WORD_PATTERN.findall(segment)
        if not words or len(words) > _NAME_WORDS or not segment[0].isupper():
            continue
        opening = f" {' '.join(words[:4]).casefold()} "
        if any(word.casefold() in _publisher_words() for word in words):
            continue
        if any(f" {word} " in opening for word in _institution_words()):
            return part.end() - len(segment), part.end()
    return None


def opening_collection(text: str, end: int) -> tuple[int, int] | None:
    """Where the part of ``text[:end]`` that opens it names a collection by its last word
    ("Nicolaevsky’s collection, box 392, folder 4", "Ivy Litvinov Papers, box 1"), or ``None``:
    a note that cites a box of a collection named in full in an earlier note."""
    part = patterns.NOTE_PART_PATTERN.match(text, 0, end)
    if part is None:
        return None
    segment = part.group()
    words = patterns.NAME_WORD_PATTERN.findall(segment)
    if not words or len(words) > _NAME_WORDS or not segment[:1].isupper():
        return None
    return part.span() if words[-1].casefold() in _collection_words() else None
