"""Build references from the flat tables of tests/data/dedupe."""

from __future__ import annotations

from typing import Any

from archivecite import Parsed, parse_citations
from archivecite.dedupe import PairDecision, find_duplicates, record_keys, score_pair
from archivecite.dedupe.glosses import glossed_titles
from archivecite.model import (
    ArchivalReference,
    ArchiveRef,
    ArticleReference,
    BookReference,
    CollectionReference,
    DateRange,
    Identifier,
    Name,
    Provenance,
    RussianLocator,
    Text,
    folios_from_canonical,
)
from archivecite.model.reference import ReferenceKind

Side = str | dict[str, Any]  # a citation as printed, or a flat table's fields

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


def benchmark_article(
    title: str,
    people: str = "",
    venue: str = "",
    year: int | None = None,
    *,
    place: tuple[str, str, str] = ("", "", ""),
    doi: str = "",
) -> ArticleReference:
    """An article record as the public benchmarks give it: ``people`` as "family given; family
    given", ``place`` as (volume, issue, pages); an empty field is absent."""
    names = []
    for person in filter(None, (part.strip() for part in people.split(";"))):
        family, _, given = person.partition(" ")
        names.append(Name(family=family, given=given or None))
    volume, issue, pages = place
    return ArticleReference(
        title=Text(original=title),
        authors=tuple(names),
        date=DateRange.of(year) if year else None,
        container_title=Text(original=venue) if venue else None,
        volume=volume or None,
        issue=issue or None,
        pages=pages or None,
        identifiers=(Identifier(scheme="doi", value=doi),) if doi else (),
    )


def book_side(title: str, lang: str, author: str, year: int | None) -> dict[str, Any]:
    """A flat book side for :func:`build`: one author's family name, the year if known."""
    side: dict[str, Any] = {"kind": "book", "title": title, "lang": lang, "authors": [author]}
    if year is not None:
        side["year"] = year
    return side


def parsed(text: str) -> ReferenceKind:
    """The one reference a citation ``text`` is read as (the test fails on anything else)."""
    (result,) = parse_citations([text])
    assert isinstance(result, Parsed), text
    (reference,) = result.references
    return reference


def reference_of(side: Side) -> ReferenceKind:
    """A side given as printed text (parsed) or as a flat table's fields (built)."""
    return build(side) if isinstance(side, dict) else parsed(side)


def glossed_translation(
    english: dict[str, Any], original: dict[str, Any], matched: tuple[str, ...]
) -> PairDecision:
    """Check that a translation's title glosses the original's word for word (the English words
    ``matched``), that the pair is joined with a translation among its reasons, and that it is
    another document; the pair's decision, for the caller's own checks."""
    a, b = record_keys(0, build(english)), record_keys(1, build(original))
    glossed = glossed_titles(a, b)
    assert glossed is not None
    assert glossed.matched == matched
    decision = score_pair(a, b)
    assert any(reason.field == "translation" for reason in decision.reasons)
    references = [build(english), build(original)]
    assert [cluster.members for cluster in find_duplicates(references)] == [(0, 1)]
    # a translation is another document: a printing of its own
    assert find_duplicates(references, level="document") == []
    return decision
