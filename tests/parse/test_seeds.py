"""The seed reference lists (examples/, copied from ../shared/seeds) parse completely."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivecite import ArchivalReference, DocumentType, Parsed, archival_fields, parse_citations
from tests.conftest import EXAMPLES

KATASONOVA = parse_citations(
    (EXAMPLES / "katasonova2020_references.txt").read_text(encoding="utf-8"),
    source="katasonova2020_references.txt",
)
MUMINOV_KING = parse_citations(
    (EXAMPLES / "muminov_king2022_references.md").read_text(encoding="utf-8")
)


def test_every_seed_entry_is_read() -> None:
    assert len(KATASONOVA) == 21
    assert len(MUMINOV_KING) == 5
    assert all(isinstance(result, Parsed) for result in KATASONOVA + MUMINOV_KING)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (1, "archival"),
        (2, "collection"),
        (3, "archival"),
        (4, "article"),
        (5, "article"),
        (6, "collection"),
        (7, "book"),
        (8, "book"),
        (9, "book"),
        (10, "book"),
        (11, "book"),
        (12, "book"),
        (13, "collection"),
        (14, "legal"),
        (15, "book"),
        (16, "book"),
        (17, "legal"),
        (18, "archival"),
        (19, "archival"),
        (20, "legal"),
        (21, "book"),
    ],
)
def test_katasonova_kinds(number: int, kind: str) -> None:
    result = KATASONOVA[number - 1]
    assert isinstance(result, Parsed)
    assert result.reference.kind == kind


@pytest.mark.parametrize(
    ("number", "fields"),
    [
        (1, {"archive": "avp-rf", "fond": "18", "opis": "5", "delo": "119", "folios": "46-47"}),
        (3, {"archive": "garf", "fond": "9401", "opis": "2", "delo": "582", "folios": "9-12"}),
        (
            18,
            {"archive": "tsamo", "fond": "66", "opis": "178499", "delo": "3", "folios": "220-221"},
        ),
        (19, {"archive": "tsamo", "fond": "66", "opis": "78499", "delo": "1", "folios": "593-598"}),
    ],
)
def test_katasonova_archival_locators(number: int, fields: dict[str, str]) -> None:
    result = KATASONOVA[number - 1]
    assert isinstance(result, Parsed)
    assert archival_fields(result.reference) == fields


def test_archival_document_details() -> None:
    result = KATASONOVA[18]
    assert isinstance(result, Parsed)
    reference = result.reference
    assert isinstance(reference, ArchivalReference)
    assert reference.title is not None
    assert reference.title.original == (
        "Postanovleniye GKO SSSR o priyeme, razmeshchenii i trudovom ispol’zovanii "
        "voyennoplennykh yaponskoy armii № 9898ss"
    )
    assert reference.title.lang == "ru-Latn"
    assert reference.title.translations["en"].startswith("Resolution of the State Defense")
    assert reference.date is not None
    assert reference.date.iso() == "1945-08-23"
    assert reference.document_type is DocumentType.RESOLUTION
    assert reference.document_number == "9898"
    assert reference.classification == "ss"
    assert reference.language == "ru"


def test_title_after_a_parenthesized_date() -> None:
    result = KATASONOVA[2]
    assert isinstance(result, Parsed)
    reference = result.reference
    assert isinstance(reference, ArchivalReference)
    assert reference.title is not None
    assert reference.title.original == (
        "Spravka o kolichestve voyennoplennykh byvshey yaponskoy armii, vzyatykh v plen "
        "sovetskimi voyskami v 1945 godu"
    )
    assert reference.title.translations == {
        "en": (
            "Information on the number of prisoners of war of the former Japanese army captured by "
            "Soviet troops in 1945"
        )
    }
    assert reference.document_type is DocumentType.INFORMATION
    assert reference.date is not None
    assert reference.date.iso() == "1956"


def test_memo_with_named_archive_first() -> None:
    result = KATASONOVA[0]
    assert isinstance(result, Parsed)
    reference = result.reference
    assert isinstance(reference, ArchivalReference)
    assert reference.archive is not None
    assert reference.archive.name is not None
    assert reference.archive.name.original == "AVP RF"
    assert reference.document_type is DocumentType.MEMO
    assert reference.date is not None
    assert reference.date.iso() == "1946-09-15"


def test_provenance_keeps_file_line_and_raw_text() -> None:
    result = KATASONOVA[2]
    assert isinstance(result, Parsed)
    provenance = result.reference.provenance
    assert provenance is not None
    assert provenance.source == "katasonova2020_references.txt"
    assert provenance.line == 5
    assert provenance.raw is not None
    assert provenance.raw.startswith("3. GA RF 1956 - GA RF (Gosudarstvennyy")


def test_spans_point_into_the_raw_text() -> None:
    result = KATASONOVA[2]
    assert isinstance(result, Parsed)
    spans = {span.field: result.text[span.start : span.end] for span in result.spans}
    assert spans["fond"] == "9401"
    assert spans["folios"] == "9-12"
    assert spans["label"].endswith("GA RF 1956 - ")


def test_examples_are_the_seed_lists(examples_dir: Path) -> None:
    seed = Path(__file__).parents[3] / "shared" / "seeds" / "000_f432742b6d0f111b.txt"
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        for line in (
            (examples_dir / "katasonova2020_references.txt")
            .read_text(encoding="utf-8")
            .splitlines()
        ):
            assert line in text
