"""A Western sinologist's reference to a Chinese work by its juan (chüan): the author's name in
Wade-Giles, inverted with a comma, the romanized title, then in brackets an English gloss and the
count of juan with the place and year of the edition (F. W. Drake, "A Mid-nineteenth-century
Discovery of the Non-Chinese World", Modern Asian Studies 6.2, 1972, references 1, 2 and 4):
``Hsu, Chi-yü, Ying-huan chih-lueh (A short account of the maritime circuit; 10 chüan, Foochow,
author's preface, 1848).``, ``Erh-hsun, Chao, comp., Ch'ing-shih kao (Draft history of the
Ch'ing dynasty; 536 chüan, 1927), lieh-chuan #209, 2741/352.10.``"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.romanized_patterns import (
    JUAN_IMPRINT_PLACE_PATTERN,
    JUAN_IMPRINT_YEAR_PATTERN,
    JUAN_NOTE_PATTERN,
)
from archivecite.parse.published.scanning import trim
from archivecite.parse.published.titles import put_text

__all__ = ["juan_note"]


def juan_note(draft: Draft, start: int, end: int) -> bool:
    """Read ``text[start:end]`` as such a reference; ``False`` (the draft untouched) when it is
    none. The family name is the syllable printed alone: a Chinese given name is two syllables
    joined by a hyphen ("Chi-yü"), so "Erh-hsun, Chao" (趙爾巽) is Chao's, as "Hsu, Chi-yü"
    (徐繼畬) is Hsu's; with no such sign the first name is the family name, as inverted."""
    text = draft.text
    found = JUAN_NOTE_PATTERN.fullmatch(text, start, end)
    if found is None:
        return False
    draft.language = draft.language or "zh"  # the title is then read as Chinese romanized
    family, given = found["first"], found["second"]
    if "-" in family and "-" not in given:
        family, given = given, family
    people = draft.editors if found["role"] else draft.authors
    people.append(Name(family=family, given=given))
    names_end = found.end("role") if found["role"] else found.end("second")
    field = "editors" if found["role"] else "authors"
    draft.spans.append(Span(field=field, start=found.start("first"), end=names_end))
    gloss = " ".join(found["gloss"].split())
    put_text(draft, "title", found.span("title"), gloss)
    draft.put("number_of_volumes", found["count"], *found.span("count"))
    _imprint(draft, found)
    tail = trim(text, *found.span("tail"), " \t,.")
    if tail[0] < tail[1]:  # "lieh-chuan #209, 2741/352.10", "3.56": the place the note cites
        draft.put_extra("locator", text[slice(*tail)], *tail)
    return True


def _imprint(draft: Draft, found: re.Match[str]) -> None:
    """The place and the year after the count of juan (``, Foochow, author's preface, 1848``)."""
    text = draft.text
    start, end = found.span("imprint")
    year = JUAN_IMPRINT_YEAR_PATTERN.search(text, start, end)
    if year is not None:
        draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    place = JUAN_IMPRINT_PLACE_PATTERN.match(text, start, end)
    if place is not None:
        draft.put("place", Text(original=place["place"]), *place.span("place"))
