"""The APA-like "References in Roman script" form of Scopus-indexed Russian journals, and the
Latin-script reader that also serves Chicago."""

from __future__ import annotations

import re

from archivecite.model import (
    DateRange,
)
from archivecite.parse.published.chicago import container_sentence, in_container
from archivecite.parse.published.draft import Draft
from archivecite.parse.published.items import read_items, read_numbers, structural, whole_date
from archivecite.parse.published.names import read_authors
from archivecite.parse.published.patterns import AUTHOR_DATE_PATTERN, YEAR_PAREN_PATTERN
from archivecite.parse.published.scanning import date_at, split_sentences, strip_final_dot, trim
from archivecite.parse.published.titles import put_text, take_title


def container_with_numbers(draft: Draft, start: int, end: int) -> bool:
    """``Nauchnyy dialog, 4: 198-218``: a journal and its numbers in one sentence."""
    comma = draft.text.find(",", start, end)
    if comma <= start or draft.has("container_title") or ":" in draft.text[start:comma]:
        return False
    if not (
        read_numbers(draft, *trim(draft.text, comma + 1, end))
        or read_items(draft, *trim(draft.text, comma + 1, end))
    ):
        return False
    put_text(draft, "container_title", (start, comma))
    return True


def read_tail(draft: Draft, start: int, end: int) -> None:
    """Read the sentences after the title."""
    for piece_start, piece_end in split_sentences(draft.text, start, end):
        if not (
            whole_date(draft, piece_start, piece_end)
            or in_container(draft, piece_start, piece_end)
            or container_sentence(draft, piece_start, piece_end)
            or container_with_numbers(draft, piece_start, piece_end)
            or structural(draft, piece_start, piece_end)
        ):
            draft.loose.append((piece_start, piece_end))


def parse_latin(draft: Draft, start: int, end: int) -> None:
    text = draft.text
    paren = YEAR_PAREN_PATTERN.search(text, start, min(end, start + 600))
    pos = start
    if paren is not None:
        put_year_paren(draft, paren)
        head_end = strip_final_dot(text, start, paren.start())
        if not read_authors(draft, start, head_end):
            take_title(draft, start, paren.start(), brackets=True)
        pos = paren.end()
    else:
        dated = AUTHOR_DATE_PATTERN.search(text, start, min(end, start + 300))
        if dated is not None and read_authors(draft, start, dated.start()):
            draft.put("date", DateRange.of(int(dated["year"])), *dated.span("year"))
            pos = dated.end()
        else:
            first = split_sentences(text, start, end)
            if len(first) > 1 and read_authors(draft, *first[0]):
                pos = first[0][1] + 1
    if not draft.has("title"):
        pos = take_title(draft, pos, end, brackets=True)
    read_tail(draft, pos, end)


def put_year_paren(draft: Draft, match: re.Match[str]) -> None:
    year = int(match["year"])
    value = DateRange.of(year)
    if match["rest"]:
        found = date_at(f"{match['rest']} {year}", 0, len(match["rest"]) + 5)
        if found is not None:
            value = DateRange.of(year, found[0].start.month, found[0].start.day)
    draft.put("date", value, match.start(), match.end())
