"""BibTeX and BibLaTeX files, read with bibtexparser v2 and written so that nothing is lost.

Reading: every entry becomes a reference; a block bibtexparser cannot parse becomes a
:class:`ReadFailure` with its line and reason, and every other entry still loads. @string
macros are resolved, LaTeX escapes decoded (``{\\"u}`` → ``ü``), names read in LaTeX form
(``von Humboldt, Jr., Alexander and {Zentralarchiv}``: the ``von`` part is the name's
non-dropping particle, ``Jr.`` its suffix), ``keywords`` split at commas. Better BibTeX's
archival fields map to the model: ``archive``/``library``, ``archive_location``/
``archiveLocation``, ``archive-place``; BibLaTeX ``langid`` (babel names ↔ BCP 47),
``origtitle``/``origlanguage`` (the original script when ``title`` is a romanization),
``titleaddon = {[...]}`` (the English translation).

Key convention in ``Reference.extra`` (so the BibTeX writer restores the file exactly):

- ``"bibtex:<field>"``: a field with no place in the model (``bibtex:file``), decoded text;
- ``"bibtex:@type"``: the entry type when it is not the kind's default (``misc``, ``letter``);
- ``"bibtex:@order"``: the field names in file order, when the writer's order differs;
- ``"bibtex:@verbatim"``: ``{field: [as the writer renders it, as the file had it]}`` for
  values whose LaTeX, braces or macros differ from the writer's rendering; the writer uses the
  file's form as long as the model still renders to the first element (an edit wins);
- ``"bibtex:@before"`` / ``"bibtex:@after"``: comments, @string and @preamble blocks before
  the entry (after it, for the last entry), as raw text.

Extras of archivecite's own (``extra`` keys without a format's prefix: a merge's ``variants``,
a short note's cited ``locator``, ...; :mod:`archivecite.io.extras`) are written as one JSON
object in the field ``archivecite``, on one line, with ``{``, ``}``, ``%`` and line separators
inside strings written as ``\\uXXXX`` (``\\u007b``), so that the value's braces always balance::

  archivecite = {{"locator": "144", "era_date": "昭和十年", "edited": "\\u007bsic\\u007d"}}

The reader gives them back to ``extra`` unchanged; an ``archivecite`` field that holds no JSON
object is kept as ``bibtex:archivecite`` like any other unknown field.

Writing produces UTF-8 text; fields the format cannot hold are reported, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibtexparser import model as bib
from bibtexparser.entrypoint import parse_string
from pydantic import JsonValue

from archivecite.io import extras
from archivecite.io.bibtex_fields import (
    BABEL,
    DEFAULT_TYPES,
    MONTHS,
    PREFIX,
    SPACES,
    VERBATIM_FIELDS,
    field_names,
    kind_of_type,
    parse_date,
    parse_month,
    render_fields,
)
from archivecite.io.concepts import NAME_CONCEPTS, Value, split_keywords
from archivecite.io.latex import decode_latex, names_from_latex
from archivecite.io.reading import Fields
from archivecite.io.report import Dropped, ReadFailure, ReadResult, WriteResult
from archivecite.model import DateRange, PartialDate, Provenance, ReferenceKind

__all__ = ["read_bibtex", "write_bibtex"]

FORMAT = "bibtex"
_MONTH_NAMES = dict(
    zip(
        MONTHS,
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        strict=True,
    )
)
_KEY_PATTERN = re.compile(r"[\s,{}()=\"#%'\\]")


def _split_concatenation(raw: str) -> list[str]:
    """``jgr # " Res"`` → ``["jgr", '" Res"']``: split on ``#`` outside braces and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for index, char in enumerate(raw):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(raw[start:index])
            start = index + 1
    parts.append(raw[start:])
    return [part.strip() for part in parts]


def _evaluate(raw: str, strings: dict[str, str]) -> str:
    """A field's value expression as LaTeX text: braces/quotes removed, macros resolved."""
    out = []
    for part in _split_concatenation(raw):
        if part[:1] in '{"' and len(part) >= 2:
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        else:
            name = part.lower()
            out.append(strings.get(name, _MONTH_NAMES.get(name, part)))
    return "".join(out)


