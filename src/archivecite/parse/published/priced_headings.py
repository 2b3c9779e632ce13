"""English headings that name a book by its title, then "by" and the author given name first,
with nothing after the names but the publisher and the price in brackets, as a blog's or a
magazine's round-up of books prints them: ``Everything Flows by Vasily Grossman, translated by
Robert Chandler (NY Review of Books, $14.95)``, ``Deng Xiaoping: A Revolutionary Life by
Alexander V Pantsov and Steven I Levine (Oxford University Press, £22.99)``; or nothing at all
(``Against Their Will: The History and Geography of Forced Migrations in the USSR by Pavel M.
Polian``), where the title must be in title case and the author's first word a given name, so
that a sentence ("The camp was built by Peter Smith") is no heading. Read only when no other
reader reads the text.
"""

from __future__ import annotations

from archivecite.model import Name, Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import (
    BY_AUTHOR_PATTERN,
    NAMES_JOIN_PATTERN,
    PAGES_PRICE_HEADING_PATTERN,
    PRICED_IMPRINT_PATTERN,
    TITLE_CASE_SMALL_WORDS,
    TRANSLATED_BY_PATTERN,
)
from archivecite.parse.published.names import given_first_name, is_initial
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import PUBLIC_GIVEN_NAMES
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["annotated_heading", "pages_price_heading", "priced_heading"]

_NAMES = 6  # the most people such a heading names
_TITLE_WORDS = 3  # a heading without its imprint needs a title of three words at least
_CAPITALS = 4  # letters of a reading list's title in capitals: "THE FATAL SHORE"


