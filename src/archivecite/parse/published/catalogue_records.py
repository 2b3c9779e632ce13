"""Library and dealers' records read as the citations they are: a catalogue heading's fuller
name and dates (``Vernadskii, V. I. (Vladimir Ivanovich), 1863–1945 [Biosfera. English] …``)
and a bare slash before its statement of responsibility, and a bookseller's record with its
labelled imprint (``CHEKHOV, Anton Pavlovich. Ostrov Sakhalin. … (Sakhalin Island, from travel
notes.) Published: Moscow I. N. Kushnerev, 1895``). Each is read from a copy of the text in
the form the readers know, its spans put back on the text as printed."""

from __future__ import annotations

from collections.abc import Callable

from archivecite.parse.published.copies import mapped_back, replaced
from archivecite.parse.published.draft import PublishedParse
from archivecite.parse.published.heading_patterns import (
    BARE_STATEMENT_SLASH_PATTERN,
    CUT_TITLE_PATTERN,
    GLOSS_SENTENCE_PATTERN,
    HEADING_DATES_PATTERN,
    LABELLED_IMPRINT_PATTERN,
)
from archivecite.parse.published.terms import CITIES

__all__ = ["catalogue_record"]

Reader = Callable[[str], PublishedParse | None]


def catalogue_record(text: str, reader: Reader) -> PublishedParse | None:
    """``text`` read by ``reader`` in the form of a citation when it is a library heading or a
    dealer's record of a known form; ``None`` when it is neither (or is not read so)."""
    edits = _heading_edits(text) + _dealer_edits(text)
    if not edits:
        return None
    changed, where = replaced(text, sorted(edits))
    return mapped_back(text, reader(changed), where)


def _heading_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    dated = HEADING_DATES_PATTERN.match(text)
    if dated is not None and (dated["fuller"] or "/" in text[dated.end() :]):
        start, end = dated.span("dates")
        # "V. I. (…), 1863-1945." keeps the initial's stop; "Anton Pavlovich, 1860-1904." its own
        if dated["stop"] and text[start - 1] != ".":
            end -= 1
        edits.append((start, end, ""))
    edits.extend(
        (slash.start(), slash.end(), " / ") for slash in BARE_STATEMENT_SLASH_PATTERN.finditer(text)
    )
    return edits


def _dealer_edits(text: str) -> list[tuple[int, int, str]]:
    labelled = LABELLED_IMPRINT_PATTERN.search(text)
    if labelled is None or labelled["place"] not in CITIES:
        return []
    edits = [(*labelled.span("label"), ""), (labelled.end("place"), labelled.end("place"), ":")]
    edits += [(*cut.span(), ".") for cut in CUT_TITLE_PATTERN.finditer(text, 0, labelled.start())]
    gloss = GLOSS_SENTENCE_PATTERN.search(text, 0, labelled.start() + 1)
    if gloss is not None:  # "(Gloss.)" read as the bracketed gloss "[Gloss.]" it is
        opening, closing = gloss.start("gloss") - 1, gloss.end("gloss")
        edits += [(opening, opening + 1, "["), (closing, closing + 1, "]")]
    return edits
