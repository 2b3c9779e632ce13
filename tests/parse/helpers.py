"""What the parser tests share: a citation read into one reference of a given kind, the fields
of a reference as the real-reference tables state them, and a table row checked against what
the published-works reader reads."""

from __future__ import annotations

from typing import Any, TypeVar

from archivecite import Parsed, archival_fields, parse_citation
from archivecite.model import Name, Reference, Text
from archivecite.model.base import ReferenceBase
from archivecite.parse.published import parse_published

KindT = TypeVar("KindT", bound=ReferenceBase)


def parsed_as(text: str, kind: type[KindT]) -> KindT:
    """The first reference ``parse_citation`` reads in ``text``, checked to be a ``kind``."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert isinstance(reference, kind), reference
    return reference


def archival_file(text: str) -> dict[str, str]:
    """The archive and locator of the one reference ``parse_citation`` must read in ``text``."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    (reference,) = result.references
    return archival_fields(reference)


def single_reference(text: str) -> Reference | None:
    """The one reference ``parse_citation`` reads in ``text``; ``None`` when it reads none or
    several."""
    result = parse_citation(text)
    if not isinstance(result, Parsed) or len(result.references) != 1:
        return None
    return result.references[0]


def _name(name: Name) -> str:
    if name.literal is not None:
        return name.literal
    return ", ".join(part for part in (name.family, name.given, name.suffix) if part)


def _text(value: Text | None) -> str | None:
    return None if value is None else value.original


def reference_fields(ref: Reference) -> dict[str, Any]:
    """The fields a table of real references states, by the names its ``expected`` uses."""
    title = getattr(ref, "title", None)
    container = getattr(ref, "container_title", None)
    return {
        "kind": ref.kind,
        "authors": [_name(name) for name in ref.authors],
        "authors_original": [name.original for name in ref.authors],
        "editors": [_name(name) for name in ref.editors],
        "translators": [_name(name) for name in getattr(ref, "translators", ())],
        "container_authors": [_name(n) for n in getattr(ref, "container_authors", ())],
        "title": _text(title),
        "title_lang": title.lang if title else None,
        "title_translation": title.translations.get("en") if title else None,
        "date": ref.date.iso() if ref.date else None,
        "year": str(ref.date.year) if ref.date else None,
        "container_title": _text(container),
        "container_lang": container.lang if container else None,
        "container_translation": container.translations.get("en") if container else None,
        "volume": getattr(ref, "volume", None),
        "issue": getattr(ref, "issue", None),
        "pages": getattr(ref, "pages", None),
        "publisher": _text(getattr(ref, "publisher", None)),
        "place": _text(getattr(ref, "place", None)),
        "language": ref.language,
        "url": ref.url,
        "accessed": ref.accessed.iso() if ref.accessed else None,
        "degree": getattr(ref, "degree", None),
        "doi": ref.identifier("doi"),
        "isbn": ref.identifier("isbn"),
        "patent": ref.identifier("patent"),
        "edition": getattr(ref, "edition", None),
        "number_of_volumes": getattr(ref, "number_of_volumes", None),
        "locator": ref.extra.get("locator"),
        "medium": ref.extra.get("medium"),
        "document_date": ref.extra.get("document_date"),
        "document": ref.extra.get("document"),
        "cited_note": ref.extra.get("cited_note"),
    }


def published_fields(text: str) -> dict[str, Any]:
    """The fields ``parse_published`` reads from ``text``, which it must read."""
    parsed = parse_published(text)
    assert parsed is not None, text
    return reference_fields(parsed.reference)


def check_published(text: str, expected: dict[str, Any]) -> None:
    """``expected``'s fields as ``parse_published`` reads them from ``text``."""
    fields = published_fields(text)
    assert {key: fields[key] for key in expected} == expected


_EXTRA_FIELDS = ("book", "credit", "price", "extent")


def citation_fields(text: str, names: tuple[str, ...]) -> dict[str, Any]:
    """The fields ``names`` of the one reference ``parse_citation`` reads from ``text``, which
    it must read: those of :func:`reference_fields`, the extras a table may name (the book of
    a volume, a credit line, a price, the extent) and the series as printed."""
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.references[0]
    fields = {**reference_fields(reference), **{k: reference.extra.get(k) for k in _EXTRA_FIELDS}}
    series = getattr(reference, "series", None)
    fields["series"] = None if series is None else series.original
    return {name: fields[name] for name in names}
