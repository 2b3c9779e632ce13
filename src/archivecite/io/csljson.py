"""CSL-JSON as Zotero, Better CSL JSON and pandoc write it: the one module that knows CSL
variable names.

:func:`to_csl` and :func:`from_csl` convert one item; the CSL formatter uses them too. Archival
variables: ``archive``, ``archive_location`` (the locator as text), ``archive-place``
(also read as ``archive_place``), ``archive_collection``; ``genre`` carries the document type,
``number`` the document number, ``original-title`` the original script of a romanized title,
and Juris-M's ``multi`` (``{"_keys": {"title": {"en": ...}}}``) the English translation.
``keyword`` holds the keywords as one comma-separated string; names may carry
``non-dropping-particle``, ``dropping-particle`` and ``suffix``.

Key convention in ``Reference.extra``: ``"csl:<variable>"`` holds a variable with no place in
the model (any JSON value, as read); ``"csl:@type"``, ``"csl:@order"`` and ``"csl:@verbatim"``
remember the item type, key order and values written differently from the writer's rendering
(date parts as strings, for instance), so that writing CSL-JSON again restores the item.

Extras of archivecite's own (keys without a format's prefix, :mod:`archivecite.io.extras`) go
in CSL-JSON 1.0.2's ``custom`` object, under ``"archivecite"``: ``"custom": {"archivecite":
{"locator": "144"}}``. The rest of a ``custom`` object read from a file stays in
``"csl:custom"`` and is written back beside them.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from pydantic import JsonValue

from archivecite.io import extras
from archivecite.io.bibtex_fields import parse_date
from archivecite.io.concepts import (
    NAME_CONCEPTS,
    Value,
    concept_path,
    flatten,
    keywords_text,
    split_keywords,
)
from archivecite.io.keep import foreign_losses, restore
from archivecite.io.reading import Fields
from archivecite.io.report import Dropped, ReadFailure, ReadResult, WriteResult
from archivecite.model import DateRange, Name, PartialDate, Provenance, ReferenceKind
from archivecite.registry import default_registry

__all__ = ["from_csl", "read_csljson", "registry_place", "to_csl", "write_csljson"]

FORMAT = "csljson"
PREFIX = "csl:"
DEFAULT_TYPES = {
    "archival": "manuscript", "book": "book", "article": "article-journal",
    "chapter": "chapter", "collection": "book", "thesis": "thesis", "webpage": "webpage",
    "legal": "legislation", "newspaper": "article-newspaper",
}  # fmt: skip
_KIND_OF_TYPE = {
    **{csl_type: kind for kind, csl_type in DEFAULT_TYPES.items() if kind != "collection"},
    "document": "archival", "letter": "archival", "interview": "archival",
    "article": "article", "article-magazine": "article", "paper-conference": "chapter",
    "entry-encyclopedia": "chapter", "entry-dictionary": "chapter", "post-weblog": "webpage",
    "post": "webpage", "treaty": "legal", "bill": "legal", "regulation": "legal",
}  # fmt: skip
VARIABLES = {
    "title": "title", "origtitle": "original-title", "authors": "author", "editors": "editor",
    "translators": "translator", "container_authors": "container-author",
    "recipients": "recipient", "container_title": "container-title", "volume": "volume",
    "issue": "issue", "pages": "page", "publisher": "publisher", "place": "publisher-place",
    "edition": "edition", "series": "collection-title", "number_of_volumes": "number-of-volumes",
    "degree": "genre", "document_type": "genre", "document_number": "number",
    "archive": "archive", "locator_text": "archive_location", "archive_place": "archive-place",
    "legend": "medium",
    "collection_title": "archive_collection", "url": "URL", "language": "language",
    "note": "note", "date": "issued", "accessed": "accessed", "doi": "DOI", "isbn": "ISBN",
    "issn": "ISSN", "abstract": "abstract", "keywords": "keyword",
}  # fmt: skip
_PERIODICAL_KINDS = frozenset({"article", "newspaper", "archival"})
_CUSTOM = "custom"
_ALIASES = {"archive_place": "archive-place", "archive-location": "archive_location"}
_CONCEPT_OF = {variable: concept for concept, variable in VARIABLES.items()}
# Name parts: the model's attribute for each CSL key.
_NAME_PARTS = {
    "family": "family", "given": "given", "literal": "literal",
    "non-dropping-particle": "non_dropping_particle", "dropping-particle": "dropping_particle",
    "suffix": "suffix",
}  # fmt: skip


def _date_json(date: DateRange) -> dict[str, JsonValue]:
    parts: list[JsonValue] = []
    for point in (date.start, date.end):
        if point is not None:
            parts.append([p for p in (point.year, point.month, point.day) if p is not None])
    out: dict[str, JsonValue] = {"date-parts": parts}
    if date.start.circa:
        out["circa"] = True
    return out


def _date(value: Any) -> DateRange | None:
    if not isinstance(value, dict) or not set(value) <= {"date-parts", "circa"}:
        return None
    try:
        points = [
            PartialDate(year=int(p[0]), month=_opt(p, 1), day=_opt(p, 2))
            for p in value["date-parts"]
        ]
        start = points[0].model_copy(update={"circa": bool(value.get("circa"))})
        return DateRange(start=start, end=points[1] if len(points) == 2 else None)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _opt(parts: list[Any], index: int) -> int | None:
    return int(parts[index]) if len(parts) > index and parts[index] not in ("", None) else None


def _multi_english(value: JsonValue) -> str | None:
    """The English title in Juris-M's ``multi``, when that is all the ``multi`` holds."""
    if not isinstance(value, dict) or value.keys() != {"_keys"}:
        return None
    keys = value["_keys"]
    titles = keys.get("title") if isinstance(keys, dict) and keys.keys() == {"title"} else None
    if isinstance(titles, dict) and titles.keys() == {"en"} and isinstance(titles["en"], str):
        return titles["en"]
    return None


