"""Headings that give the people and the title and nothing else: no year, venue or pages, as an
article's page heads it (VolSU's ``KUZNETSOVA N.V. The Development of the State Labour Reserve
System in the Lower Volga Region in Postwar Period (1945-1952)``), an annotation opens (``Mikhalev
N. A., Surzhikova N. V. Energy Fraction, “Moral Dystrophy” and Lend-Lease: …``) or a review page
heads the review (``В.А. Сомов Новая книга о политике и идеологии СССР в 1939-1941 гг.``). Read
only when no other reader reads the text."""

from __future__ import annotations

from archivecite.model import Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.heading_patterns import (
    BARE_HEADING_PATTERN,
    BARE_HEADING_REFUSED_PATTERN,
    BARE_PERSON_PATTERN,
    CAPITALS_FAMILY_RECORD_PATTERN,
)
from archivecite.parse.published.names import is_name_word
from archivecite.parse.published.terms import CITIES, PLACES
from archivecite.parse.published.titles import put_text

__all__ = ["bare_heading"]

_TITLE_WORDS = 3  # fewer words after the names are rather a name's rest or a phrase
_REVIEW_TITLE_WORDS = 2  # "Крих С. Б. Испытание временем.": a review's own title, before "Рец."


def bare_heading(draft: Draft, start: int, end: int, *, review: bool = False) -> bool:
    """Read ``text[start:end]`` as such a heading; ``False`` (the draft untouched) when the head
    is no list of names with initials, or the rest holds an imprint, a container or pages.
    ``review``: the heading of a review, whose reviewed work was cut off after it, where a
    title of two words is one."""
    text = draft.text
    match = BARE_HEADING_PATTERN.fullmatch(text, start, end)
    if match is None:
        return _capitals_family_record(draft, start, end)
    title = match.span("title")
    printed = match["title"]
    if (
        len(printed.split()) < (_REVIEW_TITLE_WORDS if review else _TITLE_WORDS)
        or BARE_HEADING_REFUSED_PATTERN.search(printed)
        or BARE_PERSON_PATTERN.match(printed) is not None  # a name cut in two
        or _imprint_left(printed)
    ):
        return False
    people = []
    for person in BARE_PERSON_PATTERN.finditer(match["people"]):
        family = person["family"] or person["name"]
        given = person["given"] or person["initials"]
        if not is_name_word(family.title()):
            return False
        people.append(Name(family=family.title() if family.isupper() else family, given=given))
    if not people:
        return False
    draft.authors.extend(people)
    draft.spans.append(Span(field="authors", start=match.start("people"), end=match.end("people")))
    put_text(draft, "title", title)
    draft.short_note = True  # a work named by its heading alone: no year, no venue
    return True


def _capitals_family_record(draft: Draft, start: int, end: int) -> bool:
    """``Shintaro ISHIHARA, SEIKAN``: a library record quoted as "Given FAMILY, TITLE", the
    family name in capitals telling the name's order; the given name must be a name's word."""
    match = CAPITALS_FAMILY_RECORD_PATTERN.fullmatch(draft.text, start, end)
    if match is None or not is_name_word(match["given"]):
        return False
    family = match["family"].title()
    if not is_name_word(family):
        return False
    draft.authors.append(Name(family=family, given=match["given"]))
    draft.spans.append(Span(field="authors", start=match.start("given"), end=match.end("family")))
    put_text(draft, "title", match.span("title"))
    draft.short_note = True  # a work named by its author and title alone
    return True


def _imprint_left(printed: str) -> bool:
    """``История Сибири. Иркутск``: a known town as the last sentence, the imprint of an entry
    without its year, not a title's end."""
    last = printed.rstrip(" .").rpartition(". ")[2].rstrip(" ,:")
    return last != printed.rstrip(" .") and (last in CITIES or last in PLACES)
