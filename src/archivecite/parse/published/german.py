"""German notes and bibliographies: the people before a colon, the title, then the place and
the year without a comma between them (``Baberowski, Jörg: Verbrannte Erde. Stalins Herrschaft
der Gewalt. München 2012, S. 45.``)."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.names import given_first_name, is_name_word
from archivecite.parse.published.patterns import (
    GERMAN_ARTICLE_PATTERN,
    GERMAN_ENTRY_PATTERN,
    GERMAN_PEOPLE_JOIN_PATTERN,
    GERMAN_REVIEW_CREDIT_PATTERN,
    GERMAN_REVIEW_EXTENT_PATTERN,
    GERMAN_REVIEW_HEADER_PATTERN,
    GERMAN_REVIEW_ISBN_PATTERN,
)
from archivecite.parse.published.terms import CITIES
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["german_article", "german_entry", "german_review_header"]


def german_entry(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as a German entry; ``False`` (the draft untouched) when it is
    none, or when the part before the colon is not a list of personal names."""
    text = draft.text
    match = GERMAN_ENTRY_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    authors = _people(match["people"], text) if match["people"] else []
    editors = _people(match["editors"], text) if match["editors"] else []
    if authors is None or editors is None or not (authors or editors):
        return False  # "«Title». Hg. von …": a book without author names its editors
    if authors:
        draft.authors.extend(authors)
        draft.spans.append(
            Span(field="authors", start=match.start("people"), end=match.end("people"))
        )
    if editors:
        draft.editors.extend(editors)
        draft.spans.append(
            Span(field="editors", start=match.start("editors"), end=match.end("editors"))
        )
    title = next(name for name in ("quoted", "quoted_low", "title") if match[name])
    put_text(draft, "title", match.span(title))
    if match["volumes"]:
        draft.put("number_of_volumes", match["volumes"], *match.span("volumes"))
    put_plain_text(draft, "place", *match.span("place"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    if match["locator"]:
        draft.put_extra("locator", " ".join(match["locator"].split()), *match.span("locator"))
    draft.language = draft.language or "de"
    return True


def german_article(draft: Draft, start: int, end: int) -> bool:
    """``Karl Kautsky: «Die Revision des Programms der Sozialdemokratie in Österreich» [1902].
    In: «Die Neue Zeit» 1901/02, S. 79 f``: a German article (see GERMAN_ARTICLE_PATTERN), its
    journal after "In:" with the volume, year, issue and pages; ``False`` (the draft untouched)
    when the part before the colon is not a list of personal names."""
    text = draft.text
    match = GERMAN_ARTICLE_PATTERN.fullmatch(text, start, end)
    authors = _people(match["people"], text) if match is not None else None
    if match is None or authors is None:
        return False
    draft.authors.extend(authors)
    draft.spans.append(Span(field="authors", start=match.start("people"), end=match.end("people")))
    title = next(name for name in ("quoted", "quoted_low", "title") if match[name])
    put_text(draft, "title", match.span(title))
    journal = next(name for name in ("journal_q", "journal_ql", "journal") if match[name])
    put_text(draft, "container_title", match.span(journal))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    for name in ("volume", "issue"):
        if match[name]:
            draft.put(name, match[name], *match.span(name))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    draft.language = draft.language or "de"
    return True


def german_review_header(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as the heading of a review in a German journal (see
    GERMAN_REVIEW_HEADER_PATTERN): people, title, place, publisher, year, and the count of
    pages or the ISBN that mark a heading, or the year after the publisher without a comma
    closing the line; ``False`` (the draft untouched) when it is none."""
    text = draft.text
    match = GERMAN_REVIEW_HEADER_PATTERN.fullmatch(text, start, end)
    if match is None:
        return False
    extent = GERMAN_REVIEW_EXTENT_PATTERN.search(text, *match.span("tail"))
    isbn = GERMAN_REVIEW_ISBN_PATTERN.search(text, *match.span("tail"))
    peeled = draft.has("isbn") or "extent" in draft.values.get("extra", {})  # see trailers
    # "Goldman, Wendy Z.; Filtzer, Donald: Hunger and War. …, Bloomington: Indiana University
    # Press 2015.": a German bibliographic line (kommunismusgeschichte.de's "Bibliografische
    # Angabe"), the year after the publisher without a comma, closing it
    body_end, place = _town(text, match)
    closing = not match["comma"] and not match["tail"].strip(" .") and text[slice(*place)] in CITIES
    if extent is None and isbn is None and not peeled and not closing:
        return False
    authors = _people(match["people"], text)
    if authors is None:
        return False
    draft.authors.extend(authors)
    draft.spans.append(Span(field="authors", start=match.start("people"), end=match.end("people")))
    body_start = match.start("body")
    credit = GERMAN_REVIEW_CREDIT_PATTERN.search(text, body_start, body_end)
    put_text(draft, "title", (body_start, credit.start() if credit else body_end))
    put_plain_text(draft, "place", *place)
    put_plain_text(draft, "publisher", *match.span("publisher"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    if extent is not None and "extent" not in draft.values.get("extra", {}):
        draft.put_extra("extent", extent.group(), *extent.span())
    if isbn is not None and not draft.has("isbn"):
        draft.put("isbn", "".join(isbn["isbn"].split()), *isbn.span("isbn"))
    return True


def _town(text: str, match: re.Match[str]) -> tuple[int, tuple[int, int]]:
    """Where the title ends and the span of the place: ``Odessa 1917. Revolution an der
    Peripherie, Köln: Böhlau 2000.``, whose subtitle's capitalised nouns are no town, the known
    one after the last comma is."""
    place = match.span("place")
    town = text.rfind(", ", *place)
    if town >= 0 and text[town + 2 : place[1]] in CITIES and text[place[0] : town] not in CITIES:
        return town, (town + 2, place[1])
    return match.end("body"), place


_OTHER_NAME = re.compile(r"\s\([^()]{2,40}\)$")  # "Maria Tortika (Lobanova)": her other name


def _people(value: str, whole: str) -> list[Name] | None:
    """``Hildermeier, Manfred``, ``Karl Marx und Friedrich Engels``: each part a name, family
    name first before a comma or given name first; ``None`` when a part is no name."""
    names: list[Name] = []
    for piece in GERMAN_PEOPLE_JOIN_PATTERN.split(value.strip()):
        part = _OTHER_NAME.sub("", piece.strip())
        family, comma, given = part.partition(", ")
        if comma:
            words = [*family.split(), *given.split()]
            if not words or len(words) > 5 or not all(is_name_word(word) for word in words):
                return None
            names.append(Name(family=family.strip(), given=given.strip()))
            continue
        name = given_first_name(part.strip(), whole)
        if name is None:
            return None
        names.append(name)
    return names or None