def _names(value: Any) -> tuple[Name, ...] | None:
    if not isinstance(value, list) or not value:
        return None
    names = []
    for item in value:
        if not isinstance(item, dict) or not set(item) <= _NAME_PARTS.keys():
            return None  # parse-names, multi, ...: kept whole in extra rather than half-read
        if not all(isinstance(part, str) for part in item.values()):
            return None
        names.append(Name(**{_NAME_PARTS[key]: part for key, part in item.items()}))
    return tuple(names)


def _name_json(name: Name) -> dict[str, JsonValue]:
    if name.literal is not None:
        return {"literal": name.literal}
    return {key: value for key, part in _NAME_PARTS.items() if (value := getattr(name, part))}


def _value_json(value: Value) -> JsonValue:
    if isinstance(value, DateRange):
        return _date_json(value)
    if isinstance(value, tuple):
        return [_name_json(name) for name in value if isinstance(name, Name)]
    return value


def _render(reference: ReferenceKind) -> tuple[dict[str, JsonValue], list[tuple[str, str]]]:
    concepts, losses = flatten(reference)
    item: dict[str, JsonValue] = {"id": reference.id} if reference.id is not None else {}
    item["type"] = DEFAULT_TYPES[reference.kind]
    if reference.kind == "collection":
        losses.append(("kind", "CSL has no type for a published collection; written as book"))
    for concept, value in concepts.items():
        if concept == "title_en" and isinstance(value, str):
            item["multi"] = {"_keys": {"title": {"en": value}}}
        elif concept == "origlanguage":
            losses.append(("title.lang", "CSL has no variable for the original's language"))
        elif concept == "keywords" and isinstance(value, tuple):
            text, lost = keywords_text(tuple(map(str, value)))
            if text is not None:
                item[VARIABLES[concept]] = text
            losses.extend(lost)
        elif concept in VARIABLES and VARIABLES[concept] not in item:
            item[VARIABLES[concept]] = _value_json(value)
            if isinstance(value, DateRange) and value.end is not None and value.end.circa:
                losses.append((concept, "CSL marks a whole date approximate, not its end"))
        else:
            losses.append((concept_path(concept), "CSL has no variable for it"))
    if reference.kind not in _PERIODICAL_KINDS and "issue" in item:
        # a book's number is its number in a series, or a report's own (BibTeX "number")
        number = item.pop("issue")
        item["collection-number" if "collection-title" in item else "number"] = number
    for key, kept in reference.extra.items():
        if key.startswith(PREFIX) and not key.startswith(PREFIX + "@"):
            item.setdefault(key.removeprefix(PREFIX), kept)
    carried = _bibtex_variables(reference.extra, item)
    losses.extend(
        loss
        for loss in foreign_losses(PREFIX, reference.extra, "CSL-JSON")
        if loss[0].removeprefix("extra.") not in carried
    )
    return item, losses


def _custom(extra: Mapping[str, JsonValue]) -> tuple[JsonValue | None, list[tuple[str, str]]]:
    """The ``custom`` object to write: the file's own, with archivecite's extras under
    ``"archivecite"`` (None when there is neither), and what it cannot hold."""
    own, losses = extras.carried(extra)
    kept = extra.get(PREFIX + _CUSTOM)
    if not own:
        if isinstance(kept, dict) and isinstance(kept.get(extras.NAME), dict):
            path = f"extra.{PREFIX}{_CUSTOM}.{extras.NAME}"
            losses.append((path, "it would read back as archivecite's extras"))
        return kept, losses
    if kept is None:
        return {extras.NAME: own}, losses
    if isinstance(kept, dict) and extras.NAME not in kept:
        return {**kept, extras.NAME: own}, losses
    reason = "the item's own custom value leaves no place for archivecite's extras"
    return kept, losses + [(f"extra.{key}", reason) for key in own]


