"""BibTeX/BibLaTeX field names for each concept, entry types for each kind, and the rendering
of a reference as ``{field: value expression}``, shared by the reader (to learn what it must
remember) and the writer."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from archivecite.io.concepts import Value, concept_path, flatten, keywords_text
from archivecite.io.extras import FORMAT_PREFIXES
from archivecite.io.latex import encode_latex, name_to_latex
from archivecite.model import DateRange, Name, PartialDate, ReferenceKind

__all__ = [
    "BABEL",
    "DEFAULT_TYPES",
    "MONTHS",
    "PREFIX",
    "SPACES",
    "VERBATIM_FIELDS",
    "field_names",
    "format_date",
    "kind_of_type",
    "parse_date",
    "parse_month",
    "render_fields",
]

PREFIX = "bibtex:"
# How Better BibTeX and biblatex name the kinds; the first type is the one written.
DEFAULT_TYPES = {
    "archival": "unpublished",
    "book": "book",
    "article": "article",
    "chapter": "incollection",
    "collection": "collection",
    "thesis": "thesis",
    "webpage": "online",
    "legal": "legislation",
    "newspaper": "article",
}
_KIND_OF_TYPE = {
    "article": "article", "book": "book", "mvbook": "book", "inbook": "chapter",
    "incollection": "chapter", "bookinbook": "chapter", "inproceedings": "chapter",
    "collection": "collection", "mvcollection": "collection", "proceedings": "collection",
    "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis", "online": "webpage",
    "www": "webpage", "electronic": "webpage", "legislation": "legal", "legal": "legal",
    "jurisdiction": "legal", "unpublished": "archival", "manuscript": "archival",
    "letter": "archival", "archival": "archival",
}  # fmt: skip
_ARCHIVE_FIELDS = frozenset({"archive", "library", "archive_location", "archivelocation"})

# Each concept's field names; the first is written unless the file used another.
_COMMON: dict[str, tuple[str, ...]] = {
    "title": ("title",), "title_en": ("titleaddon",), "origtitle": ("origtitle",),
    "origlanguage": ("origlanguage",), "authors": ("author",), "editors": ("editor",),
    "translators": ("translator",), "container_authors": ("bookauthor",),
    "creators": ("namea",), "recipients": ("nameb",), "container_title": ("booktitle",),
    "volume": ("volume",), "issue": ("number",), "pages": ("pages",),
    "publisher": ("publisher",), "place": ("location", "address"), "edition": ("edition",),
    "series": ("series",), "number_of_volumes": ("volumes",), "keywords": ("keywords",),
    "archive_place": ("archive-place", "archive_place"), "abstract": ("abstract",),
    "url": ("url",), "language": ("langid",),
    "note": ("note",), "date": ("date",), "accessed": ("urldate",), "doi": ("doi",),
    "isbn": ("isbn",), "issn": ("issn",),
}  # fmt: skip
_BY_KIND: dict[str, dict[str, tuple[str, ...]]] = {
    "article": {"container_title": ("journaltitle", "journal")},
    "newspaper": {"container_title": ("journaltitle", "journal")},
    "thesis": {"publisher": ("institution", "school"), "degree": ("type",)},
    "archival": {
        "document_type": ("type",), "document_number": ("number",),
        "archive": ("archive", "library"), "locator_text": ("archive_location", "archiveLocation"),
        "collection_title": ("archive_collection",), "legend": ("howpublished",),
    },
}  # fmt: skip

# babel/polyglossia language names for langid, and the BCP 47 codes the model uses.
BABEL = {
    "russian": "ru", "ukrainian": "uk", "belarusian": "be", "english": "en", "american": "en-US",
    "british": "en-GB", "german": "de", "french": "fr", "italian": "it", "spanish": "es",
    "polish": "pl", "czech": "cs", "japanese": "ja", "chinese": "zh",
    "chinese-traditional": "zh-Hant", "korean": "ko", "kazakh": "kk", "latin": "la",
    "dutch": "nl", "swedish": "sv", "finnish": "fi", "hungarian": "hu", "bulgarian": "bg",
    "serbian": "sr", "greek": "el", "georgian": "ka", "armenian": "hy", "mongolian": "mn",
}  # fmt: skip
_CODE_TO_BABEL = {code: name for name, code in BABEL.items()}
Loss = tuple[str, str]
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EDTF_PATTERN = re.compile(
    r"""^(?P<start>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?P<circa>~)?   # 1945, 1945-09, 1945-09-02~
        (?:/(?P<end>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?P<end_circa>~)?)?$  # /1956, /1956~""",
    re.VERBOSE,
)


# BibTeX reads any run of spaces and line breaks in a value as one space; these fields are
# read verbatim (biblatex's verbatim fields).
SPACES = re.compile(r"\s*\n\s*|[ \t]{2,}")
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc"})


def field_names(kind: str) -> dict[str, tuple[str, ...]]:
    return {**_COMMON, **_BY_KIND.get(kind, {})}


def kind_of_type(entry_type: str, fields: Sequence[str]) -> str:
    """A kind for an entry type; ``@misc`` with archive fields is archival, other unknown
    types are books (the type itself is remembered)."""
    entry_type = entry_type.lower()
    if entry_type in _KIND_OF_TYPE:
        return _KIND_OF_TYPE[entry_type]
    if _ARCHIVE_FIELDS.intersection(name.lower() for name in fields):
        return "archival"
    return "book"


