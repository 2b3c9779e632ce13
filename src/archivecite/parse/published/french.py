"""French Wikipedia's book citations, as its "Ouvrage" template prints them: ``Nicolas Werth et
Gaël Moullec, Rapports secrets soviétiques : La société russe dans les documents confidentiels,
1921-1991, Paris, Gallimard, 1994, 662 p.``, the work's language first when it is not French
(``(ru) Н. Поболь et П. Полян (sous la direction de А. Н. Яковлев), …, Moscou, …, , 904 p.
(lire en ligne [PDF]), p. 13.``)."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name
from archivecite.parse.published.patterns import (
    FRENCH_BOOK_TAIL_PATTERN,
    FRENCH_PEOPLE_JOIN_PATTERN,
    FRENCH_PEOPLE_PATTERN,
)
from archivecite.parse.published.romanized_patterns import ISBN_PATTERN
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import CITIES
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["french_book"]


def french_book(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a book; ``False`` (the draft untouched) when its head is
    no list of personal names or no known city opens its imprint."""
    text = draft.text
    head = FRENCH_PEOPLE_PATTERN.match(text, start, end)
    authors = _names(head["people"], text) if head is not None else None
    if head is None or authors is None:
        return False
    editors = _names(head["editors"], text) if head["editors"] else []
    if editors is None:
        return False
    comma = text.find(", ", head.end(), end)
    while comma >= 0:
        tail = FRENCH_BOOK_TAIL_PATTERN.fullmatch(text, comma, end)
        if tail is not None and tail["place"] in CITIES:
            break
        comma = text.find(", ", comma + 1, end)
    else:
        return False
    if head["role"]:  # "Jean Dupont (dir.), …": the people named edited the book
        authors, editors = [], authors
    title = trim(text, head.end(), comma, " \t")
    if title[0] >= title[1]:
        return False
    draft.authors.extend(authors)
    draft.editors.extend(editors)
    draft.spans.append(Span(field="authors", start=head.start("people"), end=head.end("people")))
    put_text(draft, "title", title)
    put_plain_text(draft, "place", *tail.span("place"))
    put_plain_text(draft, "publisher", *tail.span("publisher"))
    if tail["year"]:
        draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    if tail["extent"]:
        draft.put_extra("extent", tail["extent"], *tail.span("extent"))
    isbn = ISBN_PATTERN.search(tail["paren"] or "")
    if isbn is not None:
        draft.put(isbn["label"].lower(), "".join(isbn["value"].split()), *tail.span("paren"))
    if tail["locator"]:
        draft.put_extra("locator", tail["locator"], *tail.span("locator"))
    if head["lang"]:
        draft.language = head["lang"]
    draft.short_note = True  # a book with no year left by the template is still named whole
    return True


def _names(value: str, whole: str) -> list[Name] | None:
    """``Н. Поболь et П. Полян``: each part a name printed given name first; ``None`` when a
    part is none."""
    names = [
        given_first_name(part.strip(), whole) for part in FRENCH_PEOPLE_JOIN_PATTERN.split(value)
    ]
    return None if not names or any(name is None for name in names) else [n for n in names if n]
