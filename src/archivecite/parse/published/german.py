"""German notes and bibliographies: the people before a colon, the title, then the place and
the year without a comma between them (``Baberowski, Jörg: Verbrannte Erde. Stalins Herrschaft
der Gewalt. München 2012, S. 45.``)."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.names import given_first_name, is_name_word
from archivecite.parse.published.patterns import (
    GERMAN_ENTRY_PATTERN,
    GERMAN_PEOPLE_JOIN_PATTERN,
)
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["german_entry"]


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


def _people(value: str, whole: str) -> list[Name] | None:
    """``Hildermeier, Manfred``, ``Karl Marx und Friedrich Engels``: each part a name, family
    name first before a comma or given name first; ``None`` when a part is no name."""
    names: list[Name] = []
    for part in GERMAN_PEOPLE_JOIN_PATTERN.split(value.strip()):
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
