"""List entries that print the family name first with no comma after it, then the title and
the imprint in parts between commas: French lists with the family name in capitals
(``SOLJENITSYNE A. L’Archipel du Goulag, Ed.du Seuil, Paris, 1974.``, ``KOUROUMA Ahmadou, *Les
Soleils des Indépendances*, Seuil, Paris, 1970``) and lists with initials (``Hall Edward T., Le
langage silencieux, Seuil, Paris, 1984 (éd. orig. 1959).``, ``Kaushik D., Central Asia in Modern
Times, Moscow, Progress Publishers, 1970, p.40.``)."""

from __future__ import annotations

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.chicago_patterns import (
    CAPITALS_FAMILY_NAME_PATTERN,
    COMMA_YEAR_TAIL_PATTERN,
    DASHED_HEADING_HEAD_PATTERN,
    DASHED_HEADING_TAIL_PATTERN,
    FAMILY_FIRST_HEAD_PATTERN,
    HEADING_PEOPLE_JOIN_PATTERN,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.patterns import YEAR_PATTERN
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.terms import CITIES, GIVEN_NAMES
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["dashed_heading", "family_first_entry"]

_PUBLISHER_WORDS = 4  # the longest publisher told by its place among the parts


def family_first_entry(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such an entry; ``False`` (the draft untouched) when the head
    is no family name and given name or initials, or no known town stands among the last two
    parts before the year. A family name in normal case needs initials after it (``Jean
    Lacouture, Hồ Chí Minh, …`` is given name first); one in capitals is the family name."""
    text = draft.text
    head = FAMILY_FIRST_HEAD_PATTERN.match(text, start, end)
    tail = COMMA_YEAR_TAIL_PATTERN.search(text, start, end)
    if head is None or tail is None or tail.start() <= head.end():
        return False
    family, given = head["family"], head["given"].strip()
    capitals = family.isupper()
    if not capitals and ("." not in given or family in GIVEN_NAMES):
        return False
    parts = _parts(text, head.end(), tail.start())
    imprint = _imprint(text, parts)
    if imprint is None:
        return False
    title_end, place, publisher = imprint
    title = trim(text, head.end(), title_end, " \t,")
    if title[1] - title[0] > 2 and text[title[0]] == text[title[1] - 1] == "*":
        title = (title[0] + 1, title[1] - 1)  # "*Climbié*": markdown italics
    if (
        title[0] >= title[1]
        # "Kononyuk M.H., Smykov V.B., … Title. Journal, Obninsk, 2001": a romanized list of
        # several authors, whose title and journal are sentences
        or FAMILY_FIRST_HEAD_PATTERN.match(text, head.end(), end) is not None
        or ". " in text[slice(*title)]
    ):
        return False
    draft.authors.append(Name(family=family.title() if capitals else family, given=given))
    draft.spans.append(Span(field="authors", start=start, end=head.start("given") + len(given)))
    put_text(draft, "title", title)
    if place is not None:
        draft.put("place", Text(original=text[slice(*place)]), *place)
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher)
    draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    aside = YEAR_PATTERN.search(tail["aside"]) if tail["aside"] else None
    if aside is not None:  # "(éd. orig. 1959)": the original edition's year
        draft.put_extra("original_date", aside["year"], *tail.span("aside"))
    if tail["locator"]:
        draft.put_extra("locator", join_dash(tail["locator"]), *tail.span("locator"))
    return True


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between commas and a space."""
    parts: list[tuple[int, int]] = []
    pos = start
    while (comma := text.find(", ", pos, end)) >= 0:
        parts.append((pos, comma))
        pos = comma + 2
    parts.append((pos, end))
    return parts


def _imprint(
    text: str, parts: list[tuple[int, int]]
) -> tuple[int, tuple[int, int] | None, tuple[int, int] | None] | None:
    """Where the title ends, the place and the publisher, told by a known town among the last
    two parts: ``Plon, Paris``, ``Moscow, Progress Publishers``, ``New York: Oxford University
    Press``, or the town alone (``…, Paris, 1985``)."""
    if len(parts) < 2:
        return None
    last = parts[-1]
    printed = text[slice(*last)]
    town, colon, _ = printed.partition(":")
    if colon and town.strip() in CITIES:  # "New York: Oxford University Press"
        place = trim(text, last[0], last[0] + len(town), " \t")
        return parts[-2][1], place, (last[0] + len(town) + 1, last[1])
    if printed in CITIES:
        before = parts[-2]
        if len(parts) >= 3 and _publisher_like(text[slice(*before)]):
            return parts[-3][1], last, before
        return before[1], last, None
    if len(parts) >= 3 and text[slice(*parts[-2])] in CITIES and _publisher_like(printed):
        return parts[-3][1], parts[-2], last
    return None


def _publisher_like(printed: str) -> bool:
    """A publisher's name between commas: a few words, no town, no figure."""
    words = printed.split()
    return (
        0 < len(words) <= _PUBLISHER_WORDS
        and printed not in CITIES
        and printed[:1].isupper()
        and not any(char.isdigit() for char in printed)
    )


def dashed_heading(draft: Draft, start: int, end: int) -> bool:
    """``Tamara KONDRATIEVA (dir.). – Les Soviétiques. Un pouvoir, des régimes, Paris, Les Belles
    Lettres, 2011, 432 p.``: a French review's heading, the people given name first with the
    family name in capitals (editors after ``(dir.)``), a dash, the title, the known town, the
    publisher (a series in « » after it), the year and the count of pages."""
    text = draft.text
    head = DASHED_HEADING_HEAD_PATTERN.match(text, start, end)
    tail = DASHED_HEADING_TAIL_PATTERN.search(text, start, end)
    if head is None or tail is None or tail.start() <= head.end():
        return False
    people = _capitals_people(head["names"])
    found = _town_and_publisher(text, head.end(), tail.start())
    if people is None or found is None:
        return False
    title_end, place, publisher = found
    series = trim(text, publisher[1], tail.start(), " \t,«»")
    if series[0] < series[1]:  # "Gallimard, « Folio Histoire », 2014"
        draft.put("series", Text(original=text[slice(*series)]), *series)
    (draft.editors if head["role"] else draft.authors).extend(people)
    field = "editors" if head["role"] else "authors"
    draft.spans.append(Span(field=field, start=start, end=head.end("names")))
    put_text(draft, "title", trim(text, head.end(), title_end, " \t,."))
    draft.put("place", Text(original=text[slice(*place)]), *place)
    put_plain_text(draft, "publisher", *publisher)
    draft.put("date", DateRange.of(int(tail["year"])), *tail.span("year"))
    if tail["extent"]:
        draft.put_extra("extent", " ".join(tail["extent"].split()), *tail.span("extent"))
    return True


def _capitals_people(printed: str) -> list[Name] | None:
    """``Hans GÜNTHER, Evgenij DOBRENKO``: each a given name and a family name in capitals."""
    people: list[Name] = []
    for part in HEADING_PEOPLE_JOIN_PATTERN.split(printed.strip()):
        name = CAPITALS_FAMILY_NAME_PATTERN.fullmatch(part.strip())
        if name is None:
            return None
        people.append(Name(family=name["family"].title(), given=name["given"]))
    return people or None


def _town_and_publisher(
    text: str, start: int, end: int
) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """Where the title ends, the town and the publisher before the year: the last known town
    after a comma or a full stop, the publisher after it (a series in « » closing it left out)."""
    parts = _parts(text, start, end)
    if parts and text[parts[-1][0]] == "«":  # "« Folio Histoire »": the series, read apart
        parts = parts[:-1]
    if len(parts) < 2:
        return None
    publisher = parts[-1]
    town = parts[-2]
    stop = text.rfind(". ", town[0], town[1])
    if stop >= 0:  # "(Le canon du réalisme socialiste). Saint-Pétersbourg"
        town = (stop + 2, town[1])
    if text[slice(*town)] not in CITIES or not text[publisher[0]].isupper():
        return None
    return town[0], town, publisher
