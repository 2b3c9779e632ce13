"""RIS files, with the tag table kept as data (``io/data/ris.toml``).

rispy (0.10, on PyPI) was considered: it returns records as dicts of renamed keys, so tag
order, line numbers and text between records are gone, and a record without ``ER`` is merged
silently; reporting each malformed record with its line needs our own small reader.

Reading: ``TY`` starts a record and ``ER`` ends it (with or without the space after the
dash); an untagged line continues the previous value (EndNote writes multi-line values so).
Names are ``Family, Given, Suffix``; a trailing comma, as catalogues write MARC names
(``Rowley, Chris,``), ends the given name. ``KW`` is repeated, one keyword a line; several
ISBNs in one ``SN`` (WorldCat: ``0201362996  9780201362992``) are several identifiers.
Archive data as exporters write it for manuscripts: archive in ``PB``, location in the
archive in ``AV`` (``AN``, ``CN`` read too), the archive's city in ``CY``, document number in
``M1``, type in ``M3``.

Key convention in ``Reference.extra``: ``"ris:<TAG>"`` holds a tag with no place in the model
(a string, or a list when repeated); ``"ris:@type"``, ``"ris:@order"``, ``"ris:@verbatim"``
remember the type, tag order and values written differently from the writer's rendering;
``"ris:@before"`` keeps lines between records (``1.`` numbering, say).

Extras of archivecite's own (keys without a format's prefix, :mod:`archivecite.io.extras`) are
written as JSON on one notes line before ``ER``, ``N1  - archivecite: {"locator": "144"}``:
every RIS reader knows ``N1`` (Zotero makes it a note; a tag it does not know would become a
note "The following values have no corresponding Zotero field"). The reader takes such a line
back into ``extra`` and reads every other ``N1`` as before.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from pydantic import JsonValue

from archivecite.io import extras
from archivecite.io.concepts import (
    NAME_CONCEPTS,
    Value,
    concept_path,
    flatten,
    is_particle,
    kind_has,
    split_particles,
)
from archivecite.io.keep import foreign_losses, restore
from archivecite.io.reading import Fields
from archivecite.io.report import Dropped, ReadFailure, ReadResult, WriteResult
from archivecite.model import DateRange, Name, PartialDate, Provenance, ReferenceKind

__all__ = ["read_ris", "write_ris"]

FORMAT = "ris"
PREFIX = "ris:"
_LINE_PATTERN = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?$")
_DATE_PATTERN = re.compile(r"^(?P<y>\d{4})(?:/(?P<m>\d{1,2})?(?:/(?P<d>\d{1,2})?(?:/.*)?)?)?$")
_ISBN_KINDS = frozenset({"book", "chapter", "collection", "thesis"})
Record = dict[str, JsonValue]
_PARTICLES = ("non_dropping_particle", "dropping_particle")
_NAME_PARTS = ("family", "given", *_PARTICLES, "suffix", "literal")
_EXTRAS_TAG = "N1"
_EXTRAS_PREFIX = f"{extras.NAME}: "


@cache
def _table() -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]]:
    data = tomllib.loads(
        (resources.files("archivecite.io") / "data" / "ris.toml").read_text("utf-8")
    )
    tags = data["tags"]
    by_kind = {
        kind: {**{k: v for k, v in tags.items() if isinstance(v, list)}, **tags.get(kind, {})}
        for kind in data["types"]
    }
    return data["types"], by_kind


def _tags(kind: str) -> dict[str, list[str]]:
    tags = dict(_table()[1][kind])
    tags["isbn" if kind in _ISBN_KINDS else "issn"] = ["SN"]
    return tags


def _kind_of(record_type: str) -> str:
    return next((kind for kind, types in _table()[0].items() if record_type in types), "book")


def _date(text: str) -> DateRange | None:
    match = _DATE_PATTERN.match(text.strip())
    if match is None:
        return None
    try:
        month = int(match["m"]) if match["m"] else None
        day = int(match["d"]) if match["d"] and month else None
        return DateRange(start=PartialDate(year=int(match["y"]), month=month, day=day))
    except ValueError:
        return None


def _holds(text: str) -> bool:
    """Whether a value reads back as written: RIS strips line ends, and a continuation line
    that looks like a tag would start a new field."""
    if text and " " not in text and text.isprintable():
        return True  # one word, no other white space: the common case, spared the checks
    lines = text.split("\n")
    if text.splitlines() != lines:  # \r, \x0c, \u2028 ... also end lines when reading
        return False
    return (
        bool(text.strip())
        and all(
            line == line.rstrip() and "\r" not in line and not _LINE_PATTERN.match(line)
            for line in lines
        )
        and text == text.lstrip(" ")
    )


def _date_text(date: DateRange) -> str:
    start = date.start
    text = f"{start.year:04d}"
    if start.month is not None:
        text += f"/{start.month:02d}" + (f"/{start.day:02d}" if start.day is not None else "")
    return text


def _name(text: str) -> Name:
    """``Family, Given, Suffix``; lower-case words leading the family name or ending the given
    name are particles (``van Gogh, Vincent``; ``Beethoven, Ludwig van``)."""
    family, comma, rest = text.partition(",")
    given, _, suffix = rest.partition(",")
    if not comma or not (family.strip() or given.strip()):  # "," alone names no person
        return Name(literal=text.strip() or text)
    return Name(
        **split_particles(family.strip() or None, given.strip() or None),
        suffix=suffix.strip() or None,
    )


def _joined(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _person_text(family: str, given: str, suffix: str) -> str:
    if suffix:
        return f"{family}, {given}, {suffix}"
    return f"{family}, {given}" if given else f"{family},"


def _name_text(name: Name) -> tuple[str, tuple[str, ...]]:
    """A name as ``AU`` holds it, particles written into the family and given names, and the
    parts that read back otherwise (a capitalized particle joins the family name; a given
    name ending in a lower-case word loses it to the dropping particle)."""
    if name.literal is not None:
        text = name.literal
        if "," not in text and text == text.strip():
            return text, ()
    else:
        family, given, suffix = name.family or "", name.given or "", name.suffix or ""
        particles = name.non_dropping_particle or name.dropping_particle
        if not particles and suffix == suffix.strip() and _plain(family, given):
            return _person_text(family, given, suffix), ()  # the common case: spare the parse
        family = _joined(name.non_dropping_particle, name.family)
        given = _joined(name.given, name.dropping_particle)
        text = _person_text(family, given, suffix)
    back = _name(text)
    return text, tuple(part for part in _NAME_PARTS if getattr(back, part) != getattr(name, part))


def _plain(family: str, given: str) -> bool:
    """Whether a name without particles surely reads back: no comma, no edge spaces, no
    lower-case word where a particle would be read."""
    if "," in family or "," in given:
        return False
    if " " not in family and " " not in given:
        return True
    if family != family.strip() or given != given.strip():
        return False
    if not family or not given:
        return True  # particles are read only from names with both parts
    first, last = family.split(" ", maxsplit=1)[0], given.rsplit(" ", maxsplit=1)[-1]
    return not (" " in family and is_particle(first)) and not (" " in given and is_particle(last))


def _strings(value: JsonValue) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _texts(value: JsonValue) -> list[str]:
    """A tag's values, once or repeated, without the empty ones."""
    values = _strings(value) if isinstance(value, list) else [value]
    return [item for item in values if isinstance(item, str) and item.strip()]


