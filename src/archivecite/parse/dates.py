"""Dates as citations print them: ``(1946, September 15)``, ``15 сентября 1946 г.``,
``15.09.1946``, ``昭和20年8月23日``, ``M37``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivecite.model import DateRange, PartialDate
from archivecite.parse.patterns_dates import (
    DATE_HINT_PATTERN,
    DATE_PATTERNS,
    DAY_SPAN_PATTERNS,
    ERA_YEAR_PATTERN,
    JAPANESE_ERA_PATTERN,
    MONTHS,
    chinese_eras,
    japanese_eras,
)

__all__ = ["DateHit", "era_letter_year", "find_date", "find_era_year", "kanji_number", "year_span"]

_KANJI_DIGITS = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_ERA_FIRST_YEAR = {str(era["kanji"]): int(str(era["first_year"])) for era in japanese_eras()} | {
    str(era["letter"]): int(str(era["first_year"])) for era in japanese_eras()
}
_ERA_FIRST_YEAR_CJK = _ERA_FIRST_YEAR | {
    str(era["kanji"]): int(str(era["first_year"])) for era in chinese_eras()
}


@dataclass(frozen=True, slots=True)
class DateHit:
    date: DateRange
    start: int
    end: int


def kanji_number(text: str) -> int:
    """``三十八`` → 38, ``一九八七`` → 1987, ``元`` (first year of an era) → 1, ``20`` → 20."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    total, current = 0, 0
    for char in text:
        if char in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[char]
            current = 0
        else:
            current = current * 10 + _KANJI_DIGITS.get(char, 0)
    return total + current


def year_span(first: int, last: str | None = None) -> DateRange:
    """The years a work was printed over: ``1979-97`` → 1979–1997 (a two-digit last year takes
    the first's century, the next one when it would fall before it: ``1998-02`` → 2002; a
    one-digit one the first's decade: ``2004–5`` → 2005), ``1974–1978``; a single year without
    ``last``, or when ``last`` is not a later year."""
    if last is None or not last.isdigit() or len(last) not in (1, 2, 4):
        return DateRange.of(first)
    end = int(last)
    if len(last) < 4:
        scale = 10 ** len(last)
        end += first // scale * scale + (scale if end < first % scale else 0)
    if end <= first:
        return DateRange.of(first)
    return DateRange(start=PartialDate(year=first), end=PartialDate(year=end))


def _partial(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None and not 1 <= day <= 31:
        day = None
    try:
        return PartialDate(year=year, month=month, day=day if month else None)
    except ValueError:
        return None


def _japanese_era(text: str) -> DateHit | None:
    match = JAPANESE_ERA_PATTERN.search(text)
    if match is None:
        return None
    if match["era"]:
        year = _ERA_FIRST_YEAR[match["era"]] + kanji_number(match["year"]) - 1
        month = kanji_number(match["month"]) if match["month"] else None
        day = kanji_number(match["day"]) if match["day"] else None
    else:
        year = _ERA_FIRST_YEAR[match["letter"]] + int(match["letter_year"]) - 1
        month = day = None
    partial = _partial(year, month, day)
    return None if partial is None else DateHit(DateRange(start=partial), *match.span())


def era_letter_year(letter: str, year: int) -> int | None:
    """``S``, 37 → 1962: a Japanese era by its letter (``M T S H R``) and the year in it."""
    first = _ERA_FIRST_YEAR.get(letter) if letter.isascii() else None
    return None if first is None or year < 1 else first + year - 1


def find_era_year(text: str, start: int = 0, end: int | None = None) -> DateHit | None:
    """A date counted in a Japanese or Chinese era, ``昭和40年`` → 1965, ``民国三十一年`` → 1942,
    ``明治元年`` → 1868; offsets are into ``text``."""
    match = ERA_YEAR_PATTERN.search(text, start, len(text) if end is None else end)
    if match is None:
        return None
    year = _ERA_FIRST_YEAR_CJK[match["era"]] + kanji_number(match["year"]) - 1
    month = kanji_number(match["month"]) if match["month"] else None
    day = kanji_number(match["day"]) if match["day"] else None
    partial = _partial(year, month, day)
    return None if partial is None else DateHit(DateRange(start=partial), *match.span())


def _from_match(match: re.Match[str]) -> PartialDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    month: int | None = None
    if groups.get("month"):
        month = MONTHS.get(groups["month"].casefold().rstrip("."))
    elif groups.get("month_number"):
        month = int(groups["month_number"])
    day = int(groups["day"]) if groups.get("day") else None
    return _partial(year, month, day)


def find_date(text: str, *, start: int = 0, end: int | None = None) -> DateHit | None:
    """The most precise date in ``text[start:end]``; offsets are into ``text``."""
    window = text[start:end]
    if DATE_HINT_PATTERN.search(window) is None:
        return None
    era = _japanese_era(window)
    if era is not None and era.date.start.month is not None:
        return DateHit(era.date, era.start + start, era.end + start)
    for pattern in DAY_SPAN_PATTERNS:
        match = pattern.search(window)
        first = _from_match(match) if match is not None else None
        if match is not None and first is not None:
            last = _partial(first.year, first.month, int(match["last"]))
            if last is not None and last.day is not None and first.day is not None:
                span = DateRange(start=first, end=last if last.day > first.day else None)
                return DateHit(span, match.start() + start, match.end() + start)
    for pattern in DATE_PATTERNS:
        match = pattern.search(window)
        if match is None:
            continue
        partial = _from_match(match)
        if partial is not None:
            return DateHit(DateRange(start=partial), match.start() + start, match.end() + start)
    if era is not None:
        return DateHit(era.date, era.start + start, era.end + start)
    return None
