"""Informal Russian references, the parts separated by commas rather than GOST's dots and dashes:
``В.В. Цаплин, "Статистика жертв сталинизма в 30-е годы" // Вопросы истории, 1989 №4, стр. 180-181``
and ``В.Б. Жиромская, Ю.А. Поляков и др., "Всесоюзная перепись ...", М. : ИРИ РАН, 1999``."""

from __future__ import annotations

import re
import unicodedata

from archivecite.model import DateRange, Name, Span, Text
from archivecite.parse.dates import find_date
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.given_first_headings import cyrillic_given_first
from archivecite.parse.published.gost_parts import is_edition
from archivecite.parse.published.gost_patterns import (
    COLLECTED_WORKS_NOTE_PATTERN,
    COLLECTION_VOLUME_NOTE_PATTERN,
    COMMA_IMPRINT_PATTERN,
    FAMILY_INITIALS_PATTERN,
    INFORMAL_HEAD_PATTERN,
    INFORMAL_NUMBERS_PATTERN,
    INFORMAL_PAGES_PATTERN,
    INFORMAL_VOLUME_PATTERN,
    INITIALS_FAMILY_PATTERN,
    NAMED_HEADING_PATTERN,
    NEXT_AREA_PATTERN,
    QUOTED_JOURNAL_ISSUE_PATTERN,
    SENTENCE_STOP_PATTERN,
    VOLUME_WORK_NOTE_PATTERN,
)
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.patterns import YEAR_PATTERN
from archivecite.parse.published.scanning import script_of, text_lang, trim
from archivecite.parse.published.terms import (
    CITIES,
    PLACES,
)
from archivecite.parse.published.titles import put_plain_text, put_text
from archivecite.translit.chinese import looks_like_pinyin
from archivecite.translit.palladius import looks_like_palladius

# A part of a book: "в его кн.: Статьи о литературе", "// Сборник".
_CONTAINER_MARKS = ("//", "кн.:", "сб.:", "в кн.", "в сб.")
_CLOSING = {'"': '"', "«": "»", "“": "”", "'": "'"}


def named_heading(draft: Draft, start: int, end: int) -> bool:
    """``Ольга Крыштановская. Анатомия российской элиты``: a book as a reading site heads it,
    the author's given name (a listed one, Russian or foreign: ``Роберт Конквест. Жатва
    скорби``) and family name, a full stop, the title (two words at
    least, unless quoted: ``Владимир Набоков. «Дар»``), nothing more; the work named in short.
    A title that opens with a person (``Иван Грозный. …``) is left: the family name must end
    as one does."""
    match = NAMED_HEADING_PATTERN.fullmatch(draft.text, start, end)
    name = (
        None
        if match is None
        else cyrillic_given_first(match["given"], match["family"], strict=True)
    )
    if (
        match is None
        or name is None
        or (len(match["title"].split()) < 2 and match["title"][0] not in _CLOSING)
        or script_of(match["title"]) != "Cyrl"
    ):
        return False
    draft.authors.append(name)
    draft.spans.append(Span(field="authors", start=match.start(), end=match.end("family")))
    put_text(draft, "title", _unquoted_span(draft.text, *match.span("title")))
    draft.short_note = True
    return True


def _unquoted_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A title's span without the quotes around it (``«Title»``)."""
    if end - start > 2 and text[start] in _CLOSING and text[end - 1] == _CLOSING[text[start]]:
        return start + 1, end - 1
    return start, end


