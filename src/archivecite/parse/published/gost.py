"""Russian GOST forms: ``Author. Title / resp. // Container. М.: Publisher, 1985. С. 5–9.``"""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Name,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.imprint import find_imprint, put_imprint
from archivecite.parse.published.items import structural
from archivecite.parse.published.names import role_names
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    GOST_AUTHOR_PATTERN,
    GOST_FULL_AUTHOR_PATTERN,
    THESIS_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.romanized import edition_value, numeric_tail, strip_event
from archivecite.parse.published.romanized_patterns import EDITION_PATTERN, PATENT_PATTERN
from archivecite.parse.published.scanning import split_sentences, strip_final_dot, trim
from archivecite.parse.published.terms import (
    CITIES,
    CONTAINER_OPENERS,
    CONTAINER_WORDS,
    DROPPED_OPENERS,
    PATENT_COUNTRIES,
    PLACES,
)
from archivecite.parse.published.titles import put_text

_IN_BOOK = ("В кн.", "В сб.", "В сборнике", "В книге", "In:")
_AREA_YEAR_PATTERN = re.compile(r"(?:1[5-9]|20)\d\d(?:[.,;]|\s|\Z)")


def gost_authors(draft: Draft, start: int, end: int) -> int:
    text = draft.text
    full = GOST_FULL_AUTHOR_PATTERN.match(text, start, end)
    if full is not None:
        draft.authors.append(Name(family=full["family"], given=full["given"]))
        draft.spans.append(Span(field="authors", start=start, end=full.end("given")))
        return full.end()
    pos = start
    while pos < end:
        match = GOST_AUTHOR_PATTERN.match(text, pos, end)
        if match is None:
            break
        draft.authors.append(Name(family=match["family"], given=match["initials"].strip()))
        draft.spans.append(Span(field="authors", start=match.start(), end=match.end()))
        pos = trim(text, match.end(), end, " \t,")[0]
        if text.startswith("и др.", pos):
            pos = trim(text, pos + 5, end, " \t,")[0]
    return pos


def cut_responsibility(draft: Draft, start: int, end: int, *, container: bool) -> int:
    """``Title / под ред. И.И. Иванова``: cut the statement of responsibility off a title."""
    text = draft.text
    slash = text.find(" / ", start, end)
    if slash < 0:
        return end
    names = role_names(text[slash + 3 : end], text)
    editing = EDITED_BY_PATTERN.match(" " + text[slash + 2 : end]) is not None
    if container or editing:
        (draft.container_editors if container else draft.editors).extend(names)
    elif not draft.authors:
        draft.authors.extend(names)
    draft.spans.append(Span(field="responsibility", start=slash + 3, end=end))
    return slash


def _patent(draft: Draft, pos: int, end: int) -> int:
    """``Патент РФ № 2537013. Title``: the patent's number before its title."""
    match = PATENT_PATTERN.match(draft.text, pos, end)
    if match is None or not match["number"]:
        return pos
    country = match["before"] or match["after"] or ""
    code = PATENT_COUNTRIES.get(country, "")
    number = "".join(match["number"].split())
    draft.put("patent", " ".join(part for part in (code, number) if part), *match.span())
    draft.kind = "legal"
    return trim(draft.text, match.end(), end, " \t\n.,;:–—")[0]


def _container_start(draft: Draft, pos: int, end: int) -> tuple[int, int]:
    """Where a title's container begins when no ``//`` marks it: ``Title / Материалы конф.
    ...`` (a slash not followed by a statement of responsibility) or ``Title. В кн. «...»``;
    returns (end of the title zone, start of the container), or (-1, -1)."""
    text = draft.text
    slash = text.find(" / ", pos, end)
    if slash > pos:
        after = trim(text, slash + 3, end, " \t\n")[0]
        lowered = text[after:end].lower()
        if (
            any(text.startswith(opener, after) for opener in CONTAINER_OPENERS)
            or "«" in text[after:end]
            or any(word in lowered for word in CONTAINER_WORDS)
        ) and not EDITED_BY_PATTERN.match(" " + lowered):
            return slash, after
    for piece_start, _ in split_sentences(text, pos, end)[1:]:
        if text.startswith(_IN_BOOK, piece_start):
            return piece_start, piece_start
    return -1, -1