def _repeated(
    concept: str, values: tuple[Name, ...] | tuple[str, ...]
) -> tuple[list[JsonValue], list[tuple[str, str]]]:
    """Names or keywords, one line each, and what does not read back."""
    lines: list[JsonValue] = []
    losses: list[tuple[str, str]] = []
    for index, value in enumerate(values):
        if isinstance(value, Name):
            text, lost = _name_text(value)
            lines.append(text)
            losses.extend(
                (f"{concept}.{index}.{part}", "the name reads back otherwise") for part in lost
            )
        elif isinstance(value, str) and _holds(value):
            lines.append(value)
        else:
            losses.append((concept, "RIS lines cannot hold some keywords; left out"))
    return lines, losses[:1] if concept == "keywords" else losses


def _render(
    reference: ReferenceKind, prefer: Sequence[str] = ()
) -> tuple[Record, list[tuple[str, str]]]:
    concepts, losses = flatten(reference)
    tags = _tags(reference.kind)
    record: Record = {"TY": _table()[0][reference.kind][0]}
    if reference.id is not None:
        if _holds(reference.id):
            record["ID"] = reference.id
        else:
            losses.append(("id", "RIS lines cannot hold this text exactly"))
    for concept, value in concepts.items():
        if concept == "date" and isinstance(value, DateRange):
            if value.end is not None or value.start.circa:
                losses.append(("date", "RIS dates are single and exact; the start is written"))
            used = [tag for tag in ("PY", "Y1", "DA") if tag in prefer]
            used = used or (["PY", "DA"] if value.start.month is not None else ["PY"])
            for tag in used:
                whole = tag != "PY" or "DA" not in used
                record[tag] = _date_text(value) if whole else str(value.start.year)
            continue
        if concept not in tags:
            losses.append((concept_path(concept), "RIS has no tag for it"))
            continue
        tag = next((tag for tag in tags[concept] if tag in prefer), tags[concept][0])
        if tag in record:
            losses.append((concept_path(concept), f"the tag {tag} is taken"))
        elif isinstance(value, DateRange):
            record[tag] = _date_text(value)
            if value.end is not None or value.start.circa:
                losses.append((concept, "RIS dates are single and exact; the start is written"))
        elif isinstance(value, tuple):
            record[tag], lost = _repeated(concept, value)
            losses.extend(lost)
        elif not _holds(value):
            losses.append((concept_path(concept), "RIS lines cannot hold this text exactly"))
        elif tag == _EXTRAS_TAG and _own_extras(value) is not None:
            losses.append((concept_path(concept), "it would read back as archivecite's extras"))
        elif concept == "pages" and "EP" in prefer and "-" in value:
            record["SP"], record["EP"] = value.split("-", 1)
        else:
            record[tag] = value
    title_tags = [tag for tag in tags["title"] if tag in record]
    translated = [tag for tag in tags["title_en"] if tag in record]
    if translated and not title_tags:  # a translation alone would read back as extra
        del record[translated[0]]
        losses.append(("title.translations.en", "written only with its title"))
    for key, kept in reference.extra.items():
        tag = key.removeprefix(PREFIX)
        if key.startswith(PREFIX) and not tag.startswith("@") and tag not in record:
            if isinstance(kept, str) or (
                isinstance(kept, list) and all(isinstance(v, str) for v in kept)
            ):
                record[tag] = kept
            else:
                losses.append((f"extra.{key}", "not text"))
    losses.extend(foreign_losses(PREFIX, reference.extra, "RIS"))
    return record, losses


