"""Loaders for the labelled dedup benchmarks in ../shared/benchmarks/dedup (CSV → our model).

Bench-only: the CSV layouts and the name heuristics here fit these files, not citations in
general.
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from pathlib import Path

from archivecite.model import (
    ArticleReference,
    BookReference,
    ChapterReference,
    DateRange,
    Identifier,
    Name,
    Provenance,
    Text,
)
from archivecite.model.reference import ReferenceKind

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "dedup"
if not BENCHMARKS.exists():
    BENCHMARKS = Path("/work/shared/benchmarks/dedup")

_GROUP_PATTERN = re.compile(r"\s*(?:;|\band\b|&|\n)\s*", re.IGNORECASE)
_INITIALS_PATTERN = re.compile(r"^(?:[^\W\d_]{1,2}\.?-?)+$")
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "da", "del", "della", "di", "le", "la"))
_YEAR_PATTERN = re.compile(r"(1[89]\d\d|20\d\d)")
_GLUED_PATTERN = re.compile(r"(?<=[A-Z]\.)(?=[A-Z][a-z])")  # "Adeli K.Lewis G. F."

csv.field_size_limit(10_000_000)


def _is_initial(token: str) -> bool:
    return bool(_INITIALS_PATTERN.match(token)) and (token.endswith(".") or len(token) <= 2)


def _name(chunk: str) -> Name | None:
    """One person: ``"p. auer"``, ``"Auer, P."``, ``"Tate, Robin"``, ``"Ying Y. L."``."""
    if chunk.count(",") == 1:
        surname, forenames = (part.strip() for part in chunk.split(","))
        if surname and not any(_is_initial(token) for token in surname.split()):
            return Name(family=surname.strip(".,"), given=forenames or None)
        chunk = chunk.replace(",", " ")
    tokens = [token for token in chunk.replace(".", ". ").split() if token]
    words = [token for token in tokens if not _is_initial(token) and token != "et"]
    if not words or words in (["al."], ["al"], ["others"]):
        return None
    family = words[0] if tokens and _is_initial(tokens[-1]) else words[-1]
    given = " ".join(token for token in tokens if token != family) or None
    return Name(family=family.strip(".,"), given=given)


def _chunks(group: str) -> list[str]:
    """``"Tate, Robin"`` is one person; ``"ehrenfeucht, a., haussler, d."`` two (an initials-only
    piece belongs to the name before it); ``"s guha , r rastogi"`` two."""
    pieces = [piece.strip() for piece in group.split(",") if piece.strip()]
    if len(pieces) == 2:
        left, right = pieces[0].split(), pieces[1].split()
        family = [word for word in left if word.lower() not in _PARTICLES]
        if len(family) == 1 and not _is_initial(family[0]) and len(right) <= 3:
            return [f"{pieces[0]}, {pieces[1]}"]
    names: list[str] = []
    for piece in pieces:
        tokens = piece.replace(".", ". ").split()
        if names and tokens and all(len(token) == 1 or token.endswith(".") for token in tokens):
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
    return names


def parse_names(text: str) -> tuple[Name, ...]:
    """``"p. auer, n. cesa-bianchi, and r. e. schapire"``, ``"Zhai, Q. J. and Yue, X. Y."``,
    ``"Tate, Robin and Peterson, Michele"``, ``"s guha , r rastogi"``: family and given names."""
    names = []
    for group in _GROUP_PATTERN.split(_GLUED_PATTERN.sub("; ", text or "")):
        for chunk in _chunks(group):
            name = _name(chunk)
            if name is not None:
                names.append(name)
    return tuple(names)


def _year(text: str | None) -> DateRange | None:
    found = _YEAR_PATTERN.search(text or "")
    return DateRange.of(int(found.group(1))) if found else None


def to_reference(row: dict[str, str], *, source: str, line: int) -> ReferenceKind:
    """One CSV row as an article (book/chapter when ``entrytype`` says so)."""
    identifiers = []
    for scheme in ("doi", "isbn"):
        value = (row.get(scheme) or "").strip()
        if value:
            first = value.split()[0] if scheme == "isbn" else value
            identifiers.append(Identifier(scheme=scheme, value=first))
    entry = (row.get("entrytype") or "").lower()
    kind: type[ArticleReference] | type[BookReference] | type[ChapterReference] = ArticleReference
    if entry == "book":
        kind = BookReference
    elif entry in ("inbook", "incollection"):
        kind = ChapterReference
    title = (row.get("title") or "").strip()
    venue = (row.get("venue") or row.get("journal") or row.get("booktitle") or "").strip()
    return kind(
        id=row.get("id"),
        title=Text(original=title) if title else None,
        authors=parse_names(row.get("authors") or ""),
        date=_year(row.get("year")),
        container_title=Text(original=venue) if venue else None,
        volume=(row.get("volume") or "").strip() or None,
        issue=(row.get("number") or "").strip() or None,
        pages=(row.get("pages") or "").strip() or None,
        identifiers=tuple(identifiers),
        provenance=Provenance(source=source, line=line, format="csv"),
    )


# Magellan's tokenizer cut an accented letter out of its word as an entity of its own:
# "daniel barbar &#225; , tomasz imieli &#324; ski" is Barbará and Imieliński
_SPLIT_LETTER = re.compile(r"(?<=\w) (&#\d+;)(?: (?=\w))?")


def _unsplit(match: re.Match[str]) -> str:
    entity = match.group(1)
    return entity if html.unescape(entity).isalpha() else match.group(0)


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            yield {
                key: html.unescape(_SPLIT_LETTER.sub(_unsplit, value or ""))
                for key, value in row.items()
            }


def load_records(path: Path) -> list[ReferenceKind]:
    return [
        to_reference(row, source=path.name, line=number + 2)
        for number, row in enumerate(read_rows(path))
    ]


def load_pairs(path: Path) -> list[tuple[ReferenceKind, ReferenceKind, bool]]:
    """Magellan's labelled pairs as (left, right, is_match)."""
    pairs = []
    for number, row in enumerate(read_rows(path)):
        sides = []
        for side in ("left", "right"):
            fields = {
                key.split("_", 1)[1]: value for key, value in row.items() if key.startswith(side)
            }
            sides.append(to_reference(fields, source=path.name, line=number + 2))
        pairs.append((sides[0], sides[1], row["label"].strip() == "1"))
    return pairs


def load_clusters(path: Path) -> dict[str, str]:
    """Record id → gold cluster id."""
    return {row["id"]: row["cluster_id"] for row in read_rows(path)}


def load_gold_pairs(path: Path) -> set[tuple[str, str]]:
    return {(row["id_a"], row["id_b"]) for row in read_rows(path)}
