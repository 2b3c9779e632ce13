"""The result of a parse and the draft that collects fields while reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from archivecite.model import (
    Name,
    Reference,
    Span,
)
from archivecite.parse.dates import year_span


@dataclass(frozen=True, slots=True)
class PublishedParse:
    """A published reference read from free text, with what was read where."""

    reference: Reference
    spans: tuple[Span, ...]
    confidence: float
    label: str | None
    rest_start: int


@dataclass(slots=True)
class Draft:
    """Fields collected while reading one reference, with the span of each."""

    text: str
    spans: list[Span] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    container_editors: list[Name] = field(default_factory=list)
    translators: list[Name] = field(default_factory=list)
    language: str | None = None
    chapter: bool = False
    thesis: bool = False
    humanities: bool = False  # a Chicago/MLA/Harvard head: "X, 1988" names a publisher
    apa: bool = False  # "Author, A. A. (Year). Title.": a number after the journal is the volume
    short_note: bool = False  # "Barnes, Death and Redemption, 45.": a work cited before, in short
    day_date: bool = False
    issue_day: bool = False  # "Правда. 1937. 5 марта.": the day after the year, as a paper's issue
    code: str | None = None
    kind: str | None = None  # the kind the reference names itself (GB/T 7714 "[J]"), if any
    loose: list[tuple[int, int]] = field(default_factory=list)

    def put(self, name: str, value: Any, start: int, end: int) -> None:
        self.values[name] = value
        self.spans.append(Span(field=name, start=start, end=end))

    def put_years(self, match: re.Match[str]) -> None:
        """An imprint's ``year``, or the years of a work printed over several, to its
        ``last_year`` (``Yoshikawa Kôbunkan, 1979-97`` → 1979–1997), unless a date is read.
        Two digits up to 12 may be a month (``2000-03``): the first year alone, as before."""
        if self.has("date"):
            return
        last = match["last_year"]
        month = last is not None and len(last) == 2 and int(last) <= 12
        years = year_span(int(match["year"]), None if month else last)
        self.put(
            "date", years, match.start("year"), match.end("last_year" if years.end else "year")
        )

    def has(self, name: str) -> bool:
        return name in self.values

    def probe(self) -> Draft:
        """A copy for a reading that may fail: its lists and dicts are its own, the values in them
        (strings, frozen models) shared, which ``put`` and ``put_extra`` never change in place;
        a reader's tries are many, and ``copy.deepcopy`` copied every model again."""
        values = dict(self.values)
        if "extra" in values:
            values["extra"] = dict(values["extra"])
        return replace(
            self,
            spans=[*self.spans],
            values=values,
            authors=[*self.authors],
            editors=[*self.editors],
            container_editors=[*self.container_editors],
            translators=[*self.translators],
            loose=[*self.loose],
        )

    def take_over(self, probe: Draft) -> None:
        """Keep what a reading tried on a copy (:meth:`probe`) of this draft found."""
        for name in (slot.name for slot in fields(Draft)):
            setattr(self, name, getattr(probe, name))

    def put_extra(self, name: str, value: str, start: int, end: int) -> None:
        """A field the model has no place for (a note's cited page: ``locator``)."""
        self.values.setdefault("extra", {})[name] = value
        self.spans.append(Span(field=name, start=start, end=end))
