"""Where a document sits inside an archive, one locator type per archival system."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from archivecite.errors import LocatorError
from archivecite.model.common import FrozenModel

__all__ = [
    "JACAR_ARCHIVES",
    "ArchivalLocator",
    "ChineseLocator",
    "Folio",
    "FolioRange",
    "GenericLocator",
    "JapaneseLocator",
    "NaraLocator",
    "RussianLocator",
    "TnaLocator",
    "canonical_number",
    "folios_from_canonical",
    "folios_to_canonical",
]


class Folio(FrozenModel):
    """One folio (лист): ``Folio(number=46, verso=True)`` is "46 об." / "46v"."""

    number: Annotated[int, Field(ge=0)]
    verso: bool = False
    suffix: str = ""

    def __str__(self) -> str:
        return f"{self.number}{self.suffix}{'v' if self.verso else ''}"

    def sort_key(self) -> tuple[int, str, bool]:
        return (self.number, self.suffix, self.verso)


class FolioRange(FrozenModel):
    """A folio or a range of folios; ``end`` is ``None`` for a single folio."""

    start: Folio
    end: Folio | None = None

    @model_validator(mode="before")
    @classmethod
    def _single_folio_has_no_end(cls, data: Any) -> Any:
        if (
            isinstance(data, dict)
            and data.get("end") is not None
            and data.get("end") == data.get("start")
        ):
            return {**data, "end": None}
        return data

    @property
    def is_reversed(self) -> bool:
        return self.end is not None and self.end.sort_key() < self.start.sort_key()

    def __str__(self) -> str:
        return str(self.start) if self.end is None else f"{self.start}-{self.end}"


_CANONICAL_FOLIO = re.compile(r"^(\d+)([^\dv\s-]*)(v?)$")


def _folio_from_canonical(text: str) -> Folio:
    match = _CANONICAL_FOLIO.match(text.strip())
    if match is None:
        raise LocatorError("folio", text, expected="a number, a letter suffix and 'v' for verso")
    number, suffix, verso = match.groups()
    return Folio(number=int(number), suffix=suffix, verso=bool(verso))


def folios_from_canonical(text: str) -> tuple[FolioRange, ...]:
    """Read the canonical folio notation: ``"9-12v"``, ``"46v-47"``, ``"1, 3-5"``."""
    ranges = []
    for part in text.split(","):
        if not part.strip():
            continue
        start, _, end = part.strip().partition("-")
        ranges.append(
            FolioRange(
                start=_folio_from_canonical(start),
                end=_folio_from_canonical(end) if end else None,
            )
        )
    return tuple(ranges)


def folios_to_canonical(folios: tuple[FolioRange, ...]) -> str:
    return ", ".join(str(folio_range) for folio_range in folios)


_DASH_RUN = re.compile(r"\s*[\-‐‑‒–—―−]\s*")
_LIST_WORD = re.compile(r"\s*(?:,|\bи\b|\band\b|&)\s*")
_PREFIXED = re.compile(r"^([A-Za-zА-Яа-яЁё]{1,2})-?\s?(\d.*)$")
_PREFIX_TO_LATIN = str.maketrans("РПАМКНрпамкн", "RPAMKHRPAMKH")


def canonical_number(text: str) -> str:
    """An archival number in canonical form: ASCII dashes without spaces, list items joined by
    ", ", and a fond-style prefix in Latin capitals with a dash (``Р 9401`` → ``R-9401``)."""
    items = []
    for written in _LIST_WORD.split(text.strip()):
        if not written:
            continue
        item = _DASH_RUN.sub("-", written)
        prefixed = _PREFIXED.match(item)
        if prefixed is not None and prefixed.group(1).upper() in _PREFIXES:
            item = f"{prefixed.group(1).translate(_PREFIX_TO_LATIN).upper()}-{prefixed.group(2)}"
        items.append(item)
    return ", ".join(items)


_PREFIXES = frozenset("RPAMKHРПАМКН")


class RussianLocator(FrozenModel):
    """Russian and Soviet archives: fond / opis / delo / list, with the rarer extra levels.

    Numbers are strings because real ones carry letters, slashes and prefixes (``R-9401``,
    ``641/1``, ``19-а``); ``fond`` keeps its prefix in Latin letters once normalized.
    """

    system: Literal["russian"] = "russian"
    fond: str | None = None
    subfond: str | None = None
    opis: str | None = None
    razdel: str | None = None
    delo: str | None = None
    tom: str | None = None
    chast: str | None = None
    kartochka: str | None = None
    sviazka: str | None = None
    korobka: str | None = None
    papka: str | None = None
    year: str | None = None
    folios: tuple[FolioRange, ...] = ()

    @property
    def fond_prefix(self) -> str:
        if self.fond is None:
            return ""
        prefix, dash, _ = self.fond.partition("-")
        return prefix if dash and prefix.isalpha() else ""

    @property
    def folios_text(self) -> str:
        return folios_to_canonical(self.folios)


JACAR_ARCHIVES: dict[str, str] = {"A": "naj", "B": "mofa-da", "C": "nids"}
_JACAR_CODE = re.compile(r"^[A-Z]\d{11}$")


class JapaneseLocator(FrozenModel):
    """Japanese archives: a JACAR reference code and/or the holding archive's own numbers."""

    system: Literal["japanese"] = "japanese"
    reference_code: str | None = None
    call_number: str | None = None
    volume_title: str | None = None
    item_title: str | None = None
    pages: str | None = None

    @field_validator("reference_code")
    @classmethod
    def _valid_jacar_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().upper()
        if not _JACAR_CODE.match(code):
            raise LocatorError("reference_code", value, expected="one capital letter and 11 digits")
        return code

    @property
    def holding_archive(self) -> str | None:
        """The registry id of the archive that holds the original, named by the code's letter."""
        if self.reference_code is None:
            return None
        return JACAR_ARCHIVES.get(self.reference_code[0])