def _own_extras(text: str) -> dict[str, JsonValue] | None:
    """The extras an ``N1`` line holds, or None when it is a note like any other."""
    if not text.startswith(_EXTRAS_PREFIX):
        return None
    return extras.loads(text.removeprefix(_EXTRAS_PREFIX))


def _collapsed(record: Record) -> Record:
    """A tag written once reads as a string: a one-item list is the same value."""
    return {tag: v[0] if isinstance(v, list) and len(v) == 1 else v for tag, v in record.items()}


def _reference(lines: list[tuple[str, str, int]], source: str, raw: str) -> ReferenceKind:
    written: Record = {}
    own: dict[str, JsonValue] = {}
    for tag, text, _ in lines:
        if tag == _EXTRAS_TAG and not own and (held := _own_extras(text)) is not None:
            own = held
            continue
        if tag in written:
            previous = written[tag]
            written[tag] = [*previous, text] if isinstance(previous, list) else [previous, text]
        else:
            written[tag] = text
    record_type = str(written.get("TY", "GEN"))
    kind = _kind_of(record_type)
    tags = _tags(kind)
    by_tag = {tag: concept for concept, names in tags.items() for tag in names}
    fields = Fields(PREFIX, extra=own)
    for tag in ("DA", "PY", "Y1"):
        if isinstance(found := written.get(tag), str) and (date := _date(found)) is not None:
            first = fields.concepts.setdefault("date", date)
            if isinstance(first, DateRange) and date.start.year != first.start.year:
                fields.extra[PREFIX + tag] = found
        elif tag in written:
            fields.extra[PREFIX + tag] = written[tag]
    start, end = written.get("SP"), written.get("EP")
    if isinstance(start, str) and isinstance(end, str) and kind_has(kind, "pages"):
        fields.take("SP", "pages", f"{start}-{end}", start)
    identifier = written.get("ID")
    for tag, value in written.items():
        if tag in ("TY", "ID", "DA", "PY", "Y1") or (
            tag in ("SP", "EP") and "pages" in fields.concepts
        ):
            continue
        concept = by_tag.get(tag)
        parsed: Value | None = None
        if concept in NAME_CONCEPTS:
            parsed = tuple(_name(item) for item in _texts(value)) or None
        elif concept == "keywords":
            parsed = tuple(_texts(value)) or None
        elif concept == "accessed" and isinstance(value, str):
            parsed = _date(value)
        elif concept is not None and isinstance(value, str) and value:
            parsed = value
        fields.take(tag, concept, parsed, value)
    kind_default = _table()[0][kind][0]

    def natural(reference: ReferenceKind) -> Record:
        return _collapsed(_render(reference, prefer=list(written))[0])

    return fields.reference(
        kind,
        identifier=identifier if isinstance(identifier, str) else None,
        written=written,
        record_type=record_type,
        default_type=kind_default,
        render=natural,
        provenance=Provenance(source=source, line=lines[0][2], raw=raw, format=FORMAT),
    )


