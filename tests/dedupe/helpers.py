"""Build references from the flat tables of tests/data/dedupe."""

from __future__ import annotations

from typing import Any

from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    ArticleReference,
    BookReference,
    CollectionReference,
    DateRange,
    Name,
    Provenance,
    RussianLocator,
    Text,
    folios_from_canonical,
)
from archivecite.model.reference import ReferenceKind

_KINDS: dict[str, Any] = {
    "book": BookReference,
    "article": ArticleReference,
    "collection": CollectionReference,
}


def build(side: dict[str, Any], line: int = 0) -> ReferenceKind:
    provenance = Provenance(source=side.get("source"), line=line)
    title = Text(original=side["title"], lang=side.get("lang")) if side.get("title") else None
    date = DateRange.of(side["year"]) if side.get("year") else None
    if side["kind"] == "archival":
        locator = RussianLocator(
            fond=side.get("fond"),
            opis=side.get("opis"),
            delo=side.get("delo"),
            folios=folios_from_canonical(side["folios"]) if side.get("folios") else (),
        )
        return ArchivalReference(
            archive=ArchiveRef(id=side.get("archive")),
            locator=locator,
            title=title,
            date=date,
            provenance=provenance,
        )
    authors = tuple(Name(family=family) for family in side.get("authors", ()))
    return _KINDS[side["kind"]](title=title, authors=authors, date=date, provenance=provenance)
