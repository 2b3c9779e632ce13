"""The container of a GOST part: after ``//``, or where Soviet references put it (after a dash,
``В кн.``, a journal's name then its year and numbers after commas)."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
    Span,
    Text,
)
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.events import strip_event
from archivecite.parse.published.gost_areas import (
    KNOWN_PLACES,
    around_imprint,
    gost_structural,
)
from archivecite.parse.published.gost_authors import (
    cut_responsibility,
)
from archivecite.parse.published.gost_informal import quoted_journal_issue
from archivecite.parse.published.gost_parts import (
    strip_medium,
    volume_count,
)
from archivecite.parse.published.gost_patterns import (
    SOVIET_JOURNAL_PATTERN,
    SOVIET_PART_PATTERN,
)
from archivecite.parse.published.gost_roles import BOOK_CONTAINER_WORDS
from archivecite.parse.published.items import join_dash, read_items
from archivecite.parse.published.patterns import (
    EDITED_BY_PATTERN,
    YEAR_PATTERN,
)
from archivecite.parse.published.scanning import split_sentences, strip_final_dot, trim
from archivecite.parse.published.terms import (
    CONTAINER_OPENERS,
    CONTAINER_WORDS,
    DROPPED_OPENERS,
    PLACES,
)
from archivecite.parse.published.titles import put_text

# A year after a comma, then only numbers: "ВДИ, 1951, №4".
_COMMA_YEAR_PATTERN = re.compile(r",\s*(?:1[6-9]|20)\d\d\b")
_IN_BOOK = ("В кн.", "В сб.", "В сборнике", "В книге", "In:")


def soviet_part(draft: Draft, pos: int, end: int) -> int:
    """``Title. – Зап. ИВ АН СССР. М. - Л , 1939, с. 129 - 155``: a paper in a book or serial
    as Soviet references printed it, the container after a dash and then place, year and pages
    after commas; read them and return where the title zone ends, or -1."""
    text = draft.text
    match = SOVIET_PART_PATTERN.search(text, pos, end)
    if match is None:
        return -1
    put_text(draft, "container_title", match.span("container"))
    printed = match["place"].replace("–", "-").replace("—", "-")
    place = "-".join(part.strip() for part in printed.split("-"))  # "М. - Л" is "М.-Л."
    place = PLACES.get(place, PLACES.get(place + ".", place))
    draft.put("place", Text(original=place, lang="ru"), *match.span("place"))
    draft.put("date", DateRange.of(int(match["year"])), *match.span("year"))
    draft.put("pages", join_dash(match["pages"]), *match.span("pages"))
    draft.chapter = True
    return match.start()


def container_start(draft: Draft, pos: int, end: int) -> tuple[int, int, bool]:
    """Where a title's container begins when no ``//`` marks it: ``Title / Материалы конф.
    ...`` (a slash not followed by a statement of responsibility), ``Title. В кн. «...»`` or
    the Soviet ``Title. — «Journal», 1951, № 4`` and ``Title, ВДИ, 1967, №4``; returns (end of
    the title zone, start of the container, whether the container is a book), or (-1, -1,
    False)."""
    text = draft.text
    dashed = SOVIET_JOURNAL_PATTERN.search(text, pos, end)
    if dashed is not None:
        name = next(group for group in ("dashed", "after_comma", "labelled") if dashed[group])
        if dashed[name] not in KNOWN_PLACES:
            return dashed.start(), dashed.start(name), False
    slash = text.find(" / ", pos, end)
    if slash > pos:
        after = trim(text, slash + 3, end, " \t\n")[0]
        lowered = text[after:end].lower()
        if (
            any(text.startswith(opener, after) for opener in CONTAINER_OPENERS)
            or "«" in text[after:end]
            or any(word in lowered for word in CONTAINER_WORDS)
        ) and not EDITED_BY_PATTERN.match(" " + lowered):
            return slash, after, True
    for piece_start, _ in split_sentences(text, pos, end)[1:]:
        if text.startswith(_IN_BOOK, piece_start):
            return piece_start, piece_start, True
    return -1, -1, False


def set_aside_day(draft: Draft) -> tuple[DateRange, Span] | None:
    """A day in the title area (``Докладная записка ... 12 мая 1946 г. // Военнопленные в
    СССР. М., 2000``) is the document's; the container's area gives the work's date."""
    if not draft.day_date or not draft.has("date"):
        return None
    span = next(span for span in reversed(draft.spans) if span.field == "date")
    draft.spans.remove(span)
    draft.day_date = False
    return draft.values.pop("date"), span


