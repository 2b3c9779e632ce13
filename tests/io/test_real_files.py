"""Real exported libraries: read → write → read gives equal models, and writing the same
format reproduces every field, value and comment."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bibtexparser import model as bib
from bibtexparser.entrypoint import parse_string

from archivecite.io import read, write
from archivecite.model import DateRange, Name
from tests.io.compare import dump

DATA = Path(__file__).parent.parent / "data" / "io"
FILES = {
    "bbt_archive_1799.biblatex": ("bibtex", 1),
    "bbt_zh_2391.biblatex": ("bibtex", 9),
    "bbt_markup_007.biblatex": ("bibtex", 1),
    "bbt_pandoc_citation.csl.json": ("csljson", 4),
    "rispy_full.ris": ("ris", 2),
    "rispy_endnote.ris": ("ris", 1),
    "zotero_cinii_jss.ris": ("ris", 12),
    "zotero_armenbib.csl.json": ("csljson", 7),
    "worldcat_53972111.ris": ("ris", 1),
    "worldcat_707172013.ris": ("ris", 1),
}


def _bib_blocks(text: str) -> list[tuple[str, ...]]:
    blocks: list[tuple[str, ...]] = []
    for block in parse_string(text, parse_stack=[]).blocks:
        if isinstance(block, bib.Entry):
            fields = tuple(f"{field.key}={field.value}" for field in block.fields)
            blocks.append((block.entry_type, block.key, *fields))
        else:
            blocks.append((type(block).__name__, (block.raw or "").strip()))
    return blocks


def _ris_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _fields(text: str, format_name: str) -> object:
    if format_name == "bibtex":
        return _bib_blocks(text)
    if format_name == "csljson":
        return json.loads(text)
    return _ris_lines(text)


@pytest.mark.parametrize("name", list(FILES))
def test_read_write_read_gives_equal_models(name: str) -> None:
    format_name, count = FILES[name]
    first = read(DATA / name)
    assert (first.format, len(first.references), first.failures) == (format_name, count, ())
    written = write(first.references, format=format_name)
    again = read(written.text, format=format_name)
    assert [dump(ref) for ref in again.references] == [dump(ref) for ref in first.references]


@pytest.mark.parametrize("name", list(FILES))
def test_same_format_write_reproduces_every_field(name: str) -> None:
    format_name, _ = FILES[name]
    original = (DATA / name).read_text(encoding="utf-8")
    written = write(read(DATA / name).references, format=format_name)
    assert written.dropped == ()
    assert _fields(written.text, format_name) == _fields(original, format_name)


@pytest.mark.parametrize(
    ("name", "index", "expected"),
    [
        pytest.param(
            "bbt_archive_1799.biblatex", 0,
            {"kind": "archival", "archive": "Archives de la Ville et l'Eurométropole de Strasbourg",
             "document_type": "letter", "document_number": "114 Z 1 248", "date": "1968-05-31"},
            id="bbt-archival-letter",
        ),
        pytest.param(
            "bbt_markup_007.biblatex", 0,
            {"kind": "article", "language": "fr", "pages": "71–80",
             "container_title": "Actes du 4ème Congrès Français d'Acoustique",
             "authors": "Fritz, U.; Corti, C.; Päckert, M."},
            id="latex-decoded",
        ),
        pytest.param(
            "bbt_zh_2391.biblatex", 0,
            {"kind": "book", "language": "zh", "publisher": "郑州大学出版社", "authors": "肖, 发民"},
            id="cjk-braced-publisher",
        ),
        pytest.param(
            "bbt_pandoc_citation.csl.json", 0,
            {"kind": "article", "date": "2014-12-31/2015-01-01", "pages": "493–518"},
            id="csl-date-range",
        ),
        pytest.param(
            "rispy_endnote.ris", 0,
            {"kind": "article", "note": "L0000000000\n2024-04-01", "pages": "1-2",
             "authors": "Smith, A. Nonymous; Doe, J.; End, N. Ote; Ref, E. Rence"},
            id="ris-continuation-lines",
        ),
    ],
)  # fmt: skip
def test_fields_read_from_real_files(name: str, index: int, expected: dict[str, str]) -> None:
    reference = read(DATA / name).references[index]
    found: dict[str, str] = {"kind": reference.kind}
    data = reference.model_dump()
    for key in expected:
        value = getattr(reference, key, None)
        if key == "archive":
            found[key] = data["archive"]["name"]["original"]
        elif key == "authors":
            found[key] = "; ".join(author.display() for author in reference.authors)
        elif key == "date" and reference.date is not None:
            found[key] = reference.date.iso()
        elif hasattr(value, "original"):
            found[key] = value.original
        elif key != "kind":
            found[key] = str(value)
    assert found == expected


def test_comments_after_the_last_entry_are_kept() -> None:
    written = write(read(DATA / "bbt_archive_1799.biblatex").references, format="bibtex").text
    assert re.search(r"% Missing required field 'author'\n$", written)


def test_worldcat_catalogue_records() -> None:
    """WorldCat's own RIS: the OCLC number as ID, MARC punctuation after names, ``Y1`` with
    slashes, several ISBNs in one ``SN``, the language as an English name."""
    book = read(DATA / "worldcat_53972111.ris").references[0]
    thesis = read(DATA / "worldcat_707172013.ris").references[0]
    assert (book.kind, book.id, book.language, book.date) == (
        "book",
        "53972111",
        "en",
        DateRange.of(2004),
    )
    assert [name.display() for name in book.authors] == [
        "Mittelbach, Frank.",
        "Goossens, Michel.",
        "Braams, Johannes.",
        "Rowley, Chris",
    ]
    assert [ident.value for ident in book.identifiers] == ["0201362996", "9780201362992"]
    assert book.abstract is not None
    assert book.abstract.original.startswith("Written by the core")
    assert (book.extra["ris:DB"], book.extra["ris:DP"]) == ("/z-wcorg/", "http://worldcat.org")
    assert thesis.kind == "thesis"
    assert thesis.authors == (Name(family="Jäschke", given="Robert"),)
    assert thesis.identifier("isbn") == "9781607507079"
    assert len(thesis.identifiers) == 4
    assert str(thesis.place) == "[Amsterdam]"
