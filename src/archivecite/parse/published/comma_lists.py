"""Entries of the reference lists Polish Slavic journals print (Przegląd Rusycystyczny), every
field parted by a comma and the year after the place with no comma, in romanization and again in
Cyrillic in brackets:

    Gromyko M, Obrashcheniye k startsam v dukhovnoy zhizni russkikh XX VEKA, Palomnik, Moskva 2015
    Бычков Д., Агиографический дискурс в современной русской прозе, Астрахань 2015
    Bychkov D., Agiograficheskiy diskurs v sovremennoy russkoy proze, Astrakhan' 2015

The author is a family name and initials (the full stop may be left out); the publisher, when
printed, is the field before the place and opens with a capital or a quote (a field after the
title's comma that opens in lower case continues the title). The journal form, ``«Druzhba
narodov» 2017, № 12, c. 215-218``, is read with the other Polish forms (``polish_entry``).
"""

from __future__ import annotations

import re

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.patterns import YEAR
from archivecite.parse.published.scanning import script_of, text_lang, trim
from archivecite.parse.published.titles import put_plain_text, put_text

__all__ = ["comma_list_entry"]

_UPPER = "A-ZА-ЯЁ"
_HEAD = re.compile(
    rf"""(?P<family>[{_UPPER}][^\W\d_]{{1,30}}(?:['’-][^\W\d_]{{1,30}}){{0,2}})\s
        (?P<initials>[{_UPPER}]\.?(?:\s?[{_UPPER}]\.)?),\s""",
    re.VERBOSE,
)
# ", Moskva 2015", ", Sankt- Peterburg 2012" (a hyphen's line break), ", Astrakhan' 2015"
_PLACE_YEAR = re.compile(
    rf""",\s(?P<place>[{_UPPER}][^\W\d_]{{1,30}}(?:['’][^\W\d_]{{0,5}})?
        (?:-\s?[{_UPPER}][^\W\d_]{{1,30}}|\s[{_UPPER}][^\W\d_]{{1,30}})?['’]?)
        \s(?P<year>{YEAR})[.\s]*\Z""",
    re.VERBOSE,
)
_QUOTES = '«„"“'


def comma_list_entry(draft: Draft, start: int, end: int) -> bool:
    """``Family I., Title[, Publisher], Place Year``: read, or ``False`` when ``text[start:end]``
    is not such an entry."""
    text = draft.text
    names: list[Name] = []
    names_end = start
    while (head := _HEAD.match(text, names_end, end)) is not None and len(names) < 6:
        names.append(Name(family=head["family"], given=head["initials"]))
        names_end = head.end()  # "Ivanov I., Petrov P., Title, …": each author a head
    if not names:
        return False
    imprint = _PLACE_YEAR.search(text, names_end, end)
    if imprint is None:
        return False
    title_end = imprint.start()
    publisher = None
    comma = text.rfind(", ", names_end, title_end)
    if comma > names_end and _opens_field(text[comma + 2]):
        publisher = (comma + 2, title_end)
        title_end = comma
    title = trim(text, names_end, title_end, " \t,")
    if title[0] >= title[1] or not _opens_field(text[title[0]]):
        return False
    draft.authors.extend(names)
    draft.spans.append(Span(field="authors", start=start, end=names_end))
    put_text(draft, "title", title)
    if publisher is not None:
        put_plain_text(draft, "publisher", *publisher)
    place = " ".join(imprint["place"].replace("- ", "-").split())
    lang = text_lang(place, None, text) if script_of(place) != "Latn" else None
    draft.put("place", Text(original=place, lang=lang), *imprint.span("place"))
    draft.put("date", DateRange.of(int(imprint["year"])), *imprint.span("year"))
    return True


def _opens_field(char: str) -> bool:
    return char.isupper() or char in _QUOTES