def parse_date(text: str) -> DateRange | None:
    match = _EDTF_PATTERN.match(text.strip())
    if match is None:
        return None
    try:
        start = PartialDate.from_iso(match["start"]).model_copy(
            update={"circa": bool(match["circa"])}
        )
        end = PartialDate.from_iso(match["end"]) if match["end"] else None
        if end is not None and match["end_circa"]:
            end = end.model_copy(update={"circa": True})
        return DateRange(start=start, end=end)
    except ValueError:
        return None


def format_date(date: DateRange) -> str:
    start = date.start.iso() + ("~" if date.start.circa else "")
    if date.end is None:
        return start
    return f"{start}/{date.end.iso()}" + ("~" if date.end.circa else "")


def parse_month(text: str) -> int | None:
    key = text.strip().lower()[:3]
    if key in MONTHS:
        return MONTHS.index(key) + 1
    return int(key) if key.isdigit() and 1 <= int(key) <= 12 else None


def _braced(text: str) -> str:
    return "{" + encode_latex(text) + "}"


def _names(concept: str, names: tuple[Name, ...]) -> tuple[str, list[Loss]]:
    written: list[str] = []
    losses: list[Loss] = []
    for index, name in enumerate(names):
        text, parts = name_to_latex(name)
        written.append(text)
        losses.extend(
            (f"{concept}.{index}.{part}", "the name reads back otherwise") for part in parts
        )
    return "{" + " and ".join(written) + "}", losses


def _expression(concept: str, value: Value) -> str:
    if isinstance(value, DateRange):
        return "{" + format_date(value) + "}"
    if isinstance(value, tuple):
        raise TypeError(f"{concept} is rendered by render_fields")
    if concept == "title_en":
        return "{[" + encode_latex(value) + "]}"
    if concept in ("language", "origlanguage"):
        return _braced(_CODE_TO_BABEL.get(value, value))
    return _braced(value)


def _choose(names: tuple[str, ...], prefer: Mapping[str, str]) -> str:
    return next((prefer[name.lower()] for name in names if name.lower() in prefer), names[0])


def _year_fields(date: DateRange, prefer: Mapping[str, str]) -> dict[str, str] | None:
    """``year``/``month``/``day`` when the file used them and the date fits in them."""
    if "date" in prefer or "year" not in prefer or date.end is not None or date.start.circa:
        return None
    out = {prefer["year"]: str(date.start.year)}
    if date.start.month is not None:
        out[prefer.get("month", "month")] = MONTHS[date.start.month - 1]
        if date.start.day is not None:
            out[prefer.get("day", "day")] = str(date.start.day)
    return out


def render_fields(
    reference: ReferenceKind, *, prefer: Sequence[str] = ()
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """``{field name: value expression}`` in writing order, and the losses. ``prefer`` holds
    field names the source file used, so that aliases (``journal``/``journaltitle``,
    ``year``/``date``) come back as they were."""
    preferred = {name.lower(): name for name in prefer}
    table = field_names(reference.kind)
    concepts, losses = flatten(reference)
    fields: dict[str, str] = {}
    for concept, value in concepts.items():
        years = _year_fields(value, preferred) if isinstance(value, DateRange) else None
        if concept == "date" and years is not None:
            fields.update(years)
            continue
        if concept not in table:
            losses.append((concept_path(concept), "BibTeX has no field for it"))
            continue
        name = _choose(table[concept], preferred)
        if name in fields:
            losses.append((concept_path(concept), f"the field {name!r} is taken"))
        elif concept == "keywords" and isinstance(value, tuple):
            text, lost = keywords_text(tuple(str(word) for word in value))
            if text is not None:
                fields[name] = _braced(text)
                if not lost and SPACES.search(text):
                    lost = [("keywords", "BibTeX reads line breaks as spaces")]
            losses.extend(lost)
        elif isinstance(value, tuple):
            people = tuple(person for person in value if isinstance(person, Name))
            fields[name], lost = _names(concept, people)
            losses.extend(lost)
        else:
            fields[name] = _expression(concept, value)
            if (
                isinstance(value, str)
                and name.lower() not in VERBATIM_FIELDS
                and (SPACES.search(value))
            ):
                losses.append((concept_path(concept), "BibTeX reads line breaks as spaces"))
    if reference.kind == "newspaper":
        fields["entrysubtype"] = "{newspaper}"
    for key, kept in reference.extra.items():
        if key.startswith(PREFIX + "@"):
            continue  # the reader's bookkeeping, applied by the writer
        if key.startswith(PREFIX):
            name = key.removeprefix(PREFIX)
            if isinstance(kept, str) and name not in fields:
                fields[name] = _braced(kept)
            else:
                losses.append((f"extra.{key}", "not a text value or the field is taken"))
        elif not key.startswith(FORMAT_PREFIXES):
            continue  # ours (io.extras): the archivecite field, or archive_place's own
        elif key.endswith((":@before", ":@after")):
            losses.append((f"extra.{key}", "BibTeX has no field for it"))
        elif ":@" not in key:
            losses.append((f"extra.{key}", "a field of another format"))
    return fields, losses
