"""A collection's boxes and files as English-language notes cite them, the collection named once
in full with the short name the later notes use, then by that name alone (a call number or the
collection's initials):

    Houghton Library, Harvard University, Andrei Sakharov Papers (henceforth MS Russ 79), Box 30,
    File 1887.
    MS Russ 79, Box 45, File 2783, Page 27.
    HRC, Box 13 (Label 9), File 39.

The collection is the part the "henceforth" follows, the archive the institution that opens the
note. A call number ("MS Russ 79") is the locator's ``call_number``, initials ("HRC") stand for
its ``collection``; in a list, :func:`expand_short_names` gives a note that opens with the short
name the collection and archive named in full before it.
"""

from __future__ import annotations

import re
from functools import cache

from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    GenericLocator,
    Reference,
    Span,
    Text,
)
from archivecite.parse import patterns
from archivecite.parse.archival import ArchivalParse
from archivecite.parse.dates import find_date
from archivecite.parse.locators_english import read_generic, without_level_numbers
from archivecite.parse.patterns_english import HENCEFORTH_PATTERN, INITIALS_PATTERN
from archivecite.parse.result import Parsed, ParseResult
from archivecite.parse.tables import data_table
from archivecite.parse.text import language_of
from archivecite.parse.unregistered import unregistered_institution

__all__ = ["expand_short_names", "read_collection_note"]

_CONFIDENCE = 0.7


@cache
def _call_number_pattern() -> re.Pattern[str]:
    marks = sorted(data_table("archive_words.toml")["manuscript_marks"], key=len, reverse=True)
    alternatives = "|".join(re.escape(mark).replace(r"\ ", r"\s+") for mark in marks)
    return re.compile(rf"(?:{alternatives})(?:\s+[A-Z][a-z]+\.?){{0,2}}\s+\d+[A-Za-z0-9.]*")


def _short_name_fields(short: str) -> dict[str, str] | None:
    """The locator field a short name fills: a call number, or a collection's initials."""
    if _call_number_pattern().fullmatch(short):
        return {"call_number": short}
    if INITIALS_PATTERN.fullmatch(short):
        return {"collection": short}
    return None


def read_collection_note(text: str) -> ArchivalParse | None:
    """A note with boxes and files whose collection is named with its short name, or by that
    name alone before the first box or folder; ``None`` for any other text."""
    box = patterns.BOX_LABEL_PATTERN.search(text)
    if box is None:
        return None
    spans: list[Span] = []
    archive: ArchiveRef | None = None
    henceforth = HENCEFORTH_PATTERN.search(text, 0, box.start())
    if henceforth is not None:
        short_start, short_end = henceforth.span("short")
        named = _name_before(text, henceforth.start())
        fields = _short_name_fields(text[short_start:short_end])
        if named is None or fields is None:
            return None
        name = text[slice(*named)]
        fields["collection"] = name
        spans.append(Span(field="collection", start=named[0], end=named[1]))
        spans.append(Span(field="henceforth", start=short_start, end=short_end))
        institution = unregistered_institution(text, named[0])
        if institution is not None:
            archive = ArchiveRef(name=Text(original=text[slice(*institution)]))
            spans.insert(0, Span(field="archive", start=institution[0], end=institution[1]))
    else:
        opening = patterns.NOTE_PART_PATTERN.match(text, 0, box.start())
        if opening is None or text[opening.end() : box.start()].strip(" ,;:") != "":
            return None
        short_start, short_end = (
            opening.start() + len(opening.group()) - len(opening.group().lstrip()),
            opening.end(),
        )
        fields = _short_name_fields(text[short_start:short_end])
        if fields is None:
            return None
        field = "call_number" if "call_number" in fields else "collection"
        spans.append(Span(field=field, start=short_start, end=short_end))
    hits = read_generic(text, anchor=box.start())
    if not hits:
        return None
    date_hit = find_date(without_level_numbers(text), start=box.start())
    references = tuple(
        ArchivalReference(
            archive=archive,
            locator=hit.locator.model_copy(update=fields)
            if isinstance(hit.locator, GenericLocator)
            else hit.locator,
            date=date_hit.date if date_hit else None,
            language=language_of(text),
        )
        for hit in hits
    )
    return ArchivalParse(references, tuple(spans), _CONFIDENCE)


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """Where the part of a note right before ``end`` (after its last comma) is."""
    stop = len(text[:end].rstrip())
    start = max(text.rfind(",", 0, stop), text.rfind(";", 0, stop)) + 1
    while start < stop and text[start] == " ":
        start += 1
    return (start, stop) if start < stop else None


def expand_short_names(result: ParseResult, known: dict[str, ArchivalReference]) -> ParseResult:
    """``result`` with its notes that open with a short name given by an earlier note of the list
    ("MS Russ 79, Box 45, …" after "… Andrei Sakharov Papers (henceforth MS Russ 79), …") read
    as citing that collection in that archive; a short name ``result`` gives is kept in
    ``known`` for the notes after it."""
    if not isinstance(result, Parsed):
        return result
    for span in result.spans:
        if span.field == "henceforth" and isinstance(result.reference, ArchivalReference):
            known[result.text[span.start : span.end]] = result.reference
    if not known:
        return result
    references = tuple(_expanded(reference, known) for reference in result.references)
    if references == result.references:
        return result
    return result.model_copy(update={"references": references})


def _expanded(reference: Reference, known: dict[str, ArchivalReference]) -> Reference:
    if not isinstance(reference, ArchivalReference) or reference.archive is not None:
        return reference
    locator = reference.locator
    if not isinstance(locator, GenericLocator):
        return reference
    short = locator.call_number or locator.collection
    full = known.get(short or "")
    if full is None or not isinstance(full.locator, GenericLocator):
        return reference
    update = {"collection": full.locator.collection, "call_number": full.locator.call_number}
    return reference.model_copy(
        update={"archive": full.archive, "locator": locator.model_copy(update=update)}
    )


# A collection's levels from the highest down: an "Ibid." that gives one keeps those above it
# from the note before and replaces it and those below it.
_LEVELS = ("box", "folder", "item", "pages")


def continuing_box(text: str, start: int, previous: ArchivalReference) -> ArchivalParse | None:
    """``Ibid., File 40.``, ``Ibid., Box 14, File 2, Page 5.`` after a note on a collection's box
    and file: the levels the "Ibid." gives from ``start``, those above them the note's before;
    ``None`` when ``previous`` cites no such file or the text gives no level."""
    locator = previous.locator
    if not isinstance(locator, GenericLocator) or locator.box is None:
        return None
    hits = read_generic(text, anchor=start)
    if len(hits) != 1 or not isinstance(hits[0].locator, GenericLocator):
        return None
    given = hits[0].locator
    top = next((n for n, level in enumerate(_LEVELS) if getattr(given, level)), None)
    if top is None or given.collection or given.call_number:
        return None
    update = {level: getattr(given, level) for level in _LEVELS[top:]}
    reference = previous.model_copy(update={"locator": locator.model_copy(update=update)})
    return ArchivalParse((reference,), (), _CONFIDENCE)