def _bibtex_variables(extra: Mapping[str, JsonValue], item: dict[str, JsonValue]) -> set[str]:
    """Fill ``item`` from BibLaTeX fields kept in ``extra`` that name a CSL variable
    (``origdate``: ``original-date``; ``subtitle`` joined to the title); the keys used."""
    tables = _csl_types()
    carried = set()
    for field, variable in tables["bibtex_variables"].items():
        value = extra.get(f"bibtex:{field}")
        if not isinstance(value, str) or not value.strip() or variable in item:
            continue
        if variable in ("original-date", "event-date", "accessed"):
            date = parse_date(value)
            if date is None:
                continue
            item[variable] = _date_json(date)
        else:
            item[variable] = value.strip()
        carried.add(f"bibtex:{field}")
    for field, variable in tables["bibtex_subtitles"].items():
        value, main = extra.get(f"bibtex:{field}"), item.get(variable)
        if isinstance(value, str) and value.strip() and isinstance(main, str):
            item[variable] = f"{main}: {value.strip()}"
            carried.add(f"bibtex:{field}")
    return carried


def to_csl(reference: ReferenceKind) -> dict[str, JsonValue]:
    """A CSL-JSON item: what the model holds in CSL variables, then the item's own unknown
    variables, in the order and form the item was read in (when it was read from CSL-JSON).
    An archive the registry knows gets its city as ``archive-place`` unless one is given."""
    item, _ = _item(reference)
    return item


def _item(reference: ReferenceKind) -> tuple[dict[str, JsonValue], list[tuple[str, str]]]:
    """The item :func:`to_csl` gives, and what it could not hold."""
    item, losses = _render(reference)
    carrying, losses = extras.with_lost(reference, losses)
    item_type, item = restore(PREFIX, reference.extra, item, str(item["type"]))
    item["type"] = (
        item_type
        if PREFIX + "@type" in reference.extra
        else _foreign_type(reference.extra, item_type)
    )
    if "archive-place" not in item and (place := registry_place(reference)) is not None:
        item["archive-place"] = place
    custom, lost = _custom(carrying)
    if custom is not None:
        item[_CUSTOM] = custom
    return item, losses + lost


@cache
def _csl_types() -> dict[str, dict[str, str]]:
    """``csl_types.toml``: CSL types and variables for other formats' record types and fields."""
    data = resources.files("archivecite.io") / "data" / "csl_types.toml"
    return tomllib.loads(data.read_text(encoding="utf-8"))


def _foreign_type(extra: Mapping[str, JsonValue], default: str) -> str:
    """The CSL type of the record type another format gave (BibTeX ``@inproceedings``: a
    ``paper-conference``; RIS ``RPRT``: a ``report``), else ``default``."""
    for format_name in ("bibtex", "ris"):
        types = _csl_types()[format_name]
        written = extra.get(f"{format_name}:@type")
        if isinstance(written, str):
            key = written.lower() if format_name == "bibtex" else written.upper()
            if key in types:
                return types[key]
    return default


def registry_place(reference: ReferenceKind) -> str | None:
    """The city of the reference's archive in the registry -- in the language its name is
    written in when that is not a romanization (``ГА РФ``: Москва; ``GA RF``: Moscow), else in
    English -- or None for an archive the registry does not know."""
    archive = getattr(reference, "archive", None)
    if archive is None or archive.id is None or archive.id not in default_registry():
        return None
    known = default_registry().get(archive.id)
    lang = archive.name.lang if archive.name is not None else None
    if lang is None and archive.name is not None:
        groups = [known.abbreviations, known.names]
        groups += [group for old in known.predecessors for group in (old.abbreviations, old.names)]
        written = archive.name.original
        found = (key for group in groups for key, names in group.items() if written in names)
        lang = next(found, None)
    native = known.city.get(lang) if lang and not lang.endswith("-Latn") else None
    return native or known.place("en")