def priced_heading(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a heading; ``False`` (the draft untouched) when it is
    none."""
    text = draft.text
    priced = PRICED_IMPRINT_PATTERN.search(text, start, end)
    stop = end if priced is None else priced.start()
    by = BY_AUTHOR_PATTERN.search(text, start, stop)
    if by is None:
        return False
    title = trim(text, start, by.start(), " \t\n,.")
    if title[0] >= title[1] or not text[title[0]].isupper():
        return False
    translated = TRANSLATED_BY_PATTERN.search(text, by.end(), stop)
    names_end = stop if translated is None else translated.start()
    authors = _names(text, by.end(), names_end)
    translators = [] if translated is None else _names(text, translated.end(), stop)
    if not authors or (translated is not None and not translators):
        return False
    if priced is None and not _plain_heading(text[slice(*title)], authors, text[by.end() : stop]):
        return False
    put_text(draft, "title", title)
    draft.authors.extend(authors)
    draft.spans.append(Span(field="authors", start=by.end(), end=names_end))
    draft.translators.extend(translators)
    if priced is not None:
        imprint = trim(text, *priced.span("imprint"), " \t\n,")
        colon = text.find(": ", *imprint)
        if colon > 0:  # "(New York: Norton, $35)"
            place = trim(text, imprint[0], colon, " \t\n")
            draft.put("place", Text(original=text[slice(*place)]), *place)
            imprint = trim(text, colon + 1, imprint[1], " \t\n")
        put_plain_text(draft, "publisher", *imprint)
        draft.put_extra("price", priced["price"], *priced.span("price"))
    draft.short_note = priced is None
    return True


def pages_price_heading(draft: Draft, start: int, end: int) -> bool:
    """A newspaper review's heading: ``THE GREAT CHINESE REVOLUTION: 1800-1985 By John King
    Fairbank. Maps. 396 pp. New York: … Harper & Row. $20.95.``, perhaps with its translator
    and no count of pages (see
    :data:`PAGES_PRICE_HEADING_PATTERN`); ``False`` (the draft untouched) when it is none."""
    text = draft.text
    found = PAGES_PRICE_HEADING_PATTERN.fullmatch(text, start, end)
    if found is None or not text[found.start("title")].isupper():
        return False
    authors = _names(text, *found.span("names"))
    if not authors:
        return False
    translators = _names(text, *found.span("translators")) if found["translators"] else []
    if found["translators"] and not translators:
        return False
    if not found["extent"] and any(char.isdigit() for char in found["publisher"]):
        return False  # "HarperCollins, 2000. 800 pages": a year and pages, read elsewhere
    put_text(draft, "title", found.span("title"))
    draft.authors.extend(authors)
    draft.spans.append(Span(field="authors", start=found.start("names"), end=found.end("names")))
    if translators:
        draft.translators.extend(translators)
        draft.spans.append(
            Span(
                field="translators", start=found.start("translators"), end=found.end("translators")
            )
        )
    if found["notes"]:
        notes = trim(text, *found.span("notes"), " \t\n.")
        draft.put_extra("illustrations", text[slice(*notes)], *notes)
    if found["extent"]:
        draft.put_extra("extent", found["extent"], *found.span("extent"))
    draft.put("place", Text(original=found["place"]), *found.span("place"))
    put_plain_text(draft, "publisher", *found.span("publisher"))
    draft.put_extra("price", found["price"], *found.span("price"))
    return True


def annotated_heading(draft: Draft, start: int, end: int) -> bool:
    """A reading list's entry: the title in capitals, "by" and the author given name first,
    then the list's own words on the book, kept as its annotation (TIME's "Best of '87":
    ``THE FATAL SHORE by Robert Hughes. An indefatigably researched and uncompromising history
    of Australia …``); ``False`` (the draft untouched) when it is none."""
    text = draft.text
    by = BY_AUTHOR_PATTERN.search(text, start, end)
    if by is None:
        return False
    title = trim(text, start, by.start(), " \t\n,.")
    letters = [char for char in text[slice(*title)] if char.isalpha()]
    if len(letters) < _CAPITALS or not all(char.isupper() for char in letters):
        return False
    names_end = _sentence_end(text, by.end(), end)
    if names_end is None:
        return False
    authors = _names(text, by.end(), names_end)
    note = trim(text, names_end + 1, end, " \t\n")
    if not authors or note[0] >= note[1] or not text[note[0]].isupper():
        return False
    put_text(draft, "title", title)
    draft.authors.extend(authors)
    draft.spans.append(Span(field="authors", start=by.end(), end=names_end))
    draft.put_extra("annotation", text[slice(*note)], *note)
    draft.short_note = True
    return True


def _sentence_end(text: str, start: int, end: int) -> int | None:
    """The full stop closing the names that open ``text[start:end]``, not an initial's
    (``Stephen E. Ambrose. The first of …``)."""
    stop = text.find(". ", start, end)
    while stop >= 0:
        word = text[text.rfind(" ", start, stop) + 1 : stop]
        if not (len(word) == 1 and word.isupper()):
            return stop
        stop = text.find(". ", stop + 1, end)
    return None


def _names(text: str, start: int, end: int) -> list[Name]:
    """The people named given name first in ``text[start:end]``, all of it read (``Alexander V
    Pantsov and Steven I Levine``); empty when a part is no name."""
    names: list[Name] = []
    pos = start
    while pos < end and len(names) < _NAMES:
        join = NAMES_JOIN_PATTERN.search(text, pos, end)
        stop = end if join is None else join.start()
        name = given_first_name(text[pos:stop].strip(" \t\n."), text)
        if name is None:
            return []
        names.append(name)
        pos = end if join is None else join.end()
    return names if pos >= end else []


def _plain_heading(title: str, names: list[Name], printed: str) -> bool:
    """A heading with nothing after the names: a title in title case of three words at least,
    each name opening with a given name or an initial (``Pavel M. Polian``)."""
    words = title.split()
    if len(words) < _TITLE_WORDS or not printed.strip():
        return False
    for word in words[1:]:
        core = word.strip("“”\"'‘’:,;()")
        if core[:1].isalpha() and core.lower() not in TITLE_CASE_SMALL_WORDS and core.islower():
            return False  # "The camp was built": a sentence, not a title
    firsts = [(name.given or "").split()[:1] for name in names]
    return all(
        first and (first[0] in PUBLIC_GIVEN_NAMES or is_initial(first[0])) for first in firsts
    )