def quoted_journal_issue(draft: Draft, start: int, end: int) -> bool:
    """``«Большевик», №№13–14, 1928, с.74.``: a journal in quotes cited by issue, year and
    page, no article named (as ``Большевик. 1928. № 13–14. С. 74.`` in GOST)."""
    match = QUOTED_JOURNAL_ISSUE_PATTERN.fullmatch(draft.text, start, end)
    if match is None:
        return False
    put_text(draft, "container_title", match.span("journal"))
    draft.put("issue", join_dash(match["issue"]), *match.span("issue"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    return True


def collected_works_note(draft: Draft, start: int, end: int) -> bool:
    """``И.Сталин, т. 11, с.15–16.``, ``Ленин В. И. Полн. собр. соч., т. 45, с. 343.``: an
    author's collected works cited by volume and page (kept as ``extra["locator"]``, as a note
    keeps it); without a title, the page is needed. One work of many volumes is cited so by its
    full title: ``А. Афанасьев: Поэтическія воззрѣнія славян на природу, т. II, ст. 164.``"""
    text = draft.text
    match = COLLECTED_WORKS_NOTE_PATTERN.fullmatch(
        text, start, end
    ) or VOLUME_WORK_NOTE_PATTERN.fullmatch(text, start, end)
    if match is None or not (match["title"] or match["pages"]):
        return False
    for printed in match["names"].split(","):
        name = printed.strip()
        parts = INITIALS_FAMILY_PATTERN.fullmatch(name) or FAMILY_INITIALS_PATTERN.fullmatch(name)
        if parts is None:
            return False
        draft.authors.append(Name(family=parts["family"], given=parts["initials"].strip()))
    draft.spans.append(Span(field="authors", start=match.start(), end=match.end("names")))
    if match["title"]:
        put_text(draft, "title", trim(text, *match.span("title"), "."))
    draft.put("volume", match["volume"], *match.span("volume"))
    if match["pages"]:
        draft.put_extra("locator", join_dash(match["pages"]), *match.span("pages"))
    draft.language = draft.language or text_lang(match.group(), None, text)
    draft.short_note = True
    return True


def collection_volume_note(draft: Draft, start: int, end: int) -> bool:
    """``Русско-китайские отношения,Т.V,К.2,c.141-147``: a collection of documents cited by its
    title, volume, book (kept as ``extra["book"]``) and pages (the place cited, kept as
    ``extra["locator"]``), as Chinese notes cite Russian publications; a title of two words at
    least (``Сталин, т. 5, с. 3`` names an author's works)."""
    match = COLLECTION_VOLUME_NOTE_PATTERN.fullmatch(draft.text, start, end)
    if match is None or len(match["title"].split()) < 2:
        return False
    put_text(draft, "title", match.span("title"))
    volume = unicodedata.normalize("NFKC", match["volume"])  # "Ⅳ" → "IV"
    draft.put("volume", volume, *match.span("volume"))
    if match["book"]:
        draft.put_extra("book", match["book"], *match.span("book"))
    draft.put_extra("locator", join_dash(match["pages"]), *match.span("pages"))
    draft.language = draft.language or text_lang(match["title"], None, draft.text)
    draft.short_note = True
    return True


def comma_book(draft: Draft, start: int, end: int) -> bool:
    """``Проблемы поэтики Достоевского, 2\nизд., М., 1963``, ``Владиславлев И. В., Литература
    великого десятилетия (1917—1927), т. I, Москва — Ленинград, 1928.``: a book as Soviet
    encyclopedias and bibliographies list it, its parts after commas: the author (left out in
    the list of a person's works), the title, the edition and volume, a known place, the year
    (after the place with or without a comma: ``Поспеловский, Д., Русская православная церковь в
    ХХ веке, Москва 1995.``)."""
    text = draft.text
    imprint = COMMA_IMPRINT_PATTERN.search(text, start, end)
    if imprint is None or not _known_place(imprint["place"]):
        return False
    pos, names = start, []
    while True:
        comma = text.find(",", pos, imprint.start())
        piece = trim(text, pos, comma, " \t\n") if comma > 0 else (pos, pos)
        parts = FAMILY_INITIALS_PATTERN.fullmatch(text, *piece)
        parts = parts or INITIALS_FAMILY_PATTERN.fullmatch(text, *piece)
        if parts is None and comma > 0:  # "Поспеловский, Д., Title": a comma after the family
            second = text.find(",", comma + 1, imprint.start())
            if second > 0:
                parts = FAMILY_INITIALS_PATTERN.fullmatch(text, *trim(text, pos, second, " \t\n"))
                comma = second if parts is not None else comma
        if parts is None:
            break
        names.append(Name(family=parts["family"], given=" ".join(parts["initials"].split())))
        pos = comma + 1
    chinese = _chinese_author(text, start, imprint.start()) if not names else None
    if chinese is not None:  # "Лу Синь, Правдивая история А-Кея, Л. 1929"
        names.append(_spelled(text[slice(*chinese)]))
        pos = chinese[1] + 1
    printed = trim(text, pos, imprint.start(), " \t\n")
    title = _unquoted(text, printed)
    quoted = title != printed  # the quotes bound the title, its sentences and all
    if (
        title[0] >= title[1]
        or not text[title[0]].isupper()
        or (
            SENTENCE_STOP_PATTERN.search(text, *title)
            and not (quoted or _comma_titled(text, names, title))
        )
        or any(marker in text[slice(*title)].lower() for marker in _CONTAINER_MARKS)
    ):
        return False
    if names:
        draft.authors.extend(names)
        draft.spans.append(Span(field="authors", start=start, end=pos - 1))
    put_text(draft, "title", title)
    if imprint["edition"]:
        draft.put("edition", " ".join(imprint["edition"].split()), *imprint.span("edition"))
    if imprint["volume"]:
        draft.put("volume", imprint["volume"], *imprint.span("volume"))
    places = _places(imprint["place"])
    written = " ; ".join(PLACES.get(place, place) for place in places)  # "Москва ; Ленинград"
    draft.put("place", Text(original=written, lang="ru"), *imprint.span("place"))
    draft.put("date", DateRange.of(int(imprint["year"])), *imprint.span("year"))
    if imprint["pages"]:  # "«Патриарх Сергий …», М. 1947 г., с. 20.": the passage a note cites
        draft.put("pages", join_dash(imprint["pages"]), *imprint.span("pages"))
    return True


def _chinese_author(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A Chinese name in Palladius syllables before the first comma (``Лу Синь``), the author."""
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    name = text[start:comma].strip()
    words = name.split()
    if len(words) != 2 or not all(word[:1].isupper() for word in words):
        return None
    return (start, comma) if looks_like_palladius(name) else None


def _unquoted(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``«Большая советская энциклопедия», т. 37, М., 1955.``: the title inside the quotes a
    Soviet list may print around it (a whole title quoted, nothing after its closing quote)."""
    start, end = span
    opener = text[start : start + 1]
    closer = _CLOSING.get(opener)
    # "“Патриарх Сергий и его духовное наследство\"": a copy's mismatched closing quote
    closers = (closer, '"') if opener == "“" else (closer,)
    if closer is None or end - start < 3 or text[end - 1] not in closers:
        return span
    if closer in text[start + 1 : end - 1] or (opener in "«“" and opener in text[start + 1 : end]):
        return span  # "«A» и «B»": two quoted parts, or a quote nested
    return start + 1, end - 1


def _comma_titled(text: str, names: list[Name], title: tuple[int, int]) -> bool:
    """``Кобленц И. Н., Андрей Иванович Богданов. 1692-1766. Из прошлого русской исторической
    науки и книговедения, М., 1958.``: after an author whose initials a comma closes, the title
    runs to the imprint's comma, its own sentences and all; not when a name opens it (a second
    author's, ``Иванов И. И., Петров П. П. Title, …``) or a GOST area's dash parts it."""
    return bool(names) and not (
        FAMILY_INITIALS_PATTERN.match(text, *title)
        or INITIALS_FAMILY_PATTERN.match(text, *title)
        or NEXT_AREA_PATTERN.search(text, *title)
        or "//" in text[slice(*title)]
    )


def _known_place(printed: str) -> bool:
    """``М.``, ``Л.``, ``Москва — Ленинград``: every place of the imprint a known one."""
    return all(
        place in PLACES or place in CITIES or place in PLACES.values() for place in _places(printed)
    )


def _places(printed: str) -> list[str]:
    """The towns of an imprint parted by dashes, a town whose name holds one kept whole
    (``Санкт-Петербург``)."""
    places = [part.strip() for part in re.split("[-–—]", printed)]
    whole = "-".join(places)
    return [whole] if whole in PLACES or whole in CITIES else places


def parse_informal(draft: Draft, start: int, end: int) -> bool:
    """Read the informal form; ``False`` (nothing read) when ``text`` does not open with names
    and a quoted title."""
    text = draft.text
    head = INFORMAL_HEAD_PATTERN.match(text, start, end)
    if head is None:
        return False
    closing = _closing_quote(text, head["quote"] or head["et_al_quote"], head.end(), end)
    if closing < 0:
        return False
    names = head["names"] or head["et_al_names"]
    if head["et_al_names"] and text.startswith("//", trim(text, closing + 1, end, " \t,")[0]):
        return False  # "Иванов И.И. и др. «...» // Вопросы истории. 1990. № 5": GOST's areas
    people = draft.editors if head["role"] else draft.authors  # "Ю. Г. Мурин (ред.), «…»"
    for printed in names.split(","):
        name = printed.strip()
        parts = INITIALS_FAMILY_PATTERN.fullmatch(name) or FAMILY_INITIALS_PATTERN.fullmatch(name)
        if parts is not None:
            given = " ".join(parts["initials"].split())
            people.append(Name(family=parts["family"], given=given))
        elif len(name.split()) == 2:
            people.append(_spelled(name))
        else:
            people.append(Name(family=name))
    names_end = head.end("names") if head["names"] else head.end("et_al_names")
    field = "editors" if head["role"] else "authors"
    draft.spans.append(Span(field=field, start=head.start(), end=names_end))
    put_text(draft, "title", (head.end(), closing))
    pos = trim(text, closing + 1, end, " \t,")[0]
    if text.startswith("//", pos):
        pos = _container(draft, trim(text, pos + 2, end, " \t")[0], end)
    last = trim(text, pos, end, " \t.")[1]
    if (
        pos < last
        and text[pos] == "("
        and text[last - 1] == ")"
        and ")" not in text[pos : last - 1]
    ):
        pos, end = pos + 1, last - 1  # "(Volume 1: Fonetika i morfologiya, Nauka, 1982)"
    _parts(draft, pos, end)
    if draft.has("container_title") and draft.has("place") and not draft.has("issue"):
        draft.chapter = True  # a book's imprint after the container: a chapter in it
    if trim(text, closing + 1, end, " \t.")[0] >= end and head["et_al_names"]:
        draft.short_note = True  # "Shen Zhihua et al. “…”": a work named by its people and title
    return True


def _spelled(name: str) -> Name:
    """``Шэнь Чжихуа``, ``Shen Zhihua`` (a Chinese name, family name first, in Palladius or
    pinyin syllables) or ``Robert Conquest`` (given name first)."""
    first, second = name.split()
    if looks_like_palladius(name) or looks_like_pinyin(name):
        return Name(family=first, given=second)
    return Name(family=second, given=first)


def _closing_quote(text: str, quote: str, start: int, end: int) -> int:
    """Where the title's quotes close; a straight single quote only before a non-letter
    (not the soft sign of "uroven'")."""
    closing = text.find(_CLOSING[quote], start, end)
    while quote == "'" and closing >= 0 and closing + 1 < end and text[closing + 1].isalpha():
        closing = text.find(quote, closing + 1, end)
    return closing


def _container(draft: Draft, start: int, end: int) -> int:
    """The container's name, quoted or up to the first comma or ``№``; where the rest starts."""
    text = draft.text
    if start < end and text[start] in _CLOSING:
        closing = text.find(_CLOSING[text[start]], start + 1, end)
        if closing > 0:
            put_text(draft, "container_title", (start + 1, closing))
            return closing + 1
    stop = start
    while stop < end and text[stop] not in ",№":
        stop += 1
    title_end = trim(text, start, stop, " \t.")[1]
    if title_end > start:
        put_text(draft, "container_title", (start, title_end))
    return stop


def _parts(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    pos = start
    while pos < end:
        pos = trim(text, pos, end, " \t,.")[0]
        if pos >= end:
            return
        pages = INFORMAL_PAGES_PATTERN.match(text, pos, end)
        if pages is not None:  # "стр. 32, 35, 38-40": the pages run to the end
            value = text[pages.start("pages") : trim(text, pos, end, " \t,.")[1]]
            if "," in value:
                draft.put_extra("locator", value, pages.start("pages"), end)
            else:
                draft.put("pages", join_dash(value), pages.start("pages"), end)
            return
        stop = text.find(",", pos, end)
        stop = end if stop < 0 else stop
        _part(draft, *trim(text, pos, stop, " \t"))
        pos = stop + 1


def _part(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    value = text[start:end]
    if not draft.has("edition") and is_edition(text, start, end):  # "3-е изд."
        draft.put("edition", value, start, end)
        return
    numbers = INFORMAL_NUMBERS_PATTERN.fullmatch(text, start, end)
    if numbers is not None and numbers.group(0).strip():
        for group in ("volume", "issue"):
            if numbers[group]:
                draft.put(group, numbers[group], *numbers.span(group))
        year = numbers["year"] or numbers["paren_year"]
        if year:
            group = "year" if numbers["year"] else "paren_year"
            draft.put("date", DateRange.of(int(year)), *numbers.span(group))
        return
    day = find_date(text, start=start, end=end)
    if day is not None and (day.start, day.end) == (start, end) and not draft.has("date"):
        draft.put("date", day.date, start, end)  # "//РМЖ №29, 23.12.2010": the issue's day
        return
    volume = INFORMAL_VOLUME_PATTERN.fullmatch(text, start, end)
    if volume is not None:
        draft.put("volume", volume["volume"], *volume.span("volume"))
        if volume["title"]:
            draft.put_extra("volume_title", volume["title"], *volume.span("title"))
        return
    place = value.partition(" ")[0]
    if place in PLACES or place in CITIES or value in PLACES:  # "М. 1994", "М. Наука", "С-Пб"
        name = PLACES.get(place, PLACES.get(value, place))
        draft.put("place", Text(original=name, lang=draft.language), start, start + len(place))
        rest_start = trim(text, start + len(place), end, " \t:")[0]
        year = YEAR_PATTERN.fullmatch(text, rest_start, end)
        if year is not None:
            draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
        elif rest_start < end:
            put_plain_text(draft, "publisher", rest_start, end)
        return
    if not draft.has("publisher") and not any(char.isdigit() for char in value):
        put_plain_text(draft, "publisher", start, end)  # "ИРИ РАН"
