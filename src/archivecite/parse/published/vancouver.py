"""Vancouver / ICMJE journal references and the Russian journals' "References" variant of it.

``Smith J, Doe A. Title. J Hist. 2020;8(3):28-30.`` and ``Обернихин Е. А. Title. Наука.
Общество. Оборона. Москва. 2020;8(3):28-28.``: authors (family name, then initials with or
without dots), the title as one sentence, the journal (whose own name may hold full stops),
an optional place of publication, and the locator ``year;volume(issue):pages``. A journal
printed as ``Nauka. Obŝestvo. Oborona = Science. Society. Defense`` carries its English
title after `` = ``.
"""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Name,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash, structural
from archivecite.parse.published.patterns import (
    VANCOUVER_LOCATOR_PATTERN,
    VANCOUVER_NAME_PATTERN,
)
from archivecite.parse.published.scanning import (
    month_number,
    script_of,
    split_sentences,
    text_lang,
    trim,
)
from archivecite.parse.published.terms import CITIES
from archivecite.parse.published.titles import put_text

_ET_AL = ("et al.", "et al", "и др.", "и др")


def find_locator(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first ``2020;8(3):28-30`` in ``text[start:end]`` that names a volume or an issue."""
    pos = start
    while pos < end:
        match = VANCOUVER_LOCATOR_PATTERN.search(text, pos, end)
        if match is None:
            return None
        if match["volume"] or match["issue"]:
            return match
        pos = match.end()
    return None


def read_names(text: str, start: int, end: int) -> tuple[list[tuple[Name, int, int]], int] | None:
    """``Smith J, Doe A.``: the names, and where the title begins; ``None`` when the text does
    not open with a Vancouver author list ended by a full stop."""
    names: list[tuple[Name, int, int]] = []
    pos = start
    while pos < end:
        match = VANCOUVER_NAME_PATTERN.match(text, pos, end)
        if match is None:
            return None
        initials = match["initials"].strip()
        names.append((Name(family=match["family"], given=initials), match.start(), match.end()))
        pos = match.end()
        if text.startswith(", ", pos) or text.startswith(",", pos):
            pos = trim(text, pos + 1, end, " \t")[0]
            for marker in _ET_AL:
                if text.startswith(marker, pos):
                    pos += len(marker)
                    return names, _after_stop(text, pos, end, dotted=marker.endswith("."))
            continue
        if len(names) > 1 and not (names[-2][0].given or "").endswith(".") and initials[1:] == ".":
            # "Smith J, Doe A. Title": in an undotted list the last dot ends the list
            names[-1] = (Name(family=match["family"], given=initials[0]), *names[-1][1:])
        return names, _after_stop(text, pos, end, dotted=initials.endswith("."))
    return None


def _after_stop(text: str, pos: int, end: int, *, dotted: bool) -> int:
    """Past the full stop that closes the author list (already read when the list ends in a
    dotted initial), or -1 when none does."""
    if pos < end and text[pos] == ".":
        pos += 1
    elif not dotted:
        return -1
    if pos < end and not (text[pos].isspace() or text[pos - 1].isspace()):
        return -1
    return trim(text, pos, end, " \t\n–—-")[0]


def parse_vancouver(draft: Draft, start: int, end: int) -> bool:
    """Read a Vancouver reference, or leave the draft untouched and return ``False``."""
    text = draft.text
    locator = find_locator(text, start, end)
    if locator is None:
        return False
    read = read_names(text, start, locator.start())
    if read is None or read[1] < 0:
        return False
    names, title_start = read
    pieces = _head_pieces(text, title_start, locator.start())
    if len(pieces) < 2:
        return False
    for name, name_start, name_end in names:
        draft.authors.append(name)
        draft.spans.append(Span(field="authors", start=name_start, end=name_end))
    journal = pieces[1:]
    if len(journal) > 1 and text[journal[-1][0] : journal[-1][1]] in CITIES:
        place_start, place_end = journal.pop()
        place = text[place_start:place_end]
        lang = "ru" if script_of(place) == "Cyrl" else None
        draft.put("place", Text(original=place, lang=lang), place_start, place_end)
    parallel = _put_container(draft, journal[0][0], journal[-1][1])
    if parallel:  # the "References" variant: the title is given in English translation
        title = text[pieces[0][0] : pieces[0][1]]
        lang = "en" if script_of(title) == "Latn" else text_lang(title, None, text)
        draft.put("title", Text(original=title, lang=lang), *pieces[0])
    else:
        put_text(draft, "title", pieces[0])
    _put_locator(draft, locator)
    for piece in split_sentences(text, locator.end(), end):
        if not structural(draft, *piece):
            draft.loose.append(piece)
    return True


def _head_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences between the authors and the locator; a title ended by ``?`` or ``!`` is
    cut there, its mark kept."""
    pieces = split_sentences(text, start, end)
    if pieces:
        first_start, first_end = pieces[0]
        for index in range(first_start, first_end - 1):
            if text[index] in "?!" and text[index + 1] == " ":
                rest = trim(text, index + 1, first_end, " \t")
                pieces[0:1] = [(first_start, index + 1), rest]
                break
    return [(s, e) for s, e in (_strip_title_dot(text, s, e) for s, e in pieces) if e > s]


def _strip_title_dot(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = trim(text, start, end, " \t")
    if end - start > 2 and text[start] == text[end - 1] and text[start] in "*_":
        return trim(text, start + 1, end - 1, " \t.")  # markdown italics
    return start, end


def _put_container(draft: Draft, start: int, end: int) -> bool:
    """Put the journal; return whether it carried a parallel English title after `` = ``."""
    text = draft.text
    start, end = _strip_title_dot(text, start, end)
    equals = text.find(" = ", start, end)
    if equals < 0:
        put_text(draft, "container_title", (start, end))
        return False
    translation = text[equals + 3 : end]
    put_text(draft, "container_title", trim(text, start, equals, " \t"), translation)
    return True


def _put_locator(draft: Draft, match: re.Match[str]) -> None:
    year = int(match["year"])
    month = month_number(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] and month else None
    value = DateRange.of(year, month, day) if month else DateRange.of(year)
    draft.put("date", value, *match.span("year"))
    for name in ("volume", "issue"):
        if match[name]:
            draft.put(name, match[name].strip(), *match.span(name))
    if match["pages"]:
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