def _concept_value(concept: str, latex: str, decoded: str) -> Value | None:
    if concept in NAME_CONCEPTS:
        return names_from_latex(latex) or None
    if concept in ("date", "accessed"):
        # biblatex reads dates as EDTF, where "~" marks a date as approximate (LaTeX's tie)
        return parse_date(latex) or parse_date(decoded)
    if concept == "title_en":
        stripped = decoded.strip()
        return stripped[1:-1] if stripped.startswith("[") and stripped.endswith("]") else None
    if concept in ("language", "origlanguage"):
        return BABEL.get(decoded.strip().lower(), decoded)
    if concept == "keywords":
        return split_keywords(decoded)
    return decoded if decoded else None


def _year_date(values: dict[str, str]) -> DateRange | None:
    year, month, day = values.get("year", ""), values.get("month"), values.get("day")
    if not year.strip().isdigit():
        return None
    month_number = parse_month(month) if month is not None else None
    if month is not None and month_number is None:
        return None
    day_number = int(day) if day is not None and day.strip().isdigit() else None
    if day is not None and (day_number is None or month_number is None):
        return None
    try:
        return DateRange(start=PartialDate(year=int(year), month=month_number, day=day_number))
    except ValueError:
        return None


def _own_extras(
    entry: bib.Entry, strings: dict[str, str]
) -> tuple[list[bib.Field], dict[str, JsonValue]]:
    """The entry's fields without the ``archivecite`` field, and the extras it holds."""
    for index, field in enumerate(entry.fields):
        if field.key.lower() == extras.NAME:
            own = extras.loads(_evaluate(field.value, strings))
            if own is not None:
                return [*entry.fields[:index], *entry.fields[index + 1 :]], own
    return entry.fields, {}


def _entry(entry: bib.Entry, strings: dict[str, str], source: str) -> ReferenceKind:
    entry_fields, own = _own_extras(entry, strings)
    written = [field.key for field in entry_fields]
    lower = {name.lower() for name in written}
    kind = kind_of_type(entry.entry_type, written)
    latex = {field.key: _evaluate(field.value, strings) for field in entry_fields}
    decoded = {
        key: value if key.lower() in VERBATIM_FIELDS else SPACES.sub(" ", value)
        for key, value in ((key, decode_latex(value)) for key, value in latex.items())
    }
    consumed: set[str] = set()
    if kind == "article" and any(
        key.lower() == "entrysubtype" and value == "newspaper" for key, value in decoded.items()
    ):
        kind = "newspaper"
        consumed.update(key for key in written if key.lower() == "entrysubtype")
    by_name = {
        alias.lower(): concept
        for concept, aliases in field_names(kind).items()
        for alias in aliases
    }
    fields = Fields(PREFIX, extra=own)
    if "date" not in lower and "year" in lower:
        parts = {key.lower(): value for key, value in decoded.items()}
        if (date := _year_date(parts)) is not None:
            fields.concepts["date"] = date
            consumed.update(key for key in written if key.lower() in ("year", "month", "day"))
    for key in written:
        if key in consumed:
            continue
        concept = by_name.get(key.lower())
        value = None
        if concept is not None and concept not in fields.concepts:
            value = _concept_value(concept, latex[key], decoded[key])
        fields.take(key, concept, value, decoded[key])
    reference = fields.reference(
        kind,
        identifier=entry.key,
        written={field.key: field.value for field in entry_fields},
        kept=decoded,
        record_type=entry.entry_type,
        default_type=DEFAULT_TYPES[kind],
        render=lambda reference: render_fields(reference, prefer=written)[0],
        provenance=Provenance(source=source, line=_line(entry), raw=entry.raw, format=FORMAT),
    )
    if PREFIX + "@order" not in reference.extra and list(render_fields(reference)[0]) != written:
        # the file's field names (journal, address, year) differ from the writer's own
        # (journaltitle, location, date): the writer learns them from the order it keeps
        extra = {**reference.extra, PREFIX + "@order": list(written)}
        reference = reference.model_copy(update={"extra": extra})
    return reference


def _line(block: bib.Block) -> int:
    return (block.start_line or 0) + 1  # bibtexparser counts lines from 0


def _failure(block: bib.Block, reason: str, source: str) -> ReadFailure:
    return ReadFailure(source, _line(block), reason, block.raw or "", FORMAT)


