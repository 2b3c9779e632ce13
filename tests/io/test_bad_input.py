"""Malformed entries are reported with file, line and reason; every other entry loads."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from archivecite.errors import InputError
from archivecite.io import UnknownFormatError, find_format, read, write
from archivecite.model import BookReference, Text

BROKEN_BIB = """@book{first, title = {One}}
@article{broken, title = {Two}
@book{third, title = {Three}}
@book{first, title = {Again}}
"""
BROKEN_JSON = """[
  {"id": "a", "type": "book", "title": "A"}
  {"id": "b", "type": "book", "title": "B"},
  {"id": "c", "type": "book", "title": oops},
  {"id": "d", "type": "book", "title": "D"},
  "not an item"
]"""
BROKEN_RIS = """TY  - BOOK
TI  - One
ER  -
AU  - Stray, Tag
TY  - BOOK
TI  - Two
TY  - JOUR
TI  - Three
ER  -
TY  - BOOK
TI  - Four
"""


@pytest.mark.parametrize(
    ("text", "format_name", "ids", "failures"),
    [
        pytest.param(
            BROKEN_BIB, "bibtex", ["first", "third", "first"],
            ["in.bib:2: Unexpected block start: `@book`. Was still looking for field-value "
             "closing `,` or `}`",
             "in.bib:4: Duplicate entry key 'first'; the entry is kept"],
            id="bibtex-unclosed-and-duplicate",
        ),
        pytest.param(
            BROKEN_JSON, "csljson", ["a", "b", "d"],
            ["in.bib:3: expected ',' between items; the next item is read anyway",
             "in.bib:4: Expecting value",
             "in.bib:6: a CSL item must be an object"],
            id="csljson-comma-value-type",
        ),
        pytest.param(
            BROKEN_RIS, "ris", [None, None, None, None],
            ["in.bib:4: tag AU outside a record (no TY before it)",
             "in.bib:5: record has no ER; it ends at the next TY",
             "in.bib:10: record has no ER at the end of the file"],
            id="ris-missing-er-stray-tag",
        ),
    ],
)  # fmt: skip
def test_malformed_entries_are_reported_and_the_rest_loads(
    text: str, format_name: str, ids: list[str | None], failures: list[str]
) -> None:
    reader = find_format(format_name).reader
    result = reader(text, source="in.bib")
    assert [reference.id for reference in result.references] == ids
    assert [str(failure) for failure in result.failures] == failures
    assert all(failure.raw for failure in result.failures)


ENCODED = "@book{k, title = {Päckert и Гринёв}}\n"


@pytest.mark.parametrize(
    ("data", "encoding", "title"),
    [
        pytest.param(ENCODED.encode(), "utf-8", "Päckert и Гринёв", id="utf-8"),
        pytest.param(
            codecs.BOM_UTF8 + ENCODED.encode(), "utf-8", "Päckert и Гринёв", id="utf-8-bom"
        ),
        pytest.param(ENCODED.encode("utf-16"), "utf-8", "Päckert и Гринёв", id="utf-16"),
        pytest.param(
            b"@book{k, title = {P\xe4ckert \xe9t\xe9}}\n", "latin-1", "Päckert été", id="latin-1"
        ),
        pytest.param(
            "@book{k, title = {Гринёв в плену}}\n".encode("cp1251"),
            "cp1251",
            "Гринёв в плену",
            id="cp1251",
        ),
    ],
)
def test_bib_encodings(tmp_path: Path, data: bytes, encoding: str, title: str) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(data)
    result = read(path)
    assert result.encoding == encoding
    assert [ref.title.original for ref in result.references if ref.title] == [title]


@pytest.mark.parametrize(
    ("data", "encoding", "title"),
    [
        pytest.param("TY  - BOOK\r\nTI  - Гринёв в плену\r\nER  - \r\n".encode("cp1251"), "cp1251", "Гринёв в плену", id="cp1251"),
        pytest.param(b"TY  - BOOK\r\nTI  - P\xe4ckert \xe9t\xe9\r\nER  - \r\n", "latin-1", "Päckert été", id="latin-1"),
    ],
)  # fmt: skip
def test_ansi_ris_from_endnote_and_catalogues(
    tmp_path: Path, data: bytes, encoding: str, title: str
) -> None:
    path = tmp_path / "export.ris"
    path.write_bytes(data)
    result = read(path)
    assert result.encoding == encoding
    assert [ref.title.original for ref in result.references if ref.title] == [title]


def test_non_utf8_json_is_refused_with_the_byte_and_line(tmp_path: Path) -> None:
    path = tmp_path / "refs.json"
    path.write_bytes(b'[\n{"id": "k", "title": "P\xe4ckert"}]')
    with pytest.raises(InputError, match=r"refs\.json:2: not UTF-8 text: byte 0xe4"):
        read(path)


def test_binary_bib_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(b"@book{k,\x00}")
    with pytest.raises(InputError, match="NUL byte at offset 8"):
        read(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("bibtex", "bibtex"), ("BibLaTeX", "bibtex"), ("refs.bib", "bibtex"), (".biblatex", "bibtex"),
     ("csl-json", "csljson"), ("zotero", "csljson"), ("export.json", "csljson"), (".ris", "ris"),
     ("endnote", "ris")],
)  # fmt: skip
def test_formats_by_name_alias_or_suffix(name: str, expected: str) -> None:
    assert find_format(name).name == expected


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bibtx", "unknown reference format 'bibtx': expected one of bibtex, csljson, ris; "
                  "did you mean 'bibtex'?"),
        ("cls-json", "unknown reference format 'cls-json': expected one of bibtex, csljson, ris; "
                     "did you mean 'csljson'?"),
        ("refs.docx", "unknown reference format 'refs.docx': expected one of bibtex, csljson, ris"),
    ],
)  # fmt: skip
def test_unknown_format_lists_the_choices_and_a_suggestion(name: str, message: str) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        find_format(name)
    assert str(caught.value) == message


def test_write_to_a_path_uses_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "out.ris"
    result = write([BookReference(id="k", title=Text(original="Книга"))], path)
    assert (
        path.read_text(encoding="utf-8")
        == result.text
        == "TY  - BOOK\nID  - k\nTI  - Книга\nER  -\n\n"
    )


def test_read_recognizes_text_without_a_format() -> None:
    assert read("TY  - BOOK\nTI  - X\nER  -\n").format == "ris"
    assert read('[{"id": "a", "title": "X"}]').format == "csljson"
    assert read("@book{a, title = {X}}").format == "bibtex"