def read_ris(text: str, *, source: str = "<input>") -> ReadResult:
    """Every RIS record as a reference; a record without ``ER`` or a tag outside a record is
    reported with its line, and the other records still load."""
    references: list[ReferenceKind] = []
    failures: list[ReadFailure] = []
    record: list[tuple[str, str, int]] = []
    raw: list[str] = []
    between: list[str] = []

    def close() -> None:
        nonlocal record, raw, between
        try:
            reference = _reference(record, source, "\n".join(raw))
        except ValueError as error:
            failures.append(ReadFailure(source, record[0][2], str(error), "\n".join(raw), FORMAT))
        else:
            if any(line.strip() for line in between):
                reference.extra[PREFIX + "@before"] = [line for line in between if line.strip()]
            references.append(reference)
        record, raw, between = [], [], []

    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        match = _LINE_PATTERN.match(line.rstrip())
        tag, value = (match["tag"], match["value"] or "") if match else ("", line)
        if tag == "TY":
            if record:
                failures.append(
                    ReadFailure(
                        source,
                        record[0][2],
                        "record has no ER; it ends at the next TY",
                        "\n".join(raw),
                        FORMAT,
                    )
                )
                close()
            record, raw = [(tag, value.strip(), number)], [line]
        elif not record:
            if match:
                failures.append(
                    ReadFailure(
                        source,
                        number,
                        f"tag {tag} outside a record (no TY before it)",
                        line,
                        FORMAT,
                    )
                )
            else:
                between.append(line)
        elif tag == "ER":
            raw.append(line)
            close()
        elif match:
            record.append((tag, value.rstrip(), number))
            raw.append(line)
        else:
            last_tag, last_value, last_line = record[-1]
            record[-1] = (last_tag, f"{last_value}\n{line.rstrip()}", last_line)
            raw.append(line)
    if record:
        failures.append(
            ReadFailure(
                source,
                record[0][2],
                "record has no ER at the end of the file",
                "\n".join(raw),
                FORMAT,
            )
        )
        close()
    failures.sort(key=lambda failure: failure.line)
    return ReadResult(tuple(references), tuple(failures), FORMAT)


def write_ris(references: Sequence[ReferenceKind]) -> WriteResult:
    lines: list[str] = []
    dropped: list[Dropped] = []
    for index, reference in enumerate(references):
        order = _strings(reference.extra.get(PREFIX + "@order"))
        record, losses = _render(reference, prefer=order)
        carrying, losses = extras.with_lost(reference, losses)
        dropped.extend(Dropped(index, reference.id, path, reason) for path, reason in losses)
        if PREFIX + "@verbatim" in reference.extra:  # compared as the reader had the values
            record = _collapsed(record)
        record_type, fields = restore(PREFIX, reference.extra, record, str(record["TY"]))
        fields["TY"] = record_type
        lines.extend(_strings(reference.extra.get(PREFIX + "@before")))
        if "TY" in fields and next(iter(fields)) != "TY":
            fields = {"TY": fields.pop("TY"), **fields}
        for tag, value in fields.items():
            for item in value if isinstance(value, list) else [value]:
                lines.append(f"{tag}  - {item}")
        carried, losses = extras.encoded(carrying, escaped=extras.LINE_ENDS)
        dropped.extend(Dropped(index, reference.id, path, reason) for path, reason in losses)
        if carried is not None:
            lines.append(f"{_EXTRAS_TAG}  - {_EXTRAS_PREFIX}{carried}")
        lines.extend(["ER  -", ""])
    return WriteResult("\n".join(lines) + ("\n" if lines else ""), tuple(dropped), FORMAT)