class ChineseLocator(FrozenModel):
    """Chinese archives: 全宗 / 目录 / 案卷 / 件, or a file number such as ``105-00011-01``."""

    system: Literal["chinese"] = "chinese"
    quanzong: str | None = None
    mulu: str | None = None
    anjuan: str | None = None
    jian: str | None = None
    file_number: str | None = None
    pages: str | None = None


class NaraLocator(FrozenModel):
    """US National Archives: record group, entry, series (and lot), box, folder, file."""

    system: Literal["nara"] = "nara"
    record_group: str | None = None
    entry: str | None = None
    series: str | None = None
    lot: str | None = None
    stack_area: str | None = None
    box: str | None = None
    folder: str | None = None
    file: str | None = None
    year: str | None = None
    pages: str | None = None


class TnaLocator(FrozenModel):
    """The National Archives (UK): ``FO 371/46234`` is department FO, series 371, piece 46234."""

    system: Literal["tna"] = "tna"
    department: str | None = None
    series: str | None = None
    piece: str | None = None
    item: str | None = None
    folios: tuple[FolioRange, ...] = ()

    @property
    def reference(self) -> str | None:
        if self.department is None:
            return None
        text = self.department
        if self.series:
            text += f" {self.series}"
            if self.piece:
                text += f"/{self.piece}"
                if self.item:
                    text += f"/{self.item}"
        return text


class GenericLocator(FrozenModel):
    """Any other archive: collection, series, box, folder, item, call number as the author gave
    them."""

    system: Literal["generic"] = "generic"
    collection: str | None = None
    series: str | None = None
    call_number: str | None = None
    box: str | None = None
    folder: str | None = None
    item: str | None = None
    pages: str | None = None


ArchivalLocator = Annotated[
    RussianLocator | JapaneseLocator | ChineseLocator | NaraLocator | TnaLocator | GenericLocator,
    Field(discriminator="system"),
]