def put_document_day(draft: Draft, document_day: tuple[DateRange, Span]) -> None:
    day, span = document_day
    if draft.has("date"):
        draft.put_extra("document_date", day.iso(), span.start, span.end)
    else:  # "// Правда. 1946." has no day of its own: the day is the issue's
        draft.put("date", day, span.start, span.end)
        draft.day_date = True


def _drop_opener(text: str, start: int, end: int) -> int:
    """``В сб.: Теплофизика-93`` → ``Теплофизика-93``; ``В кн. «Title»`` → ``«Title»``."""
    for opener in DROPPED_OPENERS:
        if text.startswith(opener, start) and len(opener) > 2:
            return trim(text, start + len(opener), end, " \t\n:")[0]
    return start


def _numbers_after_comma(draft: Draft, start: int, end: int) -> int:
    """``ВДИ, 1951, №4`` and ``«Вестник древней истории», 1951, № 4, с. 41–60``, as Soviet
    references wrote a journal before GOST 7.1-84: the name, then its year and numbers after
    commas; read the numbers and return where the name ends."""
    text = draft.text
    year = _COMMA_YEAR_PATTERN.search(text, start, end)
    if year is None or year.start() <= start or not read_items(draft, year.start() + 1, end):
        return end
    return year.start()


def gost_container(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    if quoted_journal_issue(draft, start, trim(text, start, end, " \t\n.")[1]):
        return  # '… Ж-л "Наш современник", №9, 1972, с.96.': issue, year and page after commas
    pieces, after = around_imprint(draft, start, end)
    if not pieces:
        return
    first_start, first_end = pieces[0]
    first_end = cut = _numbers_after_comma(draft, first_start, first_end)
    index = 1
    while index < len(pieces) and not gost_structural(draft, *pieces[index], bare_place=False):
        first_end = pieces[index][1]
        index += 1
    if cut == pieces[0][1] and index > 1:  # "Изв. Арм. ФАН СССР, 1941, №7": dots in the name
        first_end = _numbers_after_comma(draft, first_start, first_end)
    title_end = cut_responsibility(draft, first_start, first_end, container=True)
    title_end = volume_count(draft, first_start, strip_medium(draft, first_start, title_end))
    full_end = strip_final_dot(text, first_start, title_end)
    title_end = strip_event(text, first_start, full_end, proceedings=True)
    if not draft.has("date") and title_end < full_end:  # "«...», Москва, 23-24 мая 2018"
        year = YEAR_PATTERN.search(text, title_end, full_end)
        if year is not None:
            draft.put("date", DateRange.of(int(year["year"])), *year.span("year"))
    first_start = _drop_opener(text, first_start, title_end)
    opener, closer = text[first_start : first_start + 1], text[title_end - 1 : title_end]
    if (opener, closer) in (("«", "»"), ('"', '"'), ("“", "”")) and (
        text.count(opener, first_start, title_end) == (2 if opener == '"' else 1)
    ):
        first_start, title_end = first_start + 1, title_end - 1  # В кн. «Title», "Journal"
    put_text(draft, "container_title", (first_start, title_end))
    for piece in pieces[index + 1 :] + after:
        if not gost_structural(draft, *piece, bare_place=False):
            draft.loose.append(piece)
    published = draft.has("publisher") or draft.has("place")  # a book's area: "М., 2006"
    if draft.container_editors or (published and not draft.has("issue")):
        draft.chapter = True
    elif not draft.has("issue") and any(
        word in text[first_start:title_end].lower() for word in BOOK_CONTAINER_WORDS
    ):
        draft.chapter = True  # "// Современные концепции : сб. ст. / БГУ. – Минск, 2014"