def read_bibtex(text: str, *, source: str = "<input>") -> ReadResult:
    """Every entry of a .bib text as a reference, and every block that failed."""
    library = parse_string(text.removeprefix("\ufeff"), parse_stack=[])
    strings: dict[str, str] = {}
    references: list[ReferenceKind] = []
    failures: list[ReadFailure] = []
    pending: list[JsonValue] = []
    for block in library.blocks:
        entry: bib.Entry | None = None
        if isinstance(block, bib.Entry):
            entry = block
        elif isinstance(block, bib.DuplicateBlockKeyBlock | bib.DuplicateFieldKeyBlock):
            failures.append(_failure(block, f"{block.error}; the entry is kept", source))
            if isinstance(block.ignore_error_block, bib.Entry):
                entry = block.ignore_error_block
        elif isinstance(block, bib.ParsingFailedBlock):
            reason = getattr(block.error, "abort_reason", "") or str(block.error)
            failures.append(_failure(block, reason.strip() or "unreadable block", source))
            continue
        else:
            if isinstance(block, bib.String):
                strings[block.key.lower()] = _evaluate(block.value, strings)
            pending.append(block.raw)
            continue
        if entry is None:
            continue
        try:
            reference = _entry(entry, strings, source)
        except ValueError as error:
            failures.append(_failure(entry, f"entry {entry.key!r}: {error}", source))
            continue
        if pending:
            reference.extra[PREFIX + "@before"] = pending
            pending = []
        references.append(reference)
    if pending and references:
        references[-1].extra[PREFIX + "@after"] = pending
    failures.sort(key=lambda failure: failure.line)
    return ReadResult(tuple(references), tuple(failures), FORMAT)


def _ordered(fields: dict[str, str], order: Sequence[str]) -> dict[str, str]:
    position = {name.lower(): index for index, name in enumerate(order)}
    known = sorted(
        (name for name in fields if name.lower() in position),
        key=lambda name: position[name.lower()],
    )
    return {
        name: fields[name] for name in [*known, *(n for n in fields if n.lower() not in position)]
    }


def _blocks(value: JsonValue) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _key(reference: ReferenceKind, index: int, losses: list[tuple[str, str]]) -> str:
    if reference.id is None:
        return f"ref{index + 1}"
    key = _KEY_PATTERN.sub("_", reference.id)
    if key != reference.id:
        losses.append(("id", f"written as the key {key!r}"))
    return key


def write_bibtex(references: Sequence[ReferenceKind]) -> WriteResult:
    """BibLaTeX text (UTF-8, Better BibTeX conventions) and what it could not hold."""
    chunks: list[str] = []
    dropped: list[Dropped] = []
    for index, reference in enumerate(references):
        extra = reference.extra
        chunks.extend(_blocks(extra.get(PREFIX + "@before")))
        order = _blocks(extra.get(PREFIX + "@order"))
        fields, losses = render_fields(reference, prefer=order)
        key = _key(reference, index, losses)
        carrying, losses = extras.with_lost(reference, losses)
        dropped.extend(Dropped(index, reference.id, path, reason) for path, reason in losses)
        if order:
            fields = _ordered(fields, order)
        verbatim = extra.get(PREFIX + "@verbatim")
        if isinstance(verbatim, dict):
            for name, pair in verbatim.items():
                if isinstance(pair, list) and len(pair) == 2 and fields.get(name) == pair[0]:
                    fields[name] = str(pair[1])
        entry_type = extra.get(PREFIX + "@type")
        if not isinstance(entry_type, str):
            entry_type = DEFAULT_TYPES[reference.kind]
        carried, losses = extras.encoded(carrying, escaped=extras.BIBTEX_ESCAPED)
        dropped.extend(Dropped(index, reference.id, path, reason) for path, reason in losses)
        if carried is not None:
            taken = [name for name in fields if name.lower() == extras.NAME]
            for name in taken:  # a field of that name that did not hold our extras
                del fields[name]
                reason = "the field is archivecite's own"
                dropped.append(Dropped(index, reference.id, f"extra.{PREFIX}{name}", reason))
            fields[extras.NAME] = "{" + carried + "}"
        body = ",\n".join(f"  {name} = {value}" for name, value in fields.items())
        chunks.append(
            f"@{entry_type}{{{key},\n{body}\n}}" if body else f"@{entry_type}{{{key},\n}}"
        )
        chunks.extend(_blocks(extra.get(PREFIX + "@after")))
    return WriteResult("\n\n".join(chunks) + "\n" if chunks else "", tuple(dropped), FORMAT)
