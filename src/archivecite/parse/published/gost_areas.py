"""The areas of a GOST record: its sentences, cut where a dash, a question mark or a place
opens another area, the imprint among them, and the sentences that are no title."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    PartialDate,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.gost_parts import (
    edition_at,
    is_edition,
    shared_imprint,
    titled_part,
)
from archivecite.parse.published.gost_patterns import (
    CITY_INITIALISM_IMPRINT_PATTERN,
    IMPRINT_YEAR_START_PATTERN,
    PRINT_RUN_PATTERN,
)
from archivecite.parse.published.imprint import find_imprint, put_imprint
from archivecite.parse.published.items import join_dash, structural
from archivecite.parse.published.names import is_initial, name_tokens, role_names
from archivecite.parse.published.patterns import (
    EDITOR_ROLE_PATTERN,
    THESIS_PATTERN,
)
from archivecite.parse.published.romanized_items import edition_value, numeric_tail
from archivecite.parse.published.romanized_patterns import (
    EDITION_PATTERN,
)
from archivecite.parse.published.scanning import split_sentences, trim
from archivecite.parse.published.terms import (
    CITIES,
    PLACES,
)

KNOWN_PLACES = CITIES | set(PLACES)
_AREA_YEAR_PATTERN = re.compile(r"(?:1[5-9]|20)\d\d(?:[.,;]|\s|\Z)")
_MARK_PATTERN = re.compile(r"[?!]\s+")


def around_imprint(
    draft: Draft, start: int, end: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences of ``text[start:end]`` before and after its imprint, once the imprint is
    read (``Тамбов: Изд-во Тамб. техн. ун-та, 2005``: dots that end no sentence)."""
    text = draft.text
    imprint = find_imprint(text, start, end)
    shared = shared_imprint(text, start, end)
    last_year = None
    if shared is not None and (imprint is None or shared[0].start <= imprint.start):
        imprint, last_year = shared
    if imprint is None:
        return refine_at_areas(text, gost_sentences(text, start, end)), []
    put_imprint(draft, imprint)
    if last_year is not None and draft.values["date"].year < last_year:
        first = draft.values["date"].start
        draft.values["date"] = DateRange(start=first, end=PartialDate(year=last_year))
    before = refine_at_areas(text, gost_sentences(text, start, imprint.start))
    return before, refine_at_areas(text, gost_sentences(text, imprint.end, end))


def before_year(text: str, pieces: list[tuple[int, int]], index: int) -> bool:
    """A lone capitalised word is a place when a year follows it (``Иркутск. 2007``), not when
    another place does (``Пучки нейтронов. Обзор. – Харьков: ННЦ ХФТИ``) nor when nothing does
    (``Сто сорок бесед с Молотовым: Из дневника Ф. Чуева. Коллективизация``: a chapter's
    name) nor when a span of years does (``Сталин и Каганович. Переписка. 1931–1936 гг. М.,
    2001``: the title's); a known city is one anywhere."""
    return (
        index + 1 < len(pieces)
        and IMPRINT_YEAR_START_PATTERN.match(text, *pieces[index + 1]) is not None
    )


def gost_structural(draft: Draft, start: int, end: int, *, bare_place: bool = True) -> bool:
    """A sentence without a title; a lone capitalised word is a place only where ``bare_place``
    allows it or it names a known city (in a container it is more often a word of a dotted
    journal name: ``Наука. Общество. Оборона``)."""
    text = draft.text
    thesis = THESIS_PATTERN.match(text, start, end)
    if thesis is not None and thesis.group(0).strip(" :"):
        return True
    if PRINT_RUN_PATTERN.fullmatch(text, start, end):  # "1000 экз.": the print run
        return True
    if not draft.has("edition") and is_edition(text, start, end):
        draft.put("edition", text[start:end], start, end)
        return True
    edition = EDITION_PATTERN.match(text, start, end)
    if edition is not None and not draft.has("edition"):
        value = edition_value(edition) if edition["edition"] else text[start:end]
        draft.put("edition", value, start, end)
        return True
    if structural(draft, start, end) or titled_part(draft, start, end):
        return True
    if _imprint_with_commas(draft, start, end) or _city_initialism(draft, start, end):
        return True
    if _editors_sentence(draft, start, end):
        return True
    word = text[start:end]
    bare = bare_place and word.isalpha() and word.istitle()
    if not draft.has("place") and (word in CITIES or bare):
        draft.put("place", Text(original=PLACES.get(word, word), lang="ru"), start, end)
        return True
    return False


