"""A newspaper cited by its name and the day of its issue, with no article named:
``Pravda, 5 March 1937, p. 2.``, ``«Правда», 5 марта 1937 г.``, ``Правда. 1937. 5 марта.``,
``『朝日新聞』1937年3月5日``, or by the month of its issues (``The New York Times, March 1938``,
``Известия. 1937. Март.``). The name is the container's; the reference has no title."""

from __future__ import annotations

import re

from archivecite.model import DateRange, Span, Text
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import join_dash
from archivecite.parse.published.patterns import MONTH_YEAR_PATTERN, NEWSPAPER_TAIL_PATTERN
from archivecite.parse.published.scanning import (
    QUOTES,
    date_at,
    find_closing,
    is_cjk,
    month_number,
    trim,
)
from archivecite.parse.published.terms import (
    NEWSPAPER_DAY_WORDS,
    NEWSPAPER_LANGUAGES,
    NEWSPAPER_NAMES,
    NEWSPAPER_WORDS,
)
from archivecite.parse.published.titles import put_text

__all__ = [
    "is_newspaper",
    "name_as_container",
    "newspaper_day",
    "newspaper_issue",
    "newspaper_language",
]

_NAME_LENGTH = 60
_YEAR_FIRST_PATTERN = re.compile(r"(?P<year>1[6-9]\d\d|20\d\d),\s+")
_NOT_AN_ISSUE = ("publisher", "place", "volume", "url", "series", "edition")


def is_newspaper(name: str) -> bool:
    """A listed newspaper, or a name holding a newspaper's word (``gazeta``, ``shinbun``)."""
    folded = " ".join(name.casefold().split())
    if folded.removeprefix("the ") in NEWSPAPER_NAMES or folded in NEWSPAPER_NAMES:
        return True
    spaced = f" {folded.replace('-', ' ')} "
    return any(
        word in folded if is_cjk(word[0]) else f" {word.replace('-', ' ')} " in spaced
        for word in NEWSPAPER_WORDS
    )


def newspaper_language(draft: Draft) -> str | None:
    """The language of a listed newspaper cited by its romanized name (``Izvestiia, 7 February
    1935`` is a Russian paper's issue); None for an unlisted name or one printed in English."""
    name = draft.values.get("container_title")
    if not isinstance(name, Text) or name.lang is not None:
        return None
    folded = " ".join(name.original.casefold().split())
    return NEWSPAPER_LANGUAGES.get(folded) or NEWSPAPER_LANGUAGES.get(folded.removeprefix("the "))


def newspaper_day(draft: Draft, start: int, end: int) -> bool:
    """Read ``Name, [day] month year[, page]`` or ``«Name» от day month year``, perhaps after an
    article's title in quotes, when the name is a newspaper's or is in quotes (an unquoted
    unknown name before a day may be a letter's writer or a place)."""
    text = draft.text
    title = None
    if text[start] == "“":  # an anonymous article: "“Bolezn’ tov. Akulova,” Pravda, ..."
        closing = find_closing(text, start, end, "“")
        if closing < 0:
            return False
        title = trim(text, start + 1, closing, " \t,")
        start = trim(text, closing + 1, end, " \t,")[0]
        if start >= end or text[start] in QUOTES:
            return False
    quoted = text[start] in QUOTES
    if quoted:
        closing = find_closing(text, start, end, text[start])
        name = trim(text, start + 1, closing, " \t")
        day_at = _day_after(text, closing + 1, end) if closing > start else -1
    else:
        comma = text.find(",", start, end)
        name = trim(text, start, comma, " \t")
        day_at = _day_after(text, comma, end) if comma > start else -1
    value = text[name[0] : name[1]]
    if day_at < 0 or not value or len(value) > _NAME_LENGTH or any(c.isdigit() for c in value):
        return False
    if not (quoted or is_newspaper(value)):
        return False
    found = (
        _year_then_day(text, day_at, end)
        or date_at(text, day_at, end)
        or _month_of_year(text, day_at, end)
    )
    if found is None or not found[0].year or found[0].start.month is None:
        return False
    date, date_end = found
    tail = NEWSPAPER_TAIL_PATTERN.fullmatch(text, date_end, end)
    if tail is None:
        return False
    if title is not None:
        put_text(draft, "title", title)
    put_text(draft, "container_title", name)
    draft.day_date = True
    draft.put("date", date, day_at, date_end)
    if tail["pages"]:
        draft.put("pages", join_dash(tail["pages"]), *tail.span("pages"))
    return True


def _year_then_day(text: str, start: int, end: int) -> tuple[DateRange, int] | None:
    """``1942, 8 июня``: the year before the day and month, as a periodical's issue is dated."""
    year = _YEAR_FIRST_PATTERN.match(text, start, end)
    found = date_at(text, year.end(), end) if year is not None else None
    if year is None or found is None or found[0].year:
        return None
    day = found[0].start
    return DateRange.of(int(year["year"]), day.month, day.day), found[1]


def _month_of_year(text: str, start: int, end: int) -> tuple[DateRange, int] | None:
    """``March 1937``: the issues of a month, no day named."""
    match = MONTH_YEAR_PATTERN.match(text, start, end)
    month = month_number(match["month"]) if match is not None else None
    if match is None or month is None:
        return None
    return DateRange.of(int(match["year"]), month), match.end()


def _day_after(text: str, start: int, end: int) -> int:
    """Where the day begins after a newspaper's name: past a comma (``Pravda, 5 March``) or a
    word such as ``от`` (``«Правда» от 30 сентября 1928``); -1 when neither follows."""
    start = trim(text, start, end, " \t")[0]
    if text.startswith(",", start):
        return trim(text, start + 1, end, " \t")[0]
    word = next((word for word in NEWSPAPER_DAY_WORDS if text.startswith(word + " ", start)), "")
    return trim(text, start + len(word), end, " \t")[0] if word else -1


def newspaper_issue(draft: Draft) -> bool:
    """A title, a date with its month, and nothing of a book or an article: a newspaper's issue
    when the day follows the year as in a periodical (``Правда. 1937. 5 марта.``), in a CJK
    form (``『朝日新聞』1937年3月5日``), or when the title is a known newspaper's name."""
    date: DateRange | None = draft.values.get("date")
    if (
        date is None
        or date.start.month is None
        or not draft.has("title")
        or draft.has("container_title")
        or draft.authors
        or draft.editors
        or draft.chapter
        or draft.thesis
        or any(draft.has(name) for name in _NOT_AN_ISSUE)
    ):
        return False
    title = str(draft.values["title"])
    cjk_day = draft.day_date and is_cjk(title[0])
    return draft.issue_day or cjk_day or is_newspaper(title)


def name_as_container(draft: Draft) -> None:
    draft.values["container_title"] = draft.values.pop("title")
    draft.spans = [
        Span(field="container_title", start=span.start, end=span.end)
        if span.field == "title"
        else span
        for span in draft.spans
    ]
    draft.day_date = True
