"""Building blocks shared by every reference: text in several scripts, names, dates, spans."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "DateRange",
    "FrozenModel",
    "Identifier",
    "Name",
    "NameOrder",
    "PartialDate",
    "Provenance",
    "Script",
    "Span",
    "Text",
]


class FrozenModel(BaseModel):
    """Base of every model: immutable, strict about unknown attributes."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Script(StrEnum):
    LATIN = "Latn"
    CYRILLIC = "Cyrl"
    HAN = "Hani"
    KANA = "Kana"
    HANGUL = "Hang"
    COMMON = "Zyyy"


class Text(FrozenModel):
    """One piece of multilingual text.

    ``original`` is the text as its author wrote it, in ``lang`` (BCP 47). When only a
    romanization is known, ``lang`` says so (``ru-Latn``). ``romanized`` maps a scheme name to a
    romanization, ``translations`` maps a language to a translation.
    """

    original: str
    lang: str | None = None
    romanized: dict[str, str] = Field(default_factory=dict)
    translations: dict[str, str] = Field(default_factory=dict)

    def __str__(self) -> str:
        return self.original

    @property
    def base_language(self) -> str | None:
        return self.lang.split("-", 1)[0] if self.lang else None

    @property
    def is_romanization(self) -> bool:
        return bool(self.lang) and self.lang is not None and self.lang.endswith("-Latn")


class NameOrder(StrEnum):
    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


_FAMILY_FIRST_LANGUAGES = frozenset({"ja", "zh", "ko", "vi", "hu"})


class Name(FrozenModel):
    """A person (family/given) or an institution (``literal``).

    Particles and suffixes as CSL names them: ``non_dropping_particle`` stays with the family
    name when it is shown alone (*van* Gogh), ``dropping_particle`` does not (Ludwig *van*
    Beethoven), ``suffix`` follows the name (*Jr.*, *III*).
    """

    family: str | None = None
    given: str | None = None
    patronymic: str | None = None
    literal: str | None = None
    non_dropping_particle: str | None = None
    dropping_particle: str | None = None
    suffix: str | None = None
    original: str | None = None
    lang: str | None = None
    romanized: dict[str, str] = Field(default_factory=dict)
    order: NameOrder | None = None

    @model_validator(mode="after")
    def _has_a_name(self) -> Self:
        if not (self.family or self.literal or self.given):
            raise ValueError("a name needs a family name, a given name or a literal")
        return self

    @property
    def effective_order(self) -> NameOrder:
        if self.order is not None:
            return self.order
        base = self.lang.split("-", 1)[0] if self.lang else None
        if base in _FAMILY_FIRST_LANGUAGES and not (self.lang or "").endswith("-Latn"):
            return NameOrder.FAMILY_FIRST
        return NameOrder.GIVEN_FIRST

    @property
    def is_institution(self) -> bool:
        return self.literal is not None

    def display(self) -> str:
        """``Family, Given``; with particles and suffix ``van Gogh, Vincent`` and
        ``Beethoven, Ludwig van``, ``King, Martin Luther, Jr.``."""
        if self.literal is not None:
            return self.literal
        given = " ".join(
            part for part in (self.given, self.patronymic, self.dropping_particle) if part
        )
        family = " ".join(part for part in (self.non_dropping_particle, self.family) if part)
        if self.effective_order is NameOrder.FAMILY_FIRST:
            parts = [part for part in (family, given, self.suffix) if part]
            separator = "" if all(not part.isascii() for part in parts) else " "
            return separator.join(parts)
        return ", ".join(part for part in (family, given, self.suffix) if part)


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDate(FrozenModel):
    """A date known to the year, the month or the day; ``circa`` for approximate dates."""

    year: int
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    circa: bool = False

    @model_validator(mode="after")
    def _day_needs_month(self) -> Self:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        return self

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        match = _ISO_DATE.match(text.strip())
        if match is None:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, found {text!r}")
        year, month, day = match.groups()
        return cls(
            year=int(year),
            month=int(month) if month else None,
            day=int(day) if day else None,
        )

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


class DateRange(FrozenModel):
    """A date or a span of dates (``1945-1956``); ``end`` is ``None`` for a single date."""

    start: PartialDate
    end: PartialDate | None = None

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> DateRange:
        return cls(start=PartialDate(year=year, month=month, day=day))

    @property
    def year(self) -> int:
        return self.start.year

    def iso(self) -> str:
        return self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"


class Span(FrozenModel):
    """Where in the raw text a field was read: ``text[start:end]``."""

    field: str
    start: int
    end: int


class Provenance(FrozenModel):
    """Where a reference came from: file, line, and the raw text as read."""

    source: str | None = None
    line: int | None = None
    raw: str | None = None
    format: str | None = None


class Identifier(FrozenModel):
    """A typed identifier such as a DOI, ISBN, URL or JACAR reference code."""

    scheme: str
    value: str