def parse_gost(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pos = _patent(draft, gost_authors(draft, start, end), end)
    double = text.find("//", pos, end)
    container_at = double + 2 if double >= 0 else -1
    if double < 0:
        double, container_at = _container_start(draft, pos, end)
    thesis = THESIS_PATTERN.search(text, pos, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        draft.thesis = True
        if thesis["degree"]:
            draft.put("degree", thesis["degree"], *thesis.span("degree"))
    title_zone_end = double if double >= 0 else end
    pieces, after = _around_imprint(draft, pos, title_zone_end)
    title_last = 1 if pieces else 0
    while title_last < len(pieces) and not gost_structural(
        draft, *pieces[title_last], bare_place=_before_year(text, pieces, title_last)
    ):
        title_last += 1
    if title_last:
        title_start, title_end = pieces[0][0], pieces[title_last - 1][1]
        if thesis is not None and title_start < thesis.start() < title_end:
            title_end = thesis.start()
        title_end = cut_responsibility(draft, title_start, title_end, container=False)
        title_end = strip_final_dot(text, title_start, title_end)
        if title_end - title_start > 2 and text[title_start] == text[title_end - 1] == "*":
            title_start, title_end = title_start + 1, title_end - 1  # markdown italics
        put_text(draft, "title", (title_start, title_end))
    for piece in pieces[title_last + 1 :] + after:
        if not gost_structural(draft, *piece):
            draft.loose.append(piece)
    if container_at >= 0:
        gost_container(draft, container_at, end)
        if container_at != double + 2 and draft.has("container_title"):
            draft.chapter = True  # "Title / Материалы конф. ...": a paper in proceedings
    if draft.kind == "legal":  # a patent's "// Патент России. – 2014. – № 36": its bulletin
        for name in ("container_title", "issue"):
            draft.values.pop(name, None)
        draft.loose.clear()


def _around_imprint(
    draft: Draft, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences of ``text[start:end]`` before and after its imprint, once the imprint is
    read (``Тамбов: Изд-во Тамб. техн. ун-та, 2005``: dots that end no sentence)."""
    text = draft.text
    imprint = find_imprint(text, start, end)
    if imprint is None:
        return _refine(text, split_sentences(text, start, end)), []
    put_imprint(draft, imprint)
    before = _refine(text, split_sentences(text, start, imprint.start))
    return before, _refine(text, split_sentences(text, imprint.end, end))


def _before_year(text: str, pieces: list[tuple[int, int]], index: int) -> bool:
    """A lone capitalised word is a place when a year or nothing follows it (``Иркутск,
    2007``), not when another place does (``Пучки нейтронов. Обзор. – Харьков: ННЦ ХФТИ``)."""
    return index + 1 >= len(pieces) or text[pieces[index + 1][0]].isdigit()


def _drop_opener(text: str, start: int, end: int) -> int:
    """``В сб.: Теплофизика-93`` → ``Теплофизика-93``; ``В кн. «Title»`` → ``«Title»``."""
    for opener in DROPPED_OPENERS:
        if text.startswith(opener, start) and len(opener) > 2:
            return trim(text, start + len(opener), end, " \t\n:")[0]
    return start


def gost_structural(draft: Draft, start: int, end: int, *, bare_place: bool = True) -> bool:
    """A sentence without a title; a lone capitalised word is a place only where ``bare_place``
    allows it or it names a known city (in a container it is more often a word of a dotted
    journal name: ``Наука. Общество. Оборона``)."""
    text = draft.text
    thesis = THESIS_PATTERN.match(text, start, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        return True
    edition = EDITION_PATTERN.match(text, start, end)
    if edition is not None and not draft.has("edition"):
        value = edition_value(edition) if edition["edition"] else text[start:end]
        draft.put("edition", value, start, end)
        return True
    if structural(draft, start, end):
        return True
    if _imprint_with_commas(draft, start, end):
        return True
    word = text[start:end]
    bare = bare_place and word.isalpha() and word.istitle()
    if not draft.has("place") and (word in CITIES or bare):
        draft.put("place", Text(original=PLACES.get(word, word), lang="ru"), start, end)
        return True
    return False


def _imprint_with_commas(draft: Draft, start: int, end: int) -> bool:
    """``Н.Новгород, НГТУ им. Р.Е. Алексеева, 2014`` (place, publisher, year with commas) or
    ``Главная редакция физико-математической литературы, 1980`` after a publisher."""
    text = draft.text
    name_end, items = numeric_tail(text, start, end)
    years = [item for item in items if item[0] == "year"]
    if not years or draft.has("date") or name_end <= start:
        return False
    comma = text.find(",", start, name_end)
    place = text[start:comma].strip() if comma > 0 else ""
    if place in CITIES or place in PLACES:
        draft.put("place", Text(original=PLACES.get(place, place), lang="ru"), start, comma)
        publisher = trim(text, comma + 1, name_end, " \t\n,.;:–—")
        if publisher[1] > publisher[0]:
            draft.put("publisher", Text(original=text[slice(*publisher)], lang="ru"), *publisher)
    elif not draft.has("publisher"):
        return False
    _, value, item_start, item_end = years[0]
    draft.put("date", DateRange.of(int(value)), item_start, item_end)
    return True


def _refine(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences at a bare dash that opens another area: ``Журнал, – 2010``,
    ``«...» – Обнинск: ГНЦ РФ-ФЭИ, 2002``."""
    refined: list[tuple[int, int]] = []
    for start, end in pieces:
        pos = start
        for index in range(start, end - 2):
            if text[index] == " " and text[index + 1] in "–—" and text[index + 2] == " ":
                after = trim(text, index + 2, end, " \t\n")[0]
                if after < end and _opens_area(text, after, end):
                    part = trim(text, pos, index, " \t\n,.;:–—")
                    if part[1] > part[0]:
                        refined.append(part)
                    pos = after
        part = trim(text, pos, end, " \t\n,.;:–—")
        if part[1] > part[0]:
            refined.append(part)
    return refined


def _opens_area(text: str, start: int, end: int) -> bool:
    """A year, a place followed by ``:``, an edition, or a volume, issue or pages label."""
    if _AREA_YEAR_PATTERN.match(text, start, end) or EDITION_PATTERN.match(text, start, end):
        return True
    colon = text.find(":", start, min(end, start + 25))
    if colon > start and text[start:colon].strip() in CITIES | set(PLACES):
        return True
    return text.startswith(("Т.", "T.", "№", "Вып.", "С.", "C.", "Ч.", "Кн."), start)


def gost_container(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pieces, after = _around_imprint(draft, start, end)
    if not pieces:
        return
    first_start, first_end = pieces[0]
    index = 1
    while index < len(pieces) and not gost_structural(draft, *pieces[index], bare_place=False):
        first_end = pieces[index][1]
        index += 1
    title_end = cut_responsibility(draft, first_start, first_end, container=True)
    full_end = strip_final_dot(text, first_start, title_end)
    title_end = strip_event(text, first_start, full_end, proceedings=True)
    if not draft.has("date") and title_end < full_end:  # "«...», Москва, 23-24 мая 2018"
        year = YEAR_PATTERN.search(text, title_end, full_end)
        if year is not None:
            draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    first_start = _drop_opener(text, first_start, title_end)
    quoted = text[first_start : first_start + 1] == "«" and text[title_end - 1 : title_end] == "»"
    if quoted and text.count("«", first_start, title_end) == 1:
        first_start, title_end = first_start + 1, title_end - 1  # В кн. «Title»
    put_text(draft, "container_title", (first_start, title_end))
    for piece in pieces[index + 1 :] + after:
        if not gost_structural(draft, *piece, bare_place=False):
            draft.loose.append(piece)
    if draft.container_editors or (draft.has("publisher") and not draft.has("issue")):
        draft.chapter = True