def from_csl(
    item: Mapping[str, JsonValue], *, source: str | None = None, line: int | None = None
) -> ReferenceKind:
    """One CSL-JSON item as a reference; variables with no place in the model go to extra."""
    item_type = str(item.get("type", "book"))
    kind = _KIND_OF_TYPE.get(item_type, "book")
    item, own = _own_extras(item)
    fields = Fields(PREFIX, extra=own)
    for key, value in item.items():
        if key in ("id", "type"):
            continue
        concept = _CONCEPT_OF.get(_ALIASES.get(key, key))
        if kind not in _PERIODICAL_KINDS and key in ("number", "collection-number"):
            concept = "issue"  # the model's number of a book in its series, or of a report
        if concept == "document_type" and kind != "archival":
            concept = "degree"  # CSL's genre: a document's type, or a thesis's degree
        parsed: Value | None = None
        if key == "multi" and (english := _multi_english(value)) is not None:
            parsed, concept = english, "title_en"
        elif concept in NAME_CONCEPTS:
            parsed = _names(value)
        elif concept in ("date", "accessed"):
            parsed = _date(value)
        elif concept == "keywords" and isinstance(value, str):
            parsed = split_keywords(value)
        elif concept is not None and isinstance(value, str) and value:
            parsed = value
        fields.take(key, concept, parsed, value)
    identifier = item.get("id")
    return fields.reference(
        kind,
        identifier=str(identifier) if identifier is not None else None,
        written=item,
        record_type=item_type,
        default_type=DEFAULT_TYPES[kind],
        render=lambda reference: _render(reference)[0],
        provenance=Provenance(source=source, line=line, format=FORMAT),
    )


def _own_extras(
    item: Mapping[str, JsonValue],
) -> tuple[Mapping[str, JsonValue], dict[str, JsonValue]]:
    """The item without archivecite's extras (``custom`` without ``"archivecite"``, or
    without ``custom`` when that was all it held), and the extras."""
    custom = item.get(_CUSTOM)
    if not isinstance(custom, dict) or not isinstance(own := custom.get(extras.NAME), dict):
        return item, {}
    rest = {key: value for key, value in custom.items() if key != extras.NAME}
    return {
        key: rest if key == _CUSTOM else value
        for key, value in item.items()
        if key != _CUSTOM or rest
    }, dict(own)


def _items(text: str, source: str) -> tuple[list[tuple[int, Any]], list[ReadFailure]]:
    """Items with their lines. A broken item, or a missing comma between items, is reported
    and reading goes on with the next item that starts a line."""
    decoder = json.JSONDecoder()
    items: list[tuple[int, Any]] = []
    failures: list[ReadFailure] = []
    lines = _LineCounter(text)
    position = len(text) - len(text.lstrip())
    if not text.startswith("[", position):
        reason = "expected a JSON array of CSL items"
        return [], [ReadFailure(source, lines.at(position), reason, text[:80], FORMAT)]
    position += 1
    needs_comma = False
    while True:
        start = position
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if position < len(text) and text[position] == ",":
            needs_comma, position = False, position + 1
            continue
        if position >= len(text) or text[position] == "]":
            return items, failures
        if needs_comma:
            reason = "expected ',' between items; the next item is read anyway"
            failures.append(
                ReadFailure(source, lines.at(position), reason, text[start : position + 40], FORMAT)
            )
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            resume = text.find("\n" + _indent(text, position) + "{", error.pos)
            raw = text[position : error.pos + 20]
            failures.append(ReadFailure(source, lines.at(error.pos), error.msg, raw, FORMAT))
            if resume < 0:
                return items, failures
            position, needs_comma = resume + 1, False
            continue
        items.append((lines.at(position), value))
        position, needs_comma = end, True


class _LineCounter:
    """Line numbers of increasing offsets, counted once (a file's items come in order)."""

    def __init__(self, text: str) -> None:
        self._text, self._offset, self._line = text, 0, 1

    def at(self, offset: int) -> int:
        if offset < self._offset:
            return self._text.count("\n", 0, offset) + 1
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line


def _indent(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    return text[start:position]


def read_csljson(text: str, *, source: str = "<input>") -> ReadResult:
    """A CSL-JSON array (Zotero, Better CSL JSON, pandoc) as references and failures."""
    found, failures = _items(text.removeprefix("\ufeff"), source)
    references: list[ReferenceKind] = []
    for line, item in found:
        if not isinstance(item, dict):
            failures.append(
                ReadFailure(source, line, "a CSL item must be an object", str(item)[:80], FORMAT)
            )
            continue
        try:
            references.append(from_csl(item, source=source, line=line))
        except ValueError as error:
            failures.append(ReadFailure(source, line, str(error), json.dumps(item)[:200], FORMAT))
    failures.sort(key=lambda failure: failure.line)
    return ReadResult(tuple(references), tuple(failures), FORMAT)


def write_csljson(references: Sequence[ReferenceKind]) -> WriteResult:
    items = []
    dropped: list[Dropped] = []
    for index, reference in enumerate(references):
        item, losses = _item(reference)
        dropped.extend(Dropped(index, reference.id, path, reason) for path, reason in losses)
        items.append(item)
    return WriteResult(
        json.dumps(items, ensure_ascii=False, indent=2) + "\n", tuple(dropped), FORMAT
    )