def _editors_sentence(draft: Draft, start: int, end: int) -> bool:
    """``They came to Japan. An Anthology of European Reports on Japan. 1543–1640. M. Cooper
    (ed.). L., 1965``: a sentence of names each opening with an initial and nothing else,
    ``(ed.)`` closing it, after the title, names the book's editors (not ``Collected Essays
    (ed.)``)."""
    text = draft.text
    role = EDITOR_ROLE_PATTERN.search(text, start, end)
    if role is None or role.end() != end or draft.editors or role.start() <= start:
        return False
    value = text[start : role.start()]
    tokens = name_tokens(value)
    names = role_names(value, text)
    if not names or len(names) != len(tokens) or not all(is_initial(t.split()[0]) for t in tokens):
        return False
    draft.editors.extend(names)
    draft.spans.append(Span(field="editors", start=start, end=end))
    return True


def _city_initialism(draft: Draft, start: int, end: int) -> bool:
    """``Москва РОССПЭН Стр. 739-740``: a known city and a publisher's initialism with no colon
    between them (istmat's source field), the page after them."""
    match = CITY_INITIALISM_IMPRINT_PATTERN.fullmatch(draft.text, start, end)
    if match is None or match["place"] not in CITIES or draft.has("place"):
        return False
    draft.put("place", Text(original=match["place"], lang="ru"), *match.span("place"))
    draft.put("publisher", Text(original=match["publisher"], lang="ru"), *match.span("publisher"))
    if match["year"] and not draft.has("date"):
        draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    if match["pages"] and not draft.has("pages"):
        draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


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


def refine_at_areas(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences at a bare dash that opens another area: ``Журнал, – 2010``,
    ``«...» – Обнинск: ГНЦ РФ-ФЭИ, 2002``; at a dot after an abbreviation that a place opening
    an imprint follows (``1945–1956 гг. М., 1997``)."""
    refined: list[tuple[int, int]] = []
    for start, end in pieces:
        pos = start
        for index in range(start, end - 2):
            dash = text[index] == " " and text[index + 1] in "–—" and text[index + 2] == " "
            if dash or (text[index] == "." and text[index + 1] == " "):
                after = trim(text, index + 2 if dash else index + 1, end, " \t\n")[0]
                opens = _opens_area(text, after, end) if dash else _place_follows(text, after, end)
                if after < end and opens:
                    part = trim(text, pos, index, " \t\n,.;:–—")
                    if part[1] > part[0]:
                        refined.append(part)
                    pos = after
        part = trim(text, pos, end, " \t\n,.;:–—")
        if part[1] > part[0]:
            refined.append(part)
    return refined


def gost_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, an edition statement (``2-е изд., испр. и доп.``,
    whose dots end no sentence) kept whole."""
    edition = edition_at(text, start, end)
    if edition is None:
        return _split_at_marks(text, split_sentences(text, start, end))
    return [
        *_split_at_marks(text, split_sentences(text, start, edition[0])),
        edition,
        *_split_at_marks(text, split_sentences(text, edition[1], end)),
    ]


def _split_at_marks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``Кто стоял за спиной Сталина? С. 128.``: a title's own question or exclamation mark
    ends its sentence when the next area (a year, a place, pages) opens after it."""
    split: list[tuple[int, int]] = []
    for start, end in pieces:
        piece = start
        for mark in _MARK_PATTERN.finditer(text, start, end):
            if _opens_area(text, mark.end(), end) or _place_follows(text, mark.end(), end):
                split.append((piece, mark.start() + 1))
                piece = mark.end()
        split.append((piece, end))
    return split


def _place_follows(text: str, start: int, end: int) -> bool:
    """A known place and the ``:`` or ``,`` after it: ``М., 1997``, ``СПб.: Питер``."""
    stop = start
    while stop < min(end, start + 25) and text[stop] not in ":,":
        stop += 1
    return stop < end and text[stop] in ":," and text[start:stop].strip() in KNOWN_PLACES


def _opens_area(text: str, start: int, end: int) -> bool:
    """A year, a place followed by ``:``, an edition, or a volume, issue or pages label."""
    if _AREA_YEAR_PATTERN.match(text, start, end) or EDITION_PATTERN.match(text, start, end):
        return True
    colon = text.find(":", start, min(end, start + 25))
    if colon > start and text[start:colon].strip() in CITIES | set(PLACES):
        return True
    return text.startswith(("Т.", "T.", "№", "Вып.", "С.", "C.", "Ч.", "Кн."), start)
